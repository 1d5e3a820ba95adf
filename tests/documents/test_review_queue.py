"""The review queue: what the service cannot settle alone is listed, and settled in place."""

import pytest
from django.urls import reverse

from core.review import ReviewItem, ReviewReason, ReviewStatus
from documents.management.commands.extract import HTML_SUFFIXES, upload_of
from documents.models import Article, ArticleStatus
from documents.services.ingest import ingest_article
from people.models import Official, Organization
from people.services import is_generic_body, resolve_official, resolve_organization

pytestmark = pytest.mark.django_db
URL = "/api/v1/review/"


def open_items(reason: str) -> list[dict]:
    return list(ReviewItem.objects.filter(reason=reason, status=ReviewStatus.OPEN).values("object_id", "other_id"))


def test_every_generic_body_of_the_corpus_is_in_the_queue(shared_dir, django_capture_on_commit_callbacks):
    files = sorted(p for p in (shared_dir / "corpus").rglob("*") if p.suffix in {".txt", *HTML_SUFFIXES})
    with django_capture_on_commit_callbacks(execute=True):
        for path in files:
            ingest_article(upload_of(path))
    assert Article.objects.filter(status=ArticleStatus.PARSED).count() == Article.objects.count()
    generic = {o.pk for o in Organization.objects.filter(merged_into__isnull=True) if is_generic_body(o.name)}
    assert generic, "the corpus names generic bodies"
    assert generic <= {item["object_id"] for item in open_items(ReviewReason.GENERIC_BODY)}


def test_a_namesake_spelt_without_marks_is_offered_as_a_possible_duplicate(client_with_token):
    first = resolve_official("Mai Văn Chính")
    second = resolve_official("Mai Van Chinh")
    (item,) = open_items(ReviewReason.POSSIBLE_DUPLICATE)
    assert (item["object_id"], item["other_id"]) == (second.pk, first.pk)
    listed = client_with_token.get(URL, {"reason": "possible_duplicate", "status": "open"}).json()["results"]
    assert listed[0]["record"] == {"kind": "people.official", "id": second.pk, "label": "Mai Van Chinh"}

    settled = client_with_token.post(f"{URL}{listed[0]['id']}/resolve/", {"action": "merge"}, format="json")
    assert settled.status_code == 200 and settled.json()["status"] == "resolved"
    assert Official.objects.get(pk=second.pk).merged_into_id == first.pk


def test_a_generic_body_is_given_its_place_by_name(client_with_token):
    body = resolve_organization("Tỉnh ủy")
    item = ReviewItem.objects.get(reason=ReviewReason.GENERIC_BODY, object_id=body.pk)
    refused = client_with_token.post(f"{URL}{item.pk}/resolve/", {"action": "rename"}, format="json")
    assert refused.status_code == 400
    named = client_with_token.post(
        f"{URL}{item.pk}/resolve/", {"action": "rename", "name": "Tỉnh ủy Long An"}, format="json"
    )
    assert named.status_code == 200
    body.refresh_from_db()
    assert body.name == "Tỉnh ủy Long An" and body.locked_fields == ["name"]

    another = resolve_organization("Thành ủy")
    item = ReviewItem.objects.get(reason=ReviewReason.GENERIC_BODY, object_id=another.pk)
    resolve_organization("Thành ủy Cần Thơ")
    client_with_token.post(f"{URL}{item.pk}/resolve/", {"action": "rename", "name": "Thành ủy Cần Thơ"}, format="json")
    assert Organization.objects.get(pk=another.pk).merged_into.name == "Thành ủy Cần Thơ"


def test_a_failed_article_is_queued_and_parsed_again_from_the_queue(
    client_with_token, monkeypatch, django_capture_on_commit_callbacks
):
    import documents.services.parsing as parsing

    real = parsing.extraction_for
    monkeypatch.setattr(parsing, "extraction_for", lambda article: 1 / 0)
    with django_capture_on_commit_callbacks(execute=True):
        client_with_token.post(
            URL.replace("review", "articles"), "Hội nghị giao ban công tác tổ chức.".encode(), content_type="text/plain"
        )
    article = Article.objects.get()
    assert article.status == ArticleStatus.FAILED
    (item,) = ReviewItem.objects.filter(reason=ReviewReason.FAILED_ARTICLE, status=ReviewStatus.OPEN)
    monkeypatch.setattr(parsing, "extraction_for", real)
    with django_capture_on_commit_callbacks(execute=True):
        answer = client_with_token.post(f"{URL}{item.pk}/resolve/", {"action": "reparse"}, format="json")
    assert answer.status_code == 200
    article.refresh_from_db()
    assert article.status == ArticleStatus.PARSED
    wrong = client_with_token.post(f"{URL}{item.pk}/resolve/", {"action": "dismiss"}, format="json")
    assert wrong.status_code == 400  # settled already


def test_the_admin_index_counts_what_waits(admin_client):
    resolve_organization("Đảng ủy")
    page = admin_client.get(reverse("admin:index")).content.decode()
    assert "Cơ quan chung chung, chưa rõ địa phương" in page and "<strong>1</strong>" in page
