"""List filters for officials."""

import django_filters

from people.models import Official


class OfficialFilter(django_filters.FilterSet):
    name = django_filters.CharFilter(lookup_expr="icontains")
    organization = django_filters.NumberFilter(field_name="positions__organization", distinct=True)
    position = django_filters.CharFilter(field_name="positions__text", lookup_expr="icontains", distinct=True)
    conference = django_filters.NumberFilter(field_name="participations__conference", distinct=True)
    article = django_filters.NumberFilter(field_name="positions__evidence__article", distinct=True)

    class Meta:
        model = Official
        fields = ["name"]
