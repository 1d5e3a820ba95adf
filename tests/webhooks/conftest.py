"""A local webhook receiver: records what it is sent and answers the statuses a test scripts."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.cache import cache

from webhooks.events import SUBSCRIPTIONS_CACHE_KEY


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> dict:
        return json.loads(self.body)


@dataclass
class Receiver:
    url: str
    requests: list[Received] = field(default_factory=list)
    # Statuses to answer, first to last; 200 once they run out.
    answers: list[int] = field(default_factory=list)

    def wait_for(self, count: int, seconds: float = 90) -> list[Received]:
        event = threading.Event()
        for _ in range(int(seconds * 10)):
            if len(self.requests) >= count:
                return self.requests
            event.wait(0.1)
        raise AssertionError(f"the receiver got {len(self.requests)} of {count} deliveries in {seconds} s")


@pytest.fixture
def receiver():
    state = Receiver(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            state.requests.append(Received(dict(self.headers), body))
            self.send_response(state.answers.pop(0) if state.answers else 200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_port}/hook"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def fresh_subscription_list():
    """Each test starts from the subscriptions in its own database, not a list an earlier test cached."""
    cache.delete(SUBSCRIPTIONS_CACHE_KEY)
    yield
    cache.delete(SUBSCRIPTIONS_CACHE_KEY)
