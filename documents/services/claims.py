"""Who parses an article, and for how long: claims with a token and an expiry, and the sweep.

A job claims a queued article (or one whose claim expired: its worker died) and
gets a token; only the holder of the current token may write the result, so a
run that was taken over never overwrites a newer one. A claim lasts longer than
the parse's hard time limit, so it expires only when its run is dead. An article
whose claims keep expiring (its parse kills the worker each time) fails after
``PARSE_MAX_ATTEMPTS``. The sweep sends again what waits too long.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from core.review import ReviewReason, flag
from documents.models import Article, ArticleStatus
from webhooks.events import emit
from webhooks.models import Event

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClaimOutcome:
    token: uuid.UUID | None = None  # the claim, when this run has it
    busy_for: float | None = None  # seconds until another run's live claim expires


def _claim_period() -> dt.timedelta:
    return dt.timedelta(seconds=settings.PARSE_CLAIM_TIMEOUT)


def expired_claims(now: dt.datetime | None = None) -> Q:
    """Articles whose parse was claimed by a run that must have died."""
    return Q(status=ArticleStatus.PROCESSING) & (
        Q(claim_expires_at__lt=now or timezone.now()) | Q(claim_expires_at__isnull=True)
    )


def queued_afresh() -> dict:
    """The fields that put an article back in the queue: no error, no claim, no attempts spent."""
    now = timezone.now()
    return {
        "status": ArticleStatus.QUEUED,
        "error": "",
        "claim_token": None,
        "claim_expires_at": None,
        "attempts": 0,
        "enqueued_at": now,
        "updated_at": now,
    }


def claim_article(article_id: int) -> ClaimOutcome:
    """Takes the parse of a queued article (or of one whose claim expired) for this run."""
    now = timezone.now()
    token = uuid.uuid4()
    claimable = Q(status=ArticleStatus.QUEUED) | expired_claims(now)
    taken = Article.objects.filter(claimable, pk=article_id, attempts__lt=settings.PARSE_MAX_ATTEMPTS).update(
        status=ArticleStatus.PROCESSING,
        claim_token=token,
        claim_expires_at=now + _claim_period(),
        attempts=F("attempts") + 1,
        updated_at=now,
    )
    if taken:
        return ClaimOutcome(token=token)
    row = Article.objects.filter(pk=article_id).values("status", "claim_expires_at", "attempts").first()
    if row is None or row["status"] in (ArticleStatus.PARSED, ArticleStatus.FAILED):
        return ClaimOutcome()
    if row["status"] == ArticleStatus.PROCESSING and row["claim_expires_at"] and row["claim_expires_at"] >= now:
        return ClaimOutcome(busy_for=(row["claim_expires_at"] - now).total_seconds())
    _give_up(article_id, row["attempts"])
    return ClaimOutcome()


@transaction.atomic
def _give_up(article_id: int, attempts: int) -> None:
    reason = (
        f"gave up after {attempts} attempts: each parse was interrupted before it finished (time limit or worker lost)"
    )
    gave_up = Article.objects.filter(Q(status=ArticleStatus.QUEUED) | expired_claims(), pk=article_id).update(
        status=ArticleStatus.FAILED, error=reason, claim_token=None, claim_expires_at=None, updated_at=timezone.now()
    )
    if gave_up:
        emit(Event.ARTICLE_FAILED, "article", article_id)
        logger.warning("article %s: %s", article_id, reason)
        flag(ReviewReason.FAILED_ARTICLE, Article(pk=article_id), reason)


def renew_claim(article_id: int, token: uuid.UUID) -> bool:
    """Extends this run's claim (before a retry); False when the claim is no longer this run's."""
    now = timezone.now()
    return bool(
        Article.objects.filter(pk=article_id, status=ArticleStatus.PROCESSING, claim_token=token).update(
            claim_expires_at=now + _claim_period(), updated_at=now
        )
    )


def release_claim(article_id: int, token: uuid.UUID) -> bool:
    """Gives the article back to the queue (the sweep sends it again); False when the claim was not this run's."""
    return bool(
        Article.objects.filter(pk=article_id, status=ArticleStatus.PROCESSING, claim_token=token).update(
            status=ArticleStatus.QUEUED,
            claim_token=None,
            claim_expires_at=None,
            attempts=F("attempts") - 1,
            enqueued_at=None,
            updated_at=timezone.now(),
        )
    )


def holds_claim(article: Article, token: uuid.UUID) -> bool:
    return article.status == ArticleStatus.PROCESSING and article.claim_token == token


def enqueue_parse(article_id: int) -> None:
    """Sends the parse job once the surrounding transaction has committed."""
    transaction.on_commit(lambda: send_parse(article_id))


def send_parse(article_id: int) -> bool:
    """Sends the parse job now. A broker that refuses leaves the article queued for the sweep, never an error."""
    from documents.jobs import parse_article_job

    try:
        parse_article_job.apply_async((article_id,))
    except Exception:  # any broker failure: the article is stored and the sweep will send it
        logger.warning("article %s: the parse job could not be sent; the sweep will send it", article_id, exc_info=True)
        Article.objects.filter(pk=article_id, status=ArticleStatus.QUEUED).update(enqueued_at=None)
        return False
    return True


def stale_articles() -> Q:
    """Queued articles whose job was not sent or is long overdue, and parses whose claim expired."""
    resend_before = timezone.now() - dt.timedelta(seconds=settings.PARSE_RESEND_AFTER)
    waiting_too_long = Q(status=ArticleStatus.QUEUED) & (Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=resend_before))
    return waiting_too_long | expired_claims()


def requeue_stale(limit: int = 1000) -> int:
    """Sends the parse job again for every stale article (at most ``limit``); how many were sent."""
    ids = list(Article.objects.filter(stale_articles()).order_by("id").values_list("id", flat=True)[:limit])
    if not ids:
        return 0
    Article.objects.filter(pk__in=ids).update(enqueued_at=timezone.now())
    sent = sum(send_parse(article_id) for article_id in ids)
    logger.info("sweep: %d stale article(s), %d parse job(s) sent", len(ids), sent)
    return sent
