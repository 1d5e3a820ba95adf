"""A throwaway database for a bench: SQLite in a temporary folder, or a PostgreSQL database of its own
when DATABASE_URL names PostgreSQL (created and dropped like a test database)."""

from __future__ import annotations

import contextlib
import os
import tempfile
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
