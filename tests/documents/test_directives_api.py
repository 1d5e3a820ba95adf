"""Directive endpoints: the conferences that cited a directive, filters, fixed queries."""

import datetime as dt

import pytest

from tests.api_queries import assert_fixed_queries, query_count
from tests.factories import ArticleFactory, ConferenceFactory, DirectiveFactory, DirectiveMentionFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/directives/"


def cited_at(directive, conferences: int) -> None:
    for n in range(conferences):
        article = ArticleFactory(text=f"Bài {n}. Hội nghị quán triệt Hướng dẫn số {directive.code}.")
        DirectiveMentionFactory(directive=directive, conference=ConferenceFactory(article=article))


def test_detail_lists_the_conferences_that_cited_it(client_with_token):
    directive = DirectiveFactory(
        kind="huong_dan", number="27", code="27-HD/BTCTW", issued_by_name="Ban Tổ chức Trung ương"
    )
    cited_at(directive, 2)
    body = client_with_token.get(f"{URL}{directive.pk}/").json()
    assert (body["kind"], body["issued_by"]) == ("huong_dan", "Ban Tổ chức Trung ương")
    assert len(body["conferences"]) == 2
    assert [m["quote"] for m in body["mentions"]] == ["27-HD/BTCTW", "27-HD/BTCTW"]


def test_filters_by_kind_code_issuer_and_date(client_with_token):
    rule = DirectiveFactory(
        kind="quy_dinh", code="145-QĐ/TW", issue_date=dt.date(2024, 5, 20), issued_by_name="Ban Bí thư"
    )
    conclusion = DirectiveFactory(kind="ket_luan", code="50-KL/TW", issue_date=dt.date(2023, 2, 28))
    old = DirectiveFactory(kind="nghi_quyet", code="35-NQ/TW", term="XII", issue_date=dt.date(2019, 10, 22))

    def ids(**params):
        return {d["id"] for d in client_with_token.get(URL, params).json()["results"]}

    assert ids(kind="quy_dinh") == {rule.pk}
    assert ids(code="50-kl/tw") == {conclusion.pk}
    assert ids(issued_after="2024-05-01", issued_before="2024-05-31", issued_by_name="ban bí thư") == {rule.pk}
    assert ids(term="xii") == {old.pk}


def test_queries_do_not_grow_with_page_size(client_with_token):
    DirectiveFactory.create_batch(4)
    assert_fixed_queries(client_with_token, URL, 4)


def test_detail_queries_do_not_grow_with_citations(client_with_token):
    few, many = DirectiveFactory(), DirectiveFactory()
    cited_at(few, 1)
    cited_at(many, 5)
    assert query_count(client_with_token, f"{URL}{few.pk}/") == query_count(client_with_token, f"{URL}{many.pk}/")


def _citing_conferences(client, directive) -> list[int]:
    return [m["conference"] for m in client.get(f"{URL}{directive.pk}/citations/").json()["results"]]


def test_citations_come_latest_meeting_first_and_follow_a_curated_date(client_with_token):
    directive = DirectiveFactory(code="27-HD/BTCTW")
    conferences = []
    for n, day in enumerate([dt.date(2023, 4, 3), dt.date(2024, 1, 9), None]):
        article = ArticleFactory(text=f"Bài {n}. Hội nghị quán triệt Hướng dẫn số {directive.code}.")
        conferences.append(ConferenceFactory(article=article, date=day))
        DirectiveMentionFactory(directive=directive, conference=conferences[-1])
    older, newer, undated = (c.pk for c in conferences)
    assert _citing_conferences(client_with_token, directive) == [newer, older, undated]
    response = client_with_token.patch(f"/api/v1/conferences/{older}/", {"date": "2025-06-30"}, format="json")
    assert response.status_code == 200, response.content
    assert _citing_conferences(client_with_token, directive) == [older, newer, undated]
    detail = client_with_token.get(f"{URL}{directive.pk}/").json()
    assert [m["conference"] for m in detail["mentions"]] == [older, newer, undated]


def test_each_citation_says_how_it_cites_the_directive(client_with_token):
    directive = DirectiveFactory(code="50-KL/TW", title="sắp xếp tổ chức bộ máy")
    article = ArticleFactory(text="Hội nghị quán triệt Kết luận số 50-KL/TW.")
    DirectiveMentionFactory(
        directive=directive,
        article=article,
        conference=ConferenceFactory(article=article),
        cited_title="sắp xếp bộ máy",
        cited_issuer="Bộ Chính trị",
        cited_date=dt.date(2023, 2, 28),
    )
    (citation,) = client_with_token.get(f"{URL}{directive.pk}/citations/").json()["results"]
    assert citation["cited_as"] == {
        "title": "sắp xếp bộ máy",
        "issued_by": "Bộ Chính trị",
        "date": "2023-02-28",
        "term": "",
    }
