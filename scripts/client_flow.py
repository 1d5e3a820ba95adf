"""A Python client generated from the service's own OpenAPI schema runs the main flows against it.

Starts the service on an empty database (scripts/live_service.py), generates a
client with openapi-python-client (any warning fails the run), then with that
client: subscribes a local receiver to ``article.parsed``, uploads a seed article,
waits for it to be parsed (and for the signed webhook), reads its conference with
participants, directives and tasks, follows an official to their holdings, and
corrects a task.
Exits non-zero, saying which step went wrong, on any failure.

    python scripts/client_flow.py [--port P]
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.live_service import BIN, Service, serving  # noqa: E402
from webhooks.signing import verify  # noqa: E402

SEED = ROOT.parent / "shared" / "seeds" / "000_0d163578645c4766.txt"
PACKAGE = "meeting_records_client"


def generate(service: Service) -> None:
    """Generates the client package into the run's folder from the schema the service serves."""
    request = urllib.request.Request(
        f"{service.base}/api/v1/schema/", headers={"Authorization": f"Bearer {service.key}"}
    )
    schema = service.work / "schema.yaml"
    schema.write_bytes(urllib.request.urlopen(request, timeout=30).read())
    command = [str(BIN / "openapi-python-client"), "generate", "--path", str(schema), "--meta", "none"]
    command += ["--output-path", str(service.work / PACKAGE), "--config", str(ROOT / "scripts" / "openapi_client.yaml")]
    command += ["--fail-on-warning"]
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}  # it formats with ruff
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"openapi-python-client failed:\n{done.stdout}\n{done.stderr}")
    sys.path.insert(0, str(service.work))


class Receiver:
    """A local HTTP server that keeps the first delivery it is sent."""

    def __init__(self):
        received: queue.Queue = queue.Queue()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                received.put((self.rfile.read(int(self.headers["Content-Length"])), dict(self.headers)))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.received = received
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"

    def start(self) -> Receiver:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def wait(self, seconds: float) -> tuple[bytes, dict] | None:
        try:
            return self.received.get(timeout=seconds)
        except queue.Empty:
            return None


def check(condition: bool, step: str) -> None:
    if not condition:
        sys.exit(f"client flow failed: {step}")
    print(f"ok  {step}", flush=True)


def api(name: str):
    return importlib.import_module(f"{PACKAGE}.api.{name.split('_')[0]}.{name}")


def run_flow(service: Service) -> None:
    client_module = importlib.import_module(f"{PACKAGE}.client")
    models = importlib.import_module(f"{PACKAGE}.models")
    client = client_module.AuthenticatedClient(
        base_url=service.base, token=service.key, raise_on_unexpected_status=True
    )

    receiver = Receiver().start()
    events = [models.WebhookEventEnum("article.parsed")]
    subscription = api("webhooks_create").sync(
        client=client, body=models.WebhookSubscriptionRequest(url=receiver.url, events=events)
    )
    check(bool(subscription.secret), "subscribe a webhook receiver to article.parsed")

    upload = models.ArticleTextUploadRequest(text=SEED.read_text(encoding="utf-8"))
    uploaded = api("articles_create").sync_detailed(client=client, body=upload)
    check(uploaded.status_code == 202, f"upload a seed (answered {uploaded.status_code})")
    article_id = uploaded.parsed.id

    deadline = time.monotonic() + 60
    article = api("articles_retrieve").sync(article_id, client=client)
    while article.status not in ("parsed", "failed") and time.monotonic() < deadline:
        time.sleep(0.5)
        article = api("articles_retrieve").sync(article_id, client=client)
    check(article.status == "parsed", f"the upload is parsed (status {article.status})")
    delivery = receiver.wait(seconds=30)
    check(delivery is not None, "the receiver is told")
    body, headers = delivery
    genuine = verify(subscription.secret, headers["X-Webhook-Timestamp"], body, headers["X-Webhook-Signature"])
    check(genuine and json.loads(body)["record"]["id"] == article_id, "the article.parsed delivery is signed")

    conference = api("conferences_retrieve").sync(article.conference, client=client)
    check(conference.id == article.conference and bool(conference.name), "read the article's conference")
    check(len(conference.participants) > 0, f"it has participants ({len(conference.participants)})")
    check(len(conference.directives) > 0, f"it cites directives ({len(conference.directives)})")
    check(len(conference.tasks) > 0, f"it sets tasks ({len(conference.tasks)})")

    chair = conference.participants[0]
    official = api("officials_retrieve").sync(chair.official, client=client)
    check(official.id == chair.official, f"follow a participant to the official {official.name}")
    holdings = api("officials_holdings_list").sync(official.id, client=client)
    check(holdings.count > 0 and all(h.text for h in holdings.results), f"read their holdings ({holdings.count})")

    task = conference.tasks[0]
    status = models.TaskStatusEnum("in_progress")
    patched = api("tasks_partial_update").sync(
        task.id, client=client, body=models.PatchedTaskStatusUpdateRequest(status=status, assignee="Ban Tổ chức")
    )
    check(patched.status == status and patched.assignee == "Ban Tổ chức", "correct a task's status and assignee")
    again = api("tasks_retrieve").sync(task.id, client=client)
    check("status" in again.curated_fields and "assignee" in again.curated_fields, "the correction is kept as curated")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8766)
    options = parser.parse_args()
    with (
        tempfile.TemporaryDirectory() as work,
        serving(Path(work), "meeting_records_client", options.port, seeds=False) as service,
    ):
        generate(service)
        run_flow(service)
    print("the generated client ran every step")
    return 0


if __name__ == "__main__":
    sys.exit(main())
