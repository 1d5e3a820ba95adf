"""Celery jobs for articles: thin wrappers that claim the work and call a service."""

import logging

from celery import shared_task
from django.db import OperationalError

from documents.services.parsing import claim_article, parse_and_import

logger = logging.getLogger(__name__)


@shared_task(
    name="documents.parse_article",
    autoretry_for=(OperationalError,),
    retry_backoff=True,
    max_retries=5,
)
def parse_article_job(article_id: int) -> str:
    if not claim_article(article_id):
        logger.info("article %s: not queued any more, nothing to do", article_id)
        return "skipped"
    return parse_and_import(article_id)
