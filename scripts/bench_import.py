"""Importing parsed articles against its floor: the import service over the shared articles (seeds,
corpus, more), its SQL queries per article and time, a re-import that changes nothing, and beside
them `bulk_create` of the very rows the import wrote (its records, and every row: with their history,
review items and links).

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
    models = parents + children + written_beside()
    return {model: model.objects.aggregate(top=Max("pk"))["top"] or 0 for model in models}


def written_models():
    """The models of the records the import writes, parents first (the order bulk_create needs)."""
    from documents.models import Directive
    from meetings.models import Conference, DirectiveMention, Participant
    from people.models import Official, Organization, Position, PositionEvidence, Post
    from tasks.models import Task

    return [Organization, Official, Post, Directive, Conference, Position, PositionEvidence, Participant], [
        DirectiveMention,
        Task,
    ]


def written_beside():
    """The models of the rows the import writes beside its records, after them: their history (and the
    article's), review items for curators, a task's links to the directives it cites."""
    from core.models import ReviewItem
    from documents.models import Article
    from tasks.models import Task

    parents, children = written_models()
    tracked = [model for model in (*parents, *children, Article) if hasattr(model, "history")]
    return [Task.directives.through, ReviewItem, *(model.history.model for model in tracked)]


def bulk_floor(start: dict, created: list[dict], models: list, rest: list) -> tuple[float, float, int]:
    """Deletes the rows of these models the import wrote and writes them again with bulk_create: the floor,
    once in one transaction and once article by article (each article's new rows in a transaction of its
    own, as an import commits each article). ``start`` holds each model's highest id before the import,
    ``created`` its highest after each article. The rows of ``rest``, which may point at them, are deleted
    too and written back untimed: the rows are left as the import wrote them."""
    from django.db import connection, transaction

    end = created[-1]
    every = models + rest
    written = {model: model._default_manager.filter(pk__gt=start[model], pk__lte=end[model]) for model in every}
    snapshots = {model: list(rows.order_by("pk")) for model, rows in written.items()}

    def clear():  # the rows alone: no cascade, and no deletion recorded in their history
        with transaction.atomic():
            for model in reversed(every):
                written[model]._raw_delete(connection.alias)

    clear()
    started = time.perf_counter()
    with transaction.atomic():
        for model in models:
            model._default_manager.bulk_create(snapshots[model], batch_size=500)
    at_once = time.perf_counter() - started
    clear()
    started = time.perf_counter()
    before = start
    for after in created:
        with transaction.atomic():
            for model in models:
                new = [row for row in snapshots[model] if before[model] < row.pk <= after[model]]
                if new:
                    model._default_manager.bulk_create(new)
        before = after
    per_article = time.perf_counter() - started
    with transaction.atomic():
        for model in rest:
            model._default_manager.bulk_create(snapshots[model], batch_size=500)
    return at_once, per_article, sum(len(snapshots[model]) for model in models)


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
        start = highest_ids()
        created: list[dict] = []
        first, queries = import_all(stored, created)
        parents, children = written_models()
        records, beside = parents + children, written_beside()
        floors = {
            "records": bulk_floor(start, created, records, beside),
            "every row": bulk_floor(start, created, records + beside, []),
        }
        again, queries_again = import_all(stored)
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
    # The import writes its records and, beside them, their history, review items and a task's links: the
    # floor that writes every row is the bar's; the one writing the records alone is printed for comparison.
    for what, (floor, floor_per_article, rows) in floors.items():
        print(
            f"  floor ({what}), bulk_create of the same {rows} rows in one transaction: "
            f"{floor * 1000 / n:6.1f} ms/article; the import takes {first / floor:.1f}x"
        )
        print(
            f"  floor ({what}), bulk_create of each article's new rows in a transaction of its own: "
            f"{floor_per_article * 1000 / n:6.1f} ms/article; the import takes {first / floor_per_article:.1f}x"
            + (" (bar: within 2x)" if what == "every row" else "")
        )


if __name__ == "__main__":
    main()
