"""WSGI middleware: a chunked request body (no Content-Length) is read whole, so Django does not see it as empty.

Django reads ``CONTENT_LENGTH`` bytes of a body and takes a missing length as 0;
gunicorn passes chunked bodies with no length and ``wsgi.input_terminated`` set.
The body is read up to one byte past the upload limit, so an oversized one still
meets the 413.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable


class ChunkedBodies:
    def __init__(self, app: Callable, limit: int):
        self.app = app
        self.limit = limit

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
        if chunked and not environ.get("CONTENT_LENGTH") and environ.get("wsgi.input_terminated"):
            body = environ["wsgi.input"].read(self.limit + 1)
            environ["wsgi.input"] = io.BytesIO(body)
            environ["CONTENT_LENGTH"] = str(len(body))
        return self.app(environ, start_response)
