"""Re-parse of an archive after a parser release, on the real parts: N articles imported into PostgreSQL,
marked as made by an older release, then `manage.py reparse --wait` sends their jobs through Redis to a
celery worker and shows the progress. Prints articles/s, and checks that no article was missed and that
each article's own records (conference, participants, citations, tasks) are as many as before; people,
bodies and documents, shared by articles, are printed before and after (a whole archive may tell apart
namesakes that the first import, article by article, could not).

Run: make bench-reparse (or .venv/bin/python scripts/bench_reparse.py [--articles 10000]).
Needs PostgreSQL and Redis (PG_URL, REDIS, as in the Makefile); a database of its own is created and
dropped, and Redis database 6 is used and flushed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.bench_database import flush_redis, postgres_database, service_environment  # noqa: E402

OLDER_RELEASE = "0.0.0+older"
REDIS_DB = 6
PER_ARTICLE = ["meetings_conference", "meetings_participant", "meetings_directivemention", "tasks_task"]
SHARED = ["people_official", "people_position", "people_organization", "documents_directive"]
RECORDS = PER_ARTICLE + SHARED
CELERY_WORKER = [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=prefork", "--concurrency=2"]


def record_counts(database_url: str) -> dict[str, int]:
    with psycopg.connect(database_url) as db:
        return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in RECORDS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    with postgres_database("bench_reparse") as database_url:
        return run(args, database_url)


def run(args: argparse.Namespace, database_url: str) -> int:
    env = service_environment(database_url, REDIS_DB)
    os.environ.update(env)
    worker = None
    try:
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connections

        from documents.extraction import PARSER_VERSION, parse_source, read_upload
        from scripts.bench_import import shared_files
        from scripts.bench_reads import fill

        call_command("migrate", verbosity=0)
        parsed = []
        for path in shared_files(args.shared):
            source = read_upload(path.read_bytes(), "text/html" if path.suffix == ".html" else "text/plain")
            parsed.append((source, parse_source(source)))
        print(f"importing {args.articles} articles (the shared ones, each copy under a numbered line)", flush=True)
        fill(parsed, args.articles)
        connections.close_all()
        before = record_counts(database_url)
        with psycopg.connect(database_url, autocommit=True) as db:
            db.execute("UPDATE documents_article SET parser_version = %s", [OLDER_RELEASE])
            db.execute("ANALYZE")
        print(f"every article marked as parsed by {OLDER_RELEASE}; the current parser is {PARSER_VERSION}")
        logs = ROOT / "var"
        logs.mkdir(exist_ok=True)
        worker = subprocess.Popen(
            [*CELERY_WORKER, "-Q", env["CELERY_QUEUE"], "--without-gossip", "--without-mingle", "--loglevel=WARNING"],
            cwd=ROOT,
            env=env,
            stdout=(logs / "bench-reparse-worker.log").open("w"),
            stderr=subprocess.STDOUT,
        )
        started = time.perf_counter()
        command = subprocess.run([sys.executable, "manage.py", "reparse", "--wait", "--poll", "5"], cwd=ROOT, env=env)
        seconds = time.perf_counter() - started
        with psycopg.connect(database_url) as db:
            total, missed = db.execute(
                "SELECT count(*), count(*) FILTER (WHERE status <> 'parsed' OR parser_version <> %s) "
                "FROM documents_article",
                [PARSER_VERSION],
            ).fetchone()
        after = record_counts(database_url)
        changed = {table: (before[table], after[table]) for table in PER_ARTICLE if before[table] != after[table]}
        print(f"re-parse: {total} articles, worker (prefork 2), `manage.py reparse --wait` exit {command.returncode}")
        print(f"  {seconds:.0f} s, {total / seconds:.1f} articles/s")
        print(f"  missed (not parsed on {PARSER_VERSION}): {missed}")
        print(f"  each article's records as before: {'yes' if not changed else f'no, {changed}'}")
        print("  shared records, before -> after: " + ", ".join(f"{t} {before[t]} -> {after[t]}" for t in SHARED))
        return 0 if not missed and not changed and command.returncode == 0 else 1
    finally:
        if worker is not None:
            worker.terminate()
            try:
                worker.wait(timeout=20)
            except subprocess.TimeoutExpired:
                worker.kill()
        from django.db import connections

        connections.close_all()
        flush_redis(REDIS_DB)


if __name__ == "__main__":
    raise SystemExit(main())
