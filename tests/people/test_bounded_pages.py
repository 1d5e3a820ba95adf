"""Detail pages stay small however often a record is cited: the latest few inline, the rest paginated."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    ArticleFactory,
    DirectiveFactory,
    DirectiveMentionFactory,
    OfficialFactory,
    OrganizationFactory,
    ParticipantFactory,
    PositionEvidenceFactory,
    PositionFactory,
)

pytestmark = pytest.mark.django_db
LONG_TEXT = "Hội nghị giao ban công tác tổ chức xây dựng Đảng. " * 400  # 20 KB an article


def cited(times: int, tag: str = "a"):
    official = OfficialFactory(name="Mai Văn Chính")
    position = PositionFactory(official=official, organization=OrganizationFactory(name="Ban Tổ chức Trung ương"))
    directive = DirectiveFactory(code="50-KL/TW")
    for n in range(times):
        article = ArticleFactory(text=f"Đồng chí Mai Văn Chính chủ trì ({tag}{n}). {LONG_TEXT}")
        PositionEvidenceFactory(position=position, article=article)
        participant = ParticipantFactory(official=official, conference__article=article)
        DirectiveMentionFactory(directive=directive, conference=participant.conference, article=article)
    return official, directive


def measured(client, url: str) -> tuple[int, int, dict]:
    client.get(url)  # the key's first use is recorded once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(response.content), len(queries), response.json()


def test_an_official_cited_by_many_articles_has_a_small_detail_page(client_with_token):
    official, directive = cited(60)
    size, queries, body = measured(client_with_token, f"/api/v1/officials/{official.pk}/")
    assert size < 20_000
    assert body["participation_count"] == 60 and len(body["participations"]) == 5
    (position,) = body["positions"]
    assert position["evidence_count"] == 60 and len(position["evidence"]) == 3
    assert position["evidence"][0]["quote"] == "Mai Văn Chính"
    few, _ = cited(2, tag="b")
    assert measured(client_with_token, f"/api/v1/officials/{few.pk}/")[1] == queries

    size, _, body = measured(client_with_token, f"/api/v1/directives/{directive.pk}/")
    assert size < 20_000 and body["citation_count"] == 60 and len(body["mentions"]) == 5


def test_the_whole_lists_are_paginated(client_with_token):
    official, directive = cited(30)
    organization = official.positions.get().organization
    for url, total in (
        (f"/api/v1/officials/{official.pk}/participations/", 30),
        (f"/api/v1/officials/{official.pk}/holdings/", 1),
        (f"/api/v1/directives/{directive.pk}/citations/", 30),
        (f"/api/v1/organizations/{organization.pk}/members/", 1),
    ):
        page = client_with_token.get(url, {"page_size": 10}).json()
        assert page["count"] == total and len(page["results"]) == min(10, total), url
    citations = client_with_token.get(f"/api/v1/directives/{directive.pk}/citations/").json()["results"]
    assert all(len(json.dumps(c)) < 400 for c in citations)  # a quote, never the article behind it
