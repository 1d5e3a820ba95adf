"""Tombstones: a deleted or merged record is listed for clients that keep a copy; an unmerge takes it back."""

import datetime as dt
import json

import pytest
from django.utils import timezone

from core.merging import merge, unmerge
from tests.factories import OfficialFactory, TaskFactory

pytestmark = pytest.mark.django_db


def tombstones(client, **params) -> list[tuple]:
    response = client.get("/api/v1/tombstones/", params)
    assert response.status_code == 200, response.content
    return [(t["type"], t["id"], t["merged_into"]) for t in response.json()["results"]]


def test_a_deleted_record_leaves_a_tombstone(client_with_token):
    task = TaskFactory()
    task_id, conference_id = task.pk, task.conference_id
    task.delete()
    assert tombstones(client_with_token) == [("task", task_id, None)]
    task.conference.delete()
    assert ("conference", conference_id, None) in tombstones(client_with_token, type="conference")


def test_a_merge_leaves_a_tombstone_naming_the_survivor_and_an_unmerge_takes_it_back(client_with_token):
    loser, survivor = OfficialFactory(name="Nguyễn Văn Aa"), OfficialFactory(name="Nguyễn Văn A")
    record = merge(loser, survivor)
    assert tombstones(client_with_token) == [("official", loser.pk, survivor.pk)]
    unmerge(record)
    assert tombstones(client_with_token) == []


def test_tombstones_are_listed_from_a_time_on(client_with_token):
    old, new = TaskFactory(), TaskFactory()
    old_id, new_id = old.pk, new.pk
    old.delete()
    since = timezone.now()
    new.delete()
    assert tombstones(client_with_token, updated_since=since.isoformat()) == [("task", new_id, None)]
    until = (since - dt.timedelta(microseconds=1)).isoformat()
    assert tombstones(client_with_token, updated_until=until) == [("task", old_id, None)]


def test_a_sync_export_ends_with_the_tombstones(client_with_token):
    task = TaskFactory()
    since = timezone.now().isoformat()
    task_id = task.pk
    task.delete()
    response = client_with_token.get("/api/v1/export/", {"updated_since": since})
    lines = [json.loads(line) for line in b"".join(response.streaming_content).decode().splitlines()]
    last = lines[-1]
    assert last["type"] == "tombstone"
    assert (last["record"]["type"], last["record"]["id"], last["record"]["deleted"]) == ("task", task_id, True)


def test_rejects_an_unknown_kind(client_with_token):
    response = client_with_token.get("/api/v1/tombstones/", {"type": "person"})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid"
