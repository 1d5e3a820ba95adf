"""Resolving names to the one Official or Organization record they denote."""

from __future__ import annotations

from core.names import clean_name, name_key
from core.upsert import ImportCounts, upsert
from people.models import Official, Organization, Position, PositionEvidence


def resolve_organization(name: str | None) -> Organization | None:
    if not name or not name.strip():
        return None
    name = clean_name(name)
    org, _ = Organization.objects.get_or_create(name_key=name_key(name)[:300], defaults={"name": name[:300]})
    return org.survivor()


def resolve_official(name: str) -> Official:
    """The Official for a name, created on first sight; other spellings are kept."""
    display = clean_name(name)
    official, created = Official.objects.get_or_create(name_key=name_key(display)[:200], defaults={"name": display})
    official = official.survivor()  # a name merged into another official resolves to that one
    if (
        not created
        and display != official.name
        and display not in official.other_names
        and "other_names" not in official.locked_fields
    ):
        official.other_names = [*official.other_names, display]
        official.save(update_fields=["other_names", "updated_at"])
    return official


def record_position(official: Official, text: str, title: str, organization: str | None) -> Position:
    position, _ = upsert(
        Position,
        {"official": official, "text_key": name_key(text)[:500]},
        {"text": text[:500], "title": title[:300], "organization": resolve_organization(organization)},
    )
    return position


def record_position_evidence(
    position: Position, article, span: tuple[int, int], observed_on, counts: ImportCounts | None = None
) -> PositionEvidence:
    evidence, _ = upsert(
        PositionEvidence,
        {"position": position, "article": article},
        {"start": span[0], "end": span[1], "observed_on": observed_on},
        counts,
    )
    return evidence
