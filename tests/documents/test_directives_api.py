"""Directive endpoints: the conferences that cited a directive, filters, fixed queries."""

import pytest

from documents.models import Directive
from tests.api_queries import assert_fixed_queries, query_count

pytestmark = pytest.mark.django_db
URL = "/api/v1/directives/"


def test_detail_lists_the_conferences_that_cited_it(client_with_token, imported_gold):
    directive = Directive.objects.get(code="27-HD/BTCTW")
    body = client_with_token.get(f"{URL}{directive.pk}/").json()
    assert body["kind"] == "huong_dan"
    assert body["issued_by"] == "Ban Tổ chức Trung ương"
    assert len(body["conferences"]) == 2
    assert all("27" in m["quote"] for m in body["mentions"])


def test_filters_by_kind_code_issuer_and_date(client_with_token, imported_gold):
    def codes(**params):
        return {d["code"] for d in client_with_token.get(URL, params).json()["results"]}

    party_rules = {"145-QĐ/TW", "180-QĐ/TW", "142-QĐ/TW", "148-QĐ/TW", "146-QĐ/TW", "212-QĐ/TW", "18-QĐ/TU"}
    assert codes(kind="quy_dinh") - {""} == party_rules
    assert codes(code="50-kl/tw") == {"50-KL/TW"}
    assert codes(issued_after="2024-05-01", issued_before="2024-05-31", issued_by_name="Ban Bí thư") == {
        "143-QĐ/TW",
        "146-QĐ/TW",
        "147-QĐ/TW",
    }
    assert "35-NQ/TW" in codes(term="XII")


def test_queries_do_not_grow_with_page_size(client_with_token, imported_gold):
    assert_fixed_queries(client_with_token, URL, Directive.objects.count())


def test_detail_queries_are_fixed(client_with_token, imported_gold):
    few = Directive.objects.get(code="50-KL/TW")
    many = Directive.objects.get(code="27-HD/BTCTW")
    assert query_count(client_with_token, f"{URL}{few.pk}/") == query_count(client_with_token, f"{URL}{many.pk}/")
