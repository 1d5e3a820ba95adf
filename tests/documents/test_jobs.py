"""The parse job: claims the article once, imports in one transaction, fails cleanly."""

import pytest

from documents.jobs import parse_article_job
from documents.models import Article, ArticleStatus
from meetings.models import Conference, DirectiveMention
from people.models import Official
from tests.factories import article_from_text

pytestmark = pytest.mark.django_db

TEXT = (
    "Ngày 03/4, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban quý I. Đồng chí Mai Văn Chính - Phó Trưởng ban "
    "Thường trực Ban Tổ chức Trung ương chủ trì Hội nghị, quán triệt Kết luận số 50-KL/TW của Bộ Chính trị.\n"
)


def test_job_parses_a_queued_article():
    article = article_from_text(TEXT)
    assert parse_article_job(article.pk) == ArticleStatus.PARSED
    article.refresh_from_db()
    assert article.status == ArticleStatus.PARSED
    assert article.extraction["schema"] == "meeting-records/1"
    assert Conference.objects.filter(article=article).exists()


def test_job_skips_an_article_that_is_not_queued():
    article = article_from_text(TEXT, status=ArticleStatus.PROCESSING)
    assert parse_article_job(article.pk) == "skipped"
    assert not Conference.objects.exists()


def test_failure_marks_the_article_failed_and_leaves_no_partial_records(monkeypatch):
    article = article_from_text(TEXT)

    def explode(*args, **kwargs):
        raise RuntimeError("tasks table is on fire")

    # The failure comes after the conference, officials and directives were written.
    monkeypatch.setattr("documents.services.importer._import_tasks", explode)
    assert parse_article_job(article.pk) == ArticleStatus.FAILED
    article.refresh_from_db()
    assert article.status == ArticleStatus.FAILED
    assert "tasks table is on fire" in article.error
    assert not Conference.objects.exists()
    assert not Official.objects.exists()
    assert not DirectiveMention.objects.exists()

    monkeypatch.undo()
    Article.objects.filter(pk=article.pk).update(status=ArticleStatus.QUEUED)
    assert parse_article_job(article.pk) == ArticleStatus.PARSED
    assert Conference.objects.filter(article=article).exists()


def test_parsing_twice_leaves_the_same_rows():
    article = article_from_text(TEXT)
    parse_article_job(article.pk)
    counts = (Conference.objects.count(), Official.objects.count(), DirectiveMention.objects.count())
    Article.objects.filter(pk=article.pk).update(status=ArticleStatus.QUEUED)
    parse_article_job(article.pk)
    assert (Conference.objects.count(), Official.objects.count(), DirectiveMention.objects.count()) == counts


def test_a_concurrent_duplicate_is_retried(monkeypatch):
    from django.db import IntegrityError

    import documents.services.parsing as parsing

    article = article_from_text(TEXT)
    real_import = parsing.import_extraction
    calls = []

    def first_attempt_collides(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise IntegrityError("duplicate key value violates unique constraint")
        return real_import(*args, **kwargs)

    monkeypatch.setattr(parsing, "import_extraction", first_attempt_collides)
    assert parse_article_job(article.pk) == ArticleStatus.PARSED
    assert len(calls) == 2
    assert Conference.objects.filter(article=article).exists()


def test_a_parse_abandoned_by_a_dead_worker_is_claimed_again(settings):
    from django.utils import timezone

    settings.PARSE_CLAIM_TIMEOUT = 60
    article = article_from_text(TEXT, status=ArticleStatus.PROCESSING)
    assert parse_article_job(article.pk) == "skipped"  # a live claim is left alone
    Article.objects.filter(pk=article.pk).update(updated_at=timezone.now() - timezone.timedelta(minutes=5))
    assert parse_article_job(article.pk) == ArticleStatus.PARSED
