"""``/health/``: the database, and with Redis the broker, the cache and whether a worker answers (django-health-check).

On the embedded default (no Redis) jobs run in-process, so only the database is checked.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from django.conf import settings
from health_check.views import HealthCheckView


def health_checks() -> list:
    checks: list = ["health_check.checks.Database"]
    if settings.REDIS_URL:
        from redis.asyncio import Redis

        checks += [
            "health_check.checks.Cache",
            ("health_check.contrib.redis.Redis", {"client_factory": partial(Redis.from_url, settings.REDIS_URL)}),
            # No worker answering means uploads wait: visible here as an error.
            ("health_check.contrib.celery.Ping", {"timeout": dt.timedelta(seconds=2)}),
        ]
    return checks


def health_view():
    return HealthCheckView.as_view(checks=health_checks())
