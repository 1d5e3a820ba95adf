"""Read queries for articles and directives, shaped for a fixed number of SQL queries."""

from django.db.models import F, Prefetch, QuerySet

from core.models import count_of, quoted
from documents.models import Article, Directive
from meetings.models import Conference, DirectiveMention


def article_list() -> QuerySet[Article]:
    # An article answers with its conference's id only.
    conferences = Prefetch("conference", queryset=Conference.objects.only("id", "article_id"))
    return (
        Article.objects.defer("raw", "text", "extraction").prefetch_related(conferences).order_by("-created_at", "-id")
    )


def article_detail() -> QuerySet[Article]:
    return Article.objects.defer("raw").select_related("conference")


def directive_list() -> QuerySet[Directive]:
    # The issuing body is answered by id and by its name as written: no read of the organisation.
    return Directive.objects.order_by("code", "issue_date", "id")


def citations_of(directive: Directive | None = None) -> QuerySet[DirectiveMention]:
    """Citations, latest conference first, each with its quote cut in SQL."""
    # Sorted by the citation's copy of its conference's date: one index, no join to every citing conference.
    rows = quoted(DirectiveMention.objects.select_related("conference")).order_by(
        F("conference_date").desc(nulls_last=True), "-article_id", "start"
    )
    return rows.filter(directive=directive) if directive is not None else rows


def directive_detail() -> QuerySet[Directive]:
    return directive_list().annotate(citation_count=count_of(DirectiveMention, "directive"))
