"""The shared cache on Redis: one client per pool, and counters made with their expiry and counted atomically."""

import os
import threading

import pytest
from django.conf import settings
from django.core.cache import cache as default_cache
from django.core.cache.backends.locmem import LocMemCache

from core.cache import RedisCache, RedisCacheClient, count


@pytest.fixture
def redis_cache():
    if not settings.REDIS_URL:
        pytest.skip("needs REDIS_URL")
    cache = RedisCache(settings.REDIS_URL, {"KEY_PREFIX": f"test-cache-{os.getpid()}"})
    yield cache
    cache.delete_many(["counter", "kept"])


def test_one_client_serves_every_call(redis_cache):
    assert redis_cache._cache.get_client() is redis_cache._cache.get_client(write=True)
    redis_cache.set("kept", {"a": 1}, 30)
    assert redis_cache.get("kept") == {"a": 1}


def test_a_counter_counts_from_one_and_expires_with_its_window(redis_cache):
    assert [count(redis_cache, "counter", 30) for _ in range(3)] == [1, 2, 3]
    assert redis_cache.get("counter") == 3
    client = redis_cache._cache.get_client()
    assert 0 < client.ttl(redis_cache.make_key("counter")) <= 30  # the first count set it; later ones kept it
    redis_cache.delete("counter")  # as when the window's counter expires
    assert count(redis_cache, "counter", 30) == 1


def test_counts_from_several_threads_at_once_each_count(redis_cache):
    seen: list[int] = []
    lock = threading.Lock()

    def spend() -> None:
        mine = [count(redis_cache, "counter", 30) for _ in range(50)]
        with lock:
            seen.extend(mine)

    threads = [threading.Thread(target=spend) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(seen) == list(range(1, 401))


def test_other_caches_count_with_add_and_incr():
    cache = LocMemCache("test-counter", {})
    assert [count(cache, "counter", 30) for _ in range(3)] == [1, 2, 3]
    cache.delete("counter")
    assert count(cache, "counter", 30) == 1


def test_djangos_cache_proxy_counts_in_one_trip_when_its_backend_is_redis(monkeypatch):
    if not settings.REDIS_URL:
        pytest.skip("needs REDIS_URL")

    def refused(*args, **kwargs):
        raise AssertionError("counted by add and incr")

    monkeypatch.setattr(RedisCacheClient, "add", refused)
    monkeypatch.setattr(RedisCacheClient, "incr", refused)
    key = f"test-cache-proxy-{os.getpid()}"
    try:
        assert [count(default_cache, key, 30) for _ in range(2)] == [1, 2]
    finally:
        default_cache.delete(key)
