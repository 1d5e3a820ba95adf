"""Running the parser on a stored article and importing the result, with status bookkeeping."""

from __future__ import annotations

import datetime as dt
import logging
import time

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from documents.extraction import Extraction, Source, parse_source
from documents.extraction.result import ArticleMeta
from documents.models import Article, ArticleStatus
from documents.selectors import stale_claims
from documents.services.importer import import_extraction

logger = logging.getLogger(__name__)


def claim_article(article_id: int) -> bool:
    """Moves a queued (or abandoned) article to processing; False when another worker has it or it is gone."""
    claimable = Q(status=ArticleStatus.QUEUED) | stale_claims()
    return bool(
        Article.objects.filter(claimable, pk=article_id).update(
            status=ArticleStatus.PROCESSING, updated_at=timezone.now()
        )
    )


def source_of(article: Article) -> Source:
    """The article as it was read at upload: the stored text and what its page said of itself."""
    page = article.page or {}
    published = page.get("published")
    meta = ArticleMeta(
        title=page.get("title") or None,
        published=dt.date.fromisoformat(published) if published else None,
        author=page.get("author") or None,
    )
    return Source(text=article.text, content_type=article.content_type, page=meta)


def extraction_for(article: Article) -> Extraction:
    """The extraction of a stored article, parsed from the very text its spans will index."""
    return parse_source(source_of(article), article.published)


def _import_with_retry(article: Article, extraction: Extraction, attempts: int = 3):
    """Imports and marks the article parsed in one transaction. Another worker may create the same
    official or organisation meanwhile; the unique key refuses the second row and a new attempt finds it."""
    for attempt in range(1, attempts + 1):
        try:
            with transaction.atomic():
                summary = import_extraction(article, extraction)
                Article.objects.filter(pk=article.pk).update(
                    status=ArticleStatus.PARSED,
                    error="",
                    extraction=extraction.to_json(),
                    parser_version=extraction.parser_version,
                    parsed_at=timezone.now(),
                    updated_at=timezone.now(),
                )
            return summary
        except IntegrityError:
            if attempt == attempts:
                raise
            logger.info("article %s: concurrent import, trying again (%d/%d)", article.pk, attempt, attempts)
    raise AssertionError("unreachable")


def parse_and_import(article_id: int) -> str:
    """Parses a claimed article and imports the result in one transaction; failures mark it failed."""
    article = Article.objects.get(pk=article_id)
    started = time.perf_counter()
    try:
        summary = _import_with_retry(article, extraction_for(article))
    except Exception as exc:
        logger.exception("article %s: parse failed", article_id)
        Article.objects.filter(pk=article_id).update(
            status=ArticleStatus.FAILED, error=f"{type(exc).__name__}: {exc}"[:2000], updated_at=timezone.now()
        )
        return ArticleStatus.FAILED
    logger.info("article %s parsed in %.0f ms: %s", article_id, (time.perf_counter() - started) * 1000, summary)
    return ArticleStatus.PARSED
