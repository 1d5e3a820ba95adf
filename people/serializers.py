"""Serializers for officials and their positions."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.api.curation import (
    CURATION_FIELDS,
    MERGE_FIELDS,
    CurationSerializer,
    CurationStateMixin,
    MergeStateMixin,
    StringListField,
)
from core.api.fields import LoadedListSerializer, NullableChoiceField, SelfUrlMixin, StrictTextField
from core.api.representation import PlannedModelSerializer, PlannedRepresentationMixin
from core.names import clean_name, name_key, search_key
from core.prefetch import related_list
from people import selectors
from people.bodies import LEVELS
from people.models import Official, Organization, Position, PositionEvidence, Post
from people.posts import post_key, post_name


class PositionSummarySerializer(PlannedModelSerializer):
    organization = serializers.CharField(source="organization.name", read_only=True, allow_null=True, default=None)
    organization_id = serializers.PrimaryKeyRelatedField(source="organization", read_only=True, allow_null=True)
    post = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True, help_text="The post held (id).")

    class Meta:
        model = Position
        fields = ["id", "text", "title", "organization", "organization_id", "post", "former", "first_seen"]
        fields += ["last_seen"]
        read_only_fields = fields


class PositionEvidenceSerializer(PlannedModelSerializer):
    quote = serializers.CharField(source="quote_text", read_only=True)

    class Meta:
        model = PositionEvidence
        fields = ["article", "observed_on", "start", "end", "quote"]
        read_only_fields = fields


class PositionDetailSerializer(PositionSummarySerializer):
    evidence_count = serializers.IntegerField(read_only=True, help_text="Articles showing it.")
    evidence = PositionEvidenceSerializer(
        source="latest_evidence", many=True, read_only=True, help_text="The latest three; all at holdings/."
    )

    class Meta(PositionSummarySerializer.Meta):
        fields = [*PositionSummarySerializer.Meta.fields, "evidence_count", "evidence"]
        read_only_fields = fields


class ParticipationSerializer(PlannedRepresentationMixin, serializers.Serializer):
    conference = serializers.IntegerField(source="conference_id")
    conference_name = serializers.CharField(source="conference.name")
    date = serializers.DateField(source="conference.date", allow_null=True)
    role = serializers.CharField()


class OfficialSummarySerializer(SelfUrlMixin, MergeStateMixin, CurationStateMixin, PlannedModelSerializer):
    self_view_name = "official-detail"
    positions = LoadedListSerializer(child=PositionSummarySerializer(), read_only=True)

    class Meta:
        model = Official
        fields = ["id", "name", "other_names", "positions", *CURATION_FIELDS, *MERGE_FIELDS, "created_at", "updated_at"]
        read_only_fields = fields


class OfficialDetailSerializer(OfficialSummarySerializer):
    """An official with each holding's latest evidence and the latest participations; the full lists are
    at holdings/ and participations/."""

    positions = serializers.SerializerMethodField()
    participation_count = serializers.IntegerField(read_only=True)
    participations = serializers.SerializerMethodField(help_text="The latest five.")

    class Meta(OfficialSummarySerializer.Meta):
        fields = [*OfficialSummarySerializer.Meta.fields, "participation_count", "participations"]
        read_only_fields = fields

    @extend_schema_field(PositionDetailSerializer(many=True))
    def get_positions(self, official: Official) -> list[dict]:
        positions = related_list(official, "positions")
        evidence = selectors.latest_evidence(positions)
        for position in positions:
            position.latest_evidence = evidence[position.pk]
        return PositionDetailSerializer(positions, many=True).data

    @extend_schema_field(ParticipationSerializer(many=True))
    def get_participations(self, official: Official) -> list[dict]:
        latest = selectors.participations_of_official(official)[: selectors.LATEST]
        return ParticipationSerializer(latest, many=True).data


class OfficialHoldingSerializer(PositionSummarySerializer):
    """One of an official's holdings, with how many articles show it."""

    evidence_count = serializers.IntegerField(read_only=True)

    class Meta(PositionSummarySerializer.Meta):
        fields = [*PositionSummarySerializer.Meta.fields, "evidence_count"]
        read_only_fields = fields


