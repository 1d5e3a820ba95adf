"""Asserting that an endpoint's SQL query count does not grow with the page size."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def query_count(client, url: str, **params) -> int:
    """Queries of a request in steady state (after one that records the API key's use)."""
    client.get(url, params)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200, response.content
    return len(captured)


def assert_fixed_queries(client, url: str, total: int, **params) -> None:
    """The same number of queries for a page of one item and a page of all of them."""
    assert total >= 2, "needs at least two rows to compare"
    small = query_count(client, url, page_size=1, **params)
    large = query_count(client, url, page_size=total, **params)
    assert small == large, f"{url}: {small} queries for 1 item, {large} for {total}"
