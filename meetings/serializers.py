"""Serializers for conferences and their participants."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.api.fields import EvidenceField, NullableChoiceField, QuotedEvidenceField
from meetings.models import Conference, ConferenceFormat, ConferenceKind, Participant
from tasks.serializers import TaskSerializer


class ParticipantSerializer(serializers.ModelSerializer):
    official = serializers.PrimaryKeyRelatedField(read_only=True)
    name = serializers.CharField(source="official.name", read_only=True)
    evidence = QuotedEvidenceField()

    class Meta:
        model = Participant
        fields = ["official", "name", "role", "raw_name", "evidence"]
        read_only_fields = fields


class CitedDirectiveSerializer(serializers.Serializer):
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


class ConferenceSummarySerializer(serializers.ModelSerializer):
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
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class ConferenceDetailSerializer(ConferenceSummarySerializer):
    evidence = QuotedEvidenceField()
    participants = ParticipantSerializer(many=True, read_only=True)
    directives = serializers.SerializerMethodField()
    tasks = TaskSerializer(many=True, read_only=True)

    class Meta(ConferenceSummarySerializer.Meta):
        fields = [*ConferenceSummarySerializer.Meta.fields, "participants", "directives", "tasks"]
        read_only_fields = fields

    @extend_schema_field(CitedDirectiveSerializer(many=True))
    def get_directives(self, conference: Conference) -> list[dict]:
        seen = {}
        for mention in conference.directive_mentions.all():
            seen.setdefault(mention.directive_id, mention.directive)
        return CitedDirectiveSerializer(list(seen.values()), many=True).data
