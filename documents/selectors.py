"""Read queries for articles and directives, shaped for a fixed number of SQL queries."""

from django.db.models import Prefetch, QuerySet

from documents.models import Article, Directive
from meetings.models import DirectiveMention


def article_list() -> QuerySet[Article]:
    return (
        Article.objects.defer("raw", "text", "extraction").select_related("conference").order_by("-created_at", "-id")
    )


def article_detail() -> QuerySet[Article]:
    return Article.objects.defer("raw").select_related("conference")


def directive_list() -> QuerySet[Directive]:
    return (
        Directive.objects.filter(merged_into__isnull=True)
        .select_related("issued_by")
        .order_by("code", "issue_date", "id")
    )


def directive_detail() -> QuerySet[Directive]:
    mentions = DirectiveMention.objects.select_related("article", "conference").order_by("article_id", "start")
    return directive_list().prefetch_related(Prefetch("mentions", queryset=mentions))
