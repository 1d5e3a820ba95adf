"""Posts: one canonical post however an article splits or spells it; who held it, when; curators correct and merge."""

import datetime as dt

import pytest

from people.models import Post
from people.posts import canonical_post
from people.services import record_position, record_position_evidence, resolve_official
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/posts/"


@pytest.mark.parametrize(
    ("title", "organization"),
    [
        ("Trưởng", "Ban Tổ chức Trung ương"),
        ("Trưởng ban Tổ chức", "Trung ương"),
        ("trưởng Ban", "Tổ chức Trung ương"),
        ("Trưởng Ban Tổ chức Trung ương", None),
    ],
)
def test_one_post_whatever_the_split(title, organization):
    post = canonical_post(title, organization)
    assert (post.title, post.organization) == ("Trưởng ban", "Ban Tổ chức Trung ương")


def test_spelling_and_case_do_not_make_another_post():
    assert canonical_post("uỷ viên", "Ban Thường vụ Tỉnh ủy Long An").title == "Ủy viên"
    former = canonical_post("nguyên Bí thư", "Tỉnh ủy Phú Yên")
    assert (former.title, former.organization, former.former) == ("Bí thư", "Tỉnh ủy Phú Yên", True)


def seen(name: str, title: str, organization: str | None, on: dt.date):
    official = resolve_official(name)
    holding = record_position(official, f"{title} {organization or ''}".strip(), title, organization)
    article = ArticleFactory(text=f"Đồng chí {name}, {title} {organization or ''}.")
    record_position_evidence(holding, article, (9, 9 + len(name)), on)
    return holding


def test_who_held_a_post_and_when(client_with_token):
    seen("Lê Minh Hưng", "Trưởng", "Ban Tổ chức Trung ương", dt.date(2024, 5, 1))
    seen("Lê Minh Hưng", "Trưởng ban Tổ chức", "Trung ương", dt.date(2024, 9, 1))
    seen("Trương Thị Mai", "nguyên Trưởng", "Ban Tổ chức Trung ương", dt.date(2023, 3, 1))
    (post,) = Post.objects.filter(title="Trưởng ban")
    listed = client_with_token.get(URL, {"name": "trưởng ban tổ chức trung ương"}).json()["results"]
    assert [(p["id"], p["holder_count"]) for p in listed] == [(post.pk, 2)]
    holders = client_with_token.get(f"{URL}{post.pk}/holders/").json()["results"]
    assert [(h["official_name"], h["former"], h["first_seen"], h["last_seen"]) for h in holders] == [
        ("Lê Minh Hưng", False, "2024-05-01", "2024-09-01"),
        ("Trương Thị Mai", True, "2023-03-01", "2023-03-01"),
    ]


def test_curators_correct_and_merge_posts(client_with_token):
    right = seen("Lê Minh Hưng", "Trưởng", "Ban Tổ chức Trung ương", dt.date(2024, 5, 1)).post
    wrong = seen("Lê Minh Hưng", "Trưởng ban", "Ban Tổ chức Trung ươn", dt.date(2024, 6, 1)).post  # a typo
    assert wrong.pk != right.pk
    merged = client_with_token.post(f"{URL}{wrong.pk}/merge/", {"into": right.pk}, format="json")
    assert merged.status_code == 200
    assert client_with_token.get(f"{URL}{wrong.pk}/").status_code == 301
    holders = client_with_token.get(f"{URL}{right.pk}/holders/").json()["results"]
    assert {h["official_name"] for h in holders} == {"Lê Minh Hưng"}
    renamed = client_with_token.patch(f"{URL}{right.pk}/", {"title": "Trưởng Ban"}, format="json")
    assert renamed.status_code == 200 and renamed.json()["curated_fields"] == ["title"]


@pytest.mark.parametrize("sent", ["", "1", True, 1.5, [1]])
def test_a_post_refuses_an_organisation_that_is_not_an_id_or_null(client_with_token, sent):
    post = seen("Lê Minh Hưng", "Trưởng", "Ban Tổ chức Trung ương", dt.date(2024, 5, 1)).post
    refused = client_with_token.patch(f"{URL}{post.pk}/", {"organization": sent}, format="json")
    assert refused.status_code == 400 and "organization" in refused.json()["fields"]
    post.refresh_from_db()
    assert post.organization is not None and post.locked_fields == []
    cleared = client_with_token.patch(f"{URL}{post.pk}/", {"organization": None}, format="json")
    assert cleared.status_code == 200 and cleared.json()["organization"] is None
