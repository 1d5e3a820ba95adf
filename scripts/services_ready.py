"""Exit 0 when the PostgreSQL and Redis behind the given URLs answer, 1 otherwise.

Creates the PostgreSQL database when the server answers but the database is missing.
"""

import sys
from urllib.parse import urlparse

import psycopg
import redis


def postgres_ready(url: str) -> bool:
    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    admin = parsed._replace(path="/postgres").geturl()
    try:
        with psycopg.connect(admin, connect_timeout=3, autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{name}"')
        return True
    except psycopg.Error as exc:
        print(f"PostgreSQL: {exc}", file=sys.stderr)
        return False


def redis_ready(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=3).ping())
    except redis.RedisError as exc:
        print(f"Redis: {exc}", file=sys.stderr)
        return False


if __name__ == "__main__":
    pg_url, redis_url = sys.argv[1], sys.argv[2]
    sys.exit(0 if postgres_ready(pg_url) and redis_ready(redis_url) else 1)
