"""Writing many records of one model in one statement, with what a save would also have done.

``bulk_create`` and ``bulk_update`` skip ``save()`` and its signals; these helpers
keep the rest of the service whole: the folded search text, ``updated_at``, a
change-history row per record (django-simple-history's, through ``core.history``) and the
``records_written`` signal, which the webhooks listen to as they do to ``post_save``. Inside a
``gathered_writes()`` block (``core.gathered``) the history rows, and the writes asked for
``later``, wait for the block's end to be sent in one statement.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TypeVar

from django.db import connections, models, router
from django.dispatch import Signal
from django.utils import timezone

from core.gathered import insert_later, insert_statement, update_later
from core.history import history_rows, record_history

M = TypeVar("M", bound=models.Model)

# Sent with sender=the model and records=the written instances, after a bulk write in the caller's transaction.
records_written = Signal()


@functools.cache
def _history(model: type[models.Model]) -> type[models.Model] | None:
    """The model's django-simple-history model, or None; found once (each look-up builds a manager class)."""
    attribute = getattr(model._meta, "simple_history_manager_attribute", None)
    return getattr(model, attribute).model if attribute else None


def _prepare(objs: Sequence[models.Model]) -> None:
    for obj in objs:
        if hasattr(obj, "refresh_search_text"):
            obj.refresh_search_text()


def create_all(model: type[M], objs: list[M], *, later: bool = False) -> list[M]:
    """Inserts the records (their ids set), with a history row each. ``later``, for records whose ids
    nothing reads, of a model no one is told of: inserted when a gathering block ends, without an id (their
    history rows take theirs in the same statement)."""
    if not objs:
        return objs
    _prepare(objs)
    if later:
        history = history_rows(_history(model), objs, update=False) if _history(model) is not None else []
        insert_later(model, objs, history=history or None)
        return objs
    model._default_manager.bulk_create(objs)
    if _history(model) is not None:
        # PostgreSQL and SQLite (3.35 and later) give the new ids back: each history row names its record.
        assert all(obj.pk is not None for obj in objs), "the database did not return the new ids"
        record_history(_history(model), objs)
    records_written.send(sender=model, records=objs)
    return objs


def create_missing(model: type[M], objs: list[M], unique_field: str) -> list[M]:
    """Inserts in one statement the records whose ``unique_field`` no row holds, with a history row each; a
    record another transaction inserted meanwhile (committed, or committing: the insert waits for its end)
    is skipped. The records inserted, their ids set; the others are the caller's to read."""
    if not objs:
        return []
    _prepare(objs)
    for obj in objs:
        obj._prepare_related_fields_for_save(operation_name="bulk_create")
    # One order for every transaction, so that two inserting overlapping records wait for one another
    # instead of deadlocking.
    objs = sorted(objs, key=lambda obj: getattr(obj, unique_field))
    using = router.db_for_write(model)
    returning = [model._meta.pk.column, model._meta.get_field(unique_field).column]
    sql, params = insert_statement(model, objs, connections[using], ignore=True, returning=returning)
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        ids = {value: pk for pk, value in cursor.fetchall()}
    made = [obj for obj in objs if getattr(obj, unique_field) in ids]
    for obj in made:
        obj.pk = ids[getattr(obj, unique_field)]
        obj._state.adding, obj._state.db = False, using
    if made and _history(model) is not None:
        record_history(_history(model), made)
    if made:
        records_written.send(sender=model, records=made)
    return made


def update_all(model: type[M], objs: list[M], fields: set[str] | list[str], *, later: bool = False) -> None:
    """Writes these fields of the records (as set on them), with a history row each. ``later``, for records
    the transaction holds locked: written when a gathering block ends."""
    if not objs or not fields:
        return
    fields = set(fields)
    field_names = {f.name for f in model._meta.concrete_fields}
    if "search_text" in field_names and fields & set(getattr(model, "search_fields", ())):
        _prepare(objs)
        fields.add("search_text")
    if "updated_at" in field_names:
        now = timezone.now()
        for obj in objs:
            obj.updated_at = now
        fields.add("updated_at")
    if later:
        update_later(model, objs, fields)
    else:
        model._default_manager.bulk_update(objs, sorted(fields))
    if _history(model) is not None:
        record_history(_history(model), objs, update=True)
    records_written.send(sender=model, records=objs)
