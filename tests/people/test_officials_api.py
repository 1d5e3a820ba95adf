"""Official endpoints: positions with evidence, participations, filters, fixed queries."""

import pytest

from tests.api_queries import assert_fixed_queries, query_count
from tests.factories import (
    ArticleFactory,
    OfficialFactory,
    OrganizationFactory,
    ParticipantFactory,
    PositionEvidenceFactory,
    PositionFactory,
)

pytestmark = pytest.mark.django_db
URL = "/api/v1/officials/"


def official_seen_in_two_articles():
    official = OfficialFactory(name="Nguyễn Công Bằng")
    position = PositionFactory(
        official=official, title="Chánh Văn phòng", organization=OrganizationFactory(name="Ban Tổ chức Trung ương")
    )
    for n in range(2):
        article = ArticleFactory(text=f"Bài {n}. Đồng chí Nguyễn Công Bằng, Chánh Văn phòng Ban Tổ chức Trung ương.")
        PositionEvidenceFactory(position=position, article=article)
    ParticipantFactory(official=official, role="reporter")
    return official


def test_detail_shows_positions_with_evidence_and_conferences(client_with_token):
    official = official_seen_in_two_articles()
    body = client_with_token.get(f"{URL}{official.pk}/").json()
    assert [p["text"] for p in body["positions"]] == ["Chánh Văn phòng Ban Tổ chức Trung ương"]
    evidence = body["positions"][0]["evidence"]
    assert {e["quote"] for e in evidence} == {"Nguyễn Công Bằng"}
    assert len({e["article"] for e in evidence}) == 2
    assert [p["role"] for p in body["participations"]] == ["reporter"]


def test_filters_by_name_position_and_conference(client_with_token):
    chinh = OfficialFactory(name="Phạm Minh Chính")
    hung = OfficialFactory(name="Lê Minh Hưng")
    long = OfficialFactory(name="Lê Thành Long")
    PositionFactory(official=long, title="Bộ trưởng", organization=OrganizationFactory(name="Bộ Tư pháp"))
    conference = ParticipantFactory(official=chinh, role="chair").conference

    def ids(**params):
        return {o["id"] for o in client_with_token.get(URL, params).json()["results"]}

    assert ids(name="minh") == {chinh.pk, hung.pk}
    assert ids(position="bộ tư pháp") == {long.pk}
    assert ids(conference=conference.pk) == {chinh.pk}


def test_queries_do_not_grow_with_page_size(client_with_token):
    for _ in range(4):
        PositionFactory.create_batch(2, official=OfficialFactory())
    assert_fixed_queries(client_with_token, URL, 4)


def test_detail_queries_do_not_grow_with_evidence(client_with_token):
    few = PositionEvidenceFactory().position.official
    many = official_seen_in_two_articles()
    PositionFactory(official=many)
    assert query_count(client_with_token, f"{URL}{few.pk}/") == query_count(client_with_token, f"{URL}{many.pk}/")
