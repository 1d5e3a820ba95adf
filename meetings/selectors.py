"""Read queries for conferences, shaped for a fixed number of SQL queries."""

from django.db.models import F, Prefetch, QuerySet

from core.models import quoted
from core.prefetch import loaded
from meetings.models import Conference, DirectiveMention, Participant
from tasks.models import Task
from tasks.selectors import cited_directives


def conference_list() -> QuerySet[Conference]:
    # The organizer is answered by id and by its name as written: no read of the organisation.
    return Conference.objects.order_by(F("date").desc(nulls_last=True), "-id")


def _participants() -> QuerySet[Participant]:
    """Participations with their official's name (the official's other columns stay unread) and the quote of
    their evidence cut in SQL."""
    own = [field.name for field in Participant._meta.concrete_fields]
    return quoted(Participant.objects.select_related("official").only(*own, "official__name"))


def conference_detail() -> QuerySet[Conference]:
    participants = _participants().order_by("id")
    # A cited directive's issuing body is answered by id and name as written: no join to the organisation.
    mentions = DirectiveMention.objects.select_related("directive").order_by("start")
    tasks = Task.objects.order_by("sequence").prefetch_related(cited_directives())
    return quoted(conference_list()).prefetch_related(
        Prefetch("participants", queryset=participants, to_attr=loaded("participants")),
        Prefetch("directive_mentions", queryset=mentions, to_attr=loaded("directive_mentions")),
        Prefetch("tasks", queryset=tasks, to_attr=loaded("tasks")),
    )


def participant_list() -> QuerySet[Participant]:
    return _participants().order_by("conference_id", "id")
