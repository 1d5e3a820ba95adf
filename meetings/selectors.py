"""Read queries for conferences, shaped for a fixed number of SQL queries."""

from django.db.models import F, Prefetch, QuerySet

from meetings.models import Conference, DirectiveMention, Participant
from tasks.models import Task


def conference_list() -> QuerySet[Conference]:
    return Conference.objects.prefetch_related("organizer").order_by(F("date").desc(nulls_last=True), "-id")


def conference_detail() -> QuerySet[Conference]:
    participants = Participant.objects.select_related("official", "article").order_by("id")
    mentions = DirectiveMention.objects.select_related("directive", "directive__issued_by").order_by("start")
    tasks = Task.objects.order_by("sequence").prefetch_related("directives")
    return (
        conference_list()
        .select_related("article")
        .prefetch_related(
            Prefetch("participants", queryset=participants),
            Prefetch("directive_mentions", queryset=mentions),
            Prefetch("tasks", queryset=tasks),
        )
    )


def participant_list() -> QuerySet[Participant]:
    return Participant.objects.prefetch_related("official", "article").order_by("conference_id", "id")
