"""Parsing an archive again: only what an older parser made, in batches, with progress; running it again resumes."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from documents.extraction import PARSER_VERSION
from documents.models import Article, ArticleStatus
from documents.services import importer
from tests.factories import article_from_text

pytestmark = pytest.mark.django_db
TEXT = "Ngày 3/4, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban. Đồng chí Mai Văn Chính chủ trì Hội nghị {}."


def archive(old: int, current: int) -> None:
    for n in range(old):
        article_from_text(TEXT.format(f"cũ {n}"), status=ArticleStatus.PARSED, parser_version="1.0.0")
    for n in range(current):
        article_from_text(TEXT.format(f"mới {n}"), status=ArticleStatus.PARSED, parser_version=PARSER_VERSION)


def test_reparse_queues_only_what_an_older_parser_made_with_progress(django_capture_on_commit_callbacks):
    archive(old=7, current=3)
    out = io.StringIO()
    call_command("reparse", "--batch", "3", stdout=out)  # jobs run in-process under the test settings
    printed = out.getvalue()
    assert "7 article(s) to parse again" in printed and "7/7" in printed and "3/7" in printed
    assert set(Article.objects.values_list("parser_version", flat=True)) == {PARSER_VERSION}
    assert Article.objects.filter(status=ArticleStatus.PARSED).count() == 10

    again = io.StringIO()
    call_command("reparse", stdout=again)
    assert "0 article(s) to parse again" in again.getvalue()


def test_reparse_waits_for_the_parses_and_says_how_many_were_parsed():
    archive(old=4, current=1)
    out = io.StringIO()
    call_command("reparse", "--wait", "--poll", "0.1", stdout=out)
    printed = out.getvalue()
    assert "parsed [" in printed and "4/4" in printed
    assert "4 parsed, 0 failed" in printed


def test_reparse_waiting_exits_with_an_error_when_a_parse_failed(monkeypatch):
    archive(old=3, current=0)
    broken = Article.objects.order_by("pk").first()
    original = importer.import_tasks

    def fails_for_one(article, *args, **kwargs):
        if article.pk == broken.pk:
            raise RuntimeError("no tasks today")
        return original(article, *args, **kwargs)

    monkeypatch.setattr("documents.services.importer.import_tasks", fails_for_one)
    out = io.StringIO()
    with pytest.raises(CommandError, match="1 article\\(s\\) failed"):
        call_command("reparse", "--wait", "--poll", "0.1", stdout=out)
    assert "2 parsed, 1 failed" in out.getvalue()
    assert Article.objects.get(pk=broken.pk).status == ArticleStatus.FAILED


def test_reparse_by_release_and_by_id():
    archive(old=2, current=2)
    old = Article.objects.filter(parser_version="1.0.0").first()
    out = io.StringIO()
    call_command("reparse", "--parser-version-below", "1.0", stdout=out)
    assert "0 article(s)" in out.getvalue()
    call_command("reparse", "--ids", str(old.pk), stdout=out)
    old.refresh_from_db()
    assert old.parser_version == PARSER_VERSION
    assert Article.objects.filter(parser_version="1.0.0").count() == 1


def test_the_admin_reparses_every_outdated_article(admin_client):
    archive(old=3, current=1)
    response = admin_client.post(
        reverse("admin:documents_article_changelist"),
        {"action": "reparse_outdated", "_selected_action": [Article.objects.first().pk]},
        follow=True,
    )
    assert "3 article(s) queued" in response.content.decode()
    assert not Article.objects.exclude(parser_version=PARSER_VERSION).exists()


@pytest.mark.worker
def test_reparse_follows_a_real_worker_until_every_article_is_parsed(live_worker):
    archive(old=5, current=1)
    out = io.StringIO()
    call_command("reparse", "--wait", "--poll", "0.2", "--timeout", "120", stdout=out)
    assert "5 parsed, 0 failed" in out.getvalue()
    assert set(Article.objects.values_list("parser_version", "status")) == {(PARSER_VERSION, ArticleStatus.PARSED)}
    assert live_worker.process.poll() is None, "the worker died"


def test_reparse_stops_watching_after_its_timeout_and_leaves_the_jobs_queued(monkeypatch):
    archive(old=2, current=0)
    monkeypatch.setattr("documents.services.reparse.group", lambda jobs: type("Lost", (), {"apply_async": id})())
    with pytest.raises(CommandError, match="2 article\\(s\\) still to come"):
        call_command("reparse", "--wait", "--poll", "0.1", "--timeout", "0.3", stdout=io.StringIO())
    assert Article.objects.filter(status=ArticleStatus.QUEUED).count() == 2
