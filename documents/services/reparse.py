"""Parsing an archive again after a parser release: which articles, and sending their jobs in batches.

Articles already on the current parser version are left alone, so a run that stops
part-way is resumed by running it again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from celery import group
from django.db.models import Q, QuerySet

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


def reparse_in_batches(rows: QuerySet[Article], batch: int = 500) -> Iterator[tuple[int, int]]:
    """Queues the articles and sends their parse jobs, a batch at a time; yields (done, total) after each."""
    from documents.jobs import parse_article_job

    ids = list(rows.values_list("pk", flat=True))
    total = len(ids)
    for start in range(0, total, batch):
        chunk = ids[start : start + batch]
        Article.objects.filter(pk__in=chunk).update(**queued_afresh())
        try:
            group(parse_article_job.s(pk) for pk in chunk).apply_async()
        except Exception:  # a broker that refuses: the articles are queued, and the sweep sends them
            Article.objects.filter(pk__in=chunk, status=ArticleStatus.QUEUED).update(enqueued_at=None)
        yield min(start + batch, total), total
