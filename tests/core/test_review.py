"""The review queue: flags raised during an import are written together, once per reason and record."""

import pytest

from core.review import PendingFlags, ReviewItem, ReviewReason, ReviewStatus, flag, settle_each
from tests.factories import OfficialFactory

pytestmark = pytest.mark.django_db


def test_pending_flags_are_written_once_per_reason_and_record_in_one_statement(django_assert_max_num_queries):
    first, second, other = OfficialFactory(), OfficialFactory(), OfficialFactory()
    flag(ReviewReason.POSSIBLE_DUPLICATE, first, "already open")
    pending = PendingFlags()
    pending.add(ReviewReason.POSSIBLE_DUPLICATE, first, "again", other=other)
    pending.add(ReviewReason.POSSIBLE_DUPLICATE, second, "new", other=other)
    pending.add(ReviewReason.POSSIBLE_DUPLICATE, second, "twice in one import", other=other)
    with django_assert_max_num_queries(1):
        pending.flush()
    items = ReviewItem.objects.filter(reason=ReviewReason.POSSIBLE_DUPLICATE).order_by("object_id")
    assert [(i.object_id, i.detail, i.other_id) for i in items] == [
        (first.pk, "already open", None),
        (second.pk, "new", other.pk),
    ]


def test_pending_flags_written_later_wait_for_the_block_and_still_skip_open_items():
    from core.gathered import gathered_writes

    first, second = OfficialFactory(), OfficialFactory()
    flag(ReviewReason.POSSIBLE_DUPLICATE, first, "already open")
    pending = PendingFlags()
    pending.add(ReviewReason.POSSIBLE_DUPLICATE, first, "again")
    pending.add(ReviewReason.POSSIBLE_DUPLICATE, second, "new")
    with gathered_writes():
        pending.flush(later=True)
        assert not ReviewItem.objects.filter(object_id=second.pk).exists()
    items = ReviewItem.objects.filter(reason=ReviewReason.POSSIBLE_DUPLICATE).order_by("object_id")
    assert [(i.object_id, i.detail) for i in items] == [(first.pk, "already open"), (second.pk, "new")]


def test_a_record_made_after_its_flag_was_raised_is_flagged_with_its_id():
    from people.models import Official

    official = Official(name="Lê Văn E", name_key="lê văn e")
    pending = PendingFlags()
    pending.add(ReviewReason.POSSIBLE_DUPLICATE, official, "made later")
    official.save()
    pending.flush()
    assert ReviewItem.objects.get(reason=ReviewReason.POSSIBLE_DUPLICATE).object_id == official.pk


def test_settling_several_reasons_closes_each_with_its_own_resolution_in_one_statement(django_assert_num_queries):
    from tests.factories import article_from_text

    article, other = article_from_text("Bài một."), article_from_text("Bài hai.")
    flag(ReviewReason.FAILED_ARTICLE, article, "the parser failed")
    flag(ReviewReason.NO_CONFERENCE, article, "no meeting")
    flag(ReviewReason.FAILED_ARTICLE, other, "not this one")
    with django_assert_num_queries(1):
        closed = settle_each(
            article, {ReviewReason.FAILED_ARTICLE: "parsed", ReviewReason.NO_CONFERENCE: "the meeting was found"}
        )
    assert closed == 2
    rows = ReviewItem.objects.values_list("object_id", "reason", "status", "resolution")
    assert sorted(rows) == sorted(
        [
            (article.pk, ReviewReason.FAILED_ARTICLE, ReviewStatus.RESOLVED, "parsed"),
            (article.pk, ReviewReason.NO_CONFERENCE, ReviewStatus.RESOLVED, "the meeting was found"),
            (other.pk, ReviewReason.FAILED_ARTICLE, ReviewStatus.OPEN, ""),
        ]
    )
