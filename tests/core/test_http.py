"""HTTP as clients expect: a front door, ETag and 304, gzip, CORS for configured origins, Link headers, sync filters."""

import datetime as dt
import gzip
import json

import pytest
from django.utils import timezone

from meetings.models import Conference
from tests.factories import ConferenceFactory, OfficialFactory, ParticipantFactory, TaskFactory

pytestmark = pytest.mark.django_db


def test_the_front_door_lists_the_resources_and_the_documentation(client, client_with_token):
    for url in ("/", "/api/v1/"):
        body = client_with_token.get(url).json()
        assert {"articles", "conferences", "officials", "posts", "review"} <= set(body["resources"])
        assert body["documentation"]["redoc"].endswith("/api/v1/redoc/")
    assert client_with_token.get(body["resources"]["officials"]["url"]).status_code == 200


def test_redoc_loads_nothing_from_elsewhere(client):
    page = client.get("/api/v1/redoc/").content.decode()
    assert "fonts.googleapis" not in page and "https://" not in page


def test_a_detail_fetched_again_with_its_etag_is_304(client_with_token):
    conference = ConferenceFactory()
    first = client_with_token.get(f"/api/v1/conferences/{conference.pk}/")
    etag = first["ETag"]
    again = client_with_token.get(f"/api/v1/conferences/{conference.pk}/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    Conference.objects.filter(pk=conference.pk).update(name="Hội nghị đã đổi tên")
    changed = client_with_token.get(f"/api/v1/conferences/{conference.pk}/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_answers_are_compressed_when_asked(client_with_token):
    OfficialFactory.create_batch(30)
    answer = client_with_token.get("/api/v1/officials/", HTTP_ACCEPT_ENCODING="gzip")
    assert answer["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(answer.content))["count"] == 30


def test_cors_for_configured_origins_only(client_with_token, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://dashboard.example.org"]
    allowed = client_with_token.get("/api/v1/officials/", HTTP_ORIGIN="https://dashboard.example.org")
    assert allowed["Access-Control-Allow-Origin"] == "https://dashboard.example.org"
    other = client_with_token.get("/api/v1/officials/", HTTP_ORIGIN="https://elsewhere.example.org")
    assert "Access-Control-Allow-Origin" not in other


def test_pages_link_to_the_next_and_previous(client_with_token):
    OfficialFactory.create_batch(5)
    middle = client_with_token.get("/api/v1/officials/", {"page_size": 2, "page": 2})
    assert 'rel="next"' in middle["Link"] and 'rel="prev"' in middle["Link"]
    assert middle.json()["next"] in middle["Link"]


def test_sync_returns_only_what_changed_in_order(client_with_token):
    old, recent = ConferenceFactory(), ConferenceFactory()
    Conference.objects.filter(pk=old.pk).update(updated_at=timezone.now() - dt.timedelta(days=2))
    since = (timezone.now() - dt.timedelta(days=1)).isoformat()
    changed = client_with_token.get("/api/v1/conferences/", {"updated_since": since, "ordering": "updated_at"})
    assert [c["id"] for c in changed.json()["results"]] == [recent.pk]
    window = client_with_token.get("/api/v1/conferences/", {"updated_until": since}).json()["results"]
    assert [c["id"] for c in window] == [old.pk]


def test_every_record_carries_its_own_address_and_nested_ones_theirs(client_with_token):
    task = TaskFactory()
    ParticipantFactory(conference=task.conference)
    conference = client_with_token.get(f"/api/v1/conferences/{task.conference_id}/").json()
    assert conference["url"] == f"http://testserver/api/v1/conferences/{task.conference_id}/"
    nested = [conference["tasks"][0]["url"], conference["participants"][0]["url"]]
    assert nested[0] == f"http://testserver/api/v1/tasks/{task.pk}/"
    for url in nested:
        followed = client_with_token.get(url)
        assert followed.status_code == 200 and followed.json()["url"] == url
    listed = client_with_token.get("/api/v1/tasks/").json()["results"]
    assert [row["url"] for row in listed] == [f"http://testserver/api/v1/tasks/{task.pk}/"]
