"""Taking an uploaded article in: decode, keep verbatim, deduplicate, enqueue its parse."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from documents.extraction import Extraction, Source, parse_source, read_upload
from documents.models import Article, ArticleStatus
from documents.services.claims import enqueue_parse, expired_claims, queued_afresh, send_parse

logger = logging.getLogger(__name__)

TEXT_TYPES = {"text/plain", "text/html"}


class UploadTooLarge(ValueError):
    """The upload is over ARTICLE_MAX_BYTES."""


class UnsupportedArticleType(ValueError):
    """The upload is neither plain text nor HTML."""


@dataclass(frozen=True)
class Upload:
    raw: bytes
    content_type: str  # text/plain or text/html
    charset: str | None = None
    source_url: str = ""
    published: dt.date | None = None


def read_checked(upload: Upload) -> Source:
    """The upload read into its text, after the size and type checks every upload goes through."""
    if len(upload.raw) > settings.ARTICLE_MAX_BYTES:
        raise UploadTooLarge(f"The article is {len(upload.raw)} bytes; the limit is {settings.ARTICLE_MAX_BYTES}.")
    if upload.content_type not in TEXT_TYPES:
        raise UnsupportedArticleType(f"{upload.content_type!r} is not text/plain or text/html.")
    return read_upload(upload.raw, upload.content_type, upload.charset)


def extract_upload(upload: Upload) -> Extraction:
    """The typed extraction of an upload, without storing anything (the command line and POST /extract/)."""
    return parse_source(read_checked(upload), upload.published)


def ingest_article(upload: Upload) -> tuple[Article, bool]:
    """Stores the upload as an Article and enqueues its parse; the same text again returns the first."""
    source = read_checked(upload)
    text, page = source.text, source.page
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    # Only what deciding needs: an article's upload and text can be large, and the caller reads what it answers.
    existing = Article.objects.filter(sha256=digest).only("id", "status").first()
    if existing:
        if existing.status == ArticleStatus.QUEUED:
            send_parse(existing.pk)  # its job may have been lost with a broker: sending again is harmless
        return existing, False
    try:
        with transaction.atomic():
            article = Article.objects.create(
                raw=upload.raw,
                content_type=source.content_type,
                text=text,
                page=page.to_json() if source.content_type == "text/html" else {},
                sha256=digest,
                source_url=upload.source_url,
                published=upload.published or page.published,
                title=(page.title or "")[:1000],
                author=(page.author or "")[:300],
                status=ArticleStatus.QUEUED,
                enqueued_at=timezone.now(),
            )
            logger.info("article %s stored (%s, %d bytes)", article.pk, article.content_type, len(upload.raw))
            enqueue_parse(article.pk)
    except IntegrityError:
        # Another request stored the same text between our look-up and insert.
        return Article.objects.get(sha256=digest), False
    return article, True


class ParseInProgress(RuntimeError):
    """The article is being parsed right now."""


def request_reparse(article: Article) -> Article:
    """Queue the article for another parse (after a parser upgrade or a failure)."""
    with transaction.atomic():
        not_running = ~Q(status=ArticleStatus.PROCESSING) | expired_claims()
        updated = Article.objects.filter(not_running, pk=article.pk).update(**queued_afresh())
        if not updated:
            raise ParseInProgress(f"Article {article.pk} is being parsed right now; try again shortly.")
        enqueue_parse(article.pk)
    article.refresh_from_db()
    return article
