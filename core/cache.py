"""The shared cache on Redis: Django's Redis cache, with one client per connection pool and a one-trip counter.

Django's backend builds a new ``redis.Redis`` client on every call (its response callbacks, some 250
entries, copied each time), which costs an API read more than the round trip itself; a client is safe to
share between threads, so one is kept per pool. ``count_up`` counts a request against a budget window in one
round trip, where ``add`` then ``incr`` takes three (``incr`` first asks whether the key exists).
"""

from __future__ import annotations

from django.core.cache import BaseCache
from django.core.cache.backends import redis as django_redis


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, object] = {}

    def get_client(self, key=None, *, write: bool = False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client

    def count_up(self, key: str, timeout: int) -> int:
        # Made with its expiry if missing, then counted; MULTI so that no counter is left without one.
        pipeline = self.get_client(key, write=True).pipeline(transaction=True)
        pipeline.set(key, 0, ex=timeout, nx=True)
        pipeline.incr(key)
        return pipeline.execute()[1]


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = RedisCacheClient

    def count_up(self, key: str, timeout: int, version: int | None = None) -> int:
        """Adds one to the counter ``key`` (made, expiring in ``timeout`` seconds, if missing); its new value."""
        return self._cache.count_up(self.make_and_validate_key(key, version=version), timeout)


def count(cache: BaseCache, key: str, timeout: int) -> int:
    """Adds one to the counter ``key`` of this cache, made expiring in ``timeout`` seconds if missing; its value.

    Atomic on every backend: in one round trip on Redis, by ``add`` and ``incr`` elsewhere. ``cache`` may be
    Django's ``cache`` proxy, which hands on what its backend has.
    """
    count_up = getattr(cache, "count_up", None)
    if count_up is not None:
        return count_up(key, timeout)
    if cache.add(key, 1, timeout):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # the counter expired between the two calls
        cache.add(key, 1, timeout)
        return 1
