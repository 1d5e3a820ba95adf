"""End to end: a real celery worker on Redis parses an uploaded seed article into PostgreSQL."""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from config.celery_app import app as celery_app

ROOT = Path(__file__).resolve().parents[2]


def _database_url() -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def live_worker(transactional_db, tmp_path):
    if not settings.REDIS_URL or connection.vendor != "postgresql":
        pytest.skip("needs REDIS_URL and a PostgreSQL DATABASE_URL")
    queue = f"test-{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DATABASE_URL": _database_url(),
        "REDIS_URL": settings.REDIS_URL,
        "CELERY_QUEUE": queue,
    }
    log_path = tmp_path / "worker.log"
    log = log_path.open("w")
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--pool=solo",
            "-Q",
            queue,
            "--loglevel=INFO",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    saved = (celery_app.conf.task_always_eager, celery_app.conf.task_default_queue)
    celery_app.conf.task_always_eager = False
    celery_app.conf.task_default_queue = queue
    try:
        yield worker
    finally:
        celery_app.conf.task_always_eager, celery_app.conf.task_default_queue = saved
        worker.terminate()
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()
        log.close()
        print(f"worker log: {log_path}")


def _wait_for(client, url: str, seconds: float = 90) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        body = client.get(url).json()
        if body["status"] in ("parsed", "failed"):
            return body
        time.sleep(0.3)
    raise AssertionError(f"{url} was not parsed within {seconds} s: {body['status']}")


@pytest.mark.worker
def test_worker_turns_an_uploaded_seed_into_linked_records(live_worker, client_with_token, shared_dir):
    seed = (shared_dir / "seeds" / "000_0d163578645c4766.txt").read_bytes()
    response = client_with_token.post("/api/v1/articles/", seed, content_type="text/plain; charset=utf-8")
    assert response.status_code == 202
    assert response.json()["status"] == "queued"
    article = _wait_for(client_with_token, response["Location"])
    assert article["status"] == "parsed", article["error"]
    assert live_worker.poll() is None, "the worker died"

    conference = client_with_token.get(f"/api/v1/conferences/{article['conference']}/").json()
    assert conference["kind"] == "giao_ban"
    assert conference["date"] == "2023-04-03"
    chair = next(p for p in conference["participants"] if p["role"] == "chair")
    assert chair["name"] == "Mai Văn Chính"
    assert {d["code"] for d in conference["directives"]} >= {"50-KL/TW", "18-NQ/TW"}
    assert len(conference["tasks"]) >= 2

    official = client_with_token.get(f"/api/v1/officials/{chair['official']}/").json()
    assert "Ủy viên Trung ương Đảng" in {p["text"] for p in official["positions"]}
    directive = next(d for d in conference["directives"] if d["code"] == "50-KL/TW")
    cited = client_with_token.get(f"/api/v1/directives/{directive['id']}/").json()
    assert [c["id"] for c in cited["conferences"]] == [conference["id"]]
    tasks = client_with_token.get("/api/v1/tasks/", {"conference": conference["id"]}).json()
    assert tasks["count"] == len(conference["tasks"])

    again = client_with_token.post("/api/v1/articles/", seed, content_type="text/plain; charset=utf-8")
    assert again.status_code == 200
    assert again.json()["id"] == article["id"]
