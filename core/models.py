"""Abstract models every app builds on (timestamps, evidence spans), and API keys."""

from django.db import models

from core.expressions import CountOf, QuoteOf
from core.keys import ApiKey, Scope
from core.merging import MergeRecord
from core.review import ReviewItem
from core.tombstones import Tombstone

__all__ = ["ApiKey", "EvidenceSpan", "MergeRecord", "ReviewItem", "Scope", "TimestampedModel", "Tombstone"]


class TimestampedModel(models.Model):
    """When a record was made and last changed."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        abstract = True


class EvidenceSpan(models.Model):
    """Where in which article a record was read: ``article.text[start:end]``."""

    article = models.ForeignKey(
        "documents.Article", on_delete=models.CASCADE, related_name="%(app_label)s_%(class)s_evidence"
    )
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start__lte=models.F("end")), name="%(app_label)s_%(class)s_start_lte_end"
            ),
        ]

    @property
    def quote(self) -> str:
        return self.article.text[self.start : self.end]


def quoted(queryset):
    """Evidence rows with ``quote_text``, the quoted words cut in SQL: the article's text never leaves the database.

    The quote is a subquery on the article's primary key, not a join: a count of the rows drops it, where a
    join to every row's article would stay in the count.
    """
    return queryset.annotate(quote_text=QuoteOf(queryset.model._meta.get_field("article").related_model))


def count_of(model, field: str, distinct: str | None = None):
    """How many ``model`` rows point at the outer row through ``field``: a subquery, so no join fan-out."""
    return CountOf(model, field, distinct)
