"""Writes that nothing reads back before a block ends, sent together when it ends.

Inside ``gathered_writes()`` three kinds of write wait: change-history rows, rows of records
whose ids nothing reads (an article's evidence, citations, participants, review items, links;
a history row of such a record takes its id in the same statement), and updates of rows the
block's transaction holds locked. When the block ends without an error they are
sent inside its transaction: on PostgreSQL in one statement (all but the last in a ``WITH``:
data-modifying statements there run once and to completion), elsewhere one statement per model.
An import writing many kinds of record thus pays one round trip for all of them instead of one
each. Outside such a block each write is sent at once.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.db import connections, models, router
from django.db.models.constants import OnConflict
from django.db.models.sql import InsertQuery

# Past this many values one statement is split by model (PostgreSQL binds at most 65,535 parameters).
_MOST_PARAMETERS = 30_000


@dataclass
class _Writes:
    inserts: dict[tuple[type[models.Model], bool], list[models.Model]] = field(default_factory=dict)
    # Per model inserted later: a history row for each of its rows, in their order, made before they had ids.
    histories: dict[type[models.Model], list[models.Model]] = field(default_factory=dict)
    # Per model: the rows by id and the fields to write of them.
    updates: dict[type[models.Model], tuple[dict[int, models.Model], set[str]]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.inserts or self.updates)


_gathered: ContextVar[_Writes | None] = ContextVar("gathered_writes", default=None)


def insert_later(
    model: type[models.Model],
    rows: list[models.Model],
    *,
    ignore_conflicts: bool = False,
    history: list[models.Model] | None = None,
) -> None:
    """Inserts the rows when the block ends, else now. Gathered rows get no id: nothing may read them back.
    ``ignore_conflicts`` skips the rows a unique constraint refuses, as ``bulk_create`` does; ``history``, a
    history row for each row (its id not yet set), is inserted with them and takes their ids."""
    if not rows:
        return
    assert history is None or not ignore_conflicts, "a skipped row would leave its history row without a record"
    writes = _gathered.get()
    if writes is None:
        writes = _Writes()
        writes.inserts[(model, ignore_conflicts)] = rows
        if history is not None:
            writes.histories[model] = history
        _send_one_by_one(writes, router.db_for_write(model))
        return
    if (model, ignore_conflicts) in writes.inserts:  # the history rows follow the rows one for one
        assert (history is not None) == (model in writes.histories), f"{model.__name__}: rows with and without history"
    writes.inserts.setdefault((model, ignore_conflicts), []).extend(rows)
    if history is not None:
        writes.histories.setdefault(model, []).extend(history)


def update_later(model: type[models.Model], objs: list[models.Model], fields: Iterable[str]) -> None:
    """Writes these fields of the rows when the block ends, else now: only for rows the transaction holds
    locked (``select_for_update``), which no one else can change meanwhile. A row updated twice is written
    once, with the latest values of both calls' fields."""
    fields = set(fields)
    if not objs or not fields:
        return
    writes = _gathered.get()
    if writes is None:
        model._default_manager.bulk_update(objs, sorted(fields))
        return
    rows, wanted = writes.updates.setdefault(model, ({}, set()))
    rows.update({obj.pk: obj for obj in objs})
    wanted.update(fields)


@contextlib.contextmanager
def gathered_writes() -> Iterator[None]:
    """Gathers the writes of the block and sends them when it ends without an error (an error leaves them
    out, as its transaction is rolled back). Nested blocks join the outer one."""
    if _gathered.get() is not None:
        yield
        return
    writes = _Writes()
    token = _gathered.set(writes)
    try:
        yield
    finally:
        _gathered.reset(token)
    send(writes)


