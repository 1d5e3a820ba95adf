"""Parsing an archive again after a parser release: which articles, sending their jobs in batches, and how
far their parses have come.

Articles already on the current parser version are left alone, so a run that stops
part-way is resumed by running it again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from celery import group
from django.db.models import Count, Q, QuerySet

from documents.extraction import PARSER_VERSION
from documents.models import Article, ArticleStatus
from documents.services.claims import expired_claims, queued_afresh


def _release(version: str) -> tuple[int, ...]:
    head = version.split("+", 1)[0]
    return tuple(int(p) for p in head.split(".") if p.isdigit())


def articles_to_reparse(
    ids: Iterable[int] | None = None, below: str | None = None, everything: bool = False
) -> QuerySet[Article]:
    """Articles not on the current parser version (all of them with ``everything``), not being parsed now."""
    rows = Article.objects.filter(~Q(status=ArticleStatus.PROCESSING) | expired_claims())
    if not everything:
        rows = rows.exclude(parser_version=PARSER_VERSION)
    if ids is not None:
        rows = rows.filter(pk__in=list(ids))
    if below:
        wanted = _release(below)
        older = [v for v in rows.values_list("parser_version", flat=True).distinct() if _release(v or "0") < wanted]
        rows = rows.filter(parser_version__in=older)
    return rows.order_by("pk")


def reparse_in_batches(ids: Sequence[int], batch: int = 500) -> Iterator[tuple[int, int]]:
    """Queues the articles and sends their parse jobs, a batch at a time; yields (sent, total) after each."""
    from documents.jobs import parse_article_job

    total = len(ids)
    for start in range(0, total, batch):
        chunk = ids[start : start + batch]
        Article.objects.filter(pk__in=chunk).update(**queued_afresh())
        try:
            group(parse_article_job.s(pk) for pk in chunk).apply_async()
        except Exception:  # a broker that refuses: the articles are queued, and the sweep sends them
            Article.objects.filter(pk__in=chunk, status=ArticleStatus.QUEUED).update(enqueued_at=None)
        yield min(start + batch, total), total


@dataclass(frozen=True)
class ReparseProgress:
    """Where the parses of a set of articles stand: parsed on the current version, failed, or still to come."""

    total: int
    parsed: int
    failed: int

    @property
    def waiting(self) -> int:
        return self.total - self.parsed - self.failed


def progress_of(ids: Sequence[int]) -> ReparseProgress:
    """How far the parses of these articles have come (an article deleted meanwhile no longer counts)."""
    counts = Article.objects.filter(pk__in=ids).aggregate(
        total=Count("pk"),
        parsed=Count("pk", filter=Q(status=ArticleStatus.PARSED, parser_version=PARSER_VERSION)),
        failed=Count("pk", filter=Q(status=ArticleStatus.FAILED)),
    )
    return ReparseProgress(**counts)
