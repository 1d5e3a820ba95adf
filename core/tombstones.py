"""Tombstones: what a client keeping a copy must drop, because a record was deleted or merged into another.

A re-parse that no longer finds an uncurated record deletes it, a curator may
delete one, a merge leaves the loser pointing at the survivor: each leaves a
tombstone (kind, id, when, and the survivor for a merge), listed at
``/api/v1/tombstones/?updated_since=…`` and written into a sync export.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.db import models
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _

# The records a client may keep a copy of, by label (core imports no app), and the kind the API calls them.
TOMBSTONED = {
    "documents.Article": "article",
    "documents.Directive": "directive",
    "meetings.Conference": "conference",
    "meetings.Participant": "participant",
    "people.Official": "official",
    "people.Organization": "organization",
    "people.Post": "post",
    "tasks.Task": "task",
}


class Tombstone(models.Model):
    record_type = models.CharField(max_length=40, help_text="conference, official, task, …")
    record_id = models.BigIntegerField()
    deleted_at = models.DateTimeField(auto_now_add=True)
    merged_into = models.BigIntegerField(null=True, blank=True, help_text="For a merge: the survivor's id.")

    class Meta:
        ordering = ["deleted_at", "id"]
        verbose_name = _("tombstone")
        verbose_name_plural = _("tombstones")
        indexes = [
            models.Index(fields=["deleted_at", "id"], name="core_tombstone_by_time"),
            models.Index(fields=["record_type", "deleted_at", "id"], name="core_tombstone_by_type"),
        ]

    def __str__(self) -> str:
        return f"{self.record_type} {self.record_id}"


def _deleted(sender: type, instance: Any, **kwargs: Any) -> None:
    Tombstone.objects.create(record_type=TOMBSTONED[sender._meta.label], record_id=instance.pk)


def _merged(sender: type, loser: Any, survivor: Any, **kwargs: Any) -> None:
    kind = TOMBSTONED.get(sender._meta.label)
    if kind:
        Tombstone.objects.create(record_type=kind, record_id=loser.pk, merged_into=survivor.pk)


def connect() -> None:
    from core.merging import record_merged

    for label in TOMBSTONED:
        post_delete.connect(_deleted, sender=apps.get_model(label), dispatch_uid=f"tombstone:{label}")
    record_merged.connect(_merged, dispatch_uid="tombstone:merged")
