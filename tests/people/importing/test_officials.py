"""An article's officials resolved in its order: each name sees what the names before it resolved to."""

import pytest

from core.review import PendingFlags, ReviewItem, ReviewReason, flag
from core.tombstones import Tombstone
from people.importing.officials import NamedOfficial, remove_unfounded, resolve_officials
from people.models import Official, PositionEvidence
from tests.factories import ArticleFactory, OrganizationFactory, PositionFactory

pytestmark = pytest.mark.django_db


def test_a_new_name_named_twice_in_one_article_is_one_new_official():
    body = OrganizationFactory()
    named = [NamedOfficial("Trần Văn Hai", {body.pk}, {body.pk}), NamedOfficial("Trần Văn Hai", {body.pk})]
    first, again = resolve_officials(named, PendingFlags()).officials
    assert first is again and first.pk is not None
    assert Official.objects.filter(name="Trần Văn Hai").count() == 1


def test_a_later_name_in_other_bodies_than_an_earlier_one_holds_is_another_person():
    board, province = OrganizationFactory(), OrganizationFactory()
    flags = PendingFlags()
    named = [NamedOfficial("Trần Văn Hai", {board.pk}, {board.pk}), NamedOfficial("Trần Văn Hai", {province.pk})]
    first, second = resolve_officials(named, flags).officials
    assert first != second
    flags.flush()
    item = ReviewItem.objects.get(reason=ReviewReason.POSSIBLE_DUPLICATE)
    assert (item.object_id, item.other_id) == (second.pk, first.pk)


def test_a_name_joins_the_namesake_serving_in_the_same_body(django_assert_max_num_queries):
    board, province = OrganizationFactory(), OrganizationFactory()
    in_board = PositionFactory(official__name="Lê Văn Ba", organization=board).official
    in_province = PositionFactory(official__name="Lê Văn Ba", organization=province).official
    with django_assert_max_num_queries(1):  # the namesakes with their positions, in one query; nothing to write
        resolved = resolve_officials([NamedOfficial("Lê Văn Ba", {province.pk})], PendingFlags())
    assert resolved.officials == [in_province] and in_board != in_province
    assert resolved.positions == [*in_board.positions.order_by("id"), *in_province.positions.order_by("id")]


def test_namesakes_read_with_their_positions_are_whole_records():
    holder = PositionFactory(official__name="Lê Văn Ba", official__other_names=["Lê Văn Bá"]).official
    PositionFactory(official=holder)
    without = Official.objects.create(name="Lê Văn Ba", name_key="lê văn ba", search_key="le van ba")
    resolved = resolve_officials([NamedOfficial("Lê Văn Ba", set())], PendingFlags())
    assert resolved.officials == [holder]  # nothing tells them apart: the first of the name
    assert [(p.pk, p.official_id, p.post_id, p.text) for p in resolved.positions] == [
        (p.pk, p.official_id, p.post_id, p.text) for p in holder.positions.order_by("id")
    ]
    assert resolved.officials[0].other_names == ["Lê Văn Bá"] and without.pk not in {
        p.official_id for p in resolved.positions
    }


def test_an_official_nothing_founds_any_more_is_removed_with_a_tombstone_and_its_reviews_closed():
    gone, curated, shown = (PositionFactory().official for _ in range(3))
    curated.locked_fields = ["name"]
    curated.save()
    PositionEvidence.objects.create(position=shown.positions.get(), article=ArticleFactory(), start=0, end=1)
    flag(ReviewReason.POSSIBLE_DUPLICATE, shown, "may be the gone one", other=gone)
    assert remove_unfounded({gone.pk, curated.pk, shown.pk}) == [gone.pk]
    assert set(Official.objects.values_list("pk", flat=True)) == {curated.pk, shown.pk}
    assert Tombstone.objects.filter(record_type="official", record_id=gone.pk).exists()
    assert ReviewItem.objects.get().status == "resolved"


def test_a_possible_duplicate_says_what_the_other_holds():
    board, province = OrganizationFactory(), OrganizationFactory()
    known = PositionFactory(official__name="Trần Văn Hai", organization=board, text="Phó Trưởng Ban Tổ chức Tỉnh ủy")
    flags = PendingFlags()
    (new,) = resolve_officials([NamedOfficial("Trần Văn Hai", {province.pk})], flags).officials
    flags.flush()
    item = ReviewItem.objects.get(reason=ReviewReason.POSSIBLE_DUPLICATE)
    assert (item.object_id, item.other_id) == (new.pk, known.official_id)
    assert item.detail == "'Trần Văn Hai' may be 'Trần Văn Hai', who holds: Phó Trưởng Ban Tổ chức Tỉnh ủy."
