"""Fuzz the running API with schemathesis, from its own OpenAPI schema: every check, with a key and without.

Starts the service under gunicorn on a fresh database (PostgreSQL when DATABASE_URL
names one, else SQLite in a temporary folder), loads the seed articles, issues a
key with every scope, then runs schemathesis twice: authenticated (all checks,
stateful links included) and anonymous (every operation must answer 401). Exits
non-zero on any failure; schemathesis prints what it found.

    python scripts/fuzz_api.py [--examples N] [--port P]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# As `make web` serves: the longest request line gunicorn takes.
GUNICORN = ["--limit-request-line", "8190"]


def fresh_database(work: Path) -> str:
    """A database of its own for the run: a new PostgreSQL database beside DATABASE_URL's, or SQLite."""
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres"):
        return f"sqlite:///{work / 'fuzz.sqlite3'}"
    import psycopg

    parts = urlsplit(base)
    name = "meeting_records_fuzz"
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {name}")
    return urlunsplit(parts._replace(path=f"/{name}"))


def manage(env: dict, *args: str) -> str:
    done = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    sys.exit(f"the service did not answer at {url}")


def schemathesis(schema_url: str, *args: str) -> int:
    # One worker: hypothesis compiles lambdas as it goes, which CPython 3.11 does not do safely in threads.
    cli = [sys.executable, str(ROOT / "scripts" / "run_schemathesis.py")]
    command = [*cli, "run", schema_url, "--workers", "1", *args]
    print(
        "$",
        " ".join(a if not a.startswith("Authorization") else "Authorization: Bearer …" for a in command),
        flush=True,
    )
    return subprocess.run(command, cwd=ROOT).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=60, help="Examples per operation and phase (authenticated).")
    parser.add_argument("--port", type=int, default=8765)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}  # jobs in-process: uploads parse at once
        env |= {
            "DJANGO_SETTINGS_MODULE": "config.settings.local",
            "DATABASE_URL": fresh_database(Path(work)),
            "API_OPEN_READS": "0",
            "DJANGO_DEBUG": "0",
            **{f"API_RATE_{scope}": "1000000/min" for scope in ("READ", "UPLOAD", "CURATE", "ADMIN")},
        }
        manage(env, "migrate", "--noinput")
        manage(env, "load_seed_articles")
        key = manage(env, "create_api_key", "fuzz", "--scopes", "admin")
        server = subprocess.Popen(
            [str(BIN / "gunicorn"), "config.wsgi", "--bind", f"127.0.0.1:{options.port}", "--workers", "2", *GUNICORN],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=(Path(work) / "gunicorn.log").open("w"),
        )
        try:
            base = f"http://127.0.0.1:{options.port}"
            wait_for(f"{base}/health/?format=json")
            schema = f"{base}/api/v1/schema/"
            with_key = schemathesis(
                schema, "--header", f"Authorization: Bearer {key}", "--max-examples", str(options.examples)
            )
            anonymous = schemathesis(schema, "--max-examples", "5", "--phases", "examples,coverage,fuzzing")
        finally:
            server.terminate()
            server.wait(timeout=20)
            log = (Path(work) / "gunicorn.log").read_text()
            if "Traceback" in log:
                print(log[-5000:], file=sys.stderr)
    return 1 if with_key or anonymous else 0


if __name__ == "__main__":
    sys.exit(main())
