"""Curated data is kept: a re-parse never moves or overwrites what a curator set, and says what it kept."""

import dataclasses

import pytest

import documents.services.parsing as parsing
from documents.models import Article, ArticleStatus
from meetings.models import Conference, Participant
from tasks.models import Task, TaskStatus

pytestmark = pytest.mark.django_db
SEED = "000_0d163578645c4766.txt"


@pytest.fixture
def seed(client_with_token, shared_dir, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_with_token.post(
            "/api/v1/articles/?published=2023-04-04",
            (shared_dir / "seeds" / SEED).read_bytes(),
            content_type="text/plain; charset=utf-8",
        )
    assert response.status_code == 202
    article = Article.objects.get(pk=response.json()["id"])
    assert article.status == ArticleStatus.PARSED
    return article


def reparse(client, article, django_capture_on_commit_callbacks) -> Article:
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(f"/api/v1/articles/{article.pk}/reparse/").status_code == 202
    article.refresh_from_db()
    assert article.status == ArticleStatus.PARSED, article.error
    return article


def test_a_curated_task_and_conference_name_survive_a_reparse(
    seed, client_with_token, django_capture_on_commit_callbacks
):
    task = Task.objects.filter(article=seed).order_by("sequence").first()
    done = {"status": "done", "assignee": "Vụ Tổ chức - Cán bộ", "due": "quý III/2023"}
    assert client_with_token.patch(f"/api/v1/tasks/{task.pk}/", done, format="json").status_code == 200
    conference = Conference.objects.get(article=seed)
    renamed = {"name": "Hội nghị giao ban công tác tổ chức xây dựng Đảng quý I/2023"}
    answer = client_with_token.patch(f"/api/v1/conferences/{conference.pk}/", renamed, format="json")
    assert answer.status_code == 200 and answer.json()["curated_fields"] == ["name"]

    article = reparse(client_with_token, seed, django_capture_on_commit_callbacks)
    task.refresh_from_db()
    assert (task.status, task.assignee, task.due) == ("done", done["assignee"], done["due"])
    assert Conference.objects.get(article=seed).name == renamed["name"]
    assert article.import_summary["tasks"]["kept_curated"] >= 1
    assert article.import_summary["conference"]["kept_curated"] == 1


def dropping_the_first_task(real_extraction_for):
    """A parser that no longer finds the article's first task (as a parser upgrade might)."""

    def extraction_for(article):
        extraction = real_extraction_for(article)
        return dataclasses.replace(extraction, tasks=extraction.tasks[1:])

    return extraction_for


def test_a_reparse_that_drops_a_task_leaves_curation_on_the_right_task(
    seed, client_with_token, monkeypatch, django_capture_on_commit_callbacks
):
    first, second, *rest = Task.objects.filter(article=seed).order_by("sequence")
    for task, status in ((first, "dropped"), (second, "done")):
        changes = {"status": status, "assignee": f"cho {task.pk}", "due": f"hạn {task.pk}"}
        assert client_with_token.patch(f"/api/v1/tasks/{task.pk}/", changes, format="json").status_code == 200
    untouched_text = rest[0].text if rest else None

    monkeypatch.setattr(parsing, "extraction_for", dropping_the_first_task(parsing.extraction_for))
    reparse(client_with_token, seed, django_capture_on_commit_callbacks)

    first.refresh_from_db()
    second.refresh_from_db()
    assert (second.status, second.assignee, second.due) == ("done", f"cho {second.pk}", f"hạn {second.pk}")
    assert second.sequence == 1 and not second.not_in_latest_parse
    assert first.not_in_latest_parse and first.status == "dropped"  # curated, so kept, and marked
    if untouched_text:
        rest[0].refresh_from_db()
        assert rest[0].status == TaskStatus.OPEN and rest[0].text == untouched_text


def test_an_uncurated_record_the_parse_no_longer_finds_is_removed(
    seed, client_with_token, monkeypatch, django_capture_on_commit_callbacks
):
    first = Task.objects.filter(article=seed).order_by("sequence").first()
    monkeypatch.setattr(parsing, "extraction_for", dropping_the_first_task(parsing.extraction_for))
    article = reparse(client_with_token, seed, django_capture_on_commit_callbacks)
    assert not Task.objects.filter(pk=first.pk).exists()
    assert article.import_summary["tasks"]["removed"] == 1


def test_a_record_the_parse_removes_is_listed_as_a_tombstone(
    seed, client_with_token, monkeypatch, django_capture_on_commit_callbacks
):
    before = client_with_token.get("/api/v1/tasks/").json()["results"][0]["updated_at"]
    first = Task.objects.filter(article=seed).order_by("sequence").first()
    monkeypatch.setattr(parsing, "extraction_for", dropping_the_first_task(parsing.extraction_for))
    reparse(client_with_token, seed, django_capture_on_commit_callbacks)
    gone = client_with_token.get("/api/v1/tombstones/", {"updated_since": before, "type": "task"}).json()["results"]
    assert [(t["type"], t["id"], t["deleted"], t["merged_into"]) for t in gone] == [("task", first.pk, True, None)]


def test_a_curated_conference_outlives_a_parse_that_finds_none(
    seed, client_with_token, monkeypatch, django_capture_on_commit_callbacks
):
    conference = Conference.objects.get(article=seed)
    chair = Participant.objects.filter(conference=conference, role="chair").first()
    held = set(
        Participant.objects.filter(conference=conference, official=chair.official).values_list("role", flat=True)
    )
    free_role = next(r for r in ("attendee", "mentioned", "reporter", "speaker") if r not in held)
    moved = client_with_token.patch(f"/api/v1/participants/{chair.pk}/", {"role": free_role}, format="json")
    assert moved.status_code == 200, moved.json()
    task = Task.objects.filter(article=seed).first()
    client_with_token.patch(f"/api/v1/tasks/{task.pk}/", {"status": "in_progress"}, format="json")

    def no_meeting(article):
        return dataclasses.replace(real(article), conference=None, tasks=[])

    real = parsing.extraction_for
    monkeypatch.setattr(parsing, "extraction_for", no_meeting)
    reparse(client_with_token, seed, django_capture_on_commit_callbacks)
    conference.refresh_from_db()
    task.refresh_from_db()
    assert conference.not_in_latest_parse
    assert (task.status, task.not_in_latest_parse) == ("in_progress", True)


def test_a_curated_directive_keeps_its_values(seed, client_with_token, django_capture_on_commit_callbacks):
    from documents.models import Directive

    directive = Directive.objects.filter(mentions__article=seed).exclude(title="").first()
    fixed = {"title": "tên đã sửa", "term": "XIII"}
    answer = client_with_token.patch(f"/api/v1/directives/{directive.pk}/", fixed, format="json")
    assert answer.status_code == 200 and set(answer.json()["curated_fields"]) == {"title", "term"}
    reparse(client_with_token, seed, django_capture_on_commit_callbacks)
    directive.refresh_from_db()
    assert (directive.title, directive.term) == ("tên đã sửa", "XIII")


def test_history_says_who_changed_what(seed, client_with_token):
    task = Task.objects.filter(article=seed).first()
    client_with_token.patch(f"/api/v1/tasks/{task.pk}/", {"status": "done"}, format="json")
    entries = client_with_token.get(f"/api/v1/tasks/{task.pk}/history/").json()["results"]
    latest = entries[0]
    assert latest["type"] == "~" and latest["reason"] == "API key test client"
    assert {"field": "status", "old": "open", "new": "done"} in latest["changes"]
    assert entries[-1]["type"] == "+"


def test_a_name_another_body_has_is_refused_but_namesakes_may_share_one(client_with_token):
    from tests.factories import OfficialFactory, OrganizationFactory

    OrganizationFactory(name="Tỉnh ủy Long An")
    other = OrganizationFactory(name="Tỉnh ủy Lon An")
    answer = client_with_token.patch(f"/api/v1/organizations/{other.pk}/", {"name": "tỉnh ủy long an"}, format="json")
    assert answer.status_code == 400 and "merge" in str(answer.json()["fields"])
    one, two = OfficialFactory(name="Nguyễn Văn An"), OfficialFactory(name="Trần Văn Bình")
    answer = client_with_token.patch(f"/api/v1/officials/{two.pk}/", {"name": "Nguyễn Văn An"}, format="json")
    assert answer.status_code == 200 and answer.json()["curated_fields"] == ["name"]
    assert one.pk != two.pk


def test_curation_needs_the_curate_scope(seed):
    from rest_framework.test import APIClient

    from core.keys import ApiKey

    _, key = ApiKey.issue("reader", ["read", "upload"])
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    conference = Conference.objects.get(article=seed)
    assert client.patch(f"/api/v1/conferences/{conference.pk}/", {"name": "x"}, format="json").status_code == 403
