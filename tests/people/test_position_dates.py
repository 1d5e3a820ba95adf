"""A position's first and last seen dates follow the dates of the articles that show it."""

import datetime as dt

import pytest

from people.models import Position
from people.services import record_position_evidence
from tests.factories import ArticleFactory, PositionFactory

pytestmark = pytest.mark.django_db

APRIL, MAY, JUNE = dt.date(2023, 4, 3), dt.date(2023, 5, 10), dt.date(2023, 6, 1)


def seen(position: Position) -> tuple:
    position.refresh_from_db()
    return position.first_seen, position.last_seen


def test_each_new_article_widens_the_range():
    position = PositionFactory()
    record_position_evidence(position, ArticleFactory(), (0, 5), MAY)
    assert seen(position) == (MAY, MAY)
    record_position_evidence(position, ArticleFactory(), (0, 5), APRIL)
    record_position_evidence(position, ArticleFactory(), (0, 5), None)
    assert seen(position) == (APRIL, MAY)


def test_an_article_whose_date_changed_narrows_it_again():
    position = PositionFactory()
    early = ArticleFactory()
    record_position_evidence(position, early, (0, 5), APRIL)
    record_position_evidence(position, ArticleFactory(), (0, 5), MAY)
    record_position_evidence(position, early, (0, 5), JUNE)
    assert seen(position) == (MAY, JUNE)


def test_recording_the_same_evidence_again_is_one_query(django_assert_num_queries):
    position = PositionFactory()
    article = ArticleFactory()
    record_position_evidence(position, article, (0, 5), MAY)
    position.refresh_from_db()
    with django_assert_num_queries(1):
        record_position_evidence(position, article, (0, 5), MAY)
    assert seen(position) == (MAY, MAY)
