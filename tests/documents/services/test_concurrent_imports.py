"""Imports running at once in separate transactions (PostgreSQL): two articles naming the same new person
or body make one record of it, whichever commits first, and neither fails or deadlocks."""

import threading

import pytest
from django.db import connection, connections

import people.importing.officials as officials_module
import people.importing.organizations as organizations_module
from documents.extraction.pipeline import parse_text
from documents.services.importer import import_extraction
from people.models import Official, Organization
from tests.factories import article_from_text

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs separate connections and row locks"),
    pytest.mark.django_db(transaction=True),
]

TEXT = (
    "Ngày 05/6, Ban Tổ chức Tỉnh ủy Long An tổ chức Hội nghị giao ban công tác tổ chức {n}. "
    "Đồng chí Trần Văn Hai - Trưởng Ban Tổ chức Tỉnh ủy Long An chủ trì Hội nghị.\n"
)


def _import_together(articles, module, monkeypatch) -> list[BaseException]:
    """Imports the articles in threads that all decide to create a record before any of them locks."""
    barrier = threading.Barrier(len(articles), timeout=20)
    real = module.serialize_on

    def meet_then_lock(*keys):
        barrier.wait()  # every import has read the records and found this one missing
        return real(*keys)

    monkeypatch.setattr(module, "serialize_on", meet_then_lock)
    errors: list[BaseException] = []

    def run(article):
        try:
            import_extraction(article, parse_text(article.text))
        except BaseException as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(article,)) for article in articles]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors


def test_two_imports_creating_the_same_body_make_one(monkeypatch):
    articles = [article_from_text(TEXT.format(n=n)) for n in (1, 2)]
    errors = _import_together(articles, organizations_module, monkeypatch)
    assert errors == []
    assert Organization.objects.filter(name="Ban Tổ chức Tỉnh ủy Long An").count() == 1
    assert Official.objects.filter(name="Trần Văn Hai").count() == 1


def test_two_imports_creating_the_same_official_make_one(monkeypatch):
    # The bodies and posts exist already: only the official is new to both imports.
    import_extraction(first := article_from_text(TEXT.format(n=0)), parse_text(first.text))
    Official.objects.all().delete()
    articles = [article_from_text(TEXT.format(n=n)) for n in (1, 2)]
    errors = _import_together(articles, officials_module, monkeypatch)
    assert errors == []
    assert Official.objects.filter(name="Trần Văn Hai").count() == 1
