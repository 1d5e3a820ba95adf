"""Starting and stopping a real ``celery worker`` process against the test database and Redis."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from config.celery_app import app as celery_app

ROOT = Path(__file__).resolve().parents[1]


def database_url() -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def require_real_services() -> None:
    if not settings.REDIS_URL or connection.vendor != "postgresql":
        pytest.skip("needs REDIS_URL and a PostgreSQL DATABASE_URL")


class LiveWorker:
    """A celery worker process on its own queue; ``restart`` after a kill starts a new one on the same queue."""

    def __init__(self, log_dir: Path, pool: str = "solo", concurrency: int = 1, beat: bool = False, **env: str):
        self.queue = f"test-{uuid.uuid4().hex[:8]}"
        self.log_dir = log_dir
        self.pool, self.concurrency, self.beat = pool, concurrency, beat
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.local",
            "DATABASE_URL": database_url(),
            "REDIS_URL": settings.REDIS_URL,
            "CELERY_QUEUE": self.queue,
            # The worker sees what the test process caches and drops (the webhook subscription list).
            "CACHE_KEY_PREFIX": settings.CACHES["default"].get("KEY_PREFIX", ""),
            **env,
        }
        self.process: subprocess.Popen | None = None
        self.starts = 0

    def start(self) -> LiveWorker:
        self.starts += 1
        log = (self.log_dir / f"worker-{self.starts}.log").open("w")
        command = [sys.executable, "-m", "celery", "-A", "config", "worker", f"--pool={self.pool}"]
        command += [f"--concurrency={self.concurrency}", "-Q", self.queue, "--loglevel=INFO"]
        command += ["--without-gossip", "--without-mingle", f"--hostname={self.queue}-{self.starts}@%h"]
        if self.beat:
            command += ["--beat", f"--schedule={self.log_dir / 'beat-schedule'}"]
        self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        return self

    def children(self) -> list[int]:
        """The pool's processes (prefork)."""
        found = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True).stdout
        return [int(pid) for pid in found.split()]

    def kill_pool(self) -> list[int]:
        pids = self.children()
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
        return pids

    def kill(self) -> None:
        """SIGKILL the main process (its pool processes are left orphaned, as after a crash)."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            orphans = self.children()
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
            for pid in orphans:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)


class SendingToRealBroker:
    """Jobs sent from the test process go to Redis, to the worker's queue, instead of running in-process."""

    def __init__(self, queue: str):
        self.queue = queue

    def __enter__(self):
        self.saved = (celery_app.conf.task_always_eager, celery_app.conf.task_default_queue)
        celery_app.conf.task_always_eager = False
        celery_app.conf.task_default_queue = self.queue
        return self

    def __exit__(self, *exc):
        celery_app.conf.task_always_eager, celery_app.conf.task_default_queue = self.saved
