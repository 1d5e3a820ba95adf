"""Nothing stuck, nothing lost, nothing twice: real workers killed and database connections dropped mid-batch.

200 uploads go to a real prefork ``celery worker`` on PostgreSQL and Redis, with
short time limits so that recovery is quick. Every article must end ``parsed``
within a bounded time, each parsed once, its rows exactly what its extraction says.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from django.db import connection

from documents.models import Article, ArticleStatus
from documents.services.ingest import Upload, ingest_article
from meetings.models import Conference, DirectiveMention
from tasks.models import Task
from tests.live_worker import LiveWorker, SendingToRealBroker, require_real_services

pytestmark = pytest.mark.worker
UPLOADS = 200
# Short limits so that a dead run's claim expires, and an unacknowledged message comes back, within seconds.
QUICK_RECOVERY = {
    "PARSE_SOFT_TIME_LIMIT": "8",
    "PARSE_TIME_LIMIT": "10",
    "PARSE_CLAIM_TIMEOUT": "12",
    "PARSE_RESEND_AFTER": "20",
    "PARSE_SWEEP_INTERVAL": "3",
    "PARSE_MAX_ATTEMPTS": "5",
    "CELERY_VISIBILITY_TIMEOUT": "25",
    "DATABASE_CONN_MAX_AGE": "60",
}


def articles(shared: Path, count: int) -> list[bytes]:
    """Distinct real articles: the shared corpus, then the same texts again under a numbered line."""
    texts = [p.read_bytes() for p in sorted((shared / "corpus").rglob("*.txt"))]
    return [
        texts[i % len(texts)] + (f"\n\nBản {i // len(texts)}.\n".encode() if i >= len(texts) else b"")
        for i in range(count)
    ]


def upload(batch: list[bytes]) -> list[int]:
    return [ingest_article(Upload(raw=raw, content_type="text/plain"))[0].pk for raw in batch]


def parsed() -> int:
    return Article.objects.filter(status=ArticleStatus.PARSED).count()


def wait_until(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.5)
    statuses = {s: Article.objects.filter(status=s).count() for s in ArticleStatus.values}
    raise AssertionError(f"not {what} within {seconds} s: {statuses}")


def assert_each_parsed_once_and_whole(ids: list[int]) -> None:
    rows = Article.objects.filter(pk__in=ids)
    statuses = {s: rows.filter(status=s).count() for s in ArticleStatus.values}
    assert statuses["parsed"] == len(ids), statuses
    assert set(rows.values_list("parse_count", flat=True)) == {1}, "an article was parsed more than once"
    for article in rows.only("pk", "extraction"):
        extraction = article.extraction
        assert Conference.objects.filter(article=article).exists() == (extraction["conference"] is not None)
        assert Task.objects.filter(article=article).count() == len(extraction["tasks"])
        spans = sum(len(d["spans"]) for d in extraction["directives"])
        assert DirectiveMention.objects.filter(article=article).count() == spans


@pytest.fixture
def worker(transactional_db, tmp_path):
    require_real_services()
    live = LiveWorker(tmp_path, pool="prefork", concurrency=2, beat=True, **QUICK_RECOVERY)
    try:
        with SendingToRealBroker(live.queue):
            yield live.start()
    finally:
        live.stop()
        print(f"worker logs: {tmp_path}")


def test_killed_pool_processes_and_a_killed_worker_lose_nothing(worker, shared_dir):
    batch = articles(shared_dir, UPLOADS)
    ids = upload(batch[:100])
    wait_until(lambda: parsed() >= 15, 60, "started")
    killed = worker.kill_pool()
    assert killed, "the worker had no pool processes to kill"
    ids += upload(batch[100:])
    wait_until(lambda: parsed() >= 120, 120, "past the first kill")
    worker.kill()  # the main process, mid-batch: its reserved and running jobs are left unacknowledged
    time.sleep(1)
    worker.start()
    wait_until(lambda: parsed() == UPLOADS, 240, "all parsed after the kills")
    assert_each_parsed_once_and_whole(ids)


def drop_worker_connections(seconds: float = 10) -> int:
    """Terminates the worker's database connections, waiting for it to hold one: a pool process opens its
    connection with a job, so one just started, or just replaced after a drop, holds none yet."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            dropped = cursor.fetchone()[0]
        if dropped:
            return dropped
        time.sleep(0.005)
    return 0


def test_dropped_database_connections_lose_nothing(worker, shared_dir):
    batch = articles(shared_dir, UPLOADS)
    ids = upload(batch)
    for threshold in (20, 80, 140):
        wait_until(lambda t=threshold: parsed() >= t, 120, f"{threshold} parsed")
        assert drop_worker_connections() >= 1, "the worker held no connection to drop"
    wait_until(lambda: parsed() == UPLOADS, 240, "all parsed after the dropped connections")
    assert_each_parsed_once_and_whole(ids)
