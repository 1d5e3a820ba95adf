"""List filters for conferences."""

import django_filters

from meetings.models import Conference, ConferenceFormat, ConferenceKind


class ConferenceFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=ConferenceKind.choices)
    format = django_filters.ChoiceFilter(choices=ConferenceFormat.choices)
    date_after = django_filters.DateFilter(field_name="date", lookup_expr="gte")
    date_before = django_filters.DateFilter(field_name="date", lookup_expr="lte")
    organizer = django_filters.NumberFilter(field_name="organizer_id")
    organizer_name = django_filters.CharFilter(lookup_expr="icontains")
    official = django_filters.NumberFilter(field_name="participants__official", distinct=True)
    directive = django_filters.NumberFilter(field_name="directive_mentions__directive", distinct=True)
    directive_code = django_filters.CharFilter(
        field_name="directive_mentions__directive__code", lookup_expr="iexact", distinct=True
    )
    name = django_filters.CharFilter(lookup_expr="icontains")

    class Meta:
        model = Conference
        fields = ["kind", "format", "article"]
