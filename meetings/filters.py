"""List filters for conferences and participations."""

import django_filters

from core.api.filters import FoldedTextFilter, IdFilter, StrictFilterSet, SyncFilterSet, TextFilter
from meetings.models import Conference, ConferenceFormat, ConferenceKind, Participant, ParticipantRole


class ConferenceFilter(SyncFilterSet):
    kind = django_filters.ChoiceFilter(choices=ConferenceKind.choices, help_text="Kind of meeting.")
    format = django_filters.ChoiceFilter(choices=ConferenceFormat.choices, help_text="Online, in person or hybrid.")
    date_after = django_filters.DateFilter(
        field_name="date", lookup_expr="gte", help_text="Held on or after this date (YYYY-MM-DD)."
    )
    date_before = django_filters.DateFilter(
        field_name="date", lookup_expr="lte", help_text="Held on or before this date (YYYY-MM-DD)."
    )
    organizer = IdFilter(field_name="organizer_id", help_text="Organizing body (organisation id).")
    organizer_name = TextFilter(lookup_expr="icontains", help_text="Part of the organizer's name.")
    official = IdFilter(
        field_name="participants__official", distinct=True, help_text="An official took part (official id)."
    )
    directive = IdFilter(
        field_name="directive_mentions__directive", distinct=True, help_text="Cited this directive (id)."
    )
    directive_code = TextFilter(
        field_name="directive_mentions__directive__code",
        lookup_expr="iexact",
        distinct=True,
        help_text="Cited a directive with this code, e.g. 50-KL/TW.",
    )
    name = FoldedTextFilter(help_text="Part of the conference's name.")
    article = IdFilter(field_name="article_id", help_text="Reported by this article (id).")

    class Meta:
        model = Conference
        fields = ["kind", "format"]


class ParticipantFilter(StrictFilterSet):
    conference = IdFilter(field_name="conference_id", help_text="At this conference (id).")
    official = IdFilter(field_name="official_id", help_text="This official (id).")
    role = django_filters.ChoiceFilter(choices=ParticipantRole.choices, help_text="In this role.")

    class Meta:
        model = Participant
        fields = ["role"]
