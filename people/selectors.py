"""Read queries for officials and organisations."""

from django.db.models import Prefetch, QuerySet

from meetings.models import Participant
from people.models import Official, Position, PositionEvidence


def official_list() -> QuerySet[Official]:
    positions = Position.objects.select_related("organization").order_by("id")
    return Official.objects.prefetch_related(Prefetch("positions", queryset=positions)).order_by("name", "id")


def official_detail() -> QuerySet[Official]:
    evidence = PositionEvidence.objects.select_related("article").order_by("-observed_on", "id")
    positions = (
        Position.objects.select_related("organization")
        .prefetch_related(Prefetch("evidence", queryset=evidence))
        .order_by("id")
    )
    participations = Participant.objects.select_related("conference").order_by("-conference__date", "id")
    return Official.objects.prefetch_related(
        Prefetch("positions", queryset=positions), Prefetch("participations", queryset=participations)
    )
