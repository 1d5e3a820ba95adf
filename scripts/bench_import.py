"""Importing parsed articles against its floor: the import service over the shared articles (seeds,
corpus, more), its SQL queries per article and time, a re-import that changes nothing, and beside
them `bulk_create` of the very rows the import wrote.

Run: make bench (or .venv/bin/python scripts/bench_import.py [--shared ../shared]); on a throwaway
SQLite database, or PostgreSQL when DATABASE_URL names one (a database of its own is created and dropped).
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.bench_database import throwaway_database  # noqa: E402


def shared_files(shared: Path) -> list[Path]:
    corpus = shared / "corpus"
    return [
        *sorted((shared / "seeds").glob("*.txt")),
        *sorted((corpus / "articles").glob("*.txt")),
        *sorted((corpus / "html").glob("*.html")),
        *sorted((corpus / "more").glob("*.txt")),
        *sorted((corpus / "more").glob("*.html")),
    ]


def new_article(text: str, content_type: str, raw: bytes | None = None, **fields):
    """An article holding text as an upload stores it, without queueing a job."""
    from documents.models import Article, ArticleStatus

    return Article.objects.create(
        raw=raw if raw is not None else text.encode("utf-8"),
        content_type=content_type,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        **{"status": ArticleStatus.PROCESSING, **fields},
    )


def store(paths: list[Path]):
    """Each file as a stored article and its parse, without queueing a job."""
    from documents.extraction import parse_source, read_upload

    stored = []
    for path in paths:
        raw = path.read_bytes()
        source = read_upload(raw, "text/html" if path.suffix == ".html" else "text/plain")
        article = new_article(source.text, source.content_type, raw)
        stored.append((article, parse_source(source)))
    return stored


def import_all(stored, created: list[dict] | None = None) -> tuple[float, list[int]]:
    """Imports each article in turn; ``created`` gets, per article, the highest id of each model after it."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from documents.services.importer import import_extraction

    queries = []
    elapsed = 0.0
    for article, extraction in stored:
        connection.queries_log.clear()  # the log keeps 9,000 queries: counts would wrap past that
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as captured:
            import_extraction(article, extraction)
        elapsed += time.perf_counter() - started
        queries.append(len(captured))
        if created is not None:
            created.append(highest_ids())
    return elapsed, queries


def highest_ids() -> dict:
    from django.db.models import Max

    parents, children = written_models()
    return {model: model.objects.aggregate(top=Max("pk"))["top"] or 0 for model in parents + children}


def written_models():
    """The models the import writes, parents first (the order bulk_create needs)."""
    from documents.models import Directive
    from meetings.models import Conference, DirectiveMention, Participant
    from people.models import Official, Organization, Position, PositionEvidence, Post
    from tasks.models import Task

    return [Organization, Official, Post, Directive, Conference, Position, PositionEvidence, Participant], [
        DirectiveMention,
        Task,
    ]


def bulk_floor(created: list[dict]) -> tuple[float, float, int]:
    """Deletes what the import wrote and writes the same rows again with bulk_create: the floor, once in one
    transaction and once article by article (each article's new rows in a transaction of its own, as an
    import commits each article)."""
    from django.db import transaction

    parents, children = written_models()
    models = parents + children
    snapshots = {model: list(model.objects.order_by("pk")) for model in models}
    rows = sum(len(v) for v in snapshots.values())

    def clear():
        with transaction.atomic():
            for model in reversed(models):
                model.objects.all().delete()

    clear()
    started = time.perf_counter()
    with transaction.atomic():
        for model in models:
            model.objects.bulk_create(snapshots[model], batch_size=500)
    at_once = time.perf_counter() - started
    clear()
    started = time.perf_counter()
    before = dict.fromkeys(models, 0)
    for after in created:
        with transaction.atomic():
            for model in models:
                new = [row for row in snapshots[model] if before[model] < row.pk <= after[model]]
                if new:
                    model.objects.bulk_create(new)
        before = after
    return at_once, time.perf_counter() - started, rows


def as_new_articles(stored):
    """The same parses on new articles (the text with one more line): articles naming people, bodies and
    documents the database knows already, as most new articles do once a service has run a while."""
    import dataclasses

    copies = []
    for article, extraction in stored:
        text = article.text + "\n"
        copy = new_article(text, article.content_type)
        copies.append((copy, dataclasses.replace(extraction, text=text)))
    return copies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    paths = shared_files(args.shared)
    with throwaway_database():
        from django.db import connection

        stored = store(paths)
        created: list[dict] = []
        first, queries = import_all(stored, created)
        again, queries_again = import_all(stored)
        floor, floor_per_article, rows = bulk_floor(created)
        known, queries_known = import_all(as_new_articles(stored))
    n = len(stored)
    print(f"import of {n} parsed articles on {connection.vendor} (seeds, corpus, more)")
    print(
        f"  first import: {first * 1000 / n:6.1f} ms/article, {statistics.mean(queries):5.2f} queries/article "
        f"(largest {max(queries)}; bar: 15)"
    )
    print(
        f"  re-import, nothing changed: {again * 1000 / n:6.1f} ms/article, "
        f"{statistics.mean(queries_again):5.2f} queries/article (bar: nothing written)"
    )
    print(
        f"  a new article naming known people and bodies: {known * 1000 / n:6.1f} ms/article, "
        f"{statistics.mean(queries_known):5.2f} queries/article (bar: 15)"
    )
    print(
        f"  floor, bulk_create of the same {rows} rows in one transaction: {floor * 1000 / n:6.1f} ms/article; "
        f"the import takes {first / floor:.1f}x"
    )
    print(
        f"  floor, bulk_create of each article's new rows in a transaction of its own: "
        f"{floor_per_article * 1000 / n:6.1f} ms/article; the import takes {first / floor_per_article:.1f}x "
        "(bar: within 2x)"
    )


if __name__ == "__main__":
    main()
