# Two commands do all set-up on a fresh machine:
#   make run   creates .venv, installs, migrates, loads the seed articles, serves on :8000
#   make test  creates .venv, installs, lints, checks the OpenAPI schema, runs the suite
#              on the embedded default (SQLite), then on PostgreSQL + Redis + celery workers,
#              then fuzzes the running API with schemathesis, and runs a client generated from its schema
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PG_URL ?= postgres://postgres@127.0.0.1:5432/meeting_records
REDIS ?= redis://127.0.0.1:6379/0

.PHONY: run test lint schema test-embedded test-services fuzz client worker web needs-secrets bench bench-e2e bench-reads bench-reparse score lock messages

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# requirements*.txt are lock files: exact versions, compiled from requirements*.in by `make lock`.
$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/activate
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

LOCK := $(BIN)/pip-compile --quiet --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links
lock: $(VENV)/.installed
	$(LOCK) requirements.in -o requirements.txt
	$(LOCK) requirements-dev.in -o requirements-dev.txt

run: $(VENV)/.installed
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput -v0
	$(PY) manage.py load_seed_articles
	$(PY) manage.py runserver 0.0.0.0:8000

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

schema: $(VENV)/.installed
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py spectacular --fail-on-warn --validate --file /dev/null

test-embedded: $(VENV)/.installed
	env -u DATABASE_URL -u REDIS_URL $(BIN)/pytest -q

test-services: $(VENV)/.installed
	@if $(PY) scripts/services_ready.py "$(PG_URL)" "$(REDIS)"; then \
		DATABASE_URL="$(PG_URL)" REDIS_URL="$(REDIS)" $(BIN)/pytest -q; \
	elif [ -n "$$CI" ]; then echo "PostgreSQL or Redis is not reachable" >&2; exit 1; \
	else echo "PostgreSQL or Redis not reachable: skipping the run against them"; fi

# schemathesis against the running service, from its own schema (scripts/fuzz_api.py, schemathesis.toml).
fuzz: $(VENV)/.installed
	@if $(PY) scripts/services_ready.py "$(PG_URL)" "$(REDIS)"; then \
		DATABASE_URL="$(PG_URL)" $(PY) scripts/fuzz_api.py --examples 30; \
	elif [ -n "$$CI" ]; then echo "PostgreSQL is not reachable" >&2; exit 1; \
	else env -u DATABASE_URL $(PY) scripts/fuzz_api.py --examples 30; fi

# A client generated from the schema (openapi-python-client) runs the main flows (scripts/client_flow.py).
client: $(VENV)/.installed
	@if $(PY) scripts/services_ready.py "$(PG_URL)" "$(REDIS)"; then \
		DATABASE_URL="$(PG_URL)" $(PY) scripts/client_flow.py; \
	elif [ -n "$$CI" ]; then echo "PostgreSQL is not reachable" >&2; exit 1; \
	else env -u DATABASE_URL $(PY) scripts/client_flow.py; fi

test: lint schema test-embedded test-services fuzz client

# Production processes on PostgreSQL + Redis, under the production settings (see README).
PROD := DJANGO_SETTINGS_MODULE=config.settings.production DATABASE_URL="$(PG_URL)" REDIS_URL="$(REDIS)"
needs-secrets:
	@test -n "$$DJANGO_SECRET_KEY" -a -n "$$DJANGO_ALLOWED_HOSTS" || { \
		echo "The production settings need DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS (see README)." >&2; exit 1; }

worker: $(VENV)/.installed needs-secrets
	@mkdir -p var
	$(PROD) $(BIN)/celery -A config worker --beat --schedule=var/celerybeat-schedule --loglevel=INFO

web: $(VENV)/.installed needs-secrets
	$(PROD) $(PY) manage.py migrate --noinput
	$(PROD) $(PY) manage.py collectstatic --noinput -v0
	$(PROD) $(BIN)/gunicorn config.wsgi --bind 0.0.0.0:8000 --workers 2 --timeout 60 --limit-request-line 8190

bench: $(VENV)/.installed
	$(PY) scripts/bench_parser.py
	env -u REDIS_URL $(PY) scripts/bench_import.py
	env -u REDIS_URL $(PY) scripts/bench_detail_pages.py

# N uploads through gunicorn to a celery worker on PostgreSQL + Redis (a database of its own, dropped after).
bench-e2e: $(VENV)/.installed
	PG_URL="$(PG_URL)" REDIS="$(REDIS)" $(PY) scripts/bench_end_to_end.py --uploads 1000

# Every list and detail at 64 connections beside bare views on the same gunicorn, at 1,000 and 10,000 articles.
bench-reads: $(VENV)/.installed
	PG_URL="$(PG_URL)" REDIS="$(REDIS)" $(PY) scripts/bench_reads.py

# Re-parse of 10,000 articles after a release, with progress (scripts/bench_reparse.py).
bench-reparse: $(VENV)/.installed
	PG_URL="$(PG_URL)" REDIS="$(REDIS)" $(PY) scripts/bench_reparse.py --articles 10000

score: $(VENV)/.installed
	$(PYTHON) ../shared/eval/score.py --gold ../shared/eval/gold --run "$(PY) manage.py extract --format jsonl {files}"
	$(PYTHON) ../shared/eval/score.py --gold ../shared/eval/gold-corpus --run "$(PY) manage.py extract --format jsonl {files}"

# The admin's Vietnamese: extract the strings to locale/vi, translate in the .po, compile the .mo (both committed).
messages: $(VENV)/.installed
	$(PY) manage.py makemessages -l vi --ignore ".venv/*" --ignore "tests/*"
	$(PY) manage.py compilemessages -l vi --ignore ".venv/*"
