"""Change-history rows of the bulk writes, as django-simple-history makes them.

The bulk writes (``core.bulk``) keep a django-simple-history row per record written. Inside
``gathered_writes()`` (``core.gathered``) those rows wait and are inserted with the block's other
gathered writes when it ends; outside such a block each write's history is inserted at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from django.db import models
from django.utils import timezone
from simple_history.utils import get_change_reason_from_object

from core.gathered import insert_later


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
    """Keeps a history row per record: gathered inside ``gathered_writes()``, else inserted now."""
    insert_later(history_model, history_rows(history_model, objs, update))
