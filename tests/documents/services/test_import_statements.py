"""The import is set-based: its statements do not grow with what an article holds, and a re-import that
changes nothing writes nothing."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from documents.extraction import parse_source, read_upload
from documents.services.importer import import_extraction
from tests.conftest import gold_files
from tests.factories import ArticleFactory, article_from_file

pytestmark = pytest.mark.django_db

WRITES = ("INSERT", "UPDATE", "DELETE")
BOUND = 45


def _parsed_gold_articles(shared):
    articles = []
    for source, _ in gold_files(shared):
        if source.suffix == ".txt":
            article = article_from_file(source)
            articles.append((article, parse_source(read_upload(source.read_bytes(), "text/plain"))))
    return articles


def _statements(article, extraction) -> tuple[list[str], int]:
    with CaptureQueriesContext(connection) as captured:
        summary = import_extraction(article, extraction)
    records = sum(c.inserted + c.updated + c.unchanged for c in summary.counts.values())
    return [q["sql"] for q in captured.captured_queries], records


def test_an_import_takes_a_bounded_number_of_statements_whatever_the_article_holds(shared_dir):
    sizes = []
    for article, extraction in _parsed_gold_articles(shared_dir):
        statements, records = _statements(article, extraction)
        sizes.append((records, len(statements)))
    largest = max(sizes)
    # One statement per record would put the largest article above the bound.
    assert largest[0] > BOUND, sizes
    assert all(count <= BOUND for _, count in sizes), sizes


def test_a_reimport_that_changes_nothing_writes_nothing(shared_dir):
    articles = _parsed_gold_articles(shared_dir)
    for article, extraction in articles:
        import_extraction(article, extraction)
    for article, extraction in articles:
        statements, records = _statements(article, extraction)
        writes = [sql for sql in statements if sql.lstrip().upper().startswith(WRITES)]
        assert writes == [], (article.pk, writes)
        assert len(statements) <= 20, (article.pk, len(statements), records)


def test_a_first_import_writes_a_new_position_with_its_dates_and_does_not_update_it(shared_dir):
    updates = []
    for article, extraction in _parsed_gold_articles(shared_dir):
        statements, _ = _statements(article, extraction)
        updates += [sql for sql in statements if sql.startswith('UPDATE "people_position"')]
    assert updates == []
    from people.models import Position

    assert Position.objects.exists()
    assert not Position.objects.filter(first_seen__isnull=True, evidence__observed_on__isnull=False).exists()


def test_the_history_of_what_an_import_writes_is_one_statement_on_postgresql_else_one_per_model(shared_dir):
    for article, extraction in _parsed_gold_articles(shared_dir):
        statements, _ = _statements(article, extraction)
        history = [re.findall(r'INSERT INTO "(\w+_historical\w+)"', sql) for sql in statements]
        history = [tables for tables in history if tables]
        models = {table for tables in history for table in tables}
        assert len(models) >= 3, history  # the article, its conference, its participants at least
        assert len(history) == (1 if connection.vendor == "postgresql" else len(models)), history


# Written by an import and read back by nothing in it: sent with its history in its last statement.
GATHERED = ("people_positionevidence", "meetings_directivemention", "core_reviewitem", "documents_article")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="one statement for many writes is PostgreSQL's")
def test_what_an_import_does_not_read_back_is_sent_in_its_last_statement_on_postgresql(shared_dir):
    in_last = set()
    for article, extraction in _parsed_gold_articles(shared_dir):
        statements, _ = _statements(article, extraction)
        alone = [sql for sql in statements if re.match(rf'(INSERT INTO|UPDATE) "({"|".join(GATHERED)})"', sql)]
        assert alone == [], alone
        last = [sql for sql in statements if sql.startswith("WITH")]
        assert len(last) == 1
        in_last |= set(re.findall(r'(?:INSERT INTO|UPDATE) "(\w+)"', last[0]))
    assert set(GATHERED) - {"core_reviewitem"} <= in_last, in_last  # the gold articles raise no review item


def _shared_articles(shared):
    """Every shared article as an upload stores it, with its parse: seeds, corpus articles and pages, more."""
    corpus = shared / "corpus"
    paths = [
        *sorted((shared / "seeds").glob("*.txt")),
        *sorted((corpus / "articles").glob("*.txt")),
        *sorted((corpus / "html").glob("*.html")),
        *sorted((corpus / "more").glob("*.txt")),
        *sorted((corpus / "more").glob("*.html")),
    ]
    for path in paths:
        source = read_upload(path.read_bytes(), "text/html" if path.suffix == ".html" else "text/plain")
        article = ArticleFactory(text=source.text, raw=path.read_bytes(), content_type=source.content_type, title="")
        yield article, parse_source(source)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="one statement for many writes is PostgreSQL's")
@pytest.mark.django_db(transaction=True)  # each import in a transaction of its own, its BEGIN and COMMIT counted
def test_the_shared_articles_import_in_at_most_15_statements_an_article_on_postgresql(shared_dir):
    # Into an empty database, where most of what each article names is new: the import's costliest case.
    counts = [len(_statements(article, extraction)[0]) for article, extraction in _shared_articles(shared_dir)]
    assert len(counts) > 100
    assert sum(counts) / len(counts) <= 15, (sum(counts) / len(counts), max(counts))
