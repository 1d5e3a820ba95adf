"""Conference endpoints: nesting, filters, ordering and a fixed number of queries."""

import datetime as dt

import pytest

from tests.api_queries import assert_fixed_queries, query_count
from tests.factories import (
    ArticleFactory,
    ConferenceFactory,
    DirectiveFactory,
    DirectiveMentionFactory,
    OfficialFactory,
    OrganizationFactory,
    ParticipantFactory,
    TaskFactory,
)

pytestmark = pytest.mark.django_db
URL = "/api/v1/conferences/"
TEXT = (
    "Ngày 03/4, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban. Đồng chí Mai Văn Chính chủ trì. "
    "Hội nghị quán triệt Kết luận số 50-KL/TW của Bộ Chính trị."
)


def conference_with_everything(**fields):
    article = ArticleFactory(text=TEXT)
    conference = ConferenceFactory(article=article, date=dt.date(2023, 4, 3), **fields)
    chair = OfficialFactory(name="Mai Văn Chính")
    ParticipantFactory(conference=conference, official=chair, role="chair")
    ParticipantFactory(conference=conference, role="speaker")
    DirectiveMentionFactory(conference=conference, directive=DirectiveFactory(code="50-KL/TW", number="50"))
    TaskFactory.create_batch(3, conference=conference)
    return conference


def test_detail_nests_participants_directives_and_tasks(client_with_token):
    conference = conference_with_everything()
    body = client_with_token.get(f"{URL}{conference.pk}/").json()
    assert body["kind"] == "giao_ban" and body["date"] == "2023-04-03"
    chair = next(p for p in body["participants"] if p["role"] == "chair")
    assert chair["name"] == "Mai Văn Chính"
    assert chair["evidence"]["quote"] == "Mai Văn Chính"
    assert len(body["participants"]) == 2
    assert [d["code"] for d in body["directives"]] == ["50-KL/TW"]
    assert len(body["tasks"]) == 3
    assert body["evidence"]["quote"] == "Hội nghị"


def test_list_filters(client_with_token):
    briefing = ConferenceFactory(kind="giao_ban", date=dt.date(2023, 4, 3))
    review = ConferenceFactory(
        kind="so_ket", date=dt.date(2024, 5, 1), organizer=OrganizationFactory(name="Ban Tổ chức Tỉnh ủy Long An")
    )
    DirectiveMentionFactory(conference=review, directive=DirectiveFactory(code="27-HD/BTCTW"))
    speaker = ParticipantFactory(conference=review).official

    def ids(**params):
        return {c["id"] for c in client_with_token.get(URL, params).json()["results"]}

    assert ids(kind="giao_ban") == {briefing.pk}
    assert ids(date_after="2023-01-01", date_before="2023-12-31") == {briefing.pk}
    assert ids(directive_code="27-hd/btctw") == {review.pk}
    assert ids(organizer_name="long an") == {review.pk}
    assert ids(official=speaker.pk) == {review.pk}
    assert client_with_token.get(URL, {"date_after": "not-a-date"}).status_code == 400


def test_list_order_is_stable_and_orderable(client_with_token):
    for date in (dt.date(2023, 1, 1), None, dt.date(2024, 1, 1), dt.date(2022, 1, 1), None):
        ConferenceFactory(date=date)
    dates = [c["date"] for c in client_with_token.get(URL).json()["results"]]
    assert dates == ["2024-01-01", "2023-01-01", "2022-01-01", None, None], "newest first, undated last"
    ascending = [c["date"] for c in client_with_token.get(URL, {"ordering": "date"}).json()["results"]]
    assert [d for d in ascending if d] == ["2022-01-01", "2023-01-01", "2024-01-01"]
    by_id = [c["id"] for c in client_with_token.get(URL, {"ordering": "id"}).json()["results"]]
    assert by_id == sorted(by_id)


def test_queries_do_not_grow_with_page_size(client_with_token):
    ConferenceFactory.create_batch(4)
    assert_fixed_queries(client_with_token, URL, 4)


def test_detail_queries_do_not_grow_with_what_a_conference_holds(client_with_token):
    small = ConferenceFactory()
    ParticipantFactory(conference=small)
    DirectiveMentionFactory(conference=small)
    TaskFactory(conference=small).directives.add(DirectiveFactory())
    large = conference_with_everything()
    for task in large.tasks.all():
        task.directives.add(*DirectiveFactory.create_batch(2))
    assert query_count(client_with_token, f"{URL}{small.pk}/") == query_count(client_with_token, f"{URL}{large.pk}/")


def test_missing_conference_is_404_json(client_with_token):
    response = client_with_token.get(f"{URL}12345/")
    assert response.status_code == 404
    assert response.json() == {"error": "not_found", "detail": "Not found."}
