"""An article's posts resolved together: a post of a body the same import made is neither looked up nor
waited for; a post of a known body is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

import people.importing.posts as module
from people.importing.organizations import OrganizationResolver
from people.importing.posts import PostResolver
from people.models import Post

pytestmark = pytest.mark.django_db

BODY = "Ban Tổ chức Tỉnh ủy Long An"


def _resolve_post(monkeypatch) -> tuple[list[str], list[str], Post]:
    locked: list[str] = []
    monkeypatch.setattr(module, "serialize_on", lambda *keys, **_: bool(locked.extend(keys)))
    posts = PostResolver(OrganizationResolver(article_id=3))
    with CaptureQueriesContext(connection) as captured:
        posts.resolve([("Trưởng ban", BODY, None)])
    post_reads = [q["sql"] for q in captured.captured_queries if q["sql"].startswith('SELECT "people_post"')]
    return post_reads, locked, posts.get("Trưởng ban", BODY)[0]


def test_a_post_of_a_body_this_import_made_is_made_without_a_look_up_or_a_turn(monkeypatch):
    reads, locked, post = _resolve_post(monkeypatch)
    assert reads == []
    assert [key for key in locked if key.startswith("post:")] == []
    assert Post.objects.get(pk=post.pk).organization.name == BODY


def test_a_post_of_a_known_body_is_looked_up_and_takes_its_turn(monkeypatch):
    OrganizationResolver().resolve([(BODY, None)])
    reads, locked, post = _resolve_post(monkeypatch)
    assert len(reads) == 1
    assert locked[-1] == f"post:{post.key}"
    reads_again, _, _ = _resolve_post(monkeypatch)  # found by its read: nothing made twice
    assert len(reads_again) == 1
    assert Post.objects.filter(key=post.key).count() == 1
