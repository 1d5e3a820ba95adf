"""An article's posts resolved together: a post of a body the same import made is not looked up; a post of a
known body is, and a post another import made meanwhile is joined, never made twice."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

import people.importing.posts as module
from people.importing.organizations import OrganizationResolver
from people.importing.posts import PostResolver
from people.models import Post

pytestmark = pytest.mark.django_db

BODY = "Ban Tổ chức Tỉnh ủy Long An"


def _resolve_post() -> tuple[list[str], Post]:
    posts = PostResolver(OrganizationResolver(article_id=3))
    with CaptureQueriesContext(connection) as captured:
        posts.resolve([("Trưởng ban", BODY, None)])
    post_reads = [q["sql"] for q in captured.captured_queries if q["sql"].startswith('SELECT "people_post"')]
    return post_reads, posts.get("Trưởng ban", BODY)[0]


def test_a_post_of_a_body_this_import_made_is_made_without_a_look_up():
    reads, post = _resolve_post()
    assert reads == []
    assert Post.objects.get(pk=post.pk).organization.name == BODY


def test_a_post_of_a_known_body_is_looked_up_and_made_once():
    OrganizationResolver().resolve([(BODY, None)])
    reads, post = _resolve_post()
    assert len(reads) == 1
    reads_again, found = _resolve_post()  # found by its read: nothing made twice
    assert len(reads_again) == 1 and found == post
    assert Post.objects.filter(key=post.key).count() == 1


def test_a_post_made_by_another_import_after_the_look_up_is_joined(monkeypatch):
    OrganizationResolver().resolve([(BODY, None)])
    real = module.create_missing

    def made_meanwhile(model, objs, unique_field):
        # Another import commits the same post between this one's look-up and its insert.
        Post.objects.bulk_create([Post(key=obj.key, title=obj.title, name=obj.name) for obj in objs])
        return real(model, objs, unique_field)

    monkeypatch.setattr(module, "create_missing", made_meanwhile)
    reads, post = _resolve_post()
    assert len(reads) == 2  # the look-up, and the read of what the insert skipped
    assert Post.objects.filter(key=post.key).count() == 1
    assert post.pk == Post.objects.get(key=post.key).pk