def send(writes: _Writes) -> None:
    """Sends gathered writes: one statement on PostgreSQL, else one per model and kind of write."""
    if not writes:
        return
    models_written = [model for model, _ in writes.inserts] + list(writes.updates)
    using = router.db_for_write(models_written[0])
    connection = connections[using]
    for rows in writes.inserts.values():
        for row in rows:  # as bulk_create does: a link to a record saved after it was set takes its id
            row._prepare_related_fields_for_save(operation_name="bulk_create")
    statements = []
    if connection.vendor == "postgresql" and all(map(_alike, writes.histories.values())):
        for (model, ignore), rows in writes.inserts.items():
            history = writes.histories.get(model) if not ignore else None
            returning = ["*"] if history is not None else None
            statements.append(insert_statement(model, rows, connection, ignore=ignore, returning=returning))
            if history is not None:  # the history rows take the ids the statement just before returns
                statements.append(_history_sql(history, f"w{len(statements) - 1}", connection))
        statements += [_update_sql(model, rows, fields, connection) for model, (rows, fields) in writes.updates.items()]
    if not statements or sum(len(params) for _, params in statements) > _MOST_PARAMETERS:
        _send_one_by_one(writes, using)
        return
    *first, (last_sql, last_params) = statements
    sql = "".join(f"{'WITH' if i == 0 else ','} w{i} AS ({s}) " for i, (s, _) in enumerate(first)) + last_sql
    params = [value for _, values in first for value in values] + list(last_params)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def _send_one_by_one(writes: _Writes, using: str) -> None:
    """The writes one statement per model and kind: the history rows of records inserted later after them."""
    for (model, ignore), rows in writes.inserts.items():
        model._default_manager.using(using).bulk_create(rows, ignore_conflicts=ignore)
        history = writes.histories.get(model) if not ignore else None
        if history:
            for row, record in zip(history, rows, strict=True):
                row.id = record.pk
                if hasattr(row, "history_relation_id"):
                    row.history_relation_id = record.pk
            type(history[0])._default_manager.using(using).bulk_create(history)
    for model, (rows, fields) in writes.updates.items():
        model._default_manager.using(using).bulk_update(list(rows.values()), sorted(fields))


def insert_statement(
    model: type[models.Model], rows: list[models.Model], connection, *, ignore: bool = False, returning=None
) -> tuple[str, tuple]:
    """The one INSERT of these rows (their ids left to the database), as bulk_create would write it: ``ignore``
    skips the rows a unique constraint refuses; ``returning``, the columns it gives back ("*": all)."""
    fields = [f for f in model._meta.concrete_fields if not f.primary_key and not f.generated]
    query = InsertQuery(model, on_conflict=OnConflict.IGNORE if ignore else None)
    query.insert_values(fields, rows)
    ((sql, params),) = query.get_compiler(connection=connection).as_sql()
    if returning:
        qn = connection.ops.quote_name
        sql += " RETURNING " + ", ".join(column if column == "*" else qn(column) for column in returning)
    return sql, tuple(params)


@functools.cache
def _own_fields(history_model: type[models.Model]) -> list:
    """The history row's fields a record does not give: when, by whom, why, what kind of change."""
    tracked = {f.attname for f in history_model.tracked_fields} | {"history_relation_id"}
    return [f for f in history_model._meta.concrete_fields if not f.primary_key and f.attname not in tracked]


def _alike(history: list[models.Model]) -> bool:
    """Whether the history rows differ only by the records they keep: one set of their own values for all."""
    own = _own_fields(type(history[0]))
    return len({tuple(getattr(row, f.attname) for f in own) for row in history}) == 1


def _history_sql(history: list[models.Model], source: str, connection) -> tuple[str, tuple]:
    """The INSERT of the history rows of the records ``source`` (a WITH query) returns, as written."""
    model, qn = type(history[0]), connection.ops.quote_name
    tracked = [f for f in model.tracked_fields if f.concrete]
    own = _own_fields(model)
    columns = [qn(f.column) for f in tracked] + [qn(f.column) for f in own]
    selected = [f"{source}.{qn(f.column)}" for f in tracked]
    selected += [f"%s::{f.db_type(connection)}" for f in own]
    params = tuple(f.get_db_prep_save(getattr(history[0], f.attname), connection) for f in own)
    if hasattr(model, "history_relation"):
        columns.append(qn("history_relation_id"))
        selected.append(f"{source}.{qn('id')}")
    sql = f"INSERT INTO {qn(model._meta.db_table)} ({', '.join(columns)}) SELECT {', '.join(selected)} FROM {source}"
    return sql, params


def _update_sql(model: type[models.Model], rows: dict[int, models.Model], names: set[str], connection) -> tuple:
    """The one UPDATE of these fields of these rows, from a list of their values: what bulk_update writes,
    without the CASE per field and row that costs more to build than to run."""
    qn = connection.ops.quote_name
    pk = model._meta.pk
    columns = [pk, *(model._meta.get_field(name) for name in sorted(names))]
    values = "(" + ", ".join(f"%s::{column.cast_db_type(connection)}" for column in columns) + ")"
    params = [
        column.get_db_prep_save(getattr(row, column.attname), connection) for row in rows.values() for column in columns
    ]
    table, key = qn(model._meta.db_table), qn(pk.column)
    sets = ", ".join(f"{qn(column.column)} = v.{qn(column.column)}" for column in columns[1:])
    listed = ", ".join(qn(column.column) for column in columns)
    sql = (
        f"UPDATE {table} SET {sets} FROM (VALUES {', '.join([values] * len(rows))}) AS v ({listed}) "
        f"WHERE {table}.{key} = v.{key}"
    )
    return sql, tuple(params)
