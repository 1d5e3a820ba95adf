"""List filters for tasks."""

import django_filters

from tasks.models import Task, TaskStatus


class TaskFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=TaskStatus.choices)
    conference = django_filters.NumberFilter(field_name="conference_id")
    conference_kind = django_filters.CharFilter(field_name="conference__kind")
    date_after = django_filters.DateFilter(field_name="conference__date", lookup_expr="gte")
    date_before = django_filters.DateFilter(field_name="conference__date", lookup_expr="lte")
    organizer = django_filters.NumberFilter(field_name="conference__organizer_id")
    official = django_filters.NumberFilter(field_name="conference__participants__official", distinct=True)
    directive = django_filters.NumberFilter(field_name="directives", distinct=True)
    directive_code = django_filters.CharFilter(field_name="directives__code", lookup_expr="iexact", distinct=True)
    assignee = django_filters.CharFilter(lookup_expr="icontains")
    text = django_filters.CharFilter(lookup_expr="icontains")

    class Meta:
        model = Task
        fields = ["status", "article"]
