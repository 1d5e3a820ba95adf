"""The admin's review screen of an article: the text with every imported item highlighted and linked."""

import pytest
from django.urls import reverse

from documents.models import Article
from meetings.models import Conference
from tasks.models import Task

pytestmark = pytest.mark.django_db


def test_the_review_screen_highlights_and_links_every_item(
    admin_client, client_with_token, shared_dir, django_capture_on_commit_callbacks
):
    seed = (shared_dir / "seeds" / "000_0d163578645c4766.txt").read_bytes()
    with django_capture_on_commit_callbacks(execute=True):
        client_with_token.post("/api/v1/articles/", seed, content_type="text/plain")
    article = Article.objects.get()
    task = Task.objects.filter(article=article).first()
    client_with_token.patch(f"/api/v1/tasks/{task.pk}/", {"status": "done"}, format="json")

    page = admin_client.get(reverse("admin:documents_article_review", args=[article.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    conference = Conference.objects.get(article=article)
    for url in (
        reverse("admin:meetings_conference_change", args=[conference.pk]),
        reverse("admin:tasks_task_change", args=[task.pk]),
    ):
        assert url in html
    rows = {row["anchor"]: row for row in page.context["items"]}
    assert rows[f"task-{task.start}-{task.end}"]["curated"] is True
    kinds = {row["kind"] for row in page.context["items"]}
    assert kinds == {"conference", "participant", "position", "directive", "task"}
    assert html.count('class="hl"') >= len(rows) // 2
    assert "Mai Văn Chính" in html
