"""One HTTP POST of a delivery, with a timeout and without following redirects."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    # A redirect would resend a signed body to a URL nobody registered: it counts as a failed attempt.
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


@dataclass(frozen=True)
class Answer:
    status: int | None
    error: str

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> Answer:
    """POSTs body to url; the answer's status, or None and what went wrong."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with _opener.open(request, timeout=timeout) as response:
            return Answer(response.status, "")
    except urllib.error.HTTPError as exc:
        return Answer(exc.code, f"HTTP {exc.code} {exc.reason}"[:500])
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return Answer(None, f"{type(exc).__name__}: {exc}"[:500])
