"""Read queries for officials and organisations."""

from django.db.models import Count, F, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce

from meetings.models import Participant
from people.models import Official, Organization, Position, PositionEvidence, Post


def official_list() -> QuerySet[Official]:
    positions = Position.objects.select_related("organization").order_by("id")
    return (
        Official.objects.filter(merged_into__isnull=True)
        .prefetch_related(Prefetch("positions", queryset=positions))
        .order_by("name", "id")
    )


def official_detail() -> QuerySet[Official]:
    evidence = PositionEvidence.objects.select_related("article").order_by("-observed_on", "id")
    positions = (
        Position.objects.select_related("organization")
        .prefetch_related(Prefetch("evidence", queryset=evidence))
        .order_by("id")
    )
    participations = Participant.objects.select_related("conference").order_by("-conference__date", "id")
    return Official.objects.filter(merged_into__isnull=True).prefetch_related(
        Prefetch("positions", queryset=positions), Prefetch("participations", queryset=participations)
    )


def _count_of(related_name: str) -> Coalesce:
    """How many rows point at the outer organisation through a reverse relation (a subquery: no join fan-out).

    The relation is looked up on the model, so apps that link to organisations need not be imported here.
    """
    relation = Organization._meta.get_field(related_name)
    model, field = relation.related_model, relation.field.name
    rows = model.objects.filter(**{field: OuterRef("pk")}).order_by().values(field).annotate(n=Count("pk"))
    return Coalesce(Subquery(rows.values("n")[:1]), 0)


def organization_list() -> QuerySet[Organization]:
    return (
        Organization.objects.filter(merged_into__isnull=True)
        .annotate(
            position_count=_count_of("positions"),
            conference_count=_count_of("conferences"),
            directive_count=_count_of("directives"),
        )
        .order_by("name", "id")
    )


def organization_detail() -> QuerySet[Organization]:
    return organization_list()


def post_list() -> QuerySet[Post]:
    holders = (
        Position.objects.filter(post=OuterRef("pk"))
        .order_by()
        .values("post")
        .annotate(n=Count("official", distinct=True))
    )
    return (
        Post.objects.filter(merged_into__isnull=True)
        .select_related("organization")
        .annotate(holder_count=Coalesce(Subquery(holders.values("n")[:1]), 0))
        .order_by("name", "id")
    )


def holders_of(post: Post) -> QuerySet[Position]:
    """Who held the post, latest first."""
    return (
        Position.objects.filter(post=post)
        .select_related("official")
        .order_by(F("last_seen").desc(nulls_last=True), "official__name", "id")
    )
