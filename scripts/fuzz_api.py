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
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.live_service import serving  # noqa: E402


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

    with tempfile.TemporaryDirectory() as work, serving(Path(work), "meeting_records_fuzz", options.port) as service:
        schema = f"{service.base}/api/v1/schema/"
        with_key = schemathesis(
            schema, "--header", f"Authorization: Bearer {service.key}", "--max-examples", str(options.examples)
        )
        anonymous = schemathesis(schema, "--max-examples", "5", "--phases", "examples,coverage,fuzzing")
    return 1 if with_key or anonymous else 0


if __name__ == "__main__":
    sys.exit(main())
