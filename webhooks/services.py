"""Sending deliveries: the head of each record's queue first, retried with backoff, and the sweep.

Deliveries about one record go to one subscription in the order they were made:
``deliver_next`` always sends the earliest one not yet final, and only after it is
final (delivered, given up, superseded) does the next go. A run claims its delivery
for longer than a send can take; a claim whose run died expires and the sweep
sends the delivery again.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from webhooks import sending, signing
from webhooks.events import describe, send_soon
from webhooks.models import Delivery, DeliveryStatus, Subscription

logger = logging.getLogger(__name__)

# A run sends at most this many deliveries of one record before it hands over to a new job.
BATCH = 50


def body_of(delivery: Delivery) -> bytes:
    envelope = {
        "id": str(delivery.event_id),
        "event": delivery.event,
        "created_at": delivery.created_at.isoformat(),
        "record": describe(delivery.record_type, delivery.record_id),
        **delivery.payload,
    }
    return json.dumps(envelope, ensure_ascii=False, sort_keys=True).encode("utf-8")


def headers_of(delivery: Delivery, subscription: Subscription, body: bytes) -> dict[str, str]:
    timestamp = int(time.time())
    return {
        "Content-Type": "application/json",
        "User-Agent": "meeting-records-webhooks/1",
        "X-Webhook-Event": delivery.event,
        "X-Webhook-Id": str(delivery.event_id),
        "X-Webhook-Delivery": str(delivery.pk),
        "X-Webhook-Attempt": str(delivery.attempts + 1),
        signing.TIMESTAMP_HEADER: str(timestamp),
        signing.SIGNATURE_HEADER: signing.signature(subscription.secret, timestamp, body),
    }


def backoff(attempts: int) -> float:
    """Seconds before the next attempt after ``attempts`` failed ones: doubling, capped."""
    return min(settings.WEBHOOK_RETRY_BASE * 2 ** (attempts - 1), settings.WEBHOOK_RETRY_MAX)


def _claim_head(subscription_id: int, record_type: str, record_id: int) -> Delivery | str:
    now = timezone.now()
    head = (
        Delivery.objects.filter(subscription_id=subscription_id, record_type=record_type, record_id=record_id)
        .filter(status__in=[DeliveryStatus.PENDING, DeliveryStatus.SENDING])
        .order_by("id")
        .first()
    )
    if head is None:
        return "idle"
    if head.status == DeliveryStatus.SENDING and head.claimed_until and head.claimed_until > now:
        return "busy"
    if head.status == DeliveryStatus.PENDING and head.next_attempt_at > now:
        return "waiting"
    claimed_until = now + dt.timedelta(seconds=settings.WEBHOOK_TIMEOUT * 3 + 30)
    claimed = Delivery.objects.filter(
        pk=head.pk, status=head.status, claimed_until=head.claimed_until, attempts=head.attempts
    ).update(status=DeliveryStatus.SENDING, claimed_until=claimed_until)
    if not claimed:
        return "busy"
    head.status, head.claimed_until = DeliveryStatus.SENDING, claimed_until
    return head


def _finish(delivery: Delivery, status: str, **fields) -> None:
    Delivery.objects.filter(pk=delivery.pk).update(status=status, claimed_until=None, **fields)


def _retry_later(delivery: Delivery, outcome: dict) -> float | None:
    """Puts the delivery back in line for another attempt; None if a newer one of its event stands for it."""
    wait = backoff(outcome["attempts"])
    try:
        with transaction.atomic():
            due = timezone.now() + dt.timedelta(seconds=wait)
            _finish(delivery, DeliveryStatus.PENDING, next_attempt_at=due, **outcome)
    except IntegrityError:
        _finish(delivery, DeliveryStatus.SUPERSEDED, **outcome)
        return None
    return wait


def _send(delivery: Delivery) -> float | None:
    """Sends one claimed delivery; seconds until it is tried again, or None when it is final."""
    subscription = Subscription.objects.filter(pk=delivery.subscription_id).first()
    if subscription is None or not subscription.active:
        _finish(delivery, DeliveryStatus.FAILED, last_error="the subscription is inactive or gone")
        return None
    body = body_of(delivery)
    answer = sending.post(subscription.url, body, headers_of(delivery, subscription, body), settings.WEBHOOK_TIMEOUT)
    attempts = delivery.attempts + 1
    outcome = {"attempts": attempts, "response_status": answer.status, "last_error": answer.error}
    if answer.ok:
        _finish(delivery, DeliveryStatus.DELIVERED, delivered_at=timezone.now(), **outcome)
        logger.info("webhook %s %s: delivered (%s)", delivery.pk, delivery.event, answer.status)
        return None
    if attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
        _finish(delivery, DeliveryStatus.FAILED, **outcome)
        logger.warning(
            "webhook %s %s: given up after %d attempts: %s", delivery.pk, delivery.event, attempts, answer.error
        )
        return None
    logger.info("webhook %s %s: attempt %d failed: %s", delivery.pk, delivery.event, attempts, answer.error)
    return _retry_later(delivery, outcome)


def deliver_next(subscription_id: int, record_type: str, record_id: int) -> str:
    """Sends, in order, the deliveries about one record that are due; what it stopped at."""
    key = (subscription_id, record_type, record_id)
    for _ in range(BATCH):
        head = _claim_head(*key)
        if isinstance(head, str):
            return head
        wait = _send(head)
        if wait is not None:
            send_soon([key], countdown=wait)
            return "retrying"
    send_soon([key])
    return "more"


def due() -> Q:
    """Deliveries the sweep sends: due for a while with no job to send them, or claimed by a run that died."""
    now = timezone.now()
    grace = now - dt.timedelta(seconds=settings.WEBHOOK_SWEEP_GRACE)
    return Q(status=DeliveryStatus.PENDING, next_attempt_at__lte=grace) | Q(
        status=DeliveryStatus.SENDING, claimed_until__lt=now
    )


def send_due(limit: int = 1000) -> int:
    """Sends a job for each record with due deliveries (at most ``limit``); how many were sent."""
    keys = list(
        Delivery.objects.filter(due())
        .values_list("subscription_id", "record_type", "record_id")
        .order_by()
        .distinct()[:limit]
    )
    if keys:
        send_soon(keys)
        logger.info("webhook sweep: %d record(s) with due deliveries", len(keys))
    return len(keys)


def replay(delivery: Delivery) -> Delivery:
    """Sends a delivery again, as a new delivery of the same event; a waiting delivery of it stands instead."""
    same_event = {
        "subscription_id": delivery.subscription_id,
        "event": delivery.event,
        "record_type": delivery.record_type,
        "record_id": delivery.record_id,
    }
    waiting = Delivery.objects.filter(**same_event, status=DeliveryStatus.PENDING).first()
    if waiting is not None:
        return waiting
    copy = Delivery.objects.create(
        **same_event, event_id=delivery.event_id, payload=delivery.payload, replay_of=delivery
    )
    key = (copy.subscription_id, copy.record_type, copy.record_id)
    transaction.on_commit(lambda: send_soon([key]))
    return copy
