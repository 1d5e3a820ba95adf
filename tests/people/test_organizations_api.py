"""Organisation endpoints: counts of what links to each, name filter, fixed queries."""

import pytest

from people.models import Organization
from tests.api_queries import assert_fixed_queries

pytestmark = pytest.mark.django_db
URL = "/api/v1/organizations/"


def test_counts_what_links_to_an_organisation(client_with_token, imported_gold):
    body = client_with_token.get(URL, {"name": "ban tổ chức trung ương"}).json()
    btctw = next(o for o in body["results"] if o["name"] == "Ban Tổ chức Trung ương")
    assert btctw["conference_count"] >= 2
    assert btctw["directive_count"] >= 2  # 09-KL/BTCTW, 27-HD/BTCTW, 36-HD/BTCTW
    detail = client_with_token.get(f"{URL}{btctw['id']}/").json()
    assert detail == btctw


def test_queries_do_not_grow_with_page_size(client_with_token, imported_gold):
    assert_fixed_queries(client_with_token, URL, Organization.objects.count())
