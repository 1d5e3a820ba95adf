"""The admin speaks Vietnamese, English on request; the API answers in English whatever the client asks."""

import pytest
from django.urls import reverse

from tests.factories import (
    ConferenceFactory,
    OfficialFactory,
    ParticipantFactory,
    PositionEvidenceFactory,
    PositionFactory,
)

pytestmark = pytest.mark.django_db


def test_the_admin_is_vietnamese_and_english_can_be_chosen(admin_client):
    page = admin_client.get(reverse("admin:index"))
    assert page["Content-Language"] == "vi"
    assert "Hồ sơ hội nghị" in page.content.decode()
    admin_client.post(reverse("set_language"), {"language": "en", "next": reverse("admin:index")})
    assert admin_client.get(reverse("admin:index"))["Content-Language"] == "en"


def test_the_api_answers_in_english_to_a_vietnamese_client(client_with_token):
    answer = client_with_token.get("/api/v1/conferences/12345/", HTTP_ACCEPT_LANGUAGE="vi")
    assert answer.json()["detail"] == "Not found."


def test_lists_are_edited_as_lines_and_an_official_shows_where_it_was_seen(admin_client):
    official = OfficialFactory(name="Lê Văn A", other_names=["Lê V. A", "Le Van A"])
    ParticipantFactory(official=official, role="chair")
    PositionEvidenceFactory(position=PositionFactory(official=official))
    page = admin_client.get(reverse("admin:people_official_change", args=[official.pk])).content.decode()
    assert "Lê V. A\nLe Van A" in page
    assert "participations" in page.lower() and "evidence of the positions" in page.lower()

    conference = ConferenceFactory(locations=["Hà Nội"])
    url = reverse("admin:meetings_conference_change", args=[conference.pk])
    form = admin_client.get(url).context["adminform"].form
    assert form["locations"].value() == "Hà Nội"  # as the text area shows it: one a line


def test_the_records_are_named_in_vietnamese_in_the_admin(admin_client):
    page = admin_client.get(reverse("admin:index")).content.decode()
    for label in ("Hội nghị", "Cán bộ và tổ chức", "Nhiệm vụ đề ra tại hội nghị", "Cần người xem xét"):
        assert label in page, label
