"""List filters for articles and directives."""

import django_filters

from core.api.filters import FoldedTextFilter, IdFilter, IsoDateTimeFilter, SyncFilterSet, TextFilter
from documents.models import Article, ArticleStatus, Directive, DirectiveKind


class ArticleFilter(SyncFilterSet):
    status = django_filters.ChoiceFilter(choices=ArticleStatus.choices, help_text="Parse status.")
    published_after = django_filters.DateFilter(
        field_name="published", lookup_expr="gte", help_text="Published on or after this date (YYYY-MM-DD)."
    )
    published_before = django_filters.DateFilter(
        field_name="published", lookup_expr="lte", help_text="Published on or before this date (YYYY-MM-DD)."
    )
    created_after = IsoDateTimeFilter(
        field_name="created_at", lookup_expr="gte", help_text="Uploaded at or after this time (ISO 8601)."
    )
    created_before = IsoDateTimeFilter(
        field_name="created_at", lookup_expr="lte", help_text="Uploaded at or before this time (ISO 8601)."
    )
    title = FoldedTextFilter(help_text="Part of the title, any case or accent.")
    sha256 = TextFilter(help_text="SHA-256 of the article text: finds an upload again.")

    class Meta:
        model = Article
        fields = ["status", "sha256"]


class DirectiveFilter(SyncFilterSet):
    kind = django_filters.ChoiceFilter(choices=DirectiveKind.choices, help_text="Kind of document.")
    code = TextFilter(lookup_expr="iexact", help_text="Code as the party writes it, e.g. 50-KL/TW.")
    number = TextFilter(help_text="The document's number, e.g. 50.")
    term = TextFilter(lookup_expr="iexact", help_text="Term (khóa) in Roman numerals, e.g. XIII.")
    issued_by = IdFilter(field_name="issued_by_id", help_text="Issuing organisation id.")
    issued_by_name = TextFilter(lookup_expr="icontains", help_text="Part of the issuer's name.")
    issued_after = django_filters.DateFilter(
        field_name="issue_date", lookup_expr="gte", help_text="Issued on or after this date (YYYY-MM-DD)."
    )
    issued_before = django_filters.DateFilter(
        field_name="issue_date", lookup_expr="lte", help_text="Issued on or before this date (YYYY-MM-DD)."
    )
    conference = IdFilter(field_name="mentions__conference", distinct=True, help_text="Cited at this conference (id).")
    article = IdFilter(field_name="mentions__article", distinct=True, help_text="Cited in this article (id).")

    class Meta:
        model = Directive
        fields = ["kind", "code", "number", "term"]
