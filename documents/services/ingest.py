"""Taking an uploaded article in: decode, keep verbatim, deduplicate, enqueue its parse."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q

from documents.extraction import parse_text, prepare_text
from documents.extraction.html import read_html
from documents.models import Article, ArticleStatus
from documents.selectors import stale_claims
from documents.services.decoding import UndecodableUpload, decode_upload, looks_like_html

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


def text_of(upload: Upload) -> tuple[str, dict]:
    """The stored text of an upload and what the page itself says (title, date, author)."""
    decoded = decode_upload(upload.raw, upload.charset)
    if upload.content_type == "text/html" or (upload.content_type == "text/plain" and looks_like_html(decoded)):
        page = read_html(decoded)
        if not page.text.strip():
            raise UndecodableUpload("The HTML page has no readable main text.")
        meta = {"title": page.title or "", "published": page.published, "author": page.author or ""}
        return prepare_text(page.text), meta | {"content_type": "text/html"}
    return prepare_text(decoded), {"content_type": "text/plain"}


def checked_text_of(upload: Upload) -> tuple[str, dict]:
    """text_of, after the size and type checks every upload goes through."""
    if len(upload.raw) > settings.ARTICLE_MAX_BYTES:
        raise UploadTooLarge(f"The article is {len(upload.raw)} bytes; the limit is {settings.ARTICLE_MAX_BYTES}.")
    if upload.content_type not in TEXT_TYPES:
        raise UnsupportedArticleType(f"{upload.content_type!r} is not text/plain or text/html.")
    return text_of(upload)


def extract_upload(upload: Upload) -> dict:
    """The meeting-records/1 extraction of an upload, without storing anything."""
    text, meta = checked_text_of(upload)
    data = parse_text(text, published=upload.published or meta.get("published")).to_json()
    if meta["content_type"] == "text/html":
        data["text"] = text
        for field in ("title", "published", "author"):
            if meta.get(field) and not data["article"].get(field):
                value = meta[field]
                data["article"][field] = value.isoformat() if hasattr(value, "isoformat") else value
    return data


def ingest_article(upload: Upload) -> tuple[Article, bool]:
    """Stores the upload as an Article and enqueues its parse; the same text again returns the first."""
    text, meta = checked_text_of(upload)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    existing = Article.objects.filter(sha256=digest).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            article = Article.objects.create(
                raw=upload.raw,
                content_type=meta["content_type"],
                text=text,
                sha256=digest,
                source_url=upload.source_url,
                published=upload.published or meta.get("published"),
                title=(meta.get("title") or "")[:1000],
                author=(meta.get("author") or "")[:300],
                status=ArticleStatus.QUEUED,
            )
            logger.info("article %s stored (%s, %d bytes)", article.pk, article.content_type, len(upload.raw))
            enqueue_parse(article.pk)
    except IntegrityError:
        # Another request stored the same text between our look-up and insert.
        return Article.objects.get(sha256=digest), False
    return article, True


def enqueue_parse(article_id: int) -> None:
    """Queue the parse once the surrounding transaction has committed."""
    from documents.jobs import parse_article_job

    transaction.on_commit(lambda: parse_article_job.delay(article_id))


class ParseInProgress(RuntimeError):
    """The article is being parsed right now."""


def request_reparse(article: Article) -> Article:
    """Queue the article for another parse (after a parser upgrade or a failure)."""
    with transaction.atomic():
        not_running = ~Q(status=ArticleStatus.PROCESSING) | stale_claims()
        updated = Article.objects.filter(not_running, pk=article.pk).update(status=ArticleStatus.QUEUED, error="")
        if not updated:
            raise ParseInProgress(f"Article {article.pk} is being parsed right now; try again shortly.")
        enqueue_parse(article.pk)
    article.refresh_from_db()
    return article
