"""Write-if-changed helpers that keep curated values: importing the same data twice leaves rows untouched.

Each helper counts what it did into an ``ImportCounts``: inserted, updated,
unchanged, and values kept because a curator set them.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import asdict, dataclass
from typing import Any, TypeVar

from django.db import models

from core.bulk import create_all, update_all

M = TypeVar("M", bound=models.Model)


@dataclass
class ImportCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_curated: int = 0  # records where a curated value differed from the parse and was kept
    removed: int = 0
    kept_missing: int = 0  # curated records the parse no longer finds, kept and marked

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def _locked(obj: models.Model) -> set[str]:
    return set(getattr(obj, "locked_fields", None) or ())


def _differs(obj: models.Model, name: str, value: Any) -> bool:
    field = obj._meta.get_field(name)
    if field.many_to_one or field.one_to_one:  # compared by id: reading the related row is not needed
        return getattr(obj, field.attname) != (value.pk if isinstance(value, models.Model) else value)
    return getattr(obj, name) != value


def stage_values(obj: models.Model, values: dict[str, Any], counts: ImportCounts | None = None) -> list[str]:
    """Sets on obj the values that differ, except curated ones, and clears its not-in-latest-parse mark;
    the fields to write (nothing is saved)."""
    locked = _locked(obj)
    changed = [name for name, value in values.items() if name not in locked and _differs(obj, name, value)]
    kept = any(name in locked and _differs(obj, name, value) for name, value in values.items())
    for name in changed:
        setattr(obj, name, values[name])
    if getattr(obj, "not_in_latest_parse", False):
        obj.not_in_latest_parse = False
        changed.append("not_in_latest_parse")
    if counts is not None:
        counts.updated += bool(changed)
        counts.unchanged += not changed
        counts.kept_curated += kept
    return changed


def apply_values(obj: M, values: dict[str, Any], counts: ImportCounts | None = None) -> M:
    """Writes the values that differ, except curated ones; the record is found again by this parse."""
    changed = stage_values(obj, values, counts)
    if changed:
        update_all(type(obj), [obj], changed)  # its history row joins the import's (core.history)
    return obj


def stage_blanks(obj: models.Model, values: dict[str, Any]) -> list[str]:
    """Sets on obj the fields that are empty on it and given in values, except curated ones; the fields set."""
    locked = _locked(obj)
    changed = []
    for name, value in values.items():
        field = obj._meta.get_field(name)
        current = getattr(obj, field.attname)  # an empty link is None without reading the related row
        if name not in locked and value not in (None, "") and current in (None, ""):
            setattr(obj, name, value)
            changed.append(name)
    return changed


def stage_corrections(obj: models.Model, values: dict[str, Any], given_before: dict[str, Any]) -> list[str]:
    """Sets on obj the values whose stored value is still the one this source gave before (``given_before``, by
    field), except curated ones and except to nothing: a source corrects its own earlier reading, never another
    source's or a curator's; the fields set."""
    locked = _locked(obj)
    changed = []
    for name, before in given_before.items():
        value, stored = values[name], getattr(obj, name)
        if name in locked or value in (None, "") or stored in (None, "") or value == stored or stored != before:
            continue
        setattr(obj, name, value)
        changed.append(name)
    return changed


def fill_blanks(obj: models.Model, values: dict[str, Any], *, later: bool = False) -> None:
    """Sets fields that are empty on obj and given in values; curated values are never overwritten.
    ``later``, for a row the transaction holds locked: written when a gathering block ends (core.gathered)."""
    changed = stage_blanks(obj, values)
    if changed:
        update_all(type(obj), [obj], changed, later=later)


def retire(rows: models.QuerySet, counts: ImportCounts | None = None) -> list:
    """Records the latest parse no longer finds: curated ones are kept and marked, the others removed; the ids
    of the removed ones."""
    kept = 0
    if hasattr(rows.model, "locked_fields"):
        curated = rows.exclude(locked_fields=[])
        kept = curated.count()
        if kept:
            curated.filter(not_in_latest_parse=False).update(not_in_latest_parse=True)
        rows = rows.filter(locked_fields=[])
    removed = list(rows.values_list("pk", flat=True))
    if removed:
        rows.model._default_manager.filter(pk__in=removed).delete()
    if counts is not None:
        counts.kept_missing += kept
        counts.removed += len(removed)
    return removed


class RowsByKey:
    """Stored rows of one model by a key, and what an import makes of them: a row found again gets the values
    that differ, a new one is made; ``write`` saves both kinds in one statement each, ``unseen`` is the rest.
    ``later``: the new rows' ids are not read, and they are inserted when a gathering block ends."""

    def __init__(self, model: type[models.Model], stored: dict, counts: ImportCounts, *, later: bool = False) -> None:
        self.model, self.stored, self.counts, self.later = model, stored, counts, later
        self.seen: dict = {}
        self._new: list = []
        self._changed: dict[int, models.Model] = {}
        self._fields: set[str] = set()

    def get(self, key):
        """The row this import already has under key, else the stored one, else None."""
        return self.seen.get(key) or self.stored.get(key)

    def put(self, key, values: dict[str, Any], make) -> models.Model:
        """The row under key with these values: ``make()`` builds it when there is none."""
        row = self.get(key)
        if row is None:
            row = make()
            self._new.append(row)
            self.counts.inserted += 1
        elif (staged := stage_values(row, values, self.counts)) and row.pk is not None:
            self._changed[row.pk] = row
            self._fields.update(staged)
        self.seen[key] = row
        return row

    def write(self) -> None:
        create_all(self.model, self._new, later=self.later)
        update_all(self.model, list(self._changed.values()), self._fields)

    def unseen(self) -> list:
        return [row for key, row in self.stored.items() if key not in self.seen]


