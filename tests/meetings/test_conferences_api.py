"""Conference endpoints: nesting, filters, ordering and a fixed number of queries."""

import pytest

from meetings.models import Conference
from tests.api_queries import assert_fixed_queries, query_count

pytestmark = pytest.mark.django_db
URL = "/api/v1/conferences/"


def test_detail_nests_participants_directives_and_tasks(client_with_token, imported_gold):
    conference = Conference.objects.get(name__startswith="Hội nghị giao ban trực tuyến")
    body = client_with_token.get(f"{URL}{conference.pk}/").json()
    assert body["kind"] == "giao_ban" and body["date"] == "2023-04-03"
    assert {p["name"] for p in body["participants"]} >= {"Mai Văn Chính", "Nguyễn Công Bằng"}
    chair = next(p for p in body["participants"] if p["role"] == "chair")
    assert chair["evidence"]["quote"] == "Mai Văn Chính"
    assert {d["code"] for d in body["directives"]} >= {"50-KL/TW", "18-NQ/TW"}
    assert len(body["tasks"]) == 3
    assert body["evidence"]["quote"]


def test_list_filters(client_with_token, imported_gold):
    def names(**params):
        return {c["name"] for c in client_with_token.get(URL, params).json()["results"]}

    assert all("giao ban" in n for n in names(kind="giao_ban"))
    assert len(names(kind="giao_ban")) == 2
    assert names(date_after="2023-01-01", date_before="2023-12-31") == {
        "Hội nghị giao ban trực tuyến đánh giá kết quả công tác tổ chức xây dựng Đảng quý I; "
        "triển khai nhiệm vụ công tác quý II năm 2023"
    }
    assert len(names(directive_code="27-hd/btctw")) == 2
    assert len(names(organizer_name="Long An")) == 1
    from people.models import Official

    chinh = Official.objects.get(name="Phạm Minh Chính")
    assert names(official=chinh.pk) == {"Phiên họp thứ hai của Ban Chỉ đạo"}
    assert client_with_token.get(URL, {"date_after": "not-a-date"}).status_code == 400


def test_list_order_is_stable_and_orderable(client_with_token, imported_gold):
    dates = [c["date"] for c in client_with_token.get(URL).json()["results"]]
    known = [d for d in dates if d]
    assert dates == known + [None] * (len(dates) - len(known)), "undated conferences come last"
    assert known == sorted(known, reverse=True)
    ascending = [c["date"] for c in client_with_token.get(URL, {"ordering": "date"}).json()["results"]]
    assert [d for d in ascending if d] == sorted(known)
    by_id = [c["id"] for c in client_with_token.get(URL, {"ordering": "id"}).json()["results"]]
    assert by_id == sorted(by_id)


def test_queries_do_not_grow_with_page_size(client_with_token, imported_gold):
    total = Conference.objects.count()
    assert_fixed_queries(client_with_token, URL, total)


def test_detail_queries_are_fixed(client_with_token, imported_gold):
    counts = {query_count(client_with_token, f"{URL}{c.pk}/") for c in Conference.objects.all()}
    assert len(counts) == 1


def test_missing_conference_is_404_json(client_with_token):
    response = client_with_token.get(f"{URL}12345/")
    assert response.status_code == 404
    assert response.json() == {"error": "not_found", "detail": "Not found."}
