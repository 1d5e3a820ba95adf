"""Running the parser on a stored article and importing the result, with status bookkeeping."""

from __future__ import annotations

import logging
import time

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from documents.extraction import PARSER_VERSION, parse_text
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


def extraction_for(article: Article) -> dict:
    """The meeting-records/1 extraction of a stored article."""
    data = parse_text(article.text, published=article.published).to_json()
    if article.content_type == "text/html":
        data["text"] = article.text
    return data


def _import_with_retry(article: Article, data: dict, attempts: int = 3):
    """Imports and marks the article parsed in one transaction. Another worker may create the same
    official or organisation meanwhile; the unique key refuses the second row and a new attempt finds it."""
    for attempt in range(1, attempts + 1):
        try:
            with transaction.atomic():
                summary = import_extraction(article, data)
                Article.objects.filter(pk=article.pk).update(
                    status=ArticleStatus.PARSED,
                    error="",
                    extraction=data,
                    parser_version=PARSER_VERSION,
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
        data = extraction_for(article)
        summary = _import_with_retry(article, data)
    except Exception as exc:
        logger.exception("article %s: parse failed", article_id)
        Article.objects.filter(pk=article_id).update(
            status=ArticleStatus.FAILED, error=f"{type(exc).__name__}: {exc}"[:2000], updated_at=timezone.now()
        )
        return ArticleStatus.FAILED
    logger.info("article %s parsed in %.0f ms: %s", article_id, (time.perf_counter() - started) * 1000, summary)
    return ArticleStatus.PARSED
