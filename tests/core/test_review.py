"""The review queue: flags raised during an import are written together, once per reason and record."""

import pytest

from core.review import PendingFlags, ReviewItem, ReviewReason, flag
from tests.factories import OfficialFactory

pytestmark = pytest.mark.django_db


def test_pending_flags_are_written_once_per_reason_and_record_in_two_statements(django_assert_max_num_queries):
    first, second, other = OfficialFactory(), OfficialFactory(), OfficialFactory()
    flag(ReviewReason.POSSIBLE_DUPLICATE, first, "already open")
    pending = PendingFlags()
    pending.add(ReviewReason.POSSIBLE_DUPLICATE, first, "again", other=other)
    pending.add(ReviewReason.POSSIBLE_DUPLICATE, second, "new", other=other)
    pending.add(ReviewReason.POSSIBLE_DUPLICATE, second, "twice in one import", other=other)
    with django_assert_max_num_queries(2):
        pending.flush()
    items = ReviewItem.objects.filter(reason=ReviewReason.POSSIBLE_DUPLICATE).order_by("object_id")
    assert [(i.object_id, i.detail, i.other_id) for i in items] == [
        (first.pk, "already open", None),
        (second.pk, "new", other.pk),
    ]


def test_a_record_made_after_its_flag_was_raised_is_flagged_with_its_id():
    from people.models import Official

    official = Official(name="Lê Văn E", name_key="lê văn e")
    pending = PendingFlags()
    pending.add(ReviewReason.POSSIBLE_DUPLICATE, official, "made later")
    official.save()
    pending.flush()
    assert ReviewItem.objects.get(reason=ReviewReason.POSSIBLE_DUPLICATE).object_id == official.pk
