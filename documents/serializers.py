"""Serializers for articles, uploads and directives."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from documents.models import Article, Directive
from meetings.models import DirectiveMention


class ArticleSummarySerializer(serializers.ModelSerializer):
    conference = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "status",
            "source_url",
            "published",
            "author",
            "content_type",
            "sha256",
            "parser_version",
            "parsed_at",
            "created_at",
            "updated_at",
            "conference",
        ]
        read_only_fields = fields


class ArticleDetailSerializer(ArticleSummarySerializer):
    class Meta(ArticleSummarySerializer.Meta):
        fields = [*ArticleSummarySerializer.Meta.fields, "error", "text", "extraction"]
        read_only_fields = fields


class StrictTextField(serializers.CharField):
    """A JSON string, and only a string: a number or a list is not an article."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class ArticleJsonUploadSerializer(serializers.Serializer):
    """An article sent as JSON: exactly one of ``text`` and ``html``."""

    text = StrictTextField(required=False, trim_whitespace=False, allow_blank=True)
    html = StrictTextField(required=False, trim_whitespace=False, allow_blank=True)
    source_url = serializers.URLField(required=False, allow_blank=True, max_length=2000)
    published = serializers.DateField(required=False, allow_null=True)

    def validate(self, attrs):
        given = [k for k in ("text", "html") if k in attrs]
        if len(given) != 1:
            raise serializers.ValidationError("Send exactly one of 'text' and 'html'.")
        if not attrs[given[0]].strip():
            raise serializers.ValidationError({given[0]: "The article is empty."})
        return attrs


class ArticleFileUploadSerializer(serializers.Serializer):
    """An article sent as a multipart file, with optional metadata fields."""

    file = serializers.FileField()
    source_url = serializers.URLField(required=False, allow_blank=True, max_length=2000)
    published = serializers.DateField(required=False, allow_null=True)


class ArticleUploadQuerySerializer(serializers.Serializer):
    """Metadata for a raw text/plain or text/html body, given in the query string."""

    source_url = serializers.URLField(required=False, allow_blank=True, max_length=2000)
    published = serializers.DateField(required=False, allow_null=True)


class DirectiveSummarySerializer(serializers.ModelSerializer):
    issued_by = serializers.CharField(source="issued_by_name", read_only=True)
    issued_by_id = serializers.PrimaryKeyRelatedField(source="issued_by", read_only=True, allow_null=True)

    class Meta:
        model = Directive
        fields = ["id", "kind", "number", "code", "issued_by", "issued_by_id", "issue_date", "term", "title"]
        read_only_fields = fields


class DirectiveMentionSerializer(serializers.ModelSerializer):
    conference = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    quote = serializers.CharField(read_only=True)

    class Meta:
        model = DirectiveMention
        fields = ["article", "conference", "start", "end", "quote"]
        read_only_fields = fields


class CitingConferenceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    date = serializers.DateField(allow_null=True)
    kind = serializers.CharField()


class DirectiveDetailSerializer(DirectiveSummarySerializer):
    conferences = serializers.SerializerMethodField()
    mentions = DirectiveMentionSerializer(many=True, read_only=True)

    class Meta(DirectiveSummarySerializer.Meta):
        fields = [*DirectiveSummarySerializer.Meta.fields, "conferences", "mentions"]
        read_only_fields = fields

    @extend_schema_field(CitingConferenceSerializer(many=True))
    def get_conferences(self, directive: Directive) -> list[dict]:
        seen: dict[int, dict] = {}
        for mention in directive.mentions.all():
            c = mention.conference
            if c is not None and c.pk not in seen:
                seen[c.pk] = {"id": c.pk, "name": c.name, "date": c.date, "kind": c.kind}
        return list(seen.values())
