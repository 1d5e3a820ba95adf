"""An article's bodies resolved together: one query for all of them and the bodies above them."""

import pytest
from django.db import connection

from core.review import ReviewItem
from people.importing.organizations import OrganizationResolver
from people.models import Organization

pytestmark = pytest.mark.django_db

DEPARTMENT = "Vụ Địa phương II, Ban Tổ chức Trung ương"


def test_a_body_and_the_one_above_it_are_looked_up_once_and_made_a_level_at_a_time(django_assert_num_queries):
    resolver = OrganizationResolver()
    # One look-up, then per level the bodies and their history rows; on PostgreSQL also the turn on the
    # missing names, which says that no other import made them meanwhile: no second look-up.
    with django_assert_num_queries(5 + (connection.vendor == "postgresql")):
        resolver.resolve([(DEPARTMENT, None), ("Ban Tổ chức Trung ương", None)])
    department = resolver.get(DEPARTMENT)
    assert department.parent == resolver.get("Ban Tổ chức Trung ương")
    assert Organization.objects.count() == 2


def test_known_bodies_are_found_in_one_query_without_writing(django_assert_num_queries):
    OrganizationResolver().resolve([(DEPARTMENT, None), ("Tỉnh ủy", "Long An")])
    resolver = OrganizationResolver()
    with django_assert_num_queries(1):
        resolver.resolve([(DEPARTMENT, None), ("Tỉnh ủy", "Long An"), ("Tỉnh ủy Long An", None)])
    assert resolver.get("Tỉnh ủy", "Long An") == resolver.get("Tỉnh ủy Long An")


def test_a_generic_body_is_the_articles_own_and_flagged_when_the_flags_are_written():
    resolver = OrganizationResolver(article_id=7)
    body = resolver.get("Đảng ủy")
    assert body.name_key.endswith("#article 7")
    assert not ReviewItem.objects.exists()
    resolver.flags.flush()
    assert ReviewItem.objects.get().object_id == body.pk


def test_only_bodies_other_imports_could_make_take_turns(monkeypatch):
    import people.importing.organizations as module

    locked: list[str] = []
    monkeypatch.setattr(module, "serialize_on", lambda *keys, **_: bool(locked.extend(keys)))
    resolver = OrganizationResolver(article_id=7)
    resolver.resolve([("Đảng ủy", None), ("Ban Tổ chức Trung ương", None)])
    # The article's own "Đảng ủy" is made only by an import of this article, which holds the article's row.
    assert locked == [f"organization:{resolver.get('Ban Tổ chức Trung ương').name_key}"]
    assert resolver.get("Đảng ủy").name_key.endswith("#article 7")
