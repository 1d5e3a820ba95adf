"""Planned answers: every list and detail reads the same through the plan (and fields built once per class)
as through DRF's own path."""

from __future__ import annotations

import pytest
from rest_framework import serializers

from core.api.fields import SelfUrlField
from core.api.representation import PlannedModelSerializer, PlannedRepresentationMixin
from meetings.models import Conference

pytestmark = pytest.mark.django_db

LISTS = ["articles", "conferences", "participants", "officials", "organizations", "posts", "directives", "tasks"]


def _answers(client) -> dict[str, object]:
    answers = {}
    for name in LISTS:
        page = client.get(f"/api/v1/{name}/", {"page_size": 200}).json()
        answers[name] = page
        for row in page["results"]:
            answers[f"{name}/{row['id']}"] = client.get(f"/api/v1/{name}/{row['id']}/").json()
    return answers


def test_every_list_and_detail_answers_as_drf_would(client_with_token, imported_gold, monkeypatch):
    planned = _answers(client_with_token)
    monkeypatch.setattr(PlannedRepresentationMixin, "to_representation", serializers.Serializer.to_representation)
    monkeypatch.setattr(PlannedModelSerializer, "get_fields", serializers.ModelSerializer.get_fields)
    monkeypatch.setattr(
        SelfUrlField,
        "to_representation",
        lambda field, value: field.get_url(value, field.view_name, field.context.get("request"), None),
    )
    by_drf = _answers(client_with_token)
    assert len(planned) > len(LISTS) * 2
    assert all(isinstance(answer, dict) and "detail" not in answer for answer in planned.values())
    assert planned == by_drf


class ConferenceProbeSerializer(PlannedModelSerializer):
    shout = serializers.CharField(source="upper_name", read_only=True)
    organizer_display = serializers.CharField(source="organizer.name", read_only=True, allow_null=True)
    missing = serializers.IntegerField(read_only=True)
    defaulted = serializers.IntegerField(read_only=True, default=7)
    organizer = serializers.PrimaryKeyRelatedField(read_only=True)

    class Meta:
        model = Conference
        fields = ["id", "name", "shout", "organizer_display", "missing", "defaulted", "organizer"]


def test_methods_dotted_sources_and_missing_attributes_go_through_drf(monkeypatch):
    monkeypatch.setattr(Conference, "upper_name", lambda self: self.name.upper(), raising=False)
    conference = Conference(id=5, name="Hội nghị", organizer_name="Ban")
    answer = ConferenceProbeSerializer(conference).data
    # No annotation "missing": DRF skips a read-only field it cannot read; a default stands in.
    assert answer == {
        "id": 5,
        "name": "Hội nghị",
        "shout": "HỘI NGHỊ",
        "organizer_display": None,
        "defaulted": 7,
        "organizer": None,
    }
    conference.missing = 2
    conference.organizer_id = 9
    assert ConferenceProbeSerializer(conference).data["missing"] == 2
    assert ConferenceProbeSerializer(conference).data["organizer"] == 9


class NestingProbeSerializer(PlannedModelSerializer):
    siblings = ConferenceProbeSerializer(many=True, read_only=True, source="conference_set")

    class Meta:
        model = Conference
        fields = ["id", "name", "siblings"]


def test_each_serializer_binds_its_own_copies_and_the_prototypes_stay_unbound():
    first, second = NestingProbeSerializer(), NestingProbeSerializer()
    assert first.fields["name"] is not second.fields["name"]
    assert first.fields["name"].parent is first and second.fields["name"].parent is second
    nested = first.fields["siblings"], second.fields["siblings"]
    assert nested[0].child is not nested[1].child  # a nested serializer is copied whole
    prototypes = NestingProbeSerializer._field_prototypes
    assert all(getattr(field, "parent", None) is None for field in prototypes.values())
    assert getattr(prototypes["siblings"].child, "parent", None) is not first.fields["siblings"]
