"""Admin for articles (with a 'parse again' action) and directives."""

from django.contrib import admin, messages
from django.db import models
from django.db.models import Count
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from core.curation_admin import CuratedAdmin
from core.evidence_admin import EvidenceAdminMixin
from documents import (
    admin_review,  # noqa: F401  registers the review queue
    article_review,
)
from documents.extraction import PARSER_VERSION
from documents.models import Article, Directive
from documents.services.ingest import ParseInProgress, request_reparse
from documents.services.removal import ArticleInUse, curated_records_of, delete_article
from documents.services.reparse import articles_to_reparse, reparse_in_batches
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


@admin.action(description="Parse every article on an older parser version again")
def reparse_outdated(modeladmin, request, queryset):
    progress = list(reparse_in_batches(list(articles_to_reparse().values_list("pk", flat=True))))
    queued = progress[-1][0] if progress else 0
    by_version = ", ".join(
        f"{v or 'none'}: {n}"
        for v, n in Article.objects.values_list("parser_version").annotate(n=Count("id")).order_by()
    )
    modeladmin.message_user(
        request,
        f"{queued} article(s) queued for parser {PARSER_VERSION}. Articles by version: {by_version}.",
        messages.SUCCESS,
    )


class DirectiveMentionInline(EvidenceAdminMixin, admin.TabularInline):
    model = DirectiveMention
    extra = 0
    fields = ["directive", "conference", "start", "end", "evidence"]
    readonly_fields = ["evidence"]
    autocomplete_fields = ["directive", "conference"]


@admin.register(Article)
class ArticleAdmin(CuratedAdmin):
    list_display = ["id", "title", "status", "published", "author", "parser_version", "created_at", "review_link"]
    list_filter = ["status", "content_type", "parser_version", "published"]
    search_fields = ["title", "text", "source_url", "sha256"]
    date_hierarchy = "created_at"
    actions = [parse_again, reparse_outdated]
    # The text is the evidence every span indexes: a correction is a new upload, never an edit under the spans.
    readonly_fields = [
        "review_link",
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

    # Deleting an article takes what only it founded with it (documents.services.removal); one whose records
    # a curator set offers no delete.
    def has_delete_permission(self, request, obj=None) -> bool:
        if obj is not None and curated_records_of(obj):
            return False
        return super().has_delete_permission(request, obj)

    def delete_model(self, request, obj) -> None:
        delete_article(obj)

    def delete_queryset(self, request, queryset) -> None:
        for article in queryset:
            try:
                delete_article(article)
            except ArticleInUse as exc:
                self.message_user(request, str(exc), messages.ERROR)

    def get_urls(self):
        review = path(
            "<int:article_id>/review/", self.admin_site.admin_view(self.review_view), name="documents_article_review"
        )
        return [review, *super().get_urls()]

    def review_view(self, request, article_id: int):
        """The article's text with every extracted item highlighted and linked; what the import skipped."""
        article = get_object_or_404(Article.objects.defer("raw"), pk=article_id)
        items = article_review.items_of(article)
        rows = [
            {
                **vars(item),
                "anchor": item.anchor,
                "colour": article_review.KIND_COLOURS[item.kind],
                "quote": article.text[item.start : item.end][:200],
            }
            for item in items
        ]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "article": article,
            "items": rows,
            "text": article_review.highlighted_text(article.text, items),
            "colours": list(article_review.KIND_COLOURS.items()),
            "skipped": (article.import_summary or {}).get("skipped", []),
        }
        return TemplateResponse(request, "admin/documents/article/review.html", context)

    @admin.display(description="review")
    def review_link(self, article: Article) -> str:
        if article is None or article.pk is None:
            return "—"
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:documents_article_review", args=[article.pk]), "review"
        )

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
