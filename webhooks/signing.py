"""Signing deliveries: HMAC-SHA256 over the timestamp and the body, with the subscriber's secret.

A receiver recomputes ``sha256=hex(HMAC(secret, "<X-Webhook-Timestamp>." + body))``,
compares it with ``X-Webhook-Signature`` in constant time, and refuses old
timestamps so that a captured delivery cannot be replayed later.
"""

from __future__ import annotations

import hashlib
import hmac
import time

SIGNATURE_HEADER = "X-Webhook-Signature"
TIMESTAMP_HEADER = "X-Webhook-Timestamp"
DEFAULT_TOLERANCE = 300


def signature(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"sha256={mac.hexdigest()}"


def verify(
    secret: str, timestamp: str, body: bytes, signed: str, tolerance: int = DEFAULT_TOLERANCE, now: float | None = None
) -> bool:
    """Whether ``signed`` is this body's signature, made within ``tolerance`` seconds of ``now``."""
    try:
        stamp = int(timestamp)
    except (TypeError, ValueError):
        return False
    if abs((time.time() if now is None else now) - stamp) > tolerance:
        return False
    return hmac.compare_digest(signature(secret, stamp, body), signed or "")
