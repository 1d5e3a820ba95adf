"""Write-if-changed helpers: importing the same data twice must leave rows untouched."""

from __future__ import annotations

from typing import Any, TypeVar

from django.db import models

M = TypeVar("M", bound=models.Model)


def upsert(model: type[M], lookup: dict[str, Any], values: dict[str, Any]) -> tuple[M, bool]:
    """Like update_or_create, but saves only when a value differs (so timestamps stay put)."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        return model.objects.create(**lookup, **values), True
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.save(update_fields=[*changed, *(["updated_at"] if hasattr(obj, "updated_at") else [])])
    return obj, False


def fill_blanks(obj: models.Model, values: dict[str, Any]) -> None:
    """Sets fields that are empty on obj and given in values; curated values are never overwritten."""
    changed = [name for name, value in values.items() if value not in (None, "") and getattr(obj, name) in (None, "")]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.save(update_fields=[*changed, *(["updated_at"] if hasattr(obj, "updated_at") else [])])
