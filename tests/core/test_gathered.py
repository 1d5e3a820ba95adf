"""Writes gathered over a block: sent when it ends, in one statement on PostgreSQL, never when it fails."""

import datetime as dt

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from core import gathered
from core.bulk import create_all
from core.gathered import gathered_writes, insert_later, update_later
from core.history import history_rows
from core.review import ReviewItem, ReviewReason
from documents.models import Article, Directive
from meetings.models import Participant
from people.models import Official
from tests.factories import ArticleFactory, ConferenceFactory, DirectiveFactory, OrganizationFactory

HISTORY_ONLY = {"history_id", "history_date"}

pytestmark = pytest.mark.django_db

POSTGRESQL = connection.vendor == "postgresql"


def _item(official: Official, detail: str = "") -> ReviewItem:
    content_type = ContentType.objects.get_for_model(Official)
    return ReviewItem(
        reason=ReviewReason.POSSIBLE_DUPLICATE, content_type=content_type, object_id=official.pk, detail=detail
    )


def _participant(conference, official: Official, role: str) -> Participant:
    return Participant(
        conference=conference,
        article=conference.article,
        official=official,
        role=role,
        raw_name=official.name,
        start=0,
        end=0,
    )


@pytest.fixture
def official() -> Official:
    (official,) = create_all(Official, [Official(name="Lê Văn An", name_key="lê văn an")])
    ContentType.objects.get_for_model(Official)  # cached before any count of statements
    return official


def test_rows_inserted_later_wait_for_the_end_of_the_block(official):
    with gathered_writes():
        insert_later(ReviewItem, [_item(official)])
        assert not ReviewItem.objects.exists()
    assert ReviewItem.objects.get().object_id == official.pk


def test_outside_a_block_rows_are_inserted_at_once(official):
    insert_later(ReviewItem, [_item(official)])
    assert ReviewItem.objects.filter(object_id=official.pk).exists()


def test_an_update_waits_and_writes_the_latest_values_of_every_call_once():
    article = ArticleFactory(title="", author="")
    with CaptureQueriesContext(connection) as captured, transaction.atomic(), gathered_writes():
        Article.objects.select_for_update().get(pk=article.pk)
        article.title = "Hội nghị giao ban"
        update_later(Article, [article], ["title"])
        article.author = "Minh Châm"
        article.title = "Hội nghị sơ kết"
        update_later(Article, [article], ["author"])
        assert Article.objects.values_list("title", flat=True).get(pk=article.pk) == ""
    assert len([q for q in captured.captured_queries if q["sql"].startswith("UPDATE")]) == 1
    assert Article.objects.values_list("title", "author").get(pk=article.pk) == ("Hội nghị sơ kết", "Minh Châm")


def test_an_update_of_several_rows_writes_each_rows_own_values_of_every_kind():
    first, second = DirectiveFactory(term="XII"), DirectiveFactory(issue_date=dt.date(2020, 1, 2))
    body = OrganizationFactory(name="Bộ Chính trị")
    first.issue_date, first.issued_by, first.term, first.locked_fields = dt.date(2023, 2, 28), body, "", ["term"]
    second.issue_date, second.term = None, "XIII"
    with transaction.atomic(), gathered_writes():
        update_later(Directive, [first, second], ["issue_date", "issued_by", "term", "locked_fields"])
    fields = ("issue_date", "issued_by_id", "term", "locked_fields")
    assert Directive.objects.values_list(*fields).get(pk=first.pk) == (dt.date(2023, 2, 28), body.pk, "", ["term"])
    assert Directive.objects.values_list(*fields).get(pk=second.pk) == (None, None, "XIII", [])


def test_every_gathered_write_is_one_statement_on_postgresql_else_one_per_model(official, django_assert_num_queries):
    article = ArticleFactory(title="")
    article.title = "Hội nghị tổng kết"
    with django_assert_num_queries(1 if POSTGRESQL else 3), gathered_writes():
        insert_later(ReviewItem, [_item(official)])
        insert_later(Official.history.model, history_rows(Official.history.model, [official], update=True))
        update_later(Article, [article], ["title"])
    assert ReviewItem.objects.filter(object_id=official.pk).exists()
    assert Official.history.filter(id=official.pk).exists()
    assert Article.objects.get(pk=article.pk).title == "Hội nghị tổng kết"


def test_rows_a_unique_constraint_refuses_are_skipped_when_asked(official):
    ReviewItem.objects.bulk_create([_item(official, "open already")])
    with gathered_writes():
        insert_later(ReviewItem, [_item(official, "again")], ignore_conflicts=True)
    assert list(ReviewItem.objects.values_list("detail", flat=True)) == ["open already"]
    with pytest.raises(IntegrityError), transaction.atomic(), gathered_writes():
        insert_later(ReviewItem, [_item(official, "again")])


def test_an_error_in_the_block_is_raised_as_it_is_and_nothing_gathered_is_written(official):
    with pytest.raises(ZeroDivisionError), gathered_writes():
        insert_later(ReviewItem, [_item(official)])
        1 / 0  # noqa: B018
    assert not ReviewItem.objects.exists()


def test_writes_past_the_parameter_limit_are_split_by_model(official, monkeypatch):
    monkeypatch.setattr(gathered, "_MOST_PARAMETERS", 5)
    article = ArticleFactory(title="")
    article.title = "Hội nghị"
    with gathered_writes():
        insert_later(ReviewItem, [_item(official)])
        update_later(Article, [article], ["title"])
    assert ReviewItem.objects.filter(object_id=official.pk).exists()
    assert Article.objects.get(pk=article.pk).title == "Hội nghị"


def test_records_created_later_get_the_history_rows_django_simple_history_writes(official, django_assert_num_queries):
    conference = ConferenceFactory()
    new = [_participant(conference, official, role) for role in ("chair", "speaker")]
    with django_assert_num_queries(1 if POSTGRESQL else 2), gathered_writes():
        create_all(Participant, new, later=True)
        assert all(row.pk is None for row in new)
    stored = list(Participant.objects.filter(conference=conference).order_by("role"))
    assert [p.role for p in stored] == ["chair", "speaker"]
    ours = list(Participant.history.filter(conference=conference).order_by("role"))
    Participant.history.all().delete()
    Participant.history.bulk_history_create(stored)
    library = list(Participant.history.order_by("role"))
    fields = [f.attname for f in Participant.history.model._meta.concrete_fields if f.attname not in HISTORY_ONLY]
    assert [[getattr(h, name) for name in fields] for h in ours] == [
        [getattr(h, name) for name in fields] for h in library
    ]
    assert {h.history_type for h in ours} == {"+"} and len({h.history_date for h in ours}) == 1


def test_records_created_later_outside_a_block_are_written_at_once_with_their_history(official):
    conference = ConferenceFactory()
    (participant,) = create_all(Participant, [_participant(conference, official, "chair")], later=True)
    assert participant.pk is not None
    assert Participant.history.get().id == participant.pk
