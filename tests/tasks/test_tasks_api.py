"""Task endpoints: filters, curator status changes, permissions, fixed queries."""

import pytest

from tasks.models import Task, TaskStatus
from tests.api_queries import assert_fixed_queries

pytestmark = pytest.mark.django_db
URL = "/api/v1/tasks/"


def test_curator_sets_status(client_with_token, imported_gold):
    task = Task.objects.first()
    response = client_with_token.patch(f"{URL}{task.pk}/", {"status": "in_progress"}, format="json")
    assert response.status_code == 200
    assert response.json()["status"] == "in_progress"
    task.refresh_from_db()
    assert task.status == TaskStatus.IN_PROGRESS


def test_unknown_status_is_400(client_with_token, imported_gold):
    task = Task.objects.first()
    response = client_with_token.patch(f"{URL}{task.pk}/", {"status": "finished-ish"}, format="json")
    assert response.status_code == 400
    assert "status" in response.json()["fields"]


def test_edits_need_a_token(anonymous_client, imported_gold, settings):
    settings.API_OPEN_READS = True
    task = Task.objects.first()
    assert anonymous_client.get(f"{URL}{task.pk}/").status_code == 200
    assert anonymous_client.patch(f"{URL}{task.pk}/", {"status": "done"}, format="json").status_code == 401
    task.refresh_from_db()
    assert task.status == TaskStatus.OPEN


def test_filters(client_with_token, imported_gold):
    def count(**params):
        return client_with_token.get(URL, params).json()["count"]

    assert count() == Task.objects.count()
    assert count(conference_kind="giao_ban") == 6
    assert count(directive_code="21-KL/TW") == 1
    assert count(date_after="2025-01-01") == 5  # n004's; seed 001 has no date
    Task.objects.filter(pk=Task.objects.first().pk).update(status=TaskStatus.DONE)
    assert count(status="done") == 1


def test_queries_do_not_grow_with_page_size(client_with_token, imported_gold):
    assert_fixed_queries(client_with_token, URL, Task.objects.count())
