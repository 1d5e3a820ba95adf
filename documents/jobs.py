"""Celery jobs for articles: thin wrappers that claim the work and call a service.

The parse job is sent with ``acks_late`` and ``reject_on_worker_lost``: a worker
that dies mid-parse leaves its message to be delivered again. What happens then
is the claim's business (``documents.services.claims``).
"""

import logging
import uuid

from celery import shared_task
from django.conf import settings

from documents.services.claims import claim_article, release_claim, renew_claim, requeue_stale
from documents.services.parsing import TRANSIENT_ERRORS, parse_and_import

logger = logging.getLogger(__name__)


def _backoff(retries: int) -> float:
    return min(2.0**retries, 60.0)


@shared_task(
    bind=True,
    name="documents.parse_article",
    acks_late=True,
    reject_on_worker_lost=True,
    soft_time_limit=settings.PARSE_SOFT_TIME_LIMIT,
    time_limit=settings.PARSE_TIME_LIMIT,
    max_retries=settings.PARSE_MAX_RETRIES,
)
def parse_article_job(self, article_id: int, token: str | None = None) -> str:
    claim = uuid.UUID(token) if token else None
    if claim is None or not renew_claim(article_id, claim):
        outcome = claim_article(article_id)
        if outcome.busy_for is not None:
            # Another run holds a live claim (or held it when its worker died): look again when it expires.
            if self.request.retries >= self.max_retries:
                return "busy"
            raise self.retry(countdown=outcome.busy_for + 1)
        if outcome.token is None:
            logger.info("article %s: nothing to parse", article_id)
            return "skipped"
        claim = outcome.token
    try:
        return parse_and_import(article_id, claim)
    except TRANSIENT_ERRORS as exc:
        if self.request.retries >= self.max_retries:
            logger.error(
                "article %s: database unavailable after %d retries; back to the queue", article_id, self.request.retries
            )
            release_claim(article_id, claim)
            return "released"
        logger.warning("article %s: transient database error, retrying: %s", article_id, exc)
        raise self.retry(exc=exc, countdown=_backoff(self.request.retries), kwargs={"token": str(claim)}) from exc


@shared_task(name="documents.requeue_stale", ignore_result=True)
def requeue_stale_job() -> int:
    """The sweep: sends again the parse of every article that waits too long or whose run died."""
    return requeue_stale()
