"""Write-if-changed helpers that keep curated values: importing the same data twice leaves rows untouched.

Each helper counts what it did into an ``ImportCounts``: inserted, updated,
unchanged, and values kept because a curator set them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, TypeVar

from django.db import models

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


def _save(obj: models.Model, fields: list[str]) -> None:
    extra = ["updated_at"] if hasattr(obj, "updated_at") else []
    obj.save(update_fields=[*fields, *extra])


def apply_values(obj: M, values: dict[str, Any], counts: ImportCounts | None = None) -> M:
    """Writes the values that differ, except curated ones; the record is found again by this parse."""
    locked = _locked(obj)
    changed = [name for name, value in values.items() if name not in locked and getattr(obj, name) != value]
    kept = any(name in locked and getattr(obj, name) != value for name, value in values.items())
    if getattr(obj, "not_in_latest_parse", False):
        obj.not_in_latest_parse = False
        changed.append("not_in_latest_parse")
    for name in changed:
        if name != "not_in_latest_parse":
            setattr(obj, name, values[name])
    if changed:
        _save(obj, changed)
    if counts is not None:
        counts.updated += bool(changed)
        counts.unchanged += not changed
        counts.kept_curated += kept
    return obj


def upsert(
    model: type[M], lookup: dict[str, Any], values: dict[str, Any], counts: ImportCounts | None = None
) -> tuple[M, bool]:
    """Like update_or_create, but saves only when a value differs (so timestamps stay put) and keeps curated values."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        if counts is not None:
            counts.inserted += 1
        return model.objects.create(**lookup, **values), True
    return apply_values(obj, values, counts), False


def fill_blanks(obj: models.Model, values: dict[str, Any]) -> None:
    """Sets fields that are empty on obj and given in values; curated values are never overwritten."""
    locked = _locked(obj)
    changed = [
        name
        for name, value in values.items()
        if name not in locked and value not in (None, "") and getattr(obj, name) in (None, "")
    ]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        _save(obj, changed)


def retire(rows: models.QuerySet, counts: ImportCounts | None = None) -> None:
    """Records the latest parse no longer finds: curated ones are kept and marked, the others removed."""
    kept = 0
    if hasattr(rows.model, "locked_fields"):
        curated = rows.exclude(locked_fields=[])
        kept = curated.count()
        if kept:
            curated.filter(not_in_latest_parse=False).update(not_in_latest_parse=True)
        rows = rows.filter(locked_fields=[])
    removed = rows.count()
    if removed:
        rows.delete()
    if counts is not None:
        counts.kept_missing += kept
        counts.removed += removed


def serialize_on(key: str) -> None:
    """Makes concurrent imports that would create the same record (by this key) take turns, until the
    transaction ends (PostgreSQL advisory lock; SQLite has one writer anyway)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [key])
