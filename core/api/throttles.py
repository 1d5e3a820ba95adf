"""Request budgets per API key (or per address, for anonymous callers), by scope, shared through the cache.

The cache is Redis when ``REDIS_URL`` is set, so every web process counts against
the same budget. A throttled request gets 429 with ``Retry-After``; every
throttled endpoint answers ``RateLimit-Limit``, ``RateLimit-Remaining`` and
``RateLimit-Reset``. While the cache cannot be reached requests are served
uncounted (and logged): an outage of Redis stops neither reads nor uploads, which
are stored and sent to the parser by the sweep once the broker is back.
"""

from __future__ import annotations

import logging
import math

from rest_framework.throttling import SimpleRateThrottle

from core.api.permissions import required_scope
from core.cache import count as count_in_cache

logger = logging.getLogger(__name__)


class ScopedRateThrottle(SimpleRateThrottle):
    """``settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"][scope]`` requests per key, per scope, in fixed windows.

    One counter per key, scope and window, made and counted atomically in the cache (``core.cache.count``:
    one round trip on Redis), so processes that serve the same key at once all count, and a request costs
    the same whatever the rate. (DRF's own throttle keeps a list of every request's time in the window, read and
    written whole per request: its cost grows with the rate, and two processes can each overwrite the
    other's list.) A window is the rate's period, counted from the epoch; a client may spend one budget at
    the end of a window and the next at the start of the following one.
    """

    def __init__(self) -> None:  # the scope, hence the rate, is known only per request
        pass

    def allow_request(self, request, view) -> bool:
        self.scope = required_scope(request, view)
        self.rate = self.THROTTLE_RATES.get(self.scope)
        if self.rate is None:
            return True
        limit, period = self.parse_rate(self.rate)
        now = self.timer()
        window = int(now // period)
        key = f"throttle:{self.scope}:{self.ident_of(request)}:{window}"
        try:
            count = count_in_cache(self.cache, key, timeout=period + 1)
        except Exception:  # any cache failure: better served uncounted than refused with an error
            logger.warning("request budgets are unavailable (the cache cannot be reached); %s not counted", key)
            return True
        self.reset = max(1, math.ceil((window + 1) * period - now))
        request._request.ratelimit = (limit, max(0, limit - count), self.reset)
        return count <= limit

    def wait(self) -> float:
        return self.reset

    def ident_of(self, request) -> str:
        """Whose budget: the API key's (its prefix), or the address's for an anonymous caller."""
        user = request.user
        return user.pk if user and user.is_authenticated else f"ip:{self.get_ident(request)}"


class RateLimitHeadersMiddleware:
    """Adds the RateLimit-* headers a throttle computed for this request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        limit = getattr(request, "ratelimit", None)
        if limit is not None:
            response["RateLimit-Limit"], response["RateLimit-Remaining"], response["RateLimit-Reset"] = map(str, limit)
        return response
