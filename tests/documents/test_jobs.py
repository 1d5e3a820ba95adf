"""The parse job: claims with a token and an expiry, one transaction, transient errors retried, nothing stuck."""

import datetime as dt
import re
import uuid

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.db import IntegrityError, OperationalError, connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import documents.services.parsing as parsing
from documents.jobs import parse_article_job
from documents.models import Article, ArticleStatus
from documents.services.claims import claim_article, requeue_stale
from meetings.models import Conference, DirectiveMention
from people.models import Official
from tests.factories import article_from_text, claimed_article

pytestmark = pytest.mark.django_db

TEXT = (
    "Ngày 03/4, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban quý I. Đồng chí Mai Văn Chính - Phó Trưởng ban "
    "Thường trực Ban Tổ chức Trung ương chủ trì Hội nghị, quán triệt Kết luận số 50-KL/TW của Bộ Chính trị.\n"
)


def run(article_id: int) -> str:
    """The job as a worker runs it (retries included), in-process."""
    return parse_article_job.apply(args=(article_id,)).get(propagate=True)


def test_job_parses_a_queued_article_once():
    article = article_from_text(TEXT)
    assert run(article.pk) == ArticleStatus.PARSED
    article.refresh_from_db()
    assert (article.status, article.parse_count, article.claim_token, article.attempts) == ("parsed", 1, None, 0)
    assert article.extraction["schema"] == "meeting-records/1"
    assert Conference.objects.filter(article=article).exists()
    assert run(article.pk) == "skipped"  # a second delivery of the same job does nothing
    article.refresh_from_db()
    assert article.parse_count == 1


def test_a_live_claim_of_another_run_is_left_alone():
    article = claimed_article(TEXT, expires_in=dt.timedelta(minutes=1))
    outcome = claim_article(article.pk)
    assert outcome.token is None and 55 < outcome.busy_for <= 60
    assert not Conference.objects.exists()


def test_a_claim_whose_run_died_is_taken_over_and_the_dead_run_cannot_write():
    article = claimed_article(TEXT, expires_in=-dt.timedelta(seconds=1))
    dead_run = article.claim_token
    assert run(article.pk) == ArticleStatus.PARSED
    Article.objects.filter(pk=article.pk).update(status=ArticleStatus.PROCESSING, claim_token=uuid.uuid4())
    assert parsing.parse_and_import(article.pk, dead_run) == "stale"
    article.refresh_from_db()
    assert article.parse_count == 1


def test_an_article_whose_parse_keeps_dying_fails_after_the_last_attempt(settings):
    settings.PARSE_MAX_ATTEMPTS = 3
    article = claimed_article(TEXT, expires_in=-dt.timedelta(seconds=1))
    Article.objects.filter(pk=article.pk).update(attempts=3)
    assert run(article.pk) == "skipped"
    article.refresh_from_db()
    assert article.status == ArticleStatus.FAILED
    assert "gave up after 3 attempts" in article.error


def test_a_parser_error_marks_the_article_failed_and_leaves_no_partial_records(monkeypatch):
    article = article_from_text(TEXT)

    def explode(*args, **kwargs):
        raise RuntimeError("tasks table is on fire")

    # The failure comes after the conference, officials and directives were written.
    monkeypatch.setattr("documents.services.importer.import_tasks", explode)
    assert run(article.pk) == ArticleStatus.FAILED
    article.refresh_from_db()
    assert article.status == ArticleStatus.FAILED
    assert "tasks table is on fire" in article.error
    assert not Conference.objects.exists()
    assert not Official.objects.exists()
    assert not DirectiveMention.objects.exists()

    monkeypatch.undo()
    Article.objects.filter(pk=article.pk).update(status=ArticleStatus.QUEUED)
    assert run(article.pk) == ArticleStatus.PARSED
    assert Conference.objects.filter(article=article).exists()


def test_a_parse_past_its_soft_time_limit_fails_with_the_reason(monkeypatch):
    article = article_from_text(TEXT)

    def too_slow(*args, **kwargs):
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(parsing, "extraction_for", too_slow)
    assert run(article.pk) == ArticleStatus.FAILED
    article.refresh_from_db()
    assert "took longer than" in article.error


@pytest.mark.parametrize("error", [OperationalError("server closed the connection"), OperationalError("deadlock")])
def test_a_transient_database_error_is_retried_not_failed(monkeypatch, error):
    article = article_from_text(TEXT)
    real_import = parsing.import_extraction
    calls = []

    def first_attempt_breaks(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise error
        return real_import(*args, **kwargs)

    monkeypatch.setattr(parsing, "import_extraction", first_attempt_breaks)
    monkeypatch.setattr("documents.jobs._backoff", lambda retries: 0)
    assert run(article.pk) == ArticleStatus.PARSED
    assert len(calls) == 2
    article.refresh_from_db()
    assert (article.status, article.parse_count, article.attempts) == ("parsed", 1, 0)


def test_a_database_down_past_every_retry_puts_the_article_back_in_the_queue(monkeypatch, settings):
    article = article_from_text(TEXT)

    def always_breaks(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(parsing, "import_extraction", always_breaks)
    monkeypatch.setattr("documents.jobs._backoff", lambda retries: 0)
    assert run(article.pk) == "released"
    article.refresh_from_db()
    assert (article.status, article.claim_token, article.enqueued_at) == ("queued", None, None)


def test_a_concurrent_duplicate_is_retried(monkeypatch):
    article = article_from_text(TEXT)
    real_import = parsing.import_extraction
    calls = []

    def first_attempt_collides(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise IntegrityError("duplicate key value violates unique constraint")
        return real_import(*args, **kwargs)

    monkeypatch.setattr(parsing, "import_extraction", first_attempt_collides)
    assert run(article.pk) == ArticleStatus.PARSED
    assert len(calls) == 2


def test_parsing_twice_leaves_the_same_rows():
    article = article_from_text(TEXT)
    run(article.pk)
    counts = (Conference.objects.count(), Official.objects.count(), DirectiveMention.objects.count())
    Article.objects.filter(pk=article.pk).update(status=ArticleStatus.QUEUED)
    run(article.pk)
    assert (Conference.objects.count(), Official.objects.count(), DirectiveMention.objects.count()) == counts


def test_the_sweep_sends_again_what_waits_too_long_or_was_abandoned(settings, django_capture_on_commit_callbacks):
    settings.PARSE_RESEND_AFTER = 300
    fresh = article_from_text(TEXT + "1", enqueued_at=timezone.now())
    unsent = article_from_text(TEXT + "2", enqueued_at=None)
    overdue = article_from_text(TEXT + "3", enqueued_at=timezone.now() - dt.timedelta(minutes=10))
    abandoned = claimed_article(TEXT + "4", expires_in=-dt.timedelta(seconds=1))
    running = claimed_article(TEXT + "5", expires_in=dt.timedelta(minutes=1))
    assert requeue_stale() == 3  # jobs run in-process: each one it sends parses its article
    status = dict(Article.objects.values_list("pk", "status"))
    assert [status[a.pk] for a in (unsent, overdue, abandoned)] == ["parsed"] * 3
    assert [status[a.pk] for a in (fresh, running)] == ["queued", "processing"]


def test_a_parse_reads_the_article_once_to_parse_it_and_once_under_the_lock_of_its_import():
    article = article_from_text(TEXT)
    with CaptureQueriesContext(connection) as captured:
        assert run(article.pk) == ArticleStatus.PARSED
    reads = [q["sql"] for q in captured.captured_queries if re.match(r'SELECT .* FROM "documents_article"', q["sql"])]
    assert len(reads) == 2, reads
