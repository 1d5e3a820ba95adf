"""List filters for articles and directives."""

import django_filters

from documents.models import Article, ArticleStatus, Directive, DirectiveKind


class ArticleFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=ArticleStatus.choices)
    published_after = django_filters.DateFilter(field_name="published", lookup_expr="gte")
    published_before = django_filters.DateFilter(field_name="published", lookup_expr="lte")
    created_after = django_filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = django_filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="lte")
    title = django_filters.CharFilter(lookup_expr="icontains")
    sha256 = django_filters.CharFilter()

    class Meta:
        model = Article
        fields = ["status", "sha256"]


class DirectiveFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=DirectiveKind.choices)
    code = django_filters.CharFilter(lookup_expr="iexact")
    number = django_filters.CharFilter()
    term = django_filters.CharFilter(lookup_expr="iexact")
    issued_by = django_filters.NumberFilter(field_name="issued_by_id")
    issued_by_name = django_filters.CharFilter(lookup_expr="icontains")
    issued_after = django_filters.DateFilter(field_name="issue_date", lookup_expr="gte")
    issued_before = django_filters.DateFilter(field_name="issue_date", lookup_expr="lte")
    conference = django_filters.NumberFilter(field_name="mentions__conference", distinct=True)
    article = django_filters.NumberFilter(field_name="mentions__article", distinct=True)

    class Meta:
        model = Directive
        fields = ["kind", "code", "number", "term"]
