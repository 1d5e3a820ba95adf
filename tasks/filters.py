"""List filters for tasks."""

import django_filters

from core.api.filters import IdFilter, SyncFilterSet, TextFilter
from tasks.models import Task, TaskStatus

# The kinds a conference may have, read through the relation (tasks sit below meetings in the layers).
CONFERENCE_KINDS = Task._meta.get_field("conference").related_model._meta.get_field("kind").choices


class TaskFilter(SyncFilterSet):
    status = django_filters.ChoiceFilter(choices=TaskStatus.choices, help_text="Curation status.")
    conference = IdFilter(field_name="conference_id", help_text="Set at this conference (id).")
    conference_kind = django_filters.ChoiceFilter(
        field_name="conference__kind", choices=CONFERENCE_KINDS, help_text="Kind of the conference."
    )
    date_after = django_filters.DateFilter(
        field_name="conference__date", lookup_expr="gte", help_text="Conference held on or after (YYYY-MM-DD)."
    )
    date_before = django_filters.DateFilter(
        field_name="conference__date", lookup_expr="lte", help_text="Conference held on or before (YYYY-MM-DD)."
    )
    organizer = IdFilter(
        field_name="conference__organizer_id", help_text="Conference organised by this organisation (id)."
    )
    official = IdFilter(
        field_name="conference__participants__official",
        distinct=True,
        help_text="Set at a conference this official took part in (id).",
    )
    directive = IdFilter(field_name="directives", distinct=True, help_text="Names this directive.")
    directive_code = TextFilter(
        field_name="directives__code",
        lookup_expr="iexact",
        distinct=True,
        help_text="Names a directive with this code.",
    )
    assignee = TextFilter(lookup_expr="icontains", help_text="Part of the assignee.")
    text = TextFilter(lookup_expr="icontains", help_text="Part of the task's text.")
    article = IdFilter(field_name="article_id", help_text="Read from this article (id).")

    class Meta:
        model = Task
        fields = ["status"]
