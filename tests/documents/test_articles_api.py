"""Uploading articles: every accepted form, every refused one, dedup, permissions and reparse."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from documents.extraction import PARSER_VERSION
from documents.models import Article, ArticleStatus
from meetings.models import Conference
from tests.factories import article_from_text, claimed_article

pytestmark = pytest.mark.django_db

URL = "/api/v1/articles/"
SHORT = (
    "Ngày 03/4, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban trực tuyến quý I năm 2023. "
    "Đồng chí Mai Văn Chính - Phó Trưởng ban Thường trực Ban Tổ chức Trung ương chủ trì Hội nghị.\n"
)


@pytest.fixture
def run_jobs(django_capture_on_commit_callbacks):
    """Runs the jobs queued on commit, in-process, as the embedded default does."""

    def post(client, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(*args, **kwargs)

    return post


def test_raw_text_upload_is_accepted_stored_and_parsed(client_with_token, run_jobs):
    response = run_jobs(client_with_token, f"{URL}?published=2023-04-04", SHORT.encode(), content_type="text/plain")
    assert response.status_code == 202
    article = Article.objects.get()
    assert response["Location"].endswith(reverse("article-detail", args=[article.pk]))
    assert bytes(article.raw) == SHORT.encode()
    assert article.status == ArticleStatus.PARSED
    assert article.extraction["conference"]["date"] == "2023-04-03"
    assert Conference.objects.get(article=article).kind == "giao_ban"


def test_json_upload_with_metadata(client_with_token, run_jobs):
    body = {"text": SHORT, "source_url": "https://example.org/a", "published": "2023-04-04"}
    response = run_jobs(client_with_token, URL, body, format="json")
    assert response.status_code == 202
    assert response.json()["source_url"] == "https://example.org/a"
    assert Article.objects.get().published.isoformat() == "2023-04-04"


def test_multipart_file_upload(client_with_token, run_jobs):
    upload = SimpleUploadedFile("article.txt", SHORT.encode(), content_type="text/plain")
    response = run_jobs(client_with_token, URL, {"file": upload}, format="multipart")
    assert response.status_code == 202
    assert Article.objects.get().content_type == "text/plain"


def test_html_upload_keeps_main_text_and_spans_index_it(client_with_token, run_jobs, shared_dir):
    page = (shared_dir / "corpus" / "html" / "h001.html").read_bytes()
    response = run_jobs(client_with_token, URL, page, content_type="text/html; charset=utf-8")
    assert response.status_code == 202
    article = Article.objects.get()
    assert article.content_type == "text/html"
    assert "<div" not in article.text
    assert article.title == "Hội nghị công bố các quyết định về công tác cán bộ"
    for official in article.extraction["officials"]:
        start, end = official["spans"][0]
        assert article.text[start:end].casefold() == official["name"].casefold()


def test_same_text_again_returns_the_existing_article_without_a_second_parse(client_with_token, run_jobs):
    first = run_jobs(client_with_token, URL, SHORT.encode(), content_type="text/plain")
    article = Article.objects.get()
    parsed_at = article.parsed_at
    second = run_jobs(client_with_token, URL, SHORT.replace("\n", "\r\n").encode(), content_type="text/plain")
    assert (first.status_code, second.status_code) == (202, 200)
    assert second.json()["id"] == first.json()["id"]
    article.refresh_from_db()
    assert article.parsed_at == parsed_at
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    ("body", "content_type", "status", "code"),
    [
        (b"", "text/plain", 400, "empty_article"),
        (b"   \n ", "text/plain", 400, "empty_article"),
        (b"\x00\x01\x02\x03binary", "text/plain", 400, "not_text"),
        ("Hội nghị".encode("utf-16-le"), "text/plain", 400, "not_text"),
        (b"H\xe9llo", "text/plain", 400, "not_text"),
        (b"Hello", "text/plain; charset=klingon", 400, "unknown_charset"),
        (b"%PDF-1.4", "application/pdf", 415, "unsupported_media_type"),
        (b'{"text": 5', "application/json", 400, "parse_error"),
    ],
    ids=["empty", "blank", "binary", "utf16-without-bom", "latin1-as-utf8", "unknown-charset", "pdf", "bad-json"],
)
def test_bad_uploads_get_a_json_error_and_store_nothing(client_with_token, body, content_type, status, code):
    response = client_with_token.post(URL, body, content_type=content_type)
    assert response.status_code == status
    assert response.json()["error"] == code
    assert response.json()["detail"]
    assert not Article.objects.exists()


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": "a", "html": "<p>b</p>"},
        {"text": ""},
        {"text": "abc", "published": "yesterday"},
        {"text": "abc", "source_url": "not a url"},
    ],
    ids=["nothing", "both", "empty", "bad-date", "bad-url"],
)
def test_invalid_json_fields_are_400_with_field_messages(client_with_token, body):
    response = client_with_token.post(URL, body, format="json")
    assert response.status_code == 400
    assert response.json()["error"] == "invalid"
    assert response.json()["fields"]
    assert not Article.objects.exists()


def test_oversized_upload_is_413(client_with_token, settings):
    settings.ARTICLE_MAX_BYTES = 1000
    response = client_with_token.post(URL, ("Hội nghị " * 200).encode(), content_type="text/plain")
    assert response.status_code == 413
    assert response.json()["error"] == "payload_too_large"
    assert not Article.objects.exists()


def test_oversized_multipart_file_is_413(client_with_token, settings):
    settings.ARTICLE_MAX_BYTES = 1000
    upload = SimpleUploadedFile("big.txt", b"x" * 5000, content_type="text/plain")
    response = client_with_token.post(URL, {"file": upload}, format="multipart")
    assert response.status_code == 413


def test_upload_needs_a_token(anonymous_client, settings):
    settings.API_OPEN_READS = True
    response = anonymous_client.post(URL, SHORT.encode(), content_type="text/plain")
    assert response.status_code == 401
    assert response.json()["error"] == "not_authenticated"
    assert not Article.objects.exists()


def test_reads_need_a_token_unless_opened(anonymous_client, settings):
    assert anonymous_client.get(URL).status_code == 401
    settings.API_OPEN_READS = True
    assert anonymous_client.get(URL).status_code == 200


def test_reparse_runs_the_parser_again(client_with_token, run_jobs):
    run_jobs(client_with_token, URL, SHORT.encode(), content_type="text/plain")
    article = Article.objects.get()
    Article.objects.filter(pk=article.pk).update(parser_version="0.0.1", status=ArticleStatus.FAILED, error="old")
    response = run_jobs(client_with_token, f"{URL}{article.pk}/reparse/")
    assert response.status_code == 202
    article.refresh_from_db()
    assert (article.status, article.error, article.parser_version) == (ArticleStatus.PARSED, "", PARSER_VERSION)


def test_reparse_while_processing_is_409(client_with_token):
    article = claimed_article(SHORT, expires_in=dt.timedelta(minutes=1))
    response = client_with_token.post(f"{URL}{article.pk}/reparse/")
    assert response.status_code == 409
    assert response.json()["error"] == "conflict"


def test_reparse_of_missing_article_is_404(client_with_token):
    response = client_with_token.post(f"{URL}999/reparse/")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


def test_list_filters_by_status_and_date(client_with_token):
    article_from_text("một", status=ArticleStatus.PARSED, published=dt.date(2023, 4, 4))
    article_from_text("hai", status=ArticleStatus.FAILED, published=dt.date(2021, 1, 1))
    parsed = client_with_token.get(URL, {"status": "parsed"}).json()
    assert [a["published"] for a in parsed["results"]] == ["2023-04-04"]
    recent = client_with_token.get(URL, {"published_after": "2022-01-01"}).json()
    assert recent["count"] == 1
    assert client_with_token.get(URL, {"status": "nonsense"}).status_code == 400


def test_article_list_queries_do_not_grow_with_page_size(client_with_token):
    from tests.api_queries import assert_fixed_queries
    from tests.factories import ArticleFactory, ConferenceFactory

    ConferenceFactory.create_batch(3)
    ArticleFactory()
    assert_fixed_queries(client_with_token, URL, 4)


def test_reparse_of_an_abandoned_parse_is_accepted(client_with_token):
    article = claimed_article(SHORT, expires_in=-dt.timedelta(minutes=1))
    assert client_with_token.post(f"{URL}{article.pk}/reparse/").status_code == 202


def test_extract_parses_without_storing(client_with_token):
    response = client_with_token.post(
        "/api/v1/extract/?published=2023-04-04", SHORT.encode(), content_type="text/plain"
    )
    assert response.status_code == 200
    body = response.json()
    assert body["schema"] == "meeting-records/1"
    assert body["conference"]["date"] == "2023-04-03"
    assert body["officials"][0]["name"] == "Mai Văn Chính"
    assert not Article.objects.exists()


def test_extract_of_html_carries_the_text_its_spans_index(client_with_token, shared_dir):
    page = (shared_dir / "corpus" / "html" / "h001.html").read_bytes()
    body = client_with_token.post("/api/v1/extract/", page, content_type="text/html").json()
    assert body["article"]["title"] == "Hội nghị công bố các quyết định về công tác cán bộ"
    start, end = body["officials"][0]["spans"][0]
    assert body["text"][start:end] == body["officials"][0]["name"]


def test_extract_refuses_bad_input_like_upload(client_with_token, anonymous_client):
    assert client_with_token.post("/api/v1/extract/", b"", content_type="text/plain").status_code == 400
    assert client_with_token.post("/api/v1/extract/", b"x", content_type="image/png").status_code == 415
    assert anonymous_client.post("/api/v1/extract/", b"abc", content_type="text/plain").status_code == 401


def test_unknown_api_url_is_a_json_404(client_with_token):
    response = client_with_token.get("/api/v1/nothing-here/")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


def test_declared_utf16_without_bom_is_read(client_with_token, run_jobs):
    body = SHORT.encode("utf-16-le")
    response = run_jobs(client_with_token, URL, body, content_type="text/plain; charset=utf-16-le")
    assert response.status_code == 202
    assert Article.objects.get().text == SHORT


def test_upload_answers_202_when_the_broker_refuses_and_the_sweep_sends_it(
    client_with_token, run_jobs, monkeypatch, django_capture_on_commit_callbacks
):
    from kombu.exceptions import OperationalError as BrokerError

    from documents.jobs import parse_article_job
    from documents.services.claims import requeue_stale

    def refuse(*args, **kwargs):
        raise BrokerError("Error 111 connecting to redis. Connection refused.")

    monkeypatch.setattr(parse_article_job, "apply_async", refuse)
    response = run_jobs(client_with_token, URL, SHORT.encode(), content_type="text/plain")
    assert response.status_code == 202
    article = Article.objects.get()
    assert (article.status, article.enqueued_at) == (ArticleStatus.QUEUED, None)
    again = run_jobs(client_with_token, URL, SHORT.encode(), content_type="text/plain")
    assert again.status_code == 200  # the same text again: still refused, still answered

    monkeypatch.undo()
    assert requeue_stale() == 1
    article.refresh_from_db()
    assert article.status == ArticleStatus.PARSED


def test_an_upload_is_answered_without_reading_back_its_bytes(client_with_token, django_capture_on_commit_callbacks):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for attempt in ("new", "the same text again"):
        with CaptureQueriesContext(connection) as captured, django_capture_on_commit_callbacks(execute=False):
            response = client_with_token.post(URL, SHORT.encode(), content_type="text/plain")
        assert response.status_code in (200, 202), attempt
        reads = [q["sql"] for q in captured.captured_queries if q["sql"].startswith("SELECT")]
        articles = [sql for sql in reads if 'FROM "documents_article"' in sql]
        assert articles, attempt
        assert not [sql for sql in articles if '"documents_article"."raw"' in sql], attempt
        assert response.json()["text"] == SHORT
        assert not [sql for sql in reads if sql.startswith('SELECT "meetings_conference"')], attempt  # read with it
