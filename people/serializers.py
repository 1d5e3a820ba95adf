"""Serializers for officials and their positions."""

from rest_framework import serializers

from people.models import Official, Organization, Position, PositionEvidence


class PositionSummarySerializer(serializers.ModelSerializer):
    organization = serializers.CharField(source="organization.name", read_only=True, allow_null=True, default=None)
    organization_id = serializers.PrimaryKeyRelatedField(source="organization", read_only=True, allow_null=True)

    class Meta:
        model = Position
        fields = ["id", "text", "title", "organization", "organization_id"]
        read_only_fields = fields


class PositionEvidenceSerializer(serializers.ModelSerializer):
    quote = serializers.CharField(read_only=True)

    class Meta:
        model = PositionEvidence
        fields = ["article", "observed_on", "start", "end", "quote"]
        read_only_fields = fields


class PositionDetailSerializer(PositionSummarySerializer):
    evidence = PositionEvidenceSerializer(many=True, read_only=True)

    class Meta(PositionSummarySerializer.Meta):
        fields = [*PositionSummarySerializer.Meta.fields, "evidence"]
        read_only_fields = fields


class ParticipationSerializer(serializers.Serializer):
    conference = serializers.IntegerField(source="conference_id")
    conference_name = serializers.CharField(source="conference.name")
    date = serializers.DateField(source="conference.date", allow_null=True)
    role = serializers.CharField()


class OfficialSummarySerializer(serializers.ModelSerializer):
    positions = PositionSummarySerializer(many=True, read_only=True)

    class Meta:
        model = Official
        fields = ["id", "name", "other_names", "positions", "created_at", "updated_at"]
        read_only_fields = fields


class OfficialDetailSerializer(OfficialSummarySerializer):
    positions = PositionDetailSerializer(many=True, read_only=True)
    participations = ParticipationSerializer(many=True, read_only=True)

    class Meta(OfficialSummarySerializer.Meta):
        fields = [*OfficialSummarySerializer.Meta.fields, "participations"]
        read_only_fields = fields


class OrganizationSerializer(serializers.ModelSerializer):
    position_count = serializers.IntegerField(read_only=True, help_text="Positions held in it.")
    conference_count = serializers.IntegerField(read_only=True, help_text="Conferences it organised.")
    directive_count = serializers.IntegerField(read_only=True, help_text="Directives it issued.")

    class Meta:
        model = Organization
        fields = ["id", "name", "position_count", "conference_count", "directive_count", "created_at"]
        read_only_fields = fields
