"""Curated values: what a person set on a record is recorded, and no re-parse changes it.

As Open Civic Data's ``locked_fields``: every field a curator changes (admin or API)
is listed on the record; the importer leaves those fields alone and counts them as
kept. A record the latest parse no longer finds is removed when nobody curated it,
and kept, marked ``not_in_latest_parse``, when somebody did.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import models, transaction
from simple_history.models import HistoricalRecords


class LockedFieldsModel(models.Model):
    locked_fields = models.JSONField(
        default=list, blank=True, help_text="Fields a curator set; a re-parse never changes them."
    )

    class Meta:
        abstract = True

    @property
    def is_curated(self) -> bool:
        return bool(self.locked_fields)


class CuratedModel(LockedFieldsModel):
    """A record a parse makes and a curator may correct."""

    not_in_latest_parse = models.BooleanField(
        default=False, help_text="The latest parse of its article no longer finds it; kept because it was curated."
    )

    class Meta:
        abstract = True


# Fields that describe curation itself, the row's bookkeeping, or follow another field (keys of a name): never locked.
UNLOCKABLE = {"id", "locked_fields", "not_in_latest_parse", "created_at", "updated_at", "name_key", "search_key"}


def lock(obj: LockedFieldsModel, fields: Iterable[str]) -> list[str]:
    """Adds fields to the record's locked fields (not saved); the new list."""
    locked = list(obj.locked_fields or [])
    for name in fields:
        if name not in UNLOCKABLE and name not in locked:
            locked.append(name)
    obj.locked_fields = locked
    return locked


@transaction.atomic
def curate(
    obj: LockedFieldsModel, changes: dict[str, Any], reason: str = "", locks: Iterable[str] | None = None
) -> LockedFieldsModel:
    """A curator's change: set the values, lock the fields the curator gave (``locks``, else all), save.

    Fields that follow from the given ones (a post's name from its title) change without being locked.
    """
    changed = [name for name, value in changes.items() if getattr(obj, name) != value]
    for name in changed:
        setattr(obj, name, changes[name])
    before = list(obj.locked_fields or [])
    lock(obj, changes if locks is None else locks)
    if reason:
        obj._change_reason = reason  # django-simple-history keeps it with the change
    if changed or obj.locked_fields != before:
        fields = [*changed, "locked_fields"]
        if hasattr(obj, "updated_at"):
            fields.append("updated_at")
        obj.save(update_fields=fields)
    return obj


def history_user(instance=None, request=None, **kwargs):
    """Who made a change, for django-simple-history: a signed-in person; an API key is named in the reason."""
    user = getattr(request, "user", None)
    return user if getattr(user, "_meta", None) is not None and user.is_authenticated else None


def curated_history(**options) -> HistoricalRecords:
    """The change history of a curated model."""
    return HistoricalRecords(get_user=history_user, **options)
