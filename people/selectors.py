"""Read queries for officials and organisations."""

from django.db.models import F, Prefetch, QuerySet, Window
from django.db.models.functions import RowNumber

from core.expressions import CountOf
from core.models import count_of, quoted
from core.prefetch import loaded
from meetings.models import Participant
from people.models import Official, Organization, Position, PositionEvidence, Post

# What a position answers with: its own columns and its body's name (the body's other columns stay unread).
POSITION_COLUMNS = (
    "id",
    "official",
    "text",
    "title",
    "organization",
    "organization__name",
    "post",
    "former",
    "first_seen",
    "last_seen",
)


def shown_positions() -> QuerySet[Position]:
    return Position.objects.select_related("organization").only(*POSITION_COLUMNS)


def shown_on(positions: QuerySet[Position]) -> Prefetch:
    """An official's positions, as a plain list."""
    return Prefetch("positions", queryset=positions, to_attr=loaded("positions"))


def official_list() -> QuerySet[Official]:
    positions = shown_positions().order_by("id")
    return Official.objects.all().prefetch_related(shown_on(positions)).order_by("name", "id")


# A detail page carries the latest few of each list; the whole list is its own paginated endpoint.
LATEST = 5


def official_detail() -> QuerySet[Official]:
    positions = shown_positions().annotate(evidence_count=count_of(PositionEvidence, "position")).order_by("id")
    return (
        Official.objects.all()
        .annotate(participation_count=count_of(Participant, "official"))
        .prefetch_related(shown_on(positions))
    )


def latest_evidence(positions: list[Position], per_position: int = 3) -> dict[int, list[PositionEvidence]]:
    """The latest evidence of each position, in one query (a window per position), quotes cut in SQL."""
    rank = Window(
        RowNumber(), partition_by=[F("position_id")], order_by=[F("observed_on").desc(nulls_last=True), F("id").desc()]
    )
    rows = (
        quoted(PositionEvidence.objects.filter(position__in=positions))
        .annotate(rank=rank)
        .filter(rank__lte=per_position)
    )
    found: dict[int, list[PositionEvidence]] = {p.pk: [] for p in positions}
    for row in rows.order_by("position_id", "rank"):
        found[row.position_id].append(row)
    return found


def participations_of_official(official: Official | None = None) -> QuerySet[Participant]:
    """An official's participations, latest conference first."""
    rows = Participant.objects.select_related("conference").order_by(F("conference__date").desc(nulls_last=True), "-id")
    return rows.filter(official=official) if official is not None else rows


def holdings_of_official(official: Official) -> QuerySet[Position]:
    return (
        shown_positions()
        .filter(official=official)
        .annotate(evidence_count=count_of(PositionEvidence, "position"))
        .order_by(F("last_seen").desc(nulls_last=True), "id")
    )


def members_of(organization: Organization) -> QuerySet[Position]:
    """Who held a post in the organisation, latest first."""
    return (
        Position.objects.filter(organization=organization)
        .select_related("official")
        .order_by(F("last_seen").desc(nulls_last=True), "official__name", "id")
    )


def _count_of(related_name: str) -> CountOf:
    """How many rows point at the outer organisation through a reverse relation (a subquery: no join fan-out).

    The relation is looked up on the model, so apps that link to organisations need not be imported here.
    """
    relation = Organization._meta.get_field(related_name)
    return count_of(relation.related_model, relation.field.name)


def organization_list() -> QuerySet[Organization]:
    return (
        Organization.objects.all()
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
    holder_count = count_of(Position, "post", distinct="official")
    return Post.objects.all().annotate(holder_count=holder_count).order_by("name", "id")


def holders_of(post: Post) -> QuerySet[Position]:
    """Who held the post, latest first."""
    return (
        Position.objects.filter(post=post)
        .select_related("official")
        .order_by(F("last_seen").desc(nulls_last=True), "official__name", "id")
    )
