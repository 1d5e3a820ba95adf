"""An article's holdings and their evidence: read once, written in bulk, the article's unseen evidence removed."""

import datetime as dt

import pytest

from core.upsert import ImportCounts
from people.importing.positions import Holding, record_evidence, record_positions
from people.models import Position, PositionEvidence, Post
from tests.factories import ArticleFactory, OfficialFactory, PositionFactory

pytestmark = pytest.mark.django_db


def test_one_post_held_twice_in_an_article_is_one_position():
    official = OfficialFactory()
    post = Post.objects.create(title="Trưởng ban", name="Trưởng ban", key="trưởng ban@")
    first, again = record_positions([Holding(official, post, False, "a"), Holding(official, post, False, "b")])
    assert first is again and Position.objects.filter(official=official).count() == 1


def test_evidence_the_article_no_longer_shows_is_removed_and_dates_follow(django_assert_max_num_queries):
    article = ArticleFactory()
    kept, dropped = PositionFactory(), PositionFactory()
    may = dt.date(2024, 5, 1)
    record_evidence(article, [(kept, (0, 3), may), (dropped, (4, 8), may)], ImportCounts())
    counts = ImportCounts()
    # Read, write the new date, read the other articles' dates, write the position's range, remove.
    with django_assert_max_num_queries(5):
        record_evidence(article, [(kept, (0, 3), dt.date(2024, 6, 1))], counts)
    assert list(PositionEvidence.objects.values_list("position_id", "observed_on")) == [(kept.pk, dt.date(2024, 6, 1))]
    kept.refresh_from_db()
    assert (kept.first_seen, kept.last_seen, counts.updated) == (dt.date(2024, 6, 1), dt.date(2024, 6, 1), 1)
