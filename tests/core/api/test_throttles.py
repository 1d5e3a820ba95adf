"""Request budgets: one counter per key, scope and window, counted atomically, whatever the rate."""

import threading

import pytest
from django.db import connection
from rest_framework.test import APIClient

from core.api.throttles import ScopedRateThrottle
from core.keys import ApiKey

RATES = {"read": "40/min", "upload": "60/min", "curate": "300/min", "admin": "300/min"}


@pytest.fixture
def clock(monkeypatch) -> list[float]:
    now = [1_800_000_030.0]  # 30 s into a minute
    monkeypatch.setattr(ScopedRateThrottle, "timer", staticmethod(lambda: now[0]))
    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", RATES)
    return now


def _reader() -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {ApiKey.issue('reader', ['read'])[1]}")
    return client


@pytest.mark.django_db
def test_a_spent_budget_answers_429_until_the_next_window(clock):
    client = _reader()
    codes = [client.get("/api/v1/tasks/").status_code for _ in range(41)]
    assert codes == [200] * 40 + [429]
    refused = client.get("/api/v1/tasks/")
    assert refused["Retry-After"] == "30" and refused["RateLimit-Reset"] == "30"
    assert refused["RateLimit-Remaining"] == "0"
    clock[0] += 30
    fresh = client.get("/api/v1/tasks/")
    assert fresh.status_code == 200 and fresh["RateLimit-Remaining"] == "39"


@pytest.mark.django_db(transaction=True)
def test_requests_of_one_key_at_once_each_count(clock):
    client_key = ApiKey.issue("reader", ["read"])[1]
    first = APIClient()
    first.credentials(HTTP_AUTHORIZATION=f"Bearer {client_key}")
    # The key's first use is recorded once; after it, requests only read (SQLite's test database locks a
    # table being written against readers of other threads).
    codes: list[int] = [first.get("/api/v1/tasks/").status_code]
    lock = threading.Lock()

    def spend() -> None:
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {client_key}")
        try:
            mine = [client.get("/api/v1/tasks/").status_code for _ in range(20)]
        finally:
            connection.close()  # each thread's own connection
        with lock:
            codes.extend(mine)

    threads = [threading.Thread(target=spend) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(codes) == [200] * 40 + [429] * 41


class _UnreachableCache:
    def add(self, *args, **kwargs):
        raise ConnectionError("the cache cannot be reached")

    incr = add


@pytest.mark.django_db
def test_requests_are_served_uncounted_while_the_budgets_cannot_be_counted(clock, monkeypatch, caplog):
    client = _reader()
    monkeypatch.setattr(ScopedRateThrottle, "cache", _UnreachableCache())
    codes = {client.get("/api/v1/tasks/").status_code for _ in range(45)}
    assert codes == {200}  # over the budget of 40, and no error
    assert "request budgets are unavailable" in caplog.text
