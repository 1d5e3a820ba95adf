"""Curation in the admin: a changed field is locked, inline edits too, and every field of a record a curator adds;
the article's text cannot be edited."""

import pytest
from django.urls import reverse

from tests.factories import ArticleFactory, ConferenceFactory, OfficialFactory, PositionFactory, TaskFactory

pytestmark = pytest.mark.django_db


def change_form_data(admin_client, url: str) -> dict:
    """The values the change form shows now, as its POST would send them back."""
    form = admin_client.get(url).context["adminform"].form
    return {name: form[name].value() for name in form.fields if form[name].value() is not None}


def test_a_field_changed_in_the_admin_is_locked(admin_client):
    task = TaskFactory(assignee="")
    url = reverse("admin:tasks_task_change", args=[task.pk])
    data = change_form_data(admin_client, url) | {"assignee": "Ban Tổ chức Tỉnh ủy", "directives": []}
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    task.refresh_from_db()
    assert task.assignee == "Ban Tổ chức Tỉnh ủy"
    assert task.locked_fields == ["assignee"]


def test_the_article_page_offers_no_editable_text(admin_client):
    article = ArticleFactory(text="Hội nghị giao ban. Văn bản gốc.")
    ConferenceFactory(article=article)
    page = admin_client.get(reverse("admin:documents_article_change", args=[article.pk]))
    form = page.context["adminform"].form
    assert "text" not in form.fields and "raw" not in form.fields
    assert "Văn bản gốc." in page.content.decode()
    assert reverse("admin:meetings_conference_change", args=[article.conference.pk]) in page.content.decode()


def test_history_pages_load(admin_client):
    task = TaskFactory()
    assert admin_client.get(reverse("admin:tasks_task_history", args=[task.pk])).status_code == 200


NO_EVIDENCE = {f"evidence-{name}": "0" for name in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS")} | {
    "evidence-MAX_NUM_FORMS": "1000"
}


def test_a_position_changed_or_added_in_the_admin_is_curated(admin_client):
    position = PositionFactory(text="Bí thư Tỉnh ủy", title="Bí thư")
    url = reverse("admin:people_position_change", args=[position.pk])
    data = change_form_data(admin_client, url) | {"title": "Bí thư Tỉnh ủy"} | NO_EVIDENCE
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    position.refresh_from_db()
    assert position.locked_fields == ["title"]

    official = OfficialFactory()
    added = {"official": official.pk, "text": "Chủ tịch Ủy ban nhân dân tỉnh", "title": "Chủ tịch"} | NO_EVIDENCE
    response = admin_client.post(reverse("admin:people_position_add"), added)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert set(official.positions.get().locked_fields) == {"official", "text", "title"}
