"""A throwaway database for a bench: SQLite in a temporary folder, or a PostgreSQL database of its own
when DATABASE_URL names PostgreSQL (created and dropped like a test database); and for the benches that
run the service in other processes, a PostgreSQL database of their own, created and dropped."""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


@contextlib.contextmanager
def throwaway_database() -> Iterator[None]:
    import django

    with tempfile.TemporaryDirectory() as work:
        if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
            os.environ["DATABASE_URL"] = f"sqlite:///{Path(work) / 'bench.sqlite3'}"
        django.setup()
        from django.test.utils import setup_databases, setup_test_environment, teardown_databases

        setup_test_environment()
        old = setup_databases(verbosity=0, interactive=False)
        try:
            yield
        finally:
            teardown_databases(old, verbosity=0)


@contextlib.contextmanager
def postgres_database(prefix: str) -> Iterator[str]:
    """A new PostgreSQL database on the server PG_URL names, dropped afterwards (its sessions too); its URL."""
    import psycopg

    base = os.environ.get("PG_URL", "postgres://postgres@127.0.0.1:5432/meeting_records").rsplit("/", 1)[0]
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def service_environment(
    database_url: str, redis_db: int, settings: str = "config.settings.local", **extra: str
) -> dict[str, str]:
    """The environment of a bench's service processes, as production runs them (debug off, Redis): its own
    database, a Redis database of its own on the server REDIS names, a queue and cache prefix named after
    the database, so that benches running at once keep apart."""
    name = database_url.rsplit("/", 1)[1]
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings,
        "DJANGO_DEBUG": "false",  # debug mode keeps every query in memory
        "DATABASE_URL": database_url,
        "REDIS_URL": os.environ.get("REDIS", "redis://127.0.0.1:6379/0").rsplit("/", 1)[0] + f"/{redis_db}",
        "CELERY_QUEUE": name,
        "CACHE_KEY_PREFIX": name,
        "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
        **extra,
    }


def flush_redis(redis_db: int) -> None:
    """Empties the bench's Redis database."""
    import subprocess

    subprocess.run(["redis-cli", "-n", str(redis_db), "flushdb"], capture_output=True)
