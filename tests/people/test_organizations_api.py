"""Organisation endpoints: counts of what links to each, name filter, fixed queries."""

import pytest

from tests.api_queries import assert_fixed_queries
from tests.factories import ConferenceFactory, DirectiveFactory, OrganizationFactory, PositionFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/organizations/"


def test_counts_what_links_to_an_organisation(client_with_token):
    btctw = OrganizationFactory(name="Ban Tổ chức Trung ương")
    ConferenceFactory.create_batch(2, organizer=btctw)
    DirectiveFactory.create_batch(3, issued_by=btctw)
    PositionFactory(organization=btctw)
    OrganizationFactory(name="Ban Tổ chức Tỉnh ủy Long An")
    body = client_with_token.get(URL, {"name": "ban tổ chức trung ương"}).json()
    (row,) = body["results"]
    assert (row["name"], row["conference_count"], row["directive_count"], row["position_count"]) == (
        "Ban Tổ chức Trung ương",
        2,
        3,
        1,
    )
    assert client_with_token.get(f"{URL}{row['id']}/").json() == row


def test_queries_do_not_grow_with_page_size(client_with_token):
    for _ in range(4):
        ConferenceFactory(organizer=OrganizationFactory())
    assert_fixed_queries(client_with_token, URL, 4)
