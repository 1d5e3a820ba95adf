"""The import's people: an article's officials, their positions and the evidence for them, and their roles
at the meeting; each kind read in one query and written in bulk, in the order the article names them."""

from __future__ import annotations

import datetime as dt
import functools

from core.upsert import ImportCounts, RowsByKey, retire_records, stored_by_key
from documents.extraction import result as parsed
from documents.extraction.asides import without_asides
from meetings.models import Conference, Participant, ParticipantRole
from people.importing.officials import NamedOfficial, remove_unfounded, resolve_officials
from people.importing.organizations import OrganizationResolver
from people.importing.positions import Holding, record_evidence, record_positions
from people.importing.posts import PostResolver
from people.models import Official
from people.posts import canonical_post


def _post_of(p: parsed.Position) -> tuple[str, str | None]:
    """The title and body a position names, without what brackets add ("Chủ tịch Quốc hội (QH)" holds the post of
    "Chủ tịch Quốc hội"); the position as written is kept on its evidence."""
    return without_asides(p.title or p.text), without_asides(p.organization) if p.organization else None


def organization_names(officials: list[parsed.Official], place: str | None) -> list[tuple[str | None, str | None]]:
    """The bodies the officials' positions name, with the place that completes each."""
    return [
        (canonical_post(*_post_of(p)).organization, item.place or place)
        for item in officials
        for p in item.positions
        if p.text.strip()
    ]


def import_officials(
    article,
    conference: Conference | None,
    officials: list[parsed.Official],
    observed_on: dt.date | None,
    summary,
    place: str | None,
    organizations: OrganizationResolver,
    took_part: set[int] = frozenset(),
) -> set[tuple[int, int | None, int | None]]:
    """The article's officials, their positions and roles; the positions it no longer shows. ``took_part``:
    the officials of a meeting the parse no longer finds, which went with it."""
    counts = summary.counts
    officials = _founded(officials, conference, summary)
    wheres = [item.place or place for item in officials]  # a connection point's province, else the meeting's
    held = []  # each official's positions, with the title and body each names (``_post_of``)
    for item in officials:
        empty = [p for p in item.positions if not p.text.strip()]
        summary.skipped += [f"positions: an empty position of {item.name}"] * len(empty)
        held.append([(p, _post_of(p)) for p in item.positions if p.text.strip()])
    posts = PostResolver(organizations)
    posts.resolve((*named, where) for ps, where in zip(held, wheres, strict=True) for _, named in ps)
    people, held_posts = [], []
    for item, positions, where in zip(officials, held, wheres, strict=True):
        person = NamedOfficial(item.name, set())
        for _, named in positions:
            body = organizations.get(canonical_post(*named).organization, where)
            if body is not None:
                person.organizations.add(body.pk)
            post, former = posts.get(*named, where)
            if post.organization_id is not None:
                person.holds_in.add(post.organization_id)
            held_posts.append((post, former))
        people.append(person)
    resolved = resolve_officials(people, organizations.flags)
    found = resolved.officials
    summary.officials = [official.pk for official in found]
    counts["officials"].unchanged = len(set(summary.officials))

    holdings, spans = [], []
    held_in_order = iter(held_posts)
    for item, positions, official in zip(officials, held, found, strict=True):
        for p, _ in positions:
            post, former = next(held_in_order)
            holdings.append(Holding(official, post, former, p.text))
            spans.append(item.spans[0] if item.spans else (0, 0))
    recorded = record_positions(holdings, resolved.positions, observed_on)
    evidence = record_evidence(
        article,
        [(pos, span, observed_on) for pos, span in zip(recorded, spans, strict=True)],
        counts["positions"],
        later=True,  # its ids are not read, and its officials (found here) are no candidates for removal
    )
    dropped = (
        evidence.dropped_officials | took_part | _import_participants(article, conference, officials, found, summary)
    )
    candidates = dropped - set(summary.officials)
    if candidates:
        organizations.flags.flush()  # before the removal, which closes the items about whom it removes
    counts["officials"].removed += len(remove_unfounded(candidates))
    return evidence.dropped_positions


def _founded(officials: list[parsed.Official], conference: Conference | None, summary) -> list[parsed.Official]:
    """The officials the article can show: with a position to hold, or a meeting to take part in. A bare
    name in an article with no meeting would be a person no record links to any article."""
    founded = []
    for item in officials:
        if conference is None and not any(p.text.strip() for p in item.positions):
            summary.skipped.append(f"officials: {item.name}, with no position and no meeting to take part in")
        else:
            founded.append(item)
    return founded


def _import_participants(
    article, conference: Conference | None, officials: list[parsed.Official], found: list[Official], summary
) -> set[int]:
    """The officials' roles at the meeting; the officials of the roles the parse no longer finds."""
    counts: ImportCounts = summary.counts["participants"]
    if conference is None:
        for item in officials:
            if item.roles:
                summary.skipped.append(
                    f"participants: {item.name} as {', '.join(item.roles)}, with no meeting to take part in"
                )
        return set()
    rows_of_conference = Participant.objects.filter(conference=conference)
    stored = stored_by_key(article, "participants", rows_of_conference, lambda p: (p.official_id, p.role))
    rows = RowsByKey(Participant, stored, counts, later=True)  # their ids are not read
    for item, official in zip(officials, found, strict=True):
        unknown = [r for r in item.roles if r not in ParticipantRole.values]
        if unknown:
            summary.skipped.append(f"participants: the role(s) {', '.join(unknown)} of {item.name} are not known")
        start, end = item.spans[0] if item.spans else (0, 0)
        values = {"article": article, "start": start, "end": end, "raw_name": article.text[start:end] or item.name}
        for role in [r for r in item.roles if r in ParticipantRole.values] or [ParticipantRole.MENTIONED]:
            new = functools.partial(Participant, conference=conference, official=official, role=role, **values)
            rows.put((official.pk, role), values, new)
    rows.write()
    unseen = rows.unseen()
    retire_records(Participant, unseen, counts)
    return {participant.official_id for participant in unseen}
