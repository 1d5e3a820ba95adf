"""The queue of what needs a person: records the service could not settle alone.

Any part of the service flags a record with a reason (a generic body with no place,
a name that may be another record's, a citation that could be several documents, an
article that failed to parse, an extraction with no conference); curators resolve
each item in place or dismiss it. A reason is flagged once per record while open.
"""

from __future__ import annotations

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.db.models import Case, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.gathered import insert_later


class ReviewReason(models.TextChoices):
    GENERIC_BODY = "generic_body", _("A generic body with no place")
    POSSIBLE_DUPLICATE = "possible_duplicate", _("Possibly the same as another record")
    AMBIGUOUS_DIRECTIVE = "ambiguous_directive", _("A citation that could be several documents")
    FAILED_ARTICLE = "failed_article", _("An article that failed to parse")
    NO_CONFERENCE = "no_conference", _("An article whose parse found no meeting")


class ReviewStatus(models.TextChoices):
    OPEN = "open", _("Open")
    RESOLVED = "resolved", _("Resolved")
    DISMISSED = "dismissed", _("Dismissed")


class ReviewItem(models.Model):
    reason = models.CharField(max_length=30, choices=ReviewReason.choices, db_index=True)
    status = models.CharField(max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.OPEN, db_index=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.BigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    other_id = models.BigIntegerField(null=True, blank=True, help_text="The other record, for a possible duplicate.")
    detail = models.TextField(blank=True)
    resolution = models.TextField(blank=True, help_text="What the curator did.")
    resolved_by = models.CharField(max_length=200, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("review item")
        verbose_name_plural = _("review queue")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["reason", "content_type", "object_id"],
                condition=Q(status="open"),
                name="one_open_review_item_per_reason_and_record",
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.get_reason_display()}: {self.record}"


def flag(reason: str, record: models.Model, detail: str = "", other: models.Model | None = None) -> ReviewItem:
    """Puts a record in the queue for a reason (once while open)."""
    content_type = ContentType.objects.get_for_model(record, for_concrete_model=True)
    lookup = {"reason": reason, "content_type": content_type, "object_id": record.pk, "status": ReviewStatus.OPEN}
    try:
        with transaction.atomic():
            item, _ = ReviewItem.objects.get_or_create(
                **lookup, defaults={"detail": detail[:2000], "other_id": other.pk if other is not None else None}
            )
    except IntegrityError:  # flagged by a concurrent import meanwhile
        item = ReviewItem.objects.get(**lookup)
    return item


class PendingFlags:
    """Flags raised while records are being written, put in the queue together once the records have ids."""

    def __init__(self) -> None:
        self._flags: list[tuple[str, models.Model, str, models.Model | None]] = []

    def add(self, reason: str, record: models.Model, detail: str = "", other: models.Model | None = None) -> None:
        self._flags.append((reason, record, detail, other))

    def flush(self, *, later: bool = False) -> None:
        """Writes the flags not yet open, in one statement whatever their number; ``later``, when a gathering
        block ends (``core.gathered``)."""
        flags, self._flags = self._flags, []
        if not flags:
            return
        wanted: dict[tuple[str, int, int], ReviewItem] = {}
        for reason, record, detail, other in flags:
            content_type = ContentType.objects.get_for_model(record, for_concrete_model=True)
            key = (reason, content_type.pk, record.pk)
            wanted.setdefault(
                key,
                ReviewItem(
                    reason=reason,
                    content_type=content_type,
                    object_id=record.pk,
                    detail=detail[:2000],
                    other_id=other.pk if other is not None else None,
                ),
            )
        # An item already open for a reason and record (flagged earlier, or by a concurrent import meanwhile)
        # stands for the new one: the unique constraint on open items refuses it, and the insert skips it.
        if later:
            insert_later(ReviewItem, list(wanted.values()), ignore_conflicts=True)
        else:
            ReviewItem.objects.bulk_create(wanted.values(), ignore_conflicts=True)


def settle(reason: str, record: models.Model, resolution: str) -> int:
    """Closes the open items of a reason on a record that no longer needs a person (e.g. parsed after all)."""
    return settle_each(record, {reason: resolution})


def settle_each(record: models.Model, resolutions: dict[str, str]) -> int:
    """Closes the open items of several reasons on a record, each with its resolution, in one statement."""
    content_type = ContentType.objects.get_for_model(record, for_concrete_model=True)
    resolution = Case(*(When(reason=reason, then=Value(text)) for reason, text in resolutions.items()))
    return ReviewItem.objects.filter(
        reason__in=list(resolutions), content_type=content_type, object_id=record.pk, status=ReviewStatus.OPEN
    ).update(status=ReviewStatus.RESOLVED, resolution=resolution, resolved_at=timezone.now())


def close_about(model: type[models.Model], record_ids: list[int], resolution: str) -> int:
    """Closes the open items about these records, or pairing another record with them, once they are gone."""
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=True)
    return ReviewItem.objects.filter(
        Q(object_id__in=record_ids) | Q(other_id__in=record_ids), content_type=content_type, status=ReviewStatus.OPEN
    ).update(status=ReviewStatus.RESOLVED, resolution=resolution, resolved_at=timezone.now())


def close(item: ReviewItem, status: str, resolution: str, by: str = "") -> ReviewItem:
    item.status = status
    item.resolution = resolution
    item.resolved_by = by
    item.resolved_at = timezone.now()
    item.save(update_fields=["status", "resolution", "resolved_by", "resolved_at"])
    return item
