"""Bulk writes keep what a save does: folded search text, timestamps, a history row each, and the signal."""

import pytest

from core.bulk import create_all, create_missing, records_written, update_all
from people.models import Official, Organization, Post

pytestmark = pytest.mark.django_db


def test_created_records_get_ids_search_text_timestamps_and_a_history_row_each():
    written = []

    def heard(sender, records, **kwargs):
        written.append((sender, list(records)))

    records_written.connect(heard)
    try:
        officials = create_all(
            Official, [Official(name="Mai Văn Chính", name_key="mai văn chính"), Official(name="Lê B")]
        )
    finally:
        records_written.disconnect(heard)
    assert all(o.pk and o.created_at and o.updated_at for o in officials)
    assert Official.objects.get(pk=officials[0].pk).search_text == "mai van chinh"
    assert [h.history_type for h in Official.history.filter(id=officials[0].pk)] == ["+"]
    assert written[-1] == (Official, officials)


def test_updated_records_get_a_new_time_refreshed_search_text_and_a_history_row():
    (body,) = create_all(Organization, [Organization(name="Tỉnh ủy Long An", name_key="tỉnh ủy long an")])
    created_at = body.updated_at
    body.name = "Tỉnh ủy Tây Ninh"
    update_all(Organization, [body], {"name"})
    stored = Organization.objects.get(pk=body.pk)
    assert stored.name == "Tỉnh ủy Tây Ninh" and stored.search_text == "tinh uy tay ninh"
    assert stored.updated_at > created_at
    assert [h.history_type for h in Organization.history.filter(id=body.pk).order_by("history_id")] == ["+", "~"]


def test_nothing_to_write_is_no_statement(django_assert_num_queries):
    with django_assert_num_queries(0):
        create_all(Official, [])
        update_all(Official, [], {"name"})


def test_create_missing_inserts_what_no_row_holds_and_skips_the_rest_in_one_statement(django_assert_num_queries):
    held = Post.objects.create(key="phó trưởng ban|1", title="Phó Trưởng ban", name="Phó Trưởng ban")
    wanted = [Post(key=key, title=key, name=key) for key in ("trưởng ban|1", "phó trưởng ban|1", "ủy viên|1")]
    with django_assert_num_queries(2):  # the insert and the history rows
        made = create_missing(Post, wanted, "key")
    assert [post.key for post in made] == ["trưởng ban|1", "ủy viên|1"]
    assert all(post.pk == Post.objects.get(key=post.key).pk for post in made)
    assert Post.objects.get(key=held.key).pk == held.pk and Post.objects.count() == 3
    assert sorted(Post.history.filter(history_type="+").values_list("key", flat=True)) == sorted(
        [held.key, "trưởng ban|1", "ủy viên|1"]
    )
