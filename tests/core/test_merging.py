"""Merging two records into one, with redirects and an undo that puts everything back."""

import pytest
from django.urls import reverse

from meetings.models import DirectiveMention, Participant
from people.models import Official, Position, PositionEvidence
from people.services import resolve_official
from tests.factories import (
    ArticleFactory,
    ConferenceFactory,
    DirectiveFactory,
    DirectiveMentionFactory,
    OfficialFactory,
    OrganizationFactory,
    ParticipantFactory,
    PositionEvidenceFactory,
    PositionFactory,
    TaskFactory,
)

pytestmark = pytest.mark.django_db


def twins():
    """Two records of one person: a shared post (same article twice), and a conference each."""
    a = OfficialFactory(name="Mai Văn Chính")
    b = OfficialFactory(name="Mai Văn Chinh", other_names=["Mai V. Chính"])
    article = ArticleFactory(text="Đồng chí Mai Văn Chính, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương.")
    org = OrganizationFactory(name="Ban Tổ chức Trung ương")
    post_a = PositionFactory(official=a, title="Phó Trưởng ban", organization=org)
    post_b = PositionFactory(official=b, title="Phó Trưởng ban", organization=org)
    PositionEvidenceFactory(position=post_a, article=article)
    PositionEvidenceFactory(position=post_b, article=article)  # the same evidence, twice
    PositionEvidenceFactory(position=post_b)  # evidence only b has
    ParticipantFactory(official=a, role="chair")
    b_part = ParticipantFactory(official=b, role="speaker")
    return a, b, b_part


def test_merging_an_official_moves_everything_and_redirects(client_with_token):
    a, b, b_part = twins()
    answer = client_with_token.post(f"/api/v1/officials/{b.pk}/merge/", {"into": a.pk}, format="json")
    assert answer.status_code == 200, answer.json()
    assert answer.json()["aliases"] == ["Mai Văn Chinh", "Mai V. Chính"]

    moved = client_with_token.get(f"/api/v1/officials/{b.pk}/")
    assert moved.status_code == 301
    assert moved["Location"].endswith(f"/api/v1/officials/{a.pk}/")
    body = client_with_token.get(f"/api/v1/officials/{a.pk}/").json()
    assert {"Mai Văn Chinh", "Mai V. Chính"} <= set(body["other_names"])
    assert b_part.conference_id in {p["conference"] for p in body["participations"]}
    (post,) = body["positions"]
    assert len(post["evidence"]) == 2  # the shared one once, b's own one moved
    assert not Position.objects.filter(official=b).exists()
    ids = [o["id"] for o in client_with_token.get("/api/v1/officials/").json()["results"]]
    assert b.pk not in ids and a.pk in ids
    assert resolve_official("Mai Văn Chinh") == a  # the merged name resolves to the survivor


def test_unmerge_puts_everything_back(client_with_token):
    a, b, _ = twins()
    before = {
        "positions": sorted(Position.objects.values_list("pk", "official_id")),
        "evidence": sorted(PositionEvidence.objects.values_list("pk", "position_id", "article_id")),
        "participants": sorted(Participant.objects.values_list("pk", "official_id")),
    }
    merge_id = client_with_token.post(f"/api/v1/officials/{b.pk}/merge/", {"into": a.pk}, format="json").json()["id"]
    undone = client_with_token.post(f"/api/v1/merges/{merge_id}/unmerge/")
    assert undone.status_code == 200 and undone.json()["undone_at"]
    after = {
        "positions": sorted(Position.objects.values_list("pk", "official_id")),
        "evidence": sorted(PositionEvidence.objects.values_list("pk", "position_id", "article_id")),
        "participants": sorted(Participant.objects.values_list("pk", "official_id")),
    }
    assert after == before
    assert client_with_token.get(f"/api/v1/officials/{b.pk}/").status_code == 200
    assert Official.objects.get(pk=a.pk).other_names == []


def test_merging_organisations_and_directives(client_with_token):
    short, full = OrganizationFactory(name="BTCTW"), OrganizationFactory(name="Ban Tổ chức Trung ương")
    conference = ConferenceFactory(organizer=short)
    assert (
        client_with_token.post(f"/api/v1/organizations/{short.pk}/merge/", {"into": full.pk}, format="json").status_code
        == 200
    )
    conference.refresh_from_db()
    assert conference.organizer == full

    old, new = DirectiveFactory(code="50-KL/TW"), DirectiveFactory(code="50-KL/TW")
    mention = DirectiveMentionFactory(directive=old)
    DirectiveMentionFactory(directive=new, article=mention.article, conference=mention.conference, start=mention.start)
    task = TaskFactory()
    task.directives.add(old)
    assert (
        client_with_token.post(f"/api/v1/directives/{old.pk}/merge/", {"into": new.pk}, format="json").status_code
        == 200
    )
    assert DirectiveMention.objects.filter(directive=new).count() == 1  # the duplicate citation was removed
    assert list(task.directives.all()) == [new]


def test_a_merge_is_refused_when_it_cannot_be_one(client_with_token):
    a, b = OfficialFactory(), OfficialFactory()
    assert client_with_token.post(f"/api/v1/officials/{a.pk}/merge/", {"into": a.pk}, format="json").status_code == 409
    assert (
        client_with_token.post(f"/api/v1/officials/{a.pk}/merge/", {"into": 999999}, format="json").status_code == 404
    )
    client_with_token.post(f"/api/v1/officials/{b.pk}/merge/", {"into": a.pk}, format="json")
    assert client_with_token.post(f"/api/v1/officials/{a.pk}/merge/", {"into": b.pk}, format="json").status_code == 409


def test_the_admin_merges_and_redirects(admin_client):
    a, b, _ = twins()
    changelist = reverse("admin:people_official_changelist")
    admin_client.post(changelist, {"action": "merge_into_oldest", "_selected_action": [a.pk, b.pk]})
    b.refresh_from_db()
    assert b.merged_into == a
    moved = admin_client.get(reverse("admin:people_official_change", args=[b.pk]))
    assert moved.status_code == 301 and moved["Location"] == reverse("admin:people_official_change", args=[a.pk])


def test_a_merged_official_is_a_tombstone_in_a_sync(client_with_token):
    import datetime as dt

    from django.utils import timezone

    a, b = OfficialFactory(), OfficialFactory()
    since = (timezone.now() - dt.timedelta(minutes=1)).isoformat()
    client_with_token.post(f"/api/v1/officials/{b.pk}/merge/", {"into": a.pk}, format="json")
    synced = client_with_token.get("/api/v1/officials/", {"updated_since": since, "ordering": "updated_at"}).json()
    rows = {r["id"]: r for r in synced["results"]}
    assert (rows[b.pk]["deleted"], rows[b.pk]["merged_into"]) == (True, a.pk)
    assert (rows[a.pk]["deleted"], rows[a.pk]["merged_into"]) == (False, None)
    listed = [r["id"] for r in client_with_token.get("/api/v1/officials/").json()["results"]]
    assert b.pk not in listed


def test_what_a_curator_set_on_a_duplicate_row_stays_on_the_one_it_is_merged_into(client_with_token):
    a, b, _ = twins()
    Position.objects.filter(official=b).update(locked_fields=["title"])
    answer = client_with_token.post(f"/api/v1/officials/{b.pk}/merge/", {"into": a.pk}, format="json")
    assert answer.status_code == 200, answer.json()
    (kept,) = Position.objects.filter(official=a)
    assert kept.locked_fields == ["title"]
