"""Serializers for conferences and their participants."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.api.curation import CURATION_FIELDS, CurationSerializer, CurationStateMixin, StringListField
from core.api.fields import (
    EvidenceField,
    LoadedListSerializer,
    NullableChoiceField,
    QuotedEvidenceField,
    SelfUrlMixin,
    StrictTextField,
)
from core.api.representation import PlannedModelSerializer, PlannedRepresentationMixin
from core.prefetch import related_list
from meetings.models import Conference, ConferenceFormat, ConferenceKind, Participant
from tasks.serializers import TaskSerializer


class ParticipantSerializer(SelfUrlMixin, CurationStateMixin, PlannedModelSerializer):
    self_view_name = "participant-detail"
    official = serializers.PrimaryKeyRelatedField(read_only=True)
    name = serializers.CharField(source="official.name", read_only=True)
    evidence = QuotedEvidenceField()

    class Meta:
        model = Participant
        fields = ["id", "conference", "official", "name", "role", "raw_name", "evidence", *CURATION_FIELDS]
        read_only_fields = fields


class ParticipantCurationSerializer(CurationSerializer):
    """What a curator may correct in a participation: who it was, and in which role."""

    class Meta:
        model = Participant
        fields = ["official", "role"]

    def validate(self, attrs):
        official = attrs.get("official", self.instance.official)
        role = attrs.get("role", self.instance.role)
        taken = Participant.objects.filter(conference=self.instance.conference, official=official, role=role)
        if taken.exclude(pk=self.instance.pk).exists():
            raise serializers.ValidationError("This official already has this role at this conference.")
        return attrs


class CitedDirectiveSerializer(PlannedRepresentationMixin, serializers.Serializer):
    """A directive cited at a conference, as the directive list shows it."""

    id = serializers.IntegerField(read_only=True)
    kind = serializers.CharField(read_only=True)
    number = serializers.CharField(read_only=True)
    code = serializers.CharField(read_only=True)
    issued_by = serializers.CharField(source="issued_by_name", read_only=True)
    issued_by_id = serializers.IntegerField(read_only=True, allow_null=True)
    issue_date = serializers.DateField(read_only=True, allow_null=True)
    term = serializers.CharField(read_only=True)
    title = serializers.CharField(read_only=True)


class ConferenceSummarySerializer(SelfUrlMixin, CurationStateMixin, PlannedModelSerializer):
    self_view_name = "conference-detail"
    kind = NullableChoiceField(ConferenceKind.choices, read_only=True, help_text="Null when the kind is not known.")
    format = NullableChoiceField(ConferenceFormat.choices, read_only=True, help_text="Null when not known.")
    organizer = serializers.CharField(source="organizer_name", read_only=True)
    organizer_id = serializers.PrimaryKeyRelatedField(source="organizer", read_only=True, allow_null=True)
    evidence = EvidenceField()

    class Meta:
        model = Conference
        fields = [
            "id",
            "article",
            "name",
            "kind",
            "date",
            "format",
            "organizer",
            "organizer_id",
            "locations",
            "connection_points",
            "evidence",
            *CURATION_FIELDS,
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class ConferenceCurationSerializer(CurationSerializer):
    """What a curator may correct in a conference; each field set is locked against re-parses."""

    name = StrictTextField(required=False, allow_blank=True, max_length=1000)
    organizer_name = StrictTextField(required=False, allow_blank=True, max_length=300)
    locations = StringListField(required=False)

    class Meta:
        model = Conference
        fields = ["name", "kind", "date", "format", "organizer", "organizer_name", "locations", "connection_points"]


class ConferenceDetailSerializer(ConferenceSummarySerializer):
    evidence = QuotedEvidenceField()
    participants = LoadedListSerializer(child=ParticipantSerializer(), read_only=True)
    directives = serializers.SerializerMethodField()
    tasks = LoadedListSerializer(child=TaskSerializer(), read_only=True)

    class Meta(ConferenceSummarySerializer.Meta):
        fields = [*ConferenceSummarySerializer.Meta.fields, "participants", "directives", "tasks"]
        read_only_fields = fields

    @extend_schema_field(CitedDirectiveSerializer(many=True))
    def get_directives(self, conference: Conference) -> list[dict]:
        seen = {}
        for mention in related_list(conference, "directive_mentions"):
            seen.setdefault(mention.directive_id, mention.directive)
        return CitedDirectiveSerializer(list(seen.values()), many=True).data
