"""Change-history rows of many writes, inserted together.

The bulk writes (``core.bulk``) keep a django-simple-history row per record written. Inside
``gathered_history()`` those rows wait and are inserted when the block ends, inside its
transaction: on PostgreSQL in one statement for every model (the inserts but the last one in a
``WITH``: data-modifying statements there run once and to completion), elsewhere in one
statement per model. An import writing seven kinds of record thus pays one round trip for their
history instead of seven. Outside such a block each write's history is inserted at once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from contextvars import ContextVar

from django.conf import settings
from django.db import connections, models, router
from django.db.models.sql import InsertQuery
from django.utils import timezone
from simple_history.utils import get_change_reason_from_object

_gathered: ContextVar[list[models.Model] | None] = ContextVar("gathered_history", default=None)

# Past this many values one statement is split by model (PostgreSQL binds at most 65,535 parameters).
_MOST_PARAMETERS = 30_000


def history_rows(history_model: type[models.Model], objs: Sequence[models.Model], update: bool) -> list:
    """One unsaved history row per record, as django-simple-history's ``bulk_history_create`` makes them."""
    if not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return []
    now = timezone.now()
    rows = []
    for instance in objs:
        row = history_model(
            history_date=getattr(instance, "_history_date", now),
            history_user=history_model.get_default_history_user(instance),  # the instance's own first
            history_change_reason=get_change_reason_from_object(instance) or "",
            history_type="~" if update else "+",
            **{field.attname: getattr(instance, field.attname) for field in history_model.tracked_fields},
        )
        if hasattr(history_model, "history_relation"):
            row.history_relation_id = instance.pk
        rows.append(row)
    return rows


def record_history(history_model: type[models.Model], objs: Sequence[models.Model], update: bool = False) -> None:
    """Keeps a history row per record: gathered inside ``gathered_history()``, else inserted now."""
    rows = history_rows(history_model, objs, update)
    gathered = _gathered.get()
    if gathered is not None:
        gathered.extend(rows)
    elif rows:
        insert_history(rows)


@contextlib.contextmanager
def gathered_history() -> Iterator[None]:
    """Gathers the history rows of the writes in the block and inserts them when it ends without an error
    (an error leaves them out, as its transaction is rolled back). Nested blocks join the outer one."""
    if _gathered.get() is not None:
        yield
        return
    rows: list[models.Model] = []
    token = _gathered.set(rows)
    try:
        yield
    finally:
        _gathered.reset(token)
    insert_history(rows)


def insert_history(rows: list[models.Model]) -> None:
    """Inserts history rows of any models: one statement on PostgreSQL, else one per model."""
    by_model: dict[type[models.Model], list[models.Model]] = {}
    for row in rows:
        by_model.setdefault(type(row), []).append(row)
    if not by_model:
        return
    using = router.db_for_write(next(iter(by_model)))
    connection = connections[using]
    statements = []
    if connection.vendor == "postgresql" and len(by_model) > 1:
        statements = [_insert_sql(model, model_rows, connection) for model, model_rows in by_model.items()]
    if not statements or sum(len(params) for _, params in statements) > _MOST_PARAMETERS:
        for model, model_rows in by_model.items():
            model._default_manager.using(using).bulk_create(model_rows)
        return
    *first, (last_sql, last_params) = statements
    sql = "WITH " + ", ".join(f"h{i} AS ({s})" for i, (s, _) in enumerate(first)) + " " + last_sql
    params = [value for _, values in first for value in values] + list(last_params)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def _insert_sql(model: type[models.Model], rows: list[models.Model], connection) -> tuple[str, tuple]:
    """The one INSERT of these rows (the history id left to the database), as bulk_create would write it."""
    fields = [field for field in model._meta.concrete_fields if not field.primary_key and not field.generated]
    query = InsertQuery(model)
    query.insert_values(fields, rows)
    ((sql, params),) = query.get_compiler(connection=connection).as_sql()
    return sql, tuple(params)