class OrganizationSerializer(SelfUrlMixin, MergeStateMixin, CurationStateMixin, PlannedModelSerializer):
    self_view_name = "organization-detail"
    parent = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True, help_text="The body it belongs to.")
    level = NullableChoiceField(LEVELS, read_only=True, help_text="Null when the name does not say.")
    position_count = serializers.IntegerField(read_only=True, help_text="Positions held in it.")
    conference_count = serializers.IntegerField(read_only=True, help_text="Conferences it organised.")
    directive_count = serializers.IntegerField(read_only=True, help_text="Directives it issued.")

    class Meta:
        model = Organization
        fields = [
            "id",
            "name",
            "other_names",
            "parent",
            "kind",
            "level",
            "position_count",
            "conference_count",
            "directive_count",
            *CURATION_FIELDS,
            *MERGE_FIELDS,
            "created_at",
        ]
        read_only_fields = fields


class NameCurationSerializer(CurationSerializer):
    """A corrected name keeps its matching key in step, and may not take another record's."""

    name = StrictTextField(required=False, max_length=200)
    other_names = StringListField(required=False)

    # Two bodies never share a name; two people may (namesakes).
    names_are_unique = True

    def validate_name(self, value: str) -> str:
        key = name_key(value)
        if not key:
            raise serializers.ValidationError("A name is needed.")
        taken = type(self.instance).objects.exclude(pk=self.instance.pk).filter(name_key=key)
        if self.names_are_unique and taken.exists():
            raise serializers.ValidationError("Another record has this name: merge the two instead.")
        return clean_name(value)

    def validate(self, attrs):
        if "name" in attrs:
            attrs["name_key"] = name_key(attrs["name"])
            attrs["search_key"] = search_key(attrs["name"])
        return attrs


class OfficialCurationSerializer(NameCurationSerializer):
    """What a curator may correct in an official: the name and the other names."""

    names_are_unique = False

    class Meta:
        model = Official
        fields = ["name", "other_names"]


class OrganizationCurationSerializer(NameCurationSerializer):
    """What a curator may correct in an organisation: the name and the other names."""

    name = StrictTextField(required=False, max_length=300)

    class Meta:
        model = Organization
        fields = ["name", "other_names", "parent", "kind", "level"]


class PostSerializer(SelfUrlMixin, MergeStateMixin, CurationStateMixin, PlannedModelSerializer):
    """A title in an organisation, and how many officials the articles show holding it."""

    self_view_name = "post-detail"

    organization = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    holder_count = serializers.IntegerField(read_only=True, help_text="Officials shown holding it.")

    class Meta:
        model = Post
        fields = ["id", "name", "title", "organization", "holder_count", *CURATION_FIELDS, *MERGE_FIELDS, "created_at"]
        read_only_fields = fields


class PostCurationSerializer(CurationSerializer):
    """What a curator may correct in a post: its title and its organisation (the name follows)."""

    title = StrictTextField(required=False, max_length=300)

    class Meta:
        model = Post
        fields = ["title", "organization"]

    def validate(self, attrs):
        title = attrs.get("title", self.instance.title)
        organization = attrs.get("organization", self.instance.organization)
        key = post_key(title, organization.pk if organization else None)
        if Post.objects.exclude(pk=self.instance.pk).filter(key=key).exists():
            raise serializers.ValidationError("Another post is this title in this organisation: merge the two instead.")
        attrs["key"] = key
        attrs["name"] = post_name(title, organization.name if organization else None)
        return attrs


class MemberSerializer(PlannedModelSerializer):
    """Someone who held a post in an organisation, and when."""

    official = serializers.PrimaryKeyRelatedField(read_only=True)
    official_name = serializers.CharField(source="official.name", read_only=True)
    post = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)

    class Meta:
        model = Position
        fields = ["id", "official", "official_name", "post", "title", "former", "first_seen", "last_seen"]
        read_only_fields = fields


class HolderSerializer(PlannedModelSerializer):
    """An official shown holding a post, and when."""

    official = serializers.PrimaryKeyRelatedField(read_only=True)
    official_name = serializers.CharField(source="official.name", read_only=True)

    class Meta:
        model = Position
        fields = ["id", "official", "official_name", "former", "first_seen", "last_seen", "text"]
        read_only_fields = fields
