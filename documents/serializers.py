"""Serializers for articles, uploads and directives."""

from django.core.validators import RegexValidator
from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema_field
from rest_framework import serializers

from core.api.curation import CURATION_FIELDS, MERGE_FIELDS, CurationSerializer, CurationStateMixin, MergeStateMixin
from core.api.fields import BlankAsNullMixin, SelfUrlMixin, StrictTextField
from core.api.representation import PlannedModelSerializer, PlannedRepresentationMixin
from documents import selectors
from documents.api.extraction_schema import ExtractionField
from documents.models import Article, Directive
from meetings.models import DirectiveMention

SOURCE_URL_PATTERN = r"^https?://\S+$"


@extend_schema_field({"type": "string", "pattern": SOURCE_URL_PATTERN, "nullable": True, "maxLength": 2000})
class SourceUrlField(BlankAsNullMixin, serializers.CharField):
    """Where the article was published, as given at upload; null when not given."""


def source_url_field(**kwargs) -> serializers.RegexField:
    """Where the article was published: an http(s) address, checked no further (it is metadata)."""
    return serializers.RegexField(
        SOURCE_URL_PATTERN, max_length=2000, help_text="Where the article was published (http or https).", **kwargs
    )


class ArticleSummarySerializer(SelfUrlMixin, PlannedModelSerializer):
    self_view_name = "article-detail"
    conference = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    source_url = SourceUrlField(read_only=True, allow_null=True)

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
    extraction = ExtractionField(read_only=True, allow_null=True, help_text="The last parse, as meeting-records/1.")

    class Meta(ArticleSummarySerializer.Meta):
        fields = [*ArticleSummarySerializer.Meta.fields, "error", "text", "extraction"]
        read_only_fields = fields


NOT_BLANK = RegexValidator(r"\S", "The article is empty.")


class ArticleJsonUploadSerializer(serializers.Serializer):
    """An article sent as JSON: exactly one of ``text`` and ``html``."""

    text = StrictTextField(required=False, trim_whitespace=False, validators=[NOT_BLANK])
    html = StrictTextField(required=False, trim_whitespace=False, validators=[NOT_BLANK])
    source_url = source_url_field(required=False)
    published = serializers.DateField(required=False, allow_null=True)

    def validate(self, attrs):
        if len([k for k in ("text", "html") if k in attrs]) != 1:
            raise serializers.ValidationError("Send exactly one of 'text' and 'html'.")
        return attrs


class ArticleTextUploadSerializer(ArticleJsonUploadSerializer):
    """An article as plain text in JSON."""

    text = StrictTextField(trim_whitespace=False, validators=[NOT_BLANK], help_text="The article's text.")
    html = None


class ArticleHtmlUploadSerializer(ArticleJsonUploadSerializer):
    """An article as an HTML page in JSON."""

    html = StrictTextField(trim_whitespace=False, validators=[NOT_BLANK], help_text="The article's HTML page.")
    text = None


# The JSON body as the schema states it: one of the two shapes, never both.
ARTICLE_JSON_UPLOAD = PolymorphicProxySerializer(
    component_name="ArticleJsonUpload",
    serializers=[ArticleTextUploadSerializer, ArticleHtmlUploadSerializer],
    resource_type_field_name=None,
)


class ArticleFileUploadSerializer(serializers.Serializer):
    """An article sent as a multipart file, with optional metadata fields."""

    file = serializers.FileField()
    source_url = source_url_field(required=False)
    published = serializers.DateField(required=False, allow_null=True)


class ArticleUploadQuerySerializer(serializers.Serializer):
    """Metadata for a raw text/plain or text/html body, given in the query string."""

    source_url = source_url_field(required=False)
    published = serializers.DateField(required=False, help_text="Publication date, for dates without a year.")


class DirectiveSummarySerializer(SelfUrlMixin, MergeStateMixin, CurationStateMixin, PlannedModelSerializer):
    self_view_name = "directive-detail"
    issued_by = serializers.CharField(source="issued_by_name", read_only=True)
    issued_by_id = serializers.PrimaryKeyRelatedField(source="issued_by", read_only=True, allow_null=True)

    class Meta:
        model = Directive
        fields = [
            "id",
            "kind",
            "number",
            "code",
            "issued_by",
            "issued_by_id",
            "issue_date",
            "term",
            "title",
            *CURATION_FIELDS,
            *MERGE_FIELDS,
        ]
        read_only_fields = fields


class DirectiveCurationSerializer(CurationSerializer):
    """What a curator may correct in a directive; each field set is locked against re-parses."""

    number = StrictTextField(required=False, allow_blank=True, max_length=20)
    code = StrictTextField(required=False, allow_blank=True, max_length=80)
    issued_by_name = StrictTextField(required=False, allow_blank=True, max_length=300)
    term = StrictTextField(required=False, allow_blank=True, max_length=10)
    title = StrictTextField(required=False, allow_blank=True)

    class Meta:
        model = Directive
        fields = ["kind", "number", "code", "issued_by", "issued_by_name", "issue_date", "term", "title"]


class CitedAsSerializer(PlannedRepresentationMixin, serializers.Serializer):
    """The directive as one citation gives it, before it was resolved to the record (empty where it says nothing)."""

    title = serializers.CharField(source="cited_title")
    issued_by = serializers.CharField(source="cited_issuer")
    date = serializers.DateField(source="cited_date", allow_null=True)
    term = serializers.CharField(source="cited_term")


class DirectiveMentionSerializer(PlannedModelSerializer):
    conference = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    quote = serializers.CharField(source="quote_text", read_only=True)
    cited_as = CitedAsSerializer(source="*", read_only=True)

    class Meta:
        model = DirectiveMention
        fields = ["article", "conference", "start", "end", "quote", "cited_as"]
        read_only_fields = fields


class CitingConferenceSerializer(PlannedRepresentationMixin, serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    date = serializers.DateField(allow_null=True)
    kind = serializers.CharField()


class DirectiveDetailSerializer(DirectiveSummarySerializer):
    """A directive with its latest citations and the conferences that made them; all at citations/."""

    citation_count = serializers.IntegerField(read_only=True)
    conferences = serializers.SerializerMethodField()
    mentions = serializers.SerializerMethodField(help_text="The latest five citations.")

    class Meta(DirectiveSummarySerializer.Meta):
        fields = [*DirectiveSummarySerializer.Meta.fields, "citation_count", "conferences", "mentions"]
        read_only_fields = fields

    def _latest(self, directive: Directive) -> list:
        if not hasattr(directive, "_latest_citations"):
            directive._latest_citations = list(selectors.citations_of(directive)[:5])
        return directive._latest_citations

    @extend_schema_field(DirectiveMentionSerializer(many=True))
    def get_mentions(self, directive: Directive) -> list[dict]:
        return DirectiveMentionSerializer(self._latest(directive), many=True).data

    @extend_schema_field(CitingConferenceSerializer(many=True))
    def get_conferences(self, directive: Directive) -> list[dict]:
        """The conferences of the latest citations."""
        seen: dict[int, dict] = {}
        for mention in self._latest(directive):
            c = mention.conference
            if c is not None and c.pk not in seen:
                seen[c.pk] = {"id": c.pk, "name": c.name, "date": c.date, "kind": c.kind}
        return list(seen.values())
