"""List filters: built only when a request names one, and then strict about what it names."""

import pytest

from meetings.filters import ConferenceFilter
from meetings.models import Conference

pytestmark = pytest.mark.django_db


@pytest.fixture
def built_filter_sets(monkeypatch) -> list[dict]:
    built = []
    original = ConferenceFilter.__init__

    def recording(self, data=None, *args, **kwargs):
        built.append(dict(data or {}))
        original(self, data, *args, **kwargs)

    monkeypatch.setattr(ConferenceFilter, "__init__", recording)
    return built


def test_a_list_without_filters_builds_no_filter_set(client_with_token, imported_gold, built_filter_sets):
    everything = client_with_token.get("/api/v1/conferences/", {"page_size": 100, "ordering": "date"})
    assert everything.status_code == 200 and everything.json()["count"] == Conference.objects.count() > 1
    assert built_filter_sets == []


def test_a_named_filter_is_applied_and_checked(client_with_token, imported_gold, built_filter_sets):
    dated = client_with_token.get("/api/v1/conferences/", {"date_after": "2024-01-01"}).json()
    assert dated["count"] and all(row["date"] >= "2024-01-01" for row in dated["results"])
    assert client_with_token.get("/api/v1/conferences/", {"date_after": "soon"}).status_code == 400
    assert client_with_token.get("/api/v1/conferences/", {"kind": ""}).status_code == 400
    assert len(built_filter_sets) == 3


def test_the_filter_sets_form_class_is_built_once(rf):
    first = ConferenceFilter({"kind": "giao_ban"}).form
    second = ConferenceFilter({"kind": "so_ket"}).form
    assert type(first) is type(second)
    assert first.data["kind"] != second.data["kind"]
