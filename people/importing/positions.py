"""An article's holdings of posts and the evidence for them, read in one query per kind and written in bulk.

A holding is one per official, post and "former"; the evidence is one per holding and
article, with the date the article speaks of, which keeps the holding's first and last
seen dates: a new date widens the range, a changed one reads the other articles' dates again.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from django.db.models import F, Max, Min

from core.bulk import create_all, update_all
from core.upsert import ImportCounts, RowsByKey, stage_values, stored_by_key
from people.models import Official, Position, PositionEvidence, Post


@dataclass
class Holding:
    official: Official
    post: Post
    former: bool
    text: str


def record_positions(
    holdings: list[Holding], stored: list[Position] | None = None, observed_on: dt.date | None = None
) -> list[Position]:
    """The Position of each holding, created when the official never held it (in the holdings' order);
    ``stored``, when given, is every position the holdings' officials held. ``observed_on``, the date the
    article shows the holdings, is a new position's first and last seen date from its insert on (its
    evidence would otherwise set them with an update)."""
    if stored is None:
        stored = Position.objects.filter(official__in={h.official.pk for h in holdings}).order_by("official_id", "id")
    by_post: dict[tuple, Position] = {}
    by_text: dict[tuple, Position] = {}
    for position in stored:
        by_post.setdefault((position.official_id, position.post_id, position.former), position)
        by_text[(position.official_id, position.text_key)] = position
    new: list[Position] = []
    changed: dict[int, Position] = {}
    fields: set[str] = set()
    found = []
    for holding in holdings:
        official, post = holding.official, holding.post
        position = by_post.get((official.pk, post.pk, holding.former))
        if position is None:
            text_key = (f"{post.key}|former" if holding.former else post.key)[:500]
            values = {
                "text": holding.text[:500],
                "title": post.title,
                "organization": post.organization,
                "post": post,
                "former": holding.former,
            }
            position = by_text.get((official.pk, text_key))
            if position is None:
                position = Position(
                    official=official, text_key=text_key, first_seen=observed_on, last_seen=observed_on, **values
                )
                new.append(position)
            elif position.pk is not None and (staged := stage_values(position, values)):
                changed[position.pk] = position
                fields.update(staged)
            by_text[(official.pk, text_key)] = position
            by_post[(official.pk, post.pk, holding.former)] = position
        found.append(position)
    create_all(Position, new)
    update_all(Position, list(changed.values()), fields)
    return found


@dataclass
class RecordedEvidence:
    by_position: dict[int, PositionEvidence]
    dropped_officials: set[int]  # officials whose evidence in the article is gone
    # positions the article no longer shows, with their post and body: (position, post, organization)
    dropped_positions: set[tuple[int, int | None, int | None]]


def record_evidence(
    article,
    sightings: list[tuple[Position, tuple[int, int], dt.date | None]],
    counts: ImportCounts,
    remove_unseen: bool = True,
    later: bool = False,
) -> RecordedEvidence:
    """Where the article shows each position and when, by position; evidence of this article it no longer
    shows is removed. ``later``: new evidence is inserted when a gathering block ends, and has no id meanwhile."""
    stored_rows = PositionEvidence.objects.filter(article=article).annotate(
        official_id=F("position__official_id"),
        post_id=F("position__post_id"),
        organization_id=F("position__organization_id"),
    )
    if not remove_unseen:
        stored_rows = stored_rows.filter(position__in=[position for position, _, _ in sightings])
    stored = stored_by_key(article, "evidence", stored_rows, lambda evidence: evidence.position_id)
    rows = RowsByKey(PositionEvidence, stored, counts, later=later)
    positions: dict[int, Position] = {}
    moved: set[int] = set()
    for position, (start, end), observed_on in sightings:
        values = {"start": start, "end": end, "observed_on": observed_on}
        known = rows.get(position.pk)
        if known is not None and known.observed_on != observed_on:
            moved.add(position.pk)
        rows.put(position.pk, values, functools.partial(PositionEvidence, position=position, article=article, **values))
        positions[position.pk] = position
    rows.write()
    _keep_seen_dates(positions, rows.seen, moved, article)
    unseen = rows.unseen()
    if unseen:
        PositionEvidence.objects.filter(pk__in=[evidence.pk for evidence in unseen]).delete()
    return RecordedEvidence(
        rows.seen,
        {evidence.official_id for evidence in unseen},
        {(evidence.position_id, evidence.post_id, evidence.organization_id) for evidence in unseen},
    )


def _keep_seen_dates(positions: dict[int, Position], seen: dict, moved: set[int], article) -> None:
    others = {}
    if moved:  # the date this article gave changed: the range is read again from the other articles' dates
        rows = (
            PositionEvidence.objects.filter(position__in=moved)
            .exclude(article=article)
            .values("position")
            .annotate(first=Min("observed_on"), last=Max("observed_on"))
        )
        others = {row["position"]: (row["first"], row["last"]) for row in rows}
    changed = []
    for pk, position in positions.items():
        dates = list(others.get(pk, ())) if pk in moved else [position.first_seen, position.last_seen]
        dates = [d for d in [*dates, seen[pk].observed_on] if d is not None]
        first, last = min(dates, default=None), max(dates, default=None)
        if (position.first_seen, position.last_seen) != (first, last):
            position.first_seen, position.last_seen = first, last
            changed.append(position)
    update_all(Position, changed, {"first_seen", "last_seen"})
