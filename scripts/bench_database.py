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
