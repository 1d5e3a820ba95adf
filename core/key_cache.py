"""Found API keys kept in the shared cache, so that a request does not read its key's row.

On where the cache is one every process shares (Redis; ``API_KEY_CACHE_SECONDS``, 300 by
default there, 0 without it). A key read from the database is kept with ``cache.add``; a key
saved, revoked or deleted is replaced there by a marker for one cache period, so that it is read
from the database meanwhile and a copy read before the change cannot be put back. A key's use
is recorded when it is read from the database, so ``last_used_at`` is exact to the cache period
(to a minute without a cache). A cache that cannot be reached is passed by: keys are read from
the database, and what it kept expires on its own.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from core.keys import ApiKey, prefix_of

logger = logging.getLogger(__name__)

CHANGED = "changed"  # the marker of a key changed lately: read it from the database
USE_RECORDED_EVERY = dt.timedelta(minutes=1)


def _name(prefix: str) -> str:
    return f"api-key:{prefix}"


def _cached(prefix: str) -> ApiKey | None:
    try:
        found = cache.get(_name(prefix))
    except Exception:  # any cache failure: the database answers
        logger.warning("the API key cache cannot be reached; reading key %s… from the database", prefix)
        return None
    return found if isinstance(found, ApiKey) else None


def key_in_use(key: str, now: dt.datetime) -> ApiKey | None:
    """The active key a client sent, or None; from the cache when it holds it, else read, its use recorded
    (at most once a minute) and kept."""
    prefix = prefix_of(key)
    if prefix is None:
        return None
    caching = settings.API_KEY_CACHE_SECONDS > 0
    found = _cached(prefix) if caching else None
    if found is not None:
        return found if found.opens_with(key) else None
    found = ApiKey.find(key)
    if found is None:
        return None  # an unknown prefix is not kept: a key issued later is never refused for a while
    if found.last_used_at is None or now - found.last_used_at > USE_RECORDED_EVERY:
        ApiKey.objects.filter(pk=found.pk).update(last_used_at=now)
        found.last_used_at = now
    if caching:
        try:
            cache.add(_name(prefix), found, settings.API_KEY_CACHE_SECONDS)  # never over a marker
        except Exception:
            logger.warning("API key %s… could not be cached", prefix)
    return found


def forget_keys(prefixes: Iterable[str]) -> None:
    """Marks these keys changed in the cache, now and again when the transaction commits."""
    if settings.API_KEY_CACHE_SECONDS <= 0:
        return
    marks = dict.fromkeys((_name(prefix) for prefix in prefixes), CHANGED)

    def mark() -> None:
        try:
            cache.set_many(marks, settings.API_KEY_CACHE_SECONDS)
        except Exception:
            logger.error("API keys %s could not be marked changed in the cache; copies there expire", list(marks))

    mark()
    transaction.on_commit(mark)


def revoke_keys(keys: QuerySet[ApiKey]) -> int:
    """Revokes the keys of this queryset not yet revoked, for every process at once; how many."""
    prefixes = list(keys.filter(revoked_at__isnull=True).values_list("prefix", flat=True))
    count = ApiKey.objects.filter(prefix__in=prefixes, revoked_at__isnull=True).update(revoked_at=timezone.now())
    forget_keys(prefixes)
    return count


def _key_changed(sender: type[ApiKey], instance: ApiKey, created: bool = False, **kwargs) -> None:
    if not created:  # a new key's prefix is new: nothing of it is cached
        forget_keys([instance.prefix])


def connect() -> None:
    post_save.connect(_key_changed, sender=ApiKey, dispatch_uid="core:api-key:saved")
    post_delete.connect(_key_changed, sender=ApiKey, dispatch_uid="core:api-key:deleted")
