"""Exports: every list as CSV with the list's own filters, streamed; errors still in JSON."""

import csv
import datetime as dt
import io
import json

import pytest
from django.utils import timezone

from core.merging import merge
from people.models import Organization
from tests.factories import (
    ConferenceFactory,
    OfficialFactory,
    OrganizationFactory,
    ParticipantFactory,
    TaskFactory,
)

pytestmark = pytest.mark.django_db


def read_csv(response) -> list[dict]:
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8"))))


def test_a_list_exports_every_row_its_filters_select_as_csv(client_with_token):
    organizer = OrganizationFactory(name="Ban Tổ chức Tỉnh ủy Long An")
    wanted = [ConferenceFactory(kind="giao_ban", organizer=organizer) for _ in range(3)]
    ConferenceFactory(kind="so_ket")
    rows = read_csv(client_with_token.get("/api/v1/conferences/csv/", {"kind": "giao_ban", "page_size": 1}))
    assert sorted(int(r["id"]) for r in rows) == sorted(c.pk for c in wanted)
    assert {r["organizer"] for r in rows} == {"Ban Tổ chức Tỉnh ủy Long An"}
    assert {r["organizer_id"] for r in rows} == {str(organizer.pk)}


def test_csv_follows_the_lists_ordering_and_search(client_with_token):
    first, second = ConferenceFactory(name="Hội nghị giao ban quý I"), ConferenceFactory(name="Hội nghị sơ kết")
    rows = read_csv(client_with_token.get("/api/v1/conferences/csv/", {"ordering": "-id"}))
    assert [int(r["id"]) for r in rows] == [second.pk, first.pk]
    found = read_csv(client_with_token.get("/api/v1/conferences/csv/", {"q": "so ket"}))
    assert [int(r["id"]) for r in found] == [second.pk]


def test_structured_values_are_json_and_empty_ones_blank(client_with_token):
    task = TaskFactory(assignee="")
    [row] = read_csv(client_with_token.get("/api/v1/tasks/csv/"))
    assert int(row["id"]) == task.pk
    evidence = json.loads(row["evidence"])
    assert (evidence["start"], evidence["end"]) == (task.start, task.end)
    assert row["assignee"] == ""


def test_every_record_list_exports(client_with_token):
    for name in ["articles", "conferences", "participants", "officials", "organizations", "posts", "directives"]:
        response = client_with_token.get(f"/api/v1/{name}/csv/")
        assert response.status_code == 200, name
        header = b"".join(response.streaming_content).decode().splitlines()[0]
        assert header.startswith("id,"), (name, header)


def test_a_bad_filter_is_a_json_error_even_when_csv_is_asked_for(client_with_token):
    response = client_with_token.get("/api/v1/conferences/csv/", {"kind": "nonsense"}, HTTP_ACCEPT="text/csv")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"] == "invalid"


def test_an_export_needs_a_key(anonymous_client):
    response = anonymous_client.get("/api/v1/officials/csv/")
    assert response.status_code == 401
    assert response.json()["error"] == "not_authenticated"


def json_lines(response) -> list[dict]:
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/jsonl"
    return [json.loads(line) for line in b"".join(response.streaming_content).decode().splitlines()]


def test_the_bulk_export_writes_every_record_once_bodies_first(client_with_token):
    task = TaskFactory()
    conference = task.conference
    lines = json_lines(client_with_token.get("/api/v1/export/"))
    kinds = [line["type"] for line in lines]
    assert kinds.index("organization") < kinds.index("conference") < kinds.index("task")
    assert [line["record"]["id"] for line in lines if line["type"] == "task"] == [task.pk]
    assert [line["record"]["id"] for line in lines if line["type"] == "conference"] == [conference.pk]
    assert all("text" not in line["record"] for line in lines if line["type"] == "article")


def test_the_bulk_export_takes_kinds_and_a_time(client_with_token):
    old = OrganizationFactory(name="Tỉnh ủy Bến Tre")
    Organization.objects.filter(pk=old.pk).update(updated_at=timezone.now() - dt.timedelta(days=2))
    new = OrganizationFactory(name="Tỉnh ủy Trà Vinh")
    OfficialFactory(name="Trần Văn E")
    since = (timezone.now() - dt.timedelta(days=1)).isoformat()
    lines = json_lines(client_with_token.get("/api/v1/export/", {"types": "organization", "updated_since": since}))
    assert [(line["type"], line["record"]["id"]) for line in lines] == [("organization", new.pk)]


@pytest.mark.parametrize("types", ["", "official,,task"])
def test_the_bulk_export_refuses_an_empty_kind(client_with_token, types):
    response = client_with_token.get("/api/v1/export/", {"types": types})
    assert response.status_code == 400
    assert "(empty)" in response.json()["fields"]["types"][0]


def test_the_bulk_export_refuses_an_unknown_kind(client_with_token):
    response = client_with_token.get(
        "/api/v1/export/", {"types": "organization,person"}, HTTP_ACCEPT="application/jsonl"
    )
    assert response.status_code == 400
    assert "person" in response.json()["fields"]["types"][0]


def test_a_sync_export_holds_merged_records_as_tombstones_and_every_participant(client_with_token):
    loser, survivor = OfficialFactory(name="Nguyễn Văn Aa"), OfficialFactory(name="Nguyễn Văn A")
    merge(loser, survivor)
    participant = ParticipantFactory(official=survivor)
    since = (timezone.now() - dt.timedelta(minutes=5)).isoformat()
    lines = json_lines(client_with_token.get("/api/v1/export/", {"updated_since": since}))
    officials = {line["record"]["id"]: line["record"] for line in lines if line["type"] == "official"}
    assert officials[loser.pk]["deleted"] is True
    assert officials[loser.pk]["merged_into"] == survivor.pk
    assert [line["record"]["id"] for line in lines if line["type"] == "participant"] == [participant.pk]


@pytest.mark.parametrize("since", ["", "yesterday", "2026-13-01T00:00:00Z"])
def test_the_bulk_export_refuses_a_time_it_cannot_read(client_with_token, since):
    response = client_with_token.get("/api/v1/export/", {"updated_since": since})
    assert response.status_code == 400
    assert "updated_since" in response.json()["fields"]
