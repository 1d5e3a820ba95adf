"""Task endpoints: filters, curator status changes, permissions, fixed queries."""

import datetime as dt

import pytest

from tasks.models import TaskStatus
from tests.api_queries import assert_fixed_queries
from tests.factories import ConferenceFactory, DirectiveFactory, TaskFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/tasks/"


def test_curator_sets_status(client_with_token):
    task = TaskFactory()
    response = client_with_token.patch(f"{URL}{task.pk}/", {"status": "in_progress"}, format="json")
    assert response.status_code == 200
    assert response.json()["status"] == "in_progress"
    task.refresh_from_db()
    assert task.status == TaskStatus.IN_PROGRESS


def test_unknown_status_is_400(client_with_token):
    task = TaskFactory()
    response = client_with_token.patch(f"{URL}{task.pk}/", {"status": "finished-ish"}, format="json")
    assert response.status_code == 400
    assert "status" in response.json()["fields"]


def test_edits_need_a_token(anonymous_client, settings):
    settings.API_OPEN_READS = True
    task = TaskFactory()
    assert anonymous_client.get(f"{URL}{task.pk}/").status_code == 200
    assert anonymous_client.patch(f"{URL}{task.pk}/", {"status": "done"}, format="json").status_code == 401
    task.refresh_from_db()
    assert task.status == TaskStatus.OPEN


def test_filters(client_with_token):
    briefing = ConferenceFactory(kind="giao_ban", date=dt.date(2025, 3, 1))
    review = ConferenceFactory(kind="so_ket", date=dt.date(2024, 6, 1))
    briefing_tasks = TaskFactory.create_batch(2, conference=briefing)
    review_task = TaskFactory(conference=review)
    cited = DirectiveFactory(code="21-KL/TW")
    review_task.directives.add(cited)

    def ids(**params):
        return {t["id"] for t in client_with_token.get(URL, params).json()["results"]}

    assert ids() == {t.pk for t in [*briefing_tasks, review_task]}
    assert ids(conference_kind="giao_ban") == {t.pk for t in briefing_tasks}
    assert ids(directive_code="21-kl/tw") == {review_task.pk}
    assert ids(date_after="2025-01-01") == {t.pk for t in briefing_tasks}
    assert ids(conference=review.pk) == {review_task.pk}
    briefing_tasks[0].status = TaskStatus.DONE
    briefing_tasks[0].save()
    assert ids(status="done") == {briefing_tasks[0].pk}


def test_queries_do_not_grow_with_page_size(client_with_token):
    tasks = TaskFactory.create_batch(4)
    for task in tasks:
        task.directives.add(DirectiveFactory())
    assert_fixed_queries(client_with_token, URL, len(tasks))