def has_stored(record: models.Model, kind: str) -> bool:
    """Whether the record may have stored rows of a kind: False only when a read said it has none
    (an annotation ``stored_<kind>``), so that a new record's import reads nothing back."""
    return getattr(record, f"stored_{kind}", True)


def stored_by_key(record: models.Model, kind: str, rows, key) -> dict:
    """The record's stored rows of a kind, by ``key(row)``; none read when it has none (``has_stored``)."""
    return {key(row): row for row in rows} if has_stored(record, kind) else {}


def retire_records(model: type[models.Model], records: list, counts: ImportCounts | None = None) -> list:
    """``retire`` for records already read: curated ones are kept and marked, the others removed; the kept ones."""
    curated = [record for record in records if _locked(record)]
    marked = [record.pk for record in curated if not getattr(record, "not_in_latest_parse", False)]
    if marked:
        model.objects.filter(pk__in=marked).update(not_in_latest_parse=True)
        for record in curated:
            record.not_in_latest_parse = True
    removed = [record.pk for record in records if not _locked(record)]
    if removed:
        model.objects.filter(pk__in=removed).delete()
    if counts is not None:
        counts.kept_missing += len(curated)
        counts.removed += len(removed)
    return curated


@dataclass(frozen=True)
class Presence:
    """Rows whose appearance means another import made what this one is about to: rows of ``model`` whose
    value of one of the ``wanted`` fields is among that field's values, other than the ``known`` ids (those
    this import has read already)."""

    model: type[models.Model]
    wanted: dict[str, Collection[str]]
    known: Collection[int] = ()


def serialize_on(*keys: str, look_for: Presence) -> bool:
    """Makes concurrent imports that would create the same records (by these keys) take turns, until the
    transaction ends (PostgreSQL advisory locks; SQLite has one writer anyway); whether it must read again
    what another import wrote meanwhile: whether rows ``look_for`` describes exist once the turn is taken.

    One statement (``present_after_turns``, core migrations 0003-0004) takes the locks, always in the same
    order, so that two imports wanting overlapping keys wait for one another instead of deadlocking, and
    then looks for the rows on a snapshot taken after the wait.
    """
    from django.db import connection

    if connection.vendor != "postgresql" or not keys:
        return False
    turns = sorted(set(keys))
    with connection.cursor() as cursor:
        meta = look_for.model._meta
        wanted = {meta.get_field(name).column: sorted(values) for name, values in look_for.wanted.items() if values}
        cursor.execute(
            "SELECT present_after_turns(%s::text[], %s::regclass, %s::jsonb, %s::bigint[])",
            [turns, meta.db_table, json.dumps(wanted), list(look_for.known)],
        )
        return cursor.fetchone()[0]
