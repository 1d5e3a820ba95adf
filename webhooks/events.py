"""Turning changes into deliveries: which records emit which events, and who is subscribed to them.

``emit`` writes the deliveries in the caller's transaction and sends them once it
commits; a rolled-back change notifies no one. The list of active subscriptions is
cached (shared through Redis when there is one) and dropped whenever a
subscription changes, so a service without subscribers pays one cache read per event.
"""

from __future__ import annotations

import functools
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from django import db
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.urls import NoReverseMatch, reverse

from core.bulk import records_written
from core.merging import record_merged
from webhooks.models import Delivery, Event, Subscription

logger = logging.getLogger(__name__)

SUBSCRIPTIONS_CACHE_KEY = "webhooks:subscriptions"

# Records whose every save or delete is "<type>.changed".
CHANGED_RECORDS = {
    "meetings.Conference": "conference",
    "people.Official": "official",
    "documents.Directive": "directive",
    "tasks.Task": "task",
}


def forget_subscriptions(**kwargs: Any) -> None:
    _cache(cache.delete)
    # Again after the commit, so that a list read meanwhile from the old rows does not stay cached.
    transaction.on_commit(lambda: _cache(cache.delete))


def _cache(operation, *args):
    # The list is only a shortcut: a cache that fails must not fail the change (an import, a correction).
    try:
        return operation(SUBSCRIPTIONS_CACHE_KEY, *args)
    except Exception:
        logger.warning("the cache failed; reading webhook subscriptions from the database", exc_info=True)
        return None


def subscribers(event: str) -> list[int]:
    """The ids of the active subscriptions to event."""
    cached = _cache(cache.get)
    if cached is None:
        cached = [[pk, events] for pk, events in Subscription.objects.filter(active=True).values_list("id", "events")]
        _cache(cache.set, cached, settings.WEBHOOK_SUBSCRIPTIONS_CACHE_SECONDS)
    return [pk for pk, events in cached if event in events]


def record_url(record_type: str, record_id: int) -> str | None:
    try:
        path = reverse(f"{record_type}-detail", kwargs={"pk": record_id})
    except NoReverseMatch:
        return None
    return settings.PUBLIC_URL.rstrip("/") + path


def describe(record_type: str, record_id: int) -> dict[str, Any]:
    return {"type": record_type, "id": record_id, "url": record_url(record_type, record_id)}


def emit(event: str, record_type: str, record_id: int, **details: Any) -> int:
    """Writes a delivery of event about a record for each subscriber; how many subscribers there are.

    A delivery still waiting for the same event and record stands for this one too:
    the payload names the record, and the receiver reads it as it is when it fetches it.
    """
    return emit_many(event, record_type, [record_id], **details)


def emit_many(event: str, record_type: str, record_ids: list[int], **details: Any) -> int:
    """``emit`` for many records of one type, in one statement."""
    subscription_ids = subscribers(event)
    if not subscription_ids or not record_ids:
        return 0
    Delivery.objects.bulk_create(
        [
            Delivery(subscription_id=pk, event=event, record_type=record_type, record_id=record_id, payload=details)
            for record_id in record_ids
            for pk in subscription_ids
        ],
        ignore_conflicts=True,
    )
    keys = [(pk, record_type, record_id) for record_id in record_ids for pk in subscription_ids]
    transaction.on_commit(lambda: send_soon(keys))
    return len(subscription_ids)


@functools.cache
def _background() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="webhooks")


def _send_in_background(keys: list[tuple[int, str, int]]) -> None:
    from webhooks.services import deliver_next

    try:
        for key in keys:
            deliver_next(*key)
    except Exception:
        logger.exception("webhook deliveries %s failed; the sweep will send them", keys)
    finally:
        db.connection.close()


def send_soon(keys: list[tuple[int, str, int]], countdown: float = 0) -> None:
    """Sends the delivery jobs; a broker that refuses leaves the deliveries to the sweep, never an error.

    Without a broker (jobs run in-process) a thread of this process sends them, in order,
    so that no request waits for a receiver to answer.
    """
    from webhooks.jobs import deliver_job

    if settings.CELERY_TASK_ALWAYS_EAGER and settings.WEBHOOK_SEND_IN_BACKGROUND:
        _background().submit(_send_in_background, keys)
        return
    for key in keys:
        try:
            deliver_job.apply_async(key, countdown=countdown)
        except Exception:  # any broker failure: the delivery is stored and the sweep sends it
            logger.warning("webhook delivery %s could not be sent; the sweep will send it", key, exc_info=True)


def _record_changed(sender: type, instance: Any, raw: bool = False, **kwargs: Any) -> None:
    if raw:  # loaddata writes rows as they were; nothing happened to report
        return
    record_type = CHANGED_RECORDS[sender._meta.label]
    emit(f"{record_type}.changed", record_type, instance.pk)


def _records_written(sender: type, records: list, **kwargs: Any) -> None:
    record_type = CHANGED_RECORDS.get(sender._meta.label)
    if record_type is not None:
        emit_many(f"{record_type}.changed", record_type, [record.pk for record in records])


def _record_merged(sender: type, loser: Any, survivor: Any, **kwargs: Any) -> None:
    record_type = sender._meta.model_name
    emit(Event.RECORD_MERGED, record_type, loser.pk, survivor=describe(record_type, survivor.pk))


def connect() -> None:
    for label in CHANGED_RECORDS:
        model = apps.get_model(label)
        post_save.connect(_record_changed, sender=model, dispatch_uid=f"webhooks:{label}:save")
        post_delete.connect(_record_changed, sender=model, dispatch_uid=f"webhooks:{label}:delete")
    record_merged.connect(_record_merged, dispatch_uid="webhooks:merged")
    records_written.connect(_records_written, dispatch_uid="webhooks:written")
    post_save.connect(forget_subscriptions, sender=Subscription, dispatch_uid="webhooks:subscription:save")
    post_delete.connect(forget_subscriptions, sender=Subscription, dispatch_uid="webhooks:subscription:delete")
