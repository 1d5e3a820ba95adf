"""A broker that refuses or hangs never blocks or fails an upload: it is stored, answered, and left for the sweep."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
UPLOAD = """
import time, django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from documents.services.ingest import Upload, ingest_article
started = time.monotonic()
article, created = ingest_article(Upload(raw="Hội nghị giao ban công tác tổ chức.".encode(), content_type="text/plain"))
article.refresh_from_db()
print("RESULT", round(time.monotonic() - started, 2), created, article.status, article.enqueued_at)
"""


def upload_with_broker(broker_url: str, tmp_path: Path) -> list[str]:
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}},
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "REDIS_URL": broker_url,
    }
    result = subprocess.run(
        [sys.executable, "-c", UPLOAD], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("RESULT")), None)
    assert line, result.stderr[-2000:]
    return line.split()[1:]


def test_a_refusing_broker_leaves_the_upload_stored_and_queued(tmp_path):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    seconds, created, status, enqueued_at = upload_with_broker(f"redis://127.0.0.1:{port}/0", tmp_path)
    assert (created, status, enqueued_at) == ("True", "queued", "None")
    assert float(seconds) < 3


def test_a_hanging_broker_is_given_up_within_seconds(tmp_path):
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        started = time.monotonic()
        seconds, created, status, enqueued_at = upload_with_broker(
            f"redis://127.0.0.1:{silent.getsockname()[1]}/0", tmp_path
        )
    assert (created, status, enqueued_at) == ("True", "queued", "None")
    assert float(seconds) < 5
    assert time.monotonic() - started < 30
