"""Imports running at once in separate transactions (PostgreSQL): two articles naming the same new person
or body make one record of it, whichever commits first, and neither fails or deadlocks."""

import threading

import pytest
from django.db import connection, connections

import documents.services.directives as directives_module
import people.importing.officials as officials_module
import people.importing.organizations as organizations_module
import people.importing.posts as posts_module
from documents.extraction.pipeline import parse_text
from documents.models import Directive
from documents.services.importer import import_extraction
from meetings.models import DirectiveMention
from people.models import Official, Organization, Position, Post
from tests.factories import article_from_text

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs separate connections and row locks"),
    pytest.mark.django_db(transaction=True),
]

TEXT = (
    "Ngày 05/6, Ban Tổ chức Tỉnh ủy Long An tổ chức Hội nghị giao ban công tác tổ chức {n}. "
    "Đồng chí Trần Văn Hai - Trưởng Ban Tổ chức Tỉnh ủy Long An chủ trì Hội nghị.\n"
)


def _import_together(articles, module, monkeypatch, step: str = "serialize_on") -> list[BaseException]:
    """Imports the articles in threads that all decide to create a record before any of them takes the step
    that makes them take turns (its turn, or its insert)."""
    barrier = threading.Barrier(len(articles), timeout=20)
    real = getattr(module, step)

    def meet_then_lock(*keys, **options):
        barrier.wait()  # every import has read the records and found this one missing
        return real(*keys, **options)

    monkeypatch.setattr(module, step, meet_then_lock)
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


def test_two_imports_creating_the_same_post_make_one(monkeypatch):
    # The body and the official exist already: only the post is new to both imports.
    import_extraction(first := article_from_text(TEXT.format(n=0)), parse_text(first.text))
    Post.objects.all().delete()
    articles = [article_from_text(TEXT.format(n=n)) for n in (1, 2)]
    errors = _import_together(articles, posts_module, monkeypatch, step="create_missing")
    assert errors == []
    assert Post.objects.count() == 1
    assert Position.objects.filter(official__name="Trần Văn Hai").count() == 1


def test_two_imports_citing_the_same_new_document_make_one(monkeypatch):
    # Every body and person exists already: only the document is new to both imports.
    cited = TEXT + "Hội nghị quán triệt Kết luận số 50-KL/TW ngày 28/02/2023 của Bộ Chính trị.\n"
    import_extraction(first := article_from_text(cited.format(n=0)), parse_text(first.text))
    Directive.objects.all().delete()
    articles = [article_from_text(cited.format(n=n)) for n in (1, 2)]
    errors = _import_together(articles, directives_module, monkeypatch)
    assert errors == []
    assert Directive.objects.filter(code="50-KL/TW").count() == 1
    assert DirectiveMention.objects.filter(directive__code="50-KL/TW").count() == 2
