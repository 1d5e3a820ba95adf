"""Read queries for officials and organisations."""

from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce

from documents.models import Directive
from meetings.models import Conference, Participant
from people.models import Official, Organization, Position, PositionEvidence


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


def _count_of(model, field: str) -> Coalesce:
    """How many rows of model point at the outer organisation (a subquery: no join fan-out)."""
    rows = model.objects.filter(**{field: OuterRef("pk")}).order_by().values(field).annotate(n=Count("pk"))
    return Coalesce(Subquery(rows.values("n")[:1]), 0)


def organization_list() -> QuerySet[Organization]:
    return Organization.objects.annotate(
        position_count=_count_of(Position, "organization"),
        conference_count=_count_of(Conference, "organizer"),
        directive_count=_count_of(Directive, "issued_by"),
    ).order_by("name", "id")


def organization_detail() -> QuerySet[Organization]:
    return organization_list()
