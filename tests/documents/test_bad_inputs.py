"""Bad input never gives a 500: each answers a JSON 4xx that says what is wrong, and nothing is stored."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from documents.models import Article

pytestmark = pytest.mark.django_db
ARTICLE = "Ngày 03/4, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban công tác tổ chức xây dựng Đảng."


def text_file(name: str, body: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, body.encode(), content_type="text/plain")


BAD = {
    "a NUL byte after the first 8 KB": (
        lambda c: c.post("/api/v1/articles/", (ARTICLE * 200).encode() + b"\x00!", content_type="text/plain"),
        400,
        "NUL",
    ),
    "rot13 as charset": (
        lambda c: c.post("/api/v1/articles/", b"Hoi nghi", content_type="text/plain; charset=rot13"),
        400,
        "not a text encoding",
    ),
    "base64 as charset": (
        lambda c: c.post("/api/v1/articles/", b"Hoi nghi", content_type="text/plain; charset=base64"),
        400,
        "not a text encoding",
    ),
    "hex as charset to extract": (
        lambda c: c.post("/api/v1/extract/", b"Hoi nghi", content_type="text/plain; charset=hex"),
        400,
        "not a text encoding",
    ),
    "deeply nested JSON": (
        lambda c: c.generic("POST", "/api/v1/articles/", "[" * 100000 + "]" * 100000, content_type="application/json"),
        400,
        "nested too deeply",
    ),
    "an offset PostgreSQL does not know": (
        lambda c: c.get("/api/v1/articles/", {"created_after": "2024-01-01T00:00:00+16:00"}),
        200,
        None,
    ),
    "a time before the calendar in UTC": (
        lambda c: c.get("/api/v1/articles/", {"created_after": "0001-01-01T00:00:00+16:00"}),
        400,
        "outside the calendar",
    ),
    "a time after the calendar in UTC": (
        lambda c: c.get("/api/v1/articles/", {"created_before": "9999-12-31T23:59:59-16:00"}),
        400,
        "outside the calendar",
    ),
    "a five-digit year": (lambda c: c.get("/api/v1/tasks/", {"date_after": "10000-01-01"}), 400, "valid date"),
    "an id that is not whole": (lambda c: c.get("/api/v1/tasks/", {"conference": "0.5"}), 400, "whole number"),
    "an id past bigint": (
        lambda c: c.get("/api/v1/tasks/", {"conference": "99999999999999999999"}),
        400,
        "less than or equal",
    ),
    "a filter given twice, the last one empty": (
        lambda c: c.get("/api/v1/directives/csv/?article=%02&article="),
        400,
        "Give this parameter once",
    ),
    "a filter given twice": (lambda c: c.get("/api/v1/tasks/?conference=1&conference=2"), 400, "once"),
    "a negative id": (lambda c: c.get("/api/v1/officials/", {"conference": "-1"}), 400, "greater than or equal"),
    "a detail id past bigint": (lambda c: c.get("/api/v1/articles/99999999999999999999/"), 404, None),
    "a detail id with a point": (lambda c: c.get("/api/v1/conferences/0.5/"), 404, None),
    "POST to no route": (lambda c: c.post("/api/v1/nothing/", {"a": 1}, format="json"), 404, "No API endpoint"),
    "PATCH to no route": (lambda c: c.patch("/api/v1/tasks/1/nothing/", {"a": 1}, format="json"), 404, None),
    "page 0": (lambda c: c.get("/api/v1/articles/", {"page": 0}), 404, "pages are numbered from 1"),
    "a JSON number as text": (
        lambda c: c.post("/api/v1/articles/", {"text": 12345}, format="json"),
        400,
        "valid string",
    ),
    "a JSON list as html": (
        lambda c: c.post("/api/v1/articles/", {"html": ["<p>"]}, format="json"),
        400,
        "valid string",
    ),
    "two files": (
        lambda c: c.post(
            "/api/v1/articles/",
            {"file": [text_file("a.txt", ARTICLE), text_file("b.txt", ARTICLE + "!")]},
            format="multipart",
        ),
        400,
        "one file per upload",
    ),
    "a file under another name too": (
        lambda c: c.post(
            "/api/v1/articles/",
            {"file": text_file("a.txt", ARTICLE), "more": text_file("b.txt", ARTICLE + "!")},
            format="multipart",
        ),
        400,
        "one file per upload",
    ),
}


@pytest.mark.parametrize("case", BAD)
def test_bad_input_gets_a_json_answer_that_says_what_is_wrong(client_with_token, case):
    request, status, says = BAD[case]
    response = request(client_with_token)
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    if status >= 400:
        assert body["error"] and body["detail"]
    if says:
        assert says in json.dumps(body, ensure_ascii=False), body
    assert not Article.objects.exists()


def test_a_chunked_upload_is_read_whole(api_key_header):
    from config.wsgi import application

    body = ARTICLE.encode()
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/api/v1/articles/",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "wsgi.input_terminated": True,
        "wsgi.errors": io.StringIO(),
        "CONTENT_TYPE": "text/plain; charset=utf-8",
        "HTTP_TRANSFER_ENCODING": "chunked",
        "HTTP_AUTHORIZATION": api_key_header,
    }
    answers = []
    # As Django's test client does: the test's database connection stays open across the request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        chunks = application(environ, lambda status, headers: answers.append(status))
        payload = json.loads(b"".join(chunks))
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    assert answers[0].startswith("202"), payload
    assert Article.objects.get().text.startswith("Ngày 03/4")
