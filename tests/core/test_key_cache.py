"""Found API keys kept in the shared cache: read once, marked changed at once, passed by when unreachable."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.test import APIClient

from core.key_cache import key_in_use, revoke_keys
from core.keys import ApiKey

pytestmark = pytest.mark.django_db
ARTICLE = "Ngày 03/4, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban.".encode()


@pytest.fixture
def cached_keys(settings):
    settings.API_KEY_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def test_a_key_found_once_is_not_read_again(cached_keys, django_assert_num_queries):
    record, key = ApiKey.issue("reader", ["read"])
    assert key_in_use(key, timezone.now()) == record
    with django_assert_num_queries(0):
        assert key_in_use(key, timezone.now()) == record
        assert key_in_use(key[:-1] + ("x" if key[-1] != "x" else "y"), timezone.now()) is None  # digest checked


@pytest.mark.parametrize("how", ["revoke", "admin action", "delete", "scopes changed"])
def test_a_cached_key_that_changes_is_read_again_at_once(cached_keys, how):
    record, key = ApiKey.issue("reader", ["read"])
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    assert client.get("/api/v1/conferences/").status_code == 200
    if how == "revoke":
        record.revoke()
    elif how == "admin action":
        assert revoke_keys(ApiKey.objects.filter(pk=record.pk)) == 1
    elif how == "delete":
        record.delete()
    else:
        record.scopes = ["upload"]
        record.save()
    assert client.get("/api/v1/conferences/").status_code == (403 if how == "scopes changed" else 401)


def test_a_copy_read_before_a_revocation_is_not_put_back_after_it(cached_keys, monkeypatch):
    record, key = ApiKey.issue("reader", ["read"])
    stale = ApiKey.objects.get(pk=record.pk)  # a request read the key before the revocation, and is slow to keep it
    record.revoke()
    monkeypatch.setattr(ApiKey, "find", classmethod(lambda cls, sent: stale))
    assert key_in_use(key, timezone.now()) == stale  # that request goes on with what it read
    monkeypatch.undo()
    assert key_in_use(key, timezone.now()) is None  # the next one does not get its copy


def test_a_key_is_marked_used_when_it_is_read_not_per_request(cached_keys):
    record, key = ApiKey.issue("reader", ["read"])
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    client.get("/api/v1/conferences/")
    marked = ApiKey.objects.get(pk=record.pk).last_used_at
    assert marked is not None
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/api/v1/conferences/").status_code == 200
    assert not [q["sql"] for q in captured.captured_queries if "core_apikey" in q["sql"]]
    assert ApiKey.objects.get(pk=record.pk).last_used_at == marked


def test_a_cache_that_cannot_be_reached_is_passed_by(settings):
    settings.API_KEY_CACHE_SECONDS = 300
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
    }
    record, key = ApiKey.issue("reader", ["read", "upload"])
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    assert client.get("/api/v1/conferences/").status_code == 200  # neither the key nor the budget is cached
    assert (
        client.post(
            "/api/v1/extract/",
            ARTICLE,
            content_type="text/plain",
        ).status_code
        == 200
    )
    assert revoke_keys(ApiKey.objects.filter(pk=record.pk)) == 1
    assert client.get("/api/v1/conferences/").status_code == 401
