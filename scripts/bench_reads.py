"""Reads under load: every list and detail of the API at 64 connections, beside a bare Django JSON view and
a bare one-SELECT view on the same gunicorn, at 1,000 and then 10,000 articles. Prints requests/s, p50 and
p99 per path, and each one's share of the one-SELECT floor and of a bare paginated DRF list (the same SELECT
through DRF, with the service's key check, budget, count and page: what the framework costs by itself).

Run: make bench-reads (or .venv/bin/python scripts/bench_reads.py [--sizes 1000 10000] [--seconds 5]).
Needs PostgreSQL (PG_URL) and Redis (REDIS); a database of its own is created, filled with the shared
articles' records (copies under a numbered line), and dropped; Redis database 6 is used and flushed.
"""

from __future__ import annotations

import argparse
import dataclasses
import http.client
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.bench_cpu import CpuLedger, parent_of  # noqa: E402
from scripts.bench_database import flush_redis, postgres_database, service_environment  # noqa: E402

PORT = 8792
REDIS_DB = 6
LISTS = ["articles", "conferences", "participants", "officials", "organizations", "posts", "directives", "tasks"]


def fill(parsed: list, upto: int) -> None:
    """Adds articles, each a shared article's parse under a numbered line, imported, until there are ``upto``."""
    from django.utils import timezone

    from documents.models import Article, ArticleStatus
    from documents.services.importer import import_extraction
    from scripts.bench_import import new_article

    have = Article.objects.count()
    started = time.monotonic()
    for n in range(have, upto):
        source, extraction = parsed[n % len(parsed)]
        text = f"{source.text}\n\n(bản {n})\n"
        article = new_article(
            text,
            source.content_type,
            status=ArticleStatus.PARSED,
            parser_version=extraction.parser_version,
            parsed_at=timezone.now(),
        )
        import_extraction(article, dataclasses.replace(extraction, text=text))
        if (n + 1) % 500 == 0:
            print(f"  {n + 1} articles ({time.monotonic() - started:.0f} s)", flush=True)


def load(path: str, key: str, seconds: float, connections: int) -> tuple[float, float, float, int]:
    """``connections`` clients asking for path for ``seconds``: requests/s, p50 and p99 in ms, errors."""
    latencies: list[float] = []
    errors = 0
    stop = time.monotonic() + seconds
    lock = threading.Lock()

    def client():
        nonlocal errors
        mine, failed = [], 0
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
        while time.monotonic() < stop:
            started = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Authorization": f"Bearer {key}"})
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    failed += 1
            except OSError:
                failed += 1
                conn.close()
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)
            errors += failed

    threads = [threading.Thread(target=client) for _ in range(connections)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    latencies.sort()
    p = lambda share: latencies[min(len(latencies) - 1, int(share * len(latencies)))] * 1000  # noqa: E731
    return len(latencies) / elapsed, p(0.5), p(0.99), errors


def paths(key: str) -> list[str]:
    found = ["/bench/bare-json/", "/bench/bare-select/", "/bench/bare-drf/", "/bench/bare-drf-list/"]
    for name in LISTS:
        found.append(f"/api/v1/{name}/")
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
        conn.request("GET", f"/api/v1/{name}/", headers={"Authorization": f"Bearer {key}"})
        results = json.loads(conn.getresponse().read())["results"]
        if results:
            found.append(f"/api/v1/{name}/{results[0]['id']}/")
    return found


def measure(key: str, seconds: float, connections: int, cpu: CpuLedger) -> None:
    """Each path under load: requests/s, latency, and the processor time the server and PostgreSQL spent on a
    request (which the load generator, sharing the cores, does not blur), each beside the one-SELECT view's."""
    rows = []
    for path in paths(key):
        cpu.start()
        rate, p50, p99, errors = load(path, key, seconds, connections)
        spent = cpu.stop()
        requests = max(1, round(rate * seconds))
        rows.append((path, rate, p50, p99, errors, spent["web"] / requests, spent["PostgreSQL"] / requests))
    floor_rate, floor_cpu = next((r[1], r[5] + r[6]) for r in rows if r[0] == "/bench/bare-select/")
    # What a paginated DRF list costs by itself: the share of a path's time that is the framework's.
    drf_rate = next(r[1] for r in rows if r[0] == "/bench/bare-drf-list/")
    print(
        f"  {'path':36} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7}  floor/path  drf-list/path  {'web ms':>6} {'pg ms':>6}"
        "  CPU/floor  errors"
    )
    for path, rate, p50, p99, errors, web, pg in rows:
        print(
            f"  {path:36} {rate:7.0f} {p50:7.1f} {p99:7.1f}  {floor_rate / rate:9.2f}x  {drf_rate / rate:12.2f}x  "
            f"{web * 1000:6.2f} {pg * 1000:6.2f}  {(web + pg) / floor_cpu:8.2f}x  {errors}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    with postgres_database("bench_reads") as database_url:
        return run(args, database_url)


def run(args: argparse.Namespace, database_url: str) -> int:
    # As in production: request budgets and found API keys in Redis, shared by the gunicorn workers.
    env = service_environment(database_url, REDIS_DB, "scripts.bench_settings", API_RATE_READ="10000000/min")
    os.environ.update(env)
    server = None
    try:
        import django

        django.setup()
        from django.core.management import call_command

        from documents.extraction import parse_source, read_upload
        from scripts.bench_end_to_end import wait_until_up
        from scripts.bench_import import shared_files

        call_command("migrate", verbosity=0)
        key = subprocess.run(
            [sys.executable, "manage.py", "create_api_key", "bench", "--scopes", "read"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        parsed = []
        for path in shared_files(args.shared):
            source = read_upload(path.read_bytes(), "text/html" if path.suffix == ".html" else "text/plain")
            parsed.append((source, parse_source(source)))
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{PORT}", "--workers", "2"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until_up(server, f"http://127.0.0.1:{PORT}/bench/bare-json/")
        for size in args.sizes:
            print(f"filling to {size} articles", flush=True)
            fill(parsed, size)
            from django.db import connection

            connection.close()
            with psycopg.connect(database_url, autocommit=True) as db:
                db.execute("ANALYZE")
            print(f"reads at {args.connections} connections, {args.seconds:.0f} s each, {size} articles, gunicorn (2)")
            with psycopg.connect(database_url) as db:
                postmaster = parent_of(db.execute("SELECT pg_backend_pid()").fetchone()[0])
            measure(key, args.seconds, args.connections, CpuLedger({"web": server.pid, "PostgreSQL": postmaster}))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        flush_redis(REDIS_DB)
        from django.db import connections

        connections.close_all()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
