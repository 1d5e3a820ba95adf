"""End to end on the real parts: N uploads over HTTP to gunicorn, parsed by a celery worker through
Redis into PostgreSQL. Prints uploads/s, articles parsed/s, and upload-to-parsed time (p50, p99).

Run: .venv/bin/python scripts/bench_end_to_end.py [--uploads 1000] [--concurrency 16]
Needs PostgreSQL and Redis (PG_URL, REDIS, as in the Makefile); a database of its own is created,
migrated and dropped, and Redis database 5 is used and flushed.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.bench_cpu import CpuLedger, parent_of, pid_of  # noqa: E402
from scripts.bench_database import flush_redis, postgres_database, service_environment  # noqa: E402

PORT = 8791
REDIS_DB = 5


def bodies(shared: Path, count: int) -> list[bytes]:
    """The shared plain-text articles, cycled and made distinct by a last line (the service keeps one per text)."""
    files = sorted((shared / "seeds").glob("*.txt")) + sorted((shared / "corpus" / "articles").glob("*.txt"))
    files += sorted((shared / "corpus" / "more").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    return [f"{texts[n % len(texts)]}\n\n(bản {n})\n".encode() for n in range(count)]


def upload(key: str, body: bytes) -> int:
    request = urllib.request.Request(
        f"http://127.0.0.1:{PORT}/api/v1/articles/",
        data=body,
        headers={"Content-Type": "text/plain; charset=utf-8", "Authorization": f"Bearer {key}"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status


def wait_until_up(process: subprocess.Popen, url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{url}: the server stopped while starting")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer within {seconds} s")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--uploads", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    with postgres_database("bench_e2e") as database_url:
        return run(args, database_url)


def run(args: argparse.Namespace, database_url: str) -> int:
    env = service_environment(database_url, REDIS_DB, API_RATE_UPLOAD="100000/min")
    processes: list[subprocess.Popen] = []
    try:
        manage = [sys.executable, "manage.py"]
        subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
        key = subprocess.run(
            [*manage, "create_api_key", "bench", "--scopes", "upload,read"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        logs = ROOT / "var"
        logs.mkdir(exist_ok=True)
        processes.append(
            subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{PORT}", "--workers", "2"],
                cwd=ROOT,
                env=env,
                stdout=(logs / "bench-web.log").open("w"),
                stderr=subprocess.STDOUT,
            )
        )
        processes.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "config",
                    "worker",
                    "--pool=prefork",
                    "--concurrency=2",
                    "-Q",
                    env["CELERY_QUEUE"],
                    "--without-gossip",
                    "--without-mingle",
                    "--loglevel=WARNING",
                ],
                cwd=ROOT,
                env=env,
                stdout=(logs / "bench-worker.log").open("w"),
                stderr=subprocess.STDOUT,
            )
        )
        wait_until_up(processes[0], f"http://127.0.0.1:{PORT}/api/v1/")
        payloads = bodies(args.shared, args.uploads)
        with psycopg.connect(database_url) as db:
            postmaster = parent_of(db.execute("SELECT pg_backend_pid()").fetchone()[0])
        cpu = CpuLedger(
            {
                "web": processes[0].pid,
                "worker": processes[1].pid,
                "PostgreSQL": postmaster,
                "Redis": pid_of("redis-server"),
            }
        )
        cpu.start()
        started = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(args.concurrency) as pool:
            statuses = list(pool.map(lambda body: upload(key, body), payloads))
        upload_seconds = time.perf_counter() - started
        with psycopg.connect(database_url, autocommit=True) as db:
            while True:
                done, total = db.execute(
                    "SELECT count(*) FILTER (WHERE status IN ('parsed', 'failed')), count(*) FROM documents_article"
                ).fetchone()
                if done == total or time.perf_counter() - started > 1800:
                    break
                time.sleep(0.5)
            spent = cpu.stop()
            elapsed = time.perf_counter() - started
            rows = db.execute(
                "SELECT extract(epoch FROM parsed_at - created_at), extract(epoch FROM created_at), "
                "extract(epoch FROM parsed_at), status FROM documents_article"
            ).fetchall()
        parsed = [r for r in rows if r[3] == "parsed"]
        latencies = [float(r[0]) for r in parsed]
        span = max(float(r[2]) for r in parsed) - min(float(r[1]) for r in rows)
        print(f"end to end: {args.uploads} uploads, {args.concurrency} at a time, gunicorn (2) + worker (prefork 2)")
        print(f"  uploads: {args.uploads / upload_seconds:,.0f}/s ({statuses.count(202)} stored as new)")
        print(f"  parsed: {len(parsed)} of {len(rows)}, {len(parsed) / span:,.1f} articles/s (bar: 100)")
        print(f"  upload to parsed: p50 {statistics.median(latencies):.2f} s, p99 {percentile(latencies, 0.99):.2f} s")
        print(
            "  CPU per article: "
            + ", ".join(f"{name} {seconds * 1000 / args.uploads:.1f} ms" for name, seconds in spent.items())
            + f"; {sum(spent.values()):.0f} s of {os.cpu_count()} cores x {elapsed:.0f} s"
        )
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        flush_redis(REDIS_DB)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
