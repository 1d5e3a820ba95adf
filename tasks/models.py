"""Tasks and priorities set at a meeting, with a status for curators."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.curation import CuratedModel, curated_history
from core.models import EvidenceSpan, TimestampedModel
from core.search import SearchableModel


class TaskStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")


class Task(SearchableModel, CuratedModel, EvidenceSpan, TimestampedModel):
    # A curated task outlives a conference the latest parse no longer finds.
    conference = models.ForeignKey(
        "meetings.Conference", null=True, blank=True, on_delete=models.SET_NULL, related_name="tasks"
    )
    sequence = models.PositiveIntegerField(help_text="Place among the article's tasks, from 1.")
    ordinal = models.PositiveIntegerField(null=True, blank=True, help_text="The number the article gives it.")
    text = models.TextField()
    assignee = models.CharField(max_length=500, blank=True)
    due = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=20, choices=TaskStatus.choices, default=TaskStatus.OPEN, db_index=True)
    directives = models.ManyToManyField("documents.Directive", blank=True, related_name="tasks")
    history = curated_history(excluded_fields=["search_text"])
    search_fields = ("text", "assignee")

    class Meta(EvidenceSpan.Meta):
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        ordering = ["article_id", "sequence"]
        indexes = [
            models.Index(fields=["sequence", "id"], name="tasks_task_sequence_id"),
            models.Index(fields=["status", "id"], name="tasks_task_status_id"),
        ]
        constraints = [
            *EvidenceSpan.Meta.constraints,
            models.UniqueConstraint(fields=["article", "sequence"], name="unique_task_sequence_per_article"),
        ]

    def __str__(self) -> str:
        return self.text[:80]
