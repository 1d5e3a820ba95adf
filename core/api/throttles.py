"""Request budgets per API key (or per address, for anonymous callers), by scope, shared through the cache.

The cache is Redis when ``REDIS_URL`` is set, so every web process counts against
the same budget. A throttled request gets 429 with ``Retry-After``; every
throttled endpoint answers ``RateLimit-Limit``, ``RateLimit-Remaining`` and
``RateLimit-Reset``.
"""

from __future__ import annotations

import math

from rest_framework.throttling import SimpleRateThrottle

from core.api.permissions import required_scope


class ScopedRateThrottle(SimpleRateThrottle):
    """``settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"][scope]`` requests per key, per scope."""

    def __init__(self) -> None:  # the scope, hence the rate, is known only per request
        pass

    def allow_request(self, request, view) -> bool:
        self.scope = required_scope(request, view)
        self.rate = self.THROTTLE_RATES.get(self.scope)
        if self.rate is None:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        allowed = super().allow_request(request, view)
        remaining = max(0, self.num_requests - len(self.history))
        reset = math.ceil(self.duration - (self.now - self.history[-1])) if self.history else 0
        request._request.ratelimit = (self.num_requests, remaining, max(reset, 0))
        return allowed

    def get_cache_key(self, request, view) -> str:
        user = request.user
        ident = user.pk if user and user.is_authenticated else f"ip:{self.get_ident(request)}"
        return self.cache_format % {"scope": self.scope, "ident": ident}


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
