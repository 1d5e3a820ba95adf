"""Running the parser on a claimed article and importing the result, with status bookkeeping."""

from __future__ import annotations

import datetime as dt
import logging
import time
import uuid

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import IntegrityError, InterfaceError, OperationalError, transaction
from django.db.models import F
from django.utils import timezone

from core.review import ReviewReason, flag, settle, settle_each
from documents.extraction import Extraction, Source, parse_source
from documents.extraction.result import ArticleMeta
from documents.models import Article, ArticleStatus
from documents.services.claims import holds_claim
from documents.services.importer import import_extraction
from webhooks.events import emit
from webhooks.models import Event

logger = logging.getLogger(__name__)


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


def _review_after_parse(article: Article, extraction: Extraction) -> None:
    if extraction.conference is None:
        settle(ReviewReason.FAILED_ARTICLE, article, "parsed")
        flag(ReviewReason.NO_CONFERENCE, article, "The parse found no meeting: is this a meeting report?")
    else:
        settle_each(
            article,
            {ReviewReason.FAILED_ARTICLE: "parsed", ReviewReason.NO_CONFERENCE: "a later parse found the meeting"},
        )


class StaleClaim(RuntimeError):
    """This run's claim was taken over (it ran past its expiry); the newer run writes the result."""


# What a parse never reads of an article: the upload's bytes (the text was decoded from them at upload) and
# the last parse's results; large, so left in the database.
_NOT_READ = ("raw", "extraction", "import_summary")

# Errors that say nothing about the article: the job retries them with backoff.
TRANSIENT_ERRORS = (OperationalError, InterfaceError)


def _import_with_retry(article_id: int, extraction: Extraction, token: uuid.UUID, attempts: int = 3):
    """Imports and marks the article parsed in one transaction, if this run still holds the claim.

    Another worker may create the same official or organisation meanwhile; the unique key refuses
    the second row and a new attempt finds it.
    """

    def still_claimed(locked: Article) -> None:
        if not holds_claim(locked, token):
            raise StaleClaim(f"article {article_id}: the claim was taken over; not writing")

    article = Article(pk=article_id)
    for attempt in range(1, attempts + 1):
        try:
            with transaction.atomic():
                # The import locks the article's row; the claim is checked under that lock.
                summary = import_extraction(article, extraction, check=still_claimed)
                now = timezone.now()
                Article.objects.filter(pk=article_id).update(
                    status=ArticleStatus.PARSED,
                    error="",
                    extraction=extraction.to_json(),
                    import_summary=summary.as_dict(),
                    parser_version=extraction.parser_version,
                    parsed_at=now,
                    claim_token=None,
                    claim_expires_at=None,
                    attempts=0,
                    parse_count=F("parse_count") + 1,
                    updated_at=now,
                )
                emit(Event.ARTICLE_PARSED, "article", article_id)
            _review_after_parse(article, extraction)
            return summary
        except IntegrityError:
            if attempt == attempts:
                raise
            logger.info("article %s: concurrent import, trying again (%d/%d)", article_id, attempt, attempts)
    raise AssertionError("unreachable")


@transaction.atomic
def _mark_failed(article_id: int, token: uuid.UUID, exc: BaseException) -> None:
    failed = Article.objects.filter(pk=article_id, status=ArticleStatus.PROCESSING, claim_token=token).update(
        status=ArticleStatus.FAILED,
        error=f"{type(exc).__name__}: {exc}"[:2000],
        claim_token=None,
        claim_expires_at=None,
        attempts=0,
        updated_at=timezone.now(),
    )
    if failed:
        emit(Event.ARTICLE_FAILED, "article", article_id)
        flag(ReviewReason.FAILED_ARTICLE, Article(pk=article_id), f"{type(exc).__name__}: {exc}")


def parse_and_import(article_id: int, token: uuid.UUID) -> str:
    """Parses a claimed article and imports the result in one transaction.

    An error of the parser or of the extraction marks the article failed; a transient database
    error (connection lost, deadlock, serialization failure) propagates for the job to retry; a run
    whose claim was taken over writes nothing.
    """
    article = Article.objects.defer(*_NOT_READ).get(pk=article_id)
    started = time.perf_counter()
    try:
        extraction = extraction_for(article)
    except SoftTimeLimitExceeded as exc:
        _mark_failed(article_id, token, TimeoutError(f"the parse took longer than {settings.PARSE_SOFT_TIME_LIMIT} s"))
        logger.warning("article %s: parse timed out", article_id, exc_info=exc)
        return ArticleStatus.FAILED
    except Exception as exc:
        logger.exception("article %s: the parser failed", article_id)
        _mark_failed(article_id, token, exc)
        return ArticleStatus.FAILED
    try:
        summary = _import_with_retry(article_id, extraction, token)
    except StaleClaim:
        logger.warning("article %s: claim taken over by a newer run; this run wrote nothing", article_id)
        return "stale"
    except TRANSIENT_ERRORS:
        raise
    except Exception as exc:
        logger.exception("article %s: the import failed", article_id)
        _mark_failed(article_id, token, exc)
        return ArticleStatus.FAILED
    logger.info("article %s parsed in %.0f ms: %s", article_id, (time.perf_counter() - started) * 1000, summary)
    return ArticleStatus.PARSED
