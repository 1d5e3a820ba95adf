"""The register as Popolo JSON: one person per official, memberships linked to posts and organisations."""

import json

import pytest

from core.merging import merge
from tests.factories import OfficialFactory, OrganizationFactory, PositionFactory

pytestmark = pytest.mark.django_db


def popolo(client) -> dict:
    response = client.get("/api/v1/export/popolo/")
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json"
    return json.loads(b"".join(response.streaming_content))


def test_officials_bodies_posts_and_positions_become_popolo(client_with_token):
    parent = OrganizationFactory(name="Tỉnh ủy Long An")
    body = OrganizationFactory(name="Ban Tổ chức Tỉnh ủy Long An", parent=parent)
    position = PositionFactory(organization=body, title="Trưởng ban", text="Trưởng Ban Tổ chức Tỉnh ủy Long An")
    document = popolo(client_with_token)
    person_id = f"person/{position.official_id}"
    assert [p["id"] for p in document["persons"]] == [person_id]
    organizations = {o["id"]: o for o in document["organizations"]}
    assert organizations[f"organization/{body.pk}"]["parent_id"] == f"organization/{parent.pk}"
    [membership] = document["memberships"]
    assert membership["person_id"] == person_id
    assert membership["organization_id"] == f"organization/{body.pk}"
    assert (membership["role"], membership["label"]) == ("Trưởng ban", "Trưởng Ban Tổ chức Tỉnh ủy Long An")
    assert membership["post_id"] in {f"post/{p['id'].split('/')[1]}" for p in document["posts"]} | {None}


def test_a_merged_official_is_the_survivors_other_name(client_with_token):
    loser, survivor = OfficialFactory(name="Nguyễn Văn Aa"), OfficialFactory(name="Nguyễn Văn A")
    merge(loser, survivor)
    persons = popolo(client_with_token)["persons"]
    assert [(p["id"], p["other_names"]) for p in persons] == [(f"person/{survivor.pk}", [{"name": "Nguyễn Văn Aa"}])]


def test_the_popolo_export_needs_a_key(anonymous_client):
    assert anonymous_client.get("/api/v1/export/popolo/").status_code == 401
