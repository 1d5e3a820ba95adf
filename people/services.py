"""Resolving names to the one Official or Organization record they denote, one name at a time.

The import resolves all of an article's names together (``people.importing``); these are
the same rules for a single name, for curators' tools and the shell.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.review import PendingFlags
from core.upsert import ImportCounts
from people.importing.officials import NamedOfficial, resolve_officials
from people.importing.organizations import OrganizationResolver, is_generic_body, placed_name
from people.importing.positions import Holding, record_evidence, record_positions
from people.importing.posts import PostResolver
from people.models import Official, Organization, Position, PositionEvidence, Post

__all__ = [
    "is_generic_body",
    "placed_name",
    "record_position",
    "record_position_evidence",
    "resolve_official",
    "resolve_organization",
    "resolve_post",
]


def resolve_organization(
    name: str | None, place: str | None = None, article_id: int | None = None
) -> Organization | None:
    """The Organization a name denotes, created on first sight; a provincial body is completed with the place."""
    flags = PendingFlags()
    organization = OrganizationResolver(article_id, flags).get(name, place)
    flags.flush()
    return organization


def resolve_official(name: str, organizations: Iterable[int] = ()) -> Official:
    """The Official a name denotes in an article whose positions name these organisations."""
    flags = PendingFlags()
    (official,) = resolve_officials([NamedOfficial(name, set(organizations))], flags).officials
    flags.flush()
    return official


def resolve_post(
    title: str, organization: str | None, place: str | None = None, article_id: int | None = None
) -> tuple[Post, bool]:
    """The Post an article's title and organisation denote, created on first sight; and whether it is held as former."""
    flags = PendingFlags()
    found = PostResolver(OrganizationResolver(article_id, flags)).get(title, organization, place)
    flags.flush()
    return found


def record_position(
    official: Official,
    text: str,
    title: str,
    organization: str | None,
    place: str | None = None,
    article_id: int | None = None,
) -> Position:
    """The official's holding of the post the text names: one per official, post and "former"."""
    post, former = resolve_post(title, organization, place, article_id)
    (position,) = record_positions([Holding(official, post, former, text)])
    return position


def record_position_evidence(
    position: Position, article, span: tuple[int, int], observed_on, counts: ImportCounts | None = None
) -> PositionEvidence:
    """Where an article shows the position, and when; keeps the position's first and last seen dates.

    The article's other evidence is kept: only the import knows all an article shows.
    """
    counts = counts if counts is not None else ImportCounts()
    recorded = record_evidence(article, [(position, span, observed_on)], counts, remove_unseen=False)
    return recorded.by_position[position.pk]
