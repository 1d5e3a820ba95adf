"""API keys: hashed, scoped, sent as Bearer or Token; other schemes refused aloud; budgets per key; admin lockout."""

import io

import pytest
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from config.settings.base import REST_FRAMEWORK as PRODUCTION_API_SETTINGS
from core.api.throttles import ScopedRateThrottle
from core.keys import ApiKey
from tests.factories import TaskFactory

pytestmark = pytest.mark.django_db
ARTICLE = "Ngày 03/4, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban công tác tổ chức xây dựng Đảng."


def client_for(*scopes: str, scheme: str = "Bearer") -> APIClient:
    _, key = ApiKey.issue("client", list(scopes))
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"{scheme} {key}")
    return client


def test_a_key_is_stored_only_as_its_hash():
    record, key = ApiKey.issue("crawler", ["upload"])
    stored = ApiKey.objects.filter(pk=record.pk).values().get()
    assert key not in {str(v) for v in stored.values()}
    assert ApiKey.find(key) == record
    assert ApiKey.find(key[:-1] + ("x" if key[-1] != "x" else "y")) is None


@pytest.mark.parametrize("scheme", ["Bearer", "Token", "bearer"])
def test_bearer_and_token_schemes_are_accepted(scheme):
    assert client_for("read", scheme=scheme).get("/api/v1/conferences/").status_code == 200


def test_another_scheme_is_refused_with_the_accepted_ones_named():
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Basic dXNlcjpwYXNz")
    response = client.get("/api/v1/conferences/")
    assert response.status_code == 401
    assert "Bearer" in response.json()["detail"]
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_a_wrong_or_revoked_key_is_refused():
    record, key = ApiKey.issue("old", ["read"])
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Bearer mr_00000000_nonsense")
    assert client.get("/api/v1/conferences/").status_code == 401
    record.revoke()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    assert client.get("/api/v1/conferences/").status_code == 401


def test_without_a_key_reads_need_the_setting_and_writes_are_refused(settings):
    anonymous = APIClient()
    settings.API_OPEN_READS = False
    response = anonymous.get("/api/v1/conferences/")
    assert response.status_code == 401 and "Bearer" in response.json()["detail"]
    settings.API_OPEN_READS = True
    assert anonymous.get("/api/v1/conferences/").status_code == 200
    assert anonymous.post("/api/v1/extract/", ARTICLE.encode(), content_type="text/plain").status_code == 401


def test_each_write_needs_its_scope():
    task = TaskFactory()
    reader = client_for("read")
    assert reader.get(f"/api/v1/tasks/{task.pk}/").status_code == 200
    refused = reader.post("/api/v1/articles/", ARTICLE.encode(), content_type="text/plain")
    assert refused.status_code == 403 and "'upload'" in refused.json()["detail"]
    assert reader.patch(f"/api/v1/tasks/{task.pk}/", {"status": "done"}, format="json").status_code == 403
    uploader = client_for("upload")
    assert uploader.post("/api/v1/articles/", ARTICLE.encode(), content_type="text/plain").status_code == 202
    assert uploader.get("/api/v1/articles/").status_code == 403  # upload does not grant read
    curator = client_for("curate", "read")
    assert curator.patch(f"/api/v1/tasks/{task.pk}/", {"status": "done"}, format="json").status_code == 200
    assert client_for("admin").patch(f"/api/v1/tasks/{task.pk}/", {"status": "open"}, format="json").status_code == 200


def test_quick_uploads_from_one_key_meet_429_with_retry_after(monkeypatch):
    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", PRODUCTION_API_SETTINGS["DEFAULT_THROTTLE_RATES"])
    monkeypatch.setattr(ScopedRateThrottle, "timer", staticmethod(lambda: 1_800_000_010.0))  # one window throughout
    uploader, other = client_for("upload"), client_for("upload")
    answers = [
        uploader.post("/api/v1/extract/", f"{ARTICLE} {n}".encode(), content_type="text/plain") for n in range(300)
    ]
    codes = [a.status_code for a in answers]
    first_refusal = codes.index(429)
    assert set(codes[:first_refusal]) == {200}
    refused = answers[first_refusal]
    assert refused.json()["error"] == "throttled"
    assert int(refused["Retry-After"]) > 0
    assert refused["RateLimit-Remaining"] == "0"
    assert int(refused["RateLimit-Limit"]) == first_refusal
    ok = answers[0]
    assert int(ok["RateLimit-Remaining"]) == first_refusal - 1
    assert other.post("/api/v1/extract/", ARTICLE.encode(), content_type="text/plain").status_code == 200


def test_create_api_key_prints_a_working_key_once():
    out = io.StringIO()
    call_command("create_api_key", "crawler", "--scopes", "read,upload", stdout=out)
    key = out.getvalue().strip()
    assert ApiKey.find(key).scopes == ["read", "upload"]
    with pytest.raises(CommandError, match="scopes must be some of"):
        call_command("create_api_key", "crawler", "--scopes", "everything")


def test_admin_sign_in_locks_out_after_repeated_failures(client, django_user_model, settings):
    settings.AXES_FAILURE_LIMIT = 3
    django_user_model.objects.create_superuser("curator", password="the-right-password-42")
    for _ in range(3):
        client.post("/admin/login/", {"username": "curator", "password": "wrong"})
    response = client.post("/admin/login/", {"username": "curator", "password": "the-right-password-42"})
    assert response.status_code in (403, 429)
    assert "_auth_user_id" not in client.session
