"""Subscriptions (a client's URL, secret and events) and deliveries (one event sent to one subscription).

A delivery row is written in the same transaction as the change it reports, so a
change is never committed without its notification, nor notified without being
committed; the worker sends it after the commit.
"""

from __future__ import annotations

import secrets
import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Event(models.TextChoices):
    ARTICLE_PARSED = "article.parsed", "An uploaded article was parsed and imported"
    ARTICLE_FAILED = "article.failed", "An uploaded article could not be parsed"
    CONFERENCE_CHANGED = "conference.changed", "A conference was created, changed or deleted"
    OFFICIAL_CHANGED = "official.changed", "An official was created, changed or deleted"
    DIRECTIVE_CHANGED = "directive.changed", "A directive was created, changed or deleted"
    TASK_CHANGED = "task.changed", "A task was created, changed or deleted"
    RECORD_MERGED = "record.merged", "A record was merged into another"


def new_secret() -> str:
    return secrets.token_urlsafe(32)


class Subscription(models.Model):
    url = models.URLField(max_length=2000, help_text="Where deliveries are POSTed (http or https).")
    events = models.JSONField(default=list, help_text="The events sent to this URL.")
    secret = models.CharField(
        max_length=200, default=new_secret, help_text="Key of the HMAC-SHA256 signature of every delivery."
    )
    description = models.CharField(max_length=200, blank=True)
    active = models.BooleanField(default=True, help_text="Inactive subscriptions get no new deliveries.")
    created_by = models.CharField(max_length=200, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("webhook subscription")
        verbose_name_plural = _("webhook subscriptions")

    def __str__(self) -> str:
        return self.url


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Waiting to be sent"
    SENDING = "sending", "Being sent"
    DELIVERED = "delivered", "Answered 2xx"
    FAILED = "failed", "Given up after the last attempt"
    SUPERSEDED = "superseded", "Replaced by a later delivery of the same event"


FINAL_STATUSES = (DeliveryStatus.DELIVERED, DeliveryStatus.FAILED, DeliveryStatus.SUPERSEDED)


class Delivery(models.Model):
    """One event for one subscription. Deliveries about one record are sent in the order they were made."""

    # No database constraint: a delivery is written inside the change's transaction from a cached list of
    # subscriptions, and a subscription deleted meanwhile must not undo that change. Django still cascades.
    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries", db_constraint=False
    )
    event = models.CharField(max_length=40, choices=Event.choices)
    event_id = models.UUIDField(default=uuid.uuid4, help_text="The same for a replay of this event.")
    record_type = models.CharField(max_length=40, help_text="conference, official, directive, task, article, …")
    record_id = models.BigIntegerField()
    payload = models.JSONField(default=dict, help_text="What the body holds beside the event and the record.")
    status = models.CharField(max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claimed_until = models.DateTimeField(null=True, blank=True, editable=False)
    response_status = models.PositiveIntegerField(null=True, blank=True, help_text="The last answer's HTTP status.")
    last_error = models.TextField(blank=True)
    replay_of = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replays")
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        constraints = [
            # Changes to one record before its delivery goes out are one delivery: the receiver reads the record.
            models.UniqueConstraint(
                fields=["subscription", "event", "record_type", "record_id"],
                condition=models.Q(status="pending"),
                name="webhooks_one_pending_delivery_per_event",
            )
        ]
        indexes = [
            models.Index(fields=["subscription", "record_type", "record_id", "id"], name="webhooks_delivery_queue"),
            models.Index(fields=["status", "next_attempt_at"], name="webhooks_delivery_due"),
            models.Index(fields=["subscription", "id"], name="webhooks_delivery_by_sub"),
        ]

    def __str__(self) -> str:
        return f"{self.event} {self.record_type} {self.record_id} → {self.subscription_id}"
