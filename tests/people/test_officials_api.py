"""Official endpoints: one record per person, positions with evidence, filters, fixed queries."""

import pytest

from people.models import Official
from tests.api_queries import assert_fixed_queries, query_count

pytestmark = pytest.mark.django_db
URL = "/api/v1/officials/"


def test_detail_shows_positions_with_evidence_and_conferences(client_with_token, imported_gold):
    official = Official.objects.get(name="Nguyễn Công Bằng")
    body = client_with_token.get(f"{URL}{official.pk}/").json()
    texts = {p["text"] for p in body["positions"]}
    assert "Chánh Văn phòng Ban Tổ chức Trung ương" in texts
    evidence = [e for p in body["positions"] for e in p["evidence"]]
    assert {e["quote"].casefold() for e in evidence} == {"nguyễn công bằng"}
    assert len({e["article"] for e in evidence}) == 2
    assert {p["role"] for p in body["participations"]} >= {"reporter"}


def test_filters_by_name_position_and_conference(client_with_token, imported_gold):
    def names(**params):
        return {o["name"] for o in client_with_token.get(URL, params).json()["results"]}

    assert names(name="minh") >= {"Lê Minh Hưng", "Phạm Minh Chính"}
    assert "Lê Thành Long" in names(position="Bộ Tư pháp")
    from meetings.models import Conference

    conference = Conference.objects.get(name="Phiên họp thứ hai của Ban Chỉ đạo")
    assert names(conference=conference.pk) == {"Phạm Minh Chính"}


def test_queries_do_not_grow_with_page_size(client_with_token, imported_gold):
    assert_fixed_queries(client_with_token, URL, Official.objects.count())


def test_detail_queries_are_fixed(client_with_token, imported_gold):
    counts = {query_count(client_with_token, f"{URL}{o.pk}/") for o in Official.objects.all()[:6]}
    assert len(counts) == 1
