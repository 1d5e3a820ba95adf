"""Uploaded articles and the party and state documents they cite."""

from django.db import models
from django.db.models.functions import Upper
from django.utils.translation import gettext_lazy as _

from core.curation import CuratedModel, LockedFieldsModel, curated_history
from core.merging import MergeableModel
from core.models import TimestampedModel
from core.search import SearchableModel
from documents.extraction.wordlists import document_kinds


class ArticleStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    PROCESSING = "processing", "Processing"
    PARSED = "parsed", "Parsed"
    FAILED = "failed", "Failed"


class Article(SearchableModel, LockedFieldsModel, TimestampedModel):
    raw = models.BinaryField(help_text="The upload as received, byte for byte.")
    content_type = models.CharField(max_length=100)
    text = models.TextField(help_text="Decoded, NFC, line ends \\n; for HTML the main text. Spans index this.")
    title = models.CharField(max_length=1000, blank=True)
    source_url = models.URLField(max_length=2000, blank=True)
    published = models.DateField(null=True, blank=True)
    author = models.CharField(max_length=300, blank=True)
    page = models.JSONField(
        default=dict, blank=True, help_text="What an HTML page said of itself at upload: title, published, author."
    )
    sha256 = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the text.")
    status = models.CharField(max_length=20, choices=ArticleStatus.choices, default=ArticleStatus.QUEUED, db_index=True)
    error = models.TextField(blank=True)
    # The parse in progress: who holds it and until when. A run whose claim was taken over never writes.
    claim_token = models.UUIDField(null=True, blank=True, editable=False)
    claim_expires_at = models.DateTimeField(null=True, blank=True, db_index=True, editable=False)
    attempts = models.PositiveSmallIntegerField(default=0, editable=False, help_text="Claims of the pending parse.")
    enqueued_at = models.DateTimeField(
        null=True, blank=True, db_index=True, editable=False, help_text="When a parse job was last sent."
    )
    parse_count = models.PositiveIntegerField(default=0, editable=False, help_text="Extractions written.")
    import_summary = models.JSONField(
        default=dict, blank=True, editable=False, help_text="What the last import did, per kind of record."
    )
    # Who changed the metadata; the text and the upload never change, so they are not copied into history.
    history = curated_history(excluded_fields=["raw", "text", "extraction", "page", "import_summary", "search_text"])
    search_fields = ("title",)
    parser_version = models.CharField(max_length=20, blank=True)
    extraction = models.JSONField(null=True, blank=True, help_text="The last parse, as meeting-records/1.")
    parsed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["published", "id"], name="documents_article_published_id"),
            models.Index(fields=["status", "id"], name="documents_article_status_id"),
        ]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"


# Kinds of document come from the parser's word list (documents/extraction/words/directive_kinds.toml),
# so a kind is added in one place; what the parser cannot name is "other".
DirectiveKind = models.TextChoices(
    "DirectiveKind",
    [(kind.key.upper(), (kind.key, kind.label)) for kind in document_kinds()] + [("OTHER", ("other", "Other"))],
)


class Directive(SearchableModel, MergeableModel, CuratedModel, TimestampedModel):
    """A party or state document. Codes restart each term, so code alone is no identity."""

    kind = models.CharField(max_length=20, choices=DirectiveKind.choices, db_index=True)
    number = models.CharField(max_length=20, blank=True)
    code = models.CharField(max_length=80, blank=True, db_index=True)
    issued_by = models.ForeignKey(
        "people.Organization", null=True, blank=True, on_delete=models.SET_NULL, related_name="directives"
    )
    issued_by_name = models.CharField(max_length=300, blank=True, help_text="The issuer as the text names it.")
    issue_date = models.DateField(null=True, blank=True, db_index=True)
    term = models.CharField(max_length=10, blank=True, help_text="Khóa, in Roman numerals.")
    title = models.TextField(blank=True)
    history = curated_history(excluded_fields=["search_text"])
    search_fields = ("code", "number", "title", "issued_by_name")

    class Meta:
        verbose_name = _("directive")
        verbose_name_plural = _("directives")
        ordering = ["code", "issue_date", "id"]
        indexes = [
            models.Index(fields=["number"], name="documents_directive_number"),
            models.Index(fields=["kind", "id"], name="documents_directive_kind_id"),
            # ?code= and ?term= compare without case (iexact: UPPER(col) = UPPER(value)).
            models.Index(Upper("code"), name="documents_directive_code_upper"),
            models.Index(Upper("term"), name="documents_directive_term_upper"),
        ]

    def __str__(self) -> str:
        label = self.code or f"{self.get_kind_display()} {self.number}".strip()
        return f"{label} ({self.issue_date:%d/%m/%Y})" if self.issue_date else label
