"""Admin for articles (with a 'parse again' action) and directives."""

from django.contrib import admin, messages
from django.db import models
from django.urls import reverse
from django.utils.html import format_html

from core.curation_admin import CuratedAdmin
from core.evidence_admin import EvidenceAdminMixin
from documents import admin_review  # noqa: F401  registers the review queue
from documents.models import Article, Directive
from documents.services.ingest import ParseInProgress, request_reparse
from meetings.models import DirectiveMention


@admin.action(description="Parse again")
def parse_again(modeladmin, request, queryset):
    queued = busy = 0
    for article in queryset:
        try:
            request_reparse(article)
            queued += 1
        except ParseInProgress:
            busy += 1
    modeladmin.message_user(request, f"{queued} article(s) queued for parsing.", messages.SUCCESS)
    if busy:
        modeladmin.message_user(request, f"{busy} article(s) are being parsed right now.", messages.WARNING)


class DirectiveMentionInline(EvidenceAdminMixin, admin.TabularInline):
    model = DirectiveMention
    extra = 0
    fields = ["directive", "conference", "start", "end", "evidence"]
    readonly_fields = ["evidence"]
    autocomplete_fields = ["directive", "conference"]


@admin.register(Article)
class ArticleAdmin(CuratedAdmin):
    list_display = ["id", "title", "status", "published", "author", "parser_version", "created_at"]
    list_filter = ["status", "content_type", "parser_version", "published"]
    search_fields = ["title", "text", "source_url", "sha256"]
    date_hierarchy = "created_at"
    actions = [parse_again]
    # The text is the evidence every span indexes: a correction is a new upload, never an edit under the spans.
    readonly_fields = [
        "text",
        "conference_link",
        "sha256",
        "content_type",
        "status",
        "error",
        "parser_version",
        "parsed_at",
        "extraction",
        "created_at",
        "updated_at",
    ]
    exclude = ["raw"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [DirectiveMentionInline]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("raw")

    @admin.display(description="conference")
    def conference_link(self, article: Article) -> str:
        conference = getattr(article, "conference", None)
        if conference is None:
            return "—"
        url = reverse("admin:meetings_conference_change", args=[conference.pk])
        return format_html('<a href="{}">{}</a>', url, conference)


@admin.register(Directive)
class DirectiveAdmin(CuratedAdmin):
    list_display = ["__str__", "kind", "code", "number", "issued_by_name", "issue_date", "term"]
    list_filter = ["kind", "term", "issue_date"]
    search_fields = ["code", "number", "title", "issued_by_name"]
    autocomplete_fields = ["issued_by"]
    inlines = [DirectiveMentionInline]
