"""The officials an article names, resolved together: namesakes told apart by the bodies they serve in.

A name joins the official of that name whose positions share an organisation with the
article's; with no such official it becomes a new one, offered to curators as a possible
duplicate, unless the article or the namesakes give no organisation to tell them apart.
The names are resolved in the article's order, each seeing the officials and positions the
ones before it resolved to, as if they were written one by one; the writes go out together.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q

from core.bulk import create_all, update_all
from core.names import clean_name, name_key, search_key
from core.review import PendingFlags, ReviewReason, close_about
from core.upsert import Presence, serialize_on
from people.models import Official, Position, PositionEvidence


@dataclass
class NamedOfficial:
    name: str
    organizations: set[int]  # the bodies the article names the official's positions in
    holds_in: set[int] = field(default_factory=set)  # the bodies of the posts those positions are


def _id(official: Official) -> int:
    return official.pk if official.pk is not None else id(official)


class _Plan:
    """Whom each name denotes, with the officials to create and the flags to raise."""

    def __init__(self, keys: set[str], search_keys: set[str]) -> None:
        # The officials of these names, and those spelled alike without marks (possible duplicates of new ones).
        alike = Q(search_key__in=search_keys, merged_into__isnull=True)
        rows, held_by = _with_positions(Q(name_key__in=keys) | alike)
        self.read = [row.pk for row in rows]
        self.namesakes: dict[str, list[Official]] = defaultdict(list)
        self.alike: dict[str, list[Official]] = defaultdict(list)
        for row in rows:
            if row.search_key in search_keys and row.merged_into_id is None:
                self.alike[row.search_key].append(row)
            if row.name_key not in keys:
                continue
            survivor = row.survivor()
            if survivor not in self.namesakes[row.name_key]:
                self.namesakes[row.name_key].append(survivor)
        self.held: dict[int, set[int]] = defaultdict(set)
        everyone = {o.pk for found in self.namesakes.values() for o in found}
        # Every position of every namesake: what tells them apart, and what the import's positions are matched to;
        # read with them, but for a namesake that other records were merged into under another name.
        unread = everyone - held_by.keys()
        if unread:
            for position in Position.objects.filter(official__in=unread).order_by("id"):
                held_by.setdefault(position.official_id, []).append(position)
        self.positions = [position for pk in sorted(everyone) for position in held_by[pk]]
        for position in self.positions:
            if position.organization_id is not None:
                self.held[position.official_id].add(position.organization_id)
        self.new: list[tuple[Official, Official | None]] = []  # each new official and a namesake it may be
        self.respelled: dict[int, Official] = {}
        self.flags: list[tuple] = []

    def resolve(self, person: NamedOfficial) -> Official:
        display = clean_name(person.name)
        key = name_key(display)[:200]
        namesakes = self.namesakes[key]
        official = self._pick(display, namesakes, person.organizations)
        if official is None:
            official = Official(name=display, name_key=key, search_key=search_key(display)[:200])
            self.new.append((official, namesakes[0] if namesakes else None))
            namesakes.append(official)
        elif self._new_spelling(official, display):
            official.other_names = [*official.other_names, display]
            if official.pk is not None:
                self.respelled[official.pk] = official
        self.held[_id(official)] |= person.holds_in
        return official

    @staticmethod
    def _new_spelling(official: Official, display: str) -> bool:
        return (
            display != official.name
            and display not in official.other_names
            and "other_names" not in official.locked_fields
        )

    def _pick(self, display: str, namesakes: list[Official], organizations: set[int]) -> Official | None:
        agreeing = [o for o in namesakes if self.held[_id(o)] & organizations]
        if agreeing:
            if len(agreeing) > 1:
                detail = f"{display!r} matched two officials."
                self.flags.append((ReviewReason.POSSIBLE_DUPLICATE, agreeing[1], detail, agreeing[0]))
            return agreeing[0]
        if namesakes and (not organizations or not any(self.held[_id(o)] for o in namesakes)):
            return namesakes[0]  # nothing tells them apart: the first of the name
        return None  # a namesake in other bodies: another person, until a curator says otherwise


def _with_positions(condition: Q) -> tuple[list[Official], dict[int, list[Position]]]:
    """The officials matching, in id order, and the positions of each, in id order: one query, joining the
    positions to the officials (a row per official and position, or one with no position)."""
    own = [f.attname for f in Official._meta.concrete_fields]
    theirs = [f.attname for f in Position._meta.concrete_fields]
    rows = Official.objects.filter(condition).order_by("pk", "positions__id")
    officials: dict[int, Official] = {}
    positions: dict[int, list[Position]] = {}
    at, position_at = own.index(Official._meta.pk.attname), len(own) + theirs.index(Position._meta.pk.attname)
    for values in rows.values_list(*own, *(f"positions__{name}" for name in theirs)):
        pk = values[at]
        if pk not in officials:
            officials[pk] = Official.from_db(rows.db, own, values[: len(own)])
            positions[pk] = []
        if values[position_at] is not None:  # None when the official holds no position
            positions[pk].append(Position.from_db(rows.db, theirs, values[len(own) :]))
    return list(officials.values()), positions


@dataclass
class ResolvedOfficials:
    officials: list[Official]  # in the order of the names
    positions: list[Position]  # every position the officials held before this import


def resolve_officials(people: list[NamedOfficial], flags: PendingFlags) -> ResolvedOfficials:
    """The Official each name denotes, in order; new ones created, other spellings remembered."""
    keys = {name_key(clean_name(person.name))[:200] for person in people}
    search_keys = {search_key(clean_name(person.name))[:200] for person in people}
    plan = _Plan(keys, search_keys)
    found = [plan.resolve(person) for person in people]
    # Another import may be creating the same people: wait for it, then decide again on what it wrote. A
    # namesake it made has the search key (a fold of the name) of one of these names.
    made_meanwhile = Presence(Official, {"search_key": search_keys}, known=plan.read)
    turns = (f"official:{official.name_key}" for official, _ in plan.new)
    if plan.new and serialize_on(*turns, look_for=made_meanwhile):
        plan = _Plan(keys, search_keys)
        found = [plan.resolve(person) for person in people]
    create_all(Official, [official for official, _ in plan.new])
    update_all(Official, list(plan.respelled.values()), {"other_names"})
    for flag in plan.flags:
        flags.add(*flag)
    holds: dict[int, list[str]] = defaultdict(list)
    for position in plan.positions:
        holds[position.official_id].append(position.text)
    _flag_possible_duplicates(plan.new, plan.alike, flags, holds)
    return ResolvedOfficials(found, plan.positions)


def _flag_possible_duplicates(
    new: list[tuple[Official, Official | None]],
    alike: dict[str, list[Official]],
    flags: PendingFlags,
    holds: dict[int, list[str]],
) -> None:
    """A new official whose name is another's, or is spelled like another's without its marks, is offered
    to curators; each is compared with the officials that existed when it was made. The item says what the
    other holds, which the article did not name this one in."""
    for n, (official, namesake) in enumerate(new):
        earlier = [*alike[official.search_key], *(o for o, _ in new[:n] if o.search_key == official.search_key)]
        earlier.sort(key=lambda other: (other.name, other.pk))
        same = namesake or next(iter(earlier), None)
        if same is not None:
            held = holds.get(same.pk, []) if same.pk is not None else []
            shown = "; ".join(held[:3]) + ("; …" if len(held) > 3 else "")
            detail = f"{official.name!r} may be {same.name!r}" + (f", who holds: {shown}." if held else ".")
            flags.add(ReviewReason.POSSIBLE_DUPLICATE, official, detail, other=same)


def remove_unfounded(official_ids: set[int]) -> list[int]:
    """Removes those of these officials nothing founds any more: no article shows them, they take part in no
    meeting, no curator set anything on them or on their positions and no other record was merged into them.
    A new parse that resolves a name to another namesake (its bodies now tell them apart) leaves no empty
    person behind; the removal leaves a tombstone, and the review items about the removed official are
    closed."""
    if not official_ids:
        return []
    from meetings.models import Participant

    unfounded = (
        Official.objects.filter(pk__in=official_ids, locked_fields=[])
        .exclude(Exists(PositionEvidence.objects.filter(position__official=OuterRef("pk"))))
        .exclude(Exists(Participant.objects.filter(official=OuterRef("pk"))))
        .exclude(Exists(Official.objects.filter(merged_into=OuterRef("pk"))))
        .exclude(Exists(Position.objects.filter(official=OuterRef("pk")).exclude(locked_fields=[])))
    )
    removed = list(unfounded.values_list("pk", flat=True))
    if removed:
        Official.objects.filter(pk__in=removed).delete()
        close_about(Official, removed, "The official was removed: no article shows them any more.")
    return removed
