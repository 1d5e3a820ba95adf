"""The service under gunicorn on a database of its own, for scripts that test it from outside (fuzz, client).

Jobs run in-process (no REDIS_URL), so an upload is parsed before its answer;
the database is a fresh PostgreSQL one beside DATABASE_URL's, or SQLite in the
run's folder. A key with every scope is issued.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# As `make web` serves: the longest request line gunicorn takes.
GUNICORN = ["--limit-request-line", "8190"]


def fresh_database(work: Path, name: str) -> str:
    """A database of its own for the run: a new PostgreSQL database beside DATABASE_URL's, or SQLite."""
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres"):
        return f"sqlite:///{work / f'{name}.sqlite3'}"
    import psycopg

    parts = urlsplit(base)
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


@dataclass(frozen=True)
class Service:
    base: str
    key: str
    work: Path


@contextlib.contextmanager
def serving(work: Path, database: str, port: int, seeds: bool = True, **settings: str) -> Iterator[Service]:
    """Runs the service (with the seed articles loaded, unless ``seeds`` is false) until the block ends;
    prints the end of its log if it logged a traceback."""
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    env |= {
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DATABASE_URL": fresh_database(work, database),
        "API_OPEN_READS": "0",
        "DJANGO_DEBUG": "0",
        "PUBLIC_URL": f"http://127.0.0.1:{port}",
        **{f"API_RATE_{scope}": "1000000/min" for scope in ("READ", "UPLOAD", "CURATE", "ADMIN")},
        **settings,
    }
    manage(env, "migrate", "--noinput")
    if seeds:
        manage(env, "load_seed_articles")
    key = manage(env, "create_api_key", database, "--scopes", "admin")
    log = work / "gunicorn.log"
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2", *GUNICORN],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(f"{base}/health/?format=json")
        yield Service(base=base, key=key, work=work)
    finally:
        server.terminate()
        server.wait(timeout=20)
        if "Traceback" in log.read_text():
            print(log.read_text()[-5000:], file=sys.stderr)
