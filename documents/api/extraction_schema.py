"""The ``meeting-records/1`` extraction as a typed OpenAPI component (documentation of what the parser gives).

The answers themselves are the parser's JSON, unchanged; these serializers only state its shape, so that
generated clients read it as types.
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

SPANS = {
    "type": "array",
    "items": {"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 2, "maxItems": 2},
    "description": "[start, end) offsets into the article's text.",
}
POSITION = {
    "oneOf": [
        {"type": "string", "description": "A title with no organisation."},
        {
            "type": "object",
            "properties": {"title": {"type": "string"}, "organization": {"type": "string", "nullable": True}},
            "required": ["title", "organization"],
        },
    ]
}


@extend_schema_field(SPANS)
class SpansField(serializers.JSONField):
    pass


@extend_schema_field({"type": "array", "items": POSITION})
class PositionsField(serializers.JSONField):
    pass


class ExtractedArticleSerializer(serializers.Serializer):
    title = serializers.CharField(allow_null=True)
    published = serializers.DateField(allow_null=True)
    author = serializers.CharField(allow_null=True)


class ExtractedConferenceSerializer(serializers.Serializer):
    name = serializers.CharField(allow_null=True)
    kind = serializers.CharField(allow_null=True, help_text="giao_ban, so_ket, tong_ket, quan_triet, …")
    date = serializers.DateField(allow_null=True)
    format = serializers.CharField(allow_null=True, help_text="online, in_person or hybrid.")
    organizer = serializers.CharField(allow_null=True)
    chairs = serializers.ListField(child=serializers.CharField())
    locations = serializers.ListField(child=serializers.CharField())
    connection_points = serializers.IntegerField(allow_null=True)
    spans = SpansField()


class ExtractedOfficialSerializer(serializers.Serializer):
    name = serializers.CharField()
    positions = PositionsField()
    roles = serializers.ListField(child=serializers.CharField())
    spans = SpansField()
    place = serializers.CharField(allow_null=True, help_text="The province of the connection point named at.")


class ExtractedDirectiveSerializer(serializers.Serializer):
    code = serializers.CharField(allow_null=True)
    kind = serializers.CharField()
    number = serializers.CharField(allow_null=True)
    issued_by = serializers.CharField(allow_null=True)
    date = serializers.DateField(allow_null=True)
    term = serializers.CharField(allow_null=True)
    title = serializers.CharField(allow_null=True)
    spans = SpansField()


class ExtractedTaskSerializer(serializers.Serializer):
    ordinal = serializers.IntegerField(allow_null=True)
    text = serializers.CharField()
    assignee = serializers.CharField(allow_null=True)
    due = serializers.CharField(allow_null=True)
    spans = SpansField()


class ExtractionSerializer(serializers.Serializer):
    """What the parser read from an article (meeting-records/1)."""

    schema = serializers.CharField(help_text="meeting-records/1")
    parser_version = serializers.CharField()
    text = serializers.CharField(required=False, help_text="For HTML uploads: the main text the spans index.")
    article = ExtractedArticleSerializer()
    place = serializers.CharField(allow_null=True, help_text="The province or city of the body that held the meeting.")
    conference = ExtractedConferenceSerializer(allow_null=True)
    officials = ExtractedOfficialSerializer(many=True)
    directives = ExtractedDirectiveSerializer(many=True)
    tasks = ExtractedTaskSerializer(many=True)


@extend_schema_field(ExtractionSerializer(allow_null=True))
class ExtractionField(serializers.JSONField):
    """The stored extraction, answered as it was written."""
