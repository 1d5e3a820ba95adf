"""Resolving names to the one Official or Organization record they denote."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from contextvars import ContextVar

from django.db.models import Max, Min

from core.names import clean_name, modern_tones, name_key, search_key
from core.review import ReviewReason, flag
from core.upsert import ImportCounts, apply_values, serialize_on, upsert
from people import bodies
from people.bodies import canonical_body
from people.models import Official, Organization, Position, PositionEvidence, Post
from people.posts import canonical_post, post_key, post_name

# A body named only by its kind, with no place: "Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "UBND tỉnh", "Đảng ủy".
GENERIC_BODY = re.compile(
    r"^(?:(?:ban (?:tổ chức|tuyên giáo|dân vận|thường vụ|chấp hành|kiểm tra|nội chính)(?: đảng bộ)?|"
    r"ủy ban kiểm tra|uỷ ban kiểm tra|văn phòng|thường trực)\s+)?"
    r"(?:tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|huyện uỷ|quận ủy|quận uỷ|thị ủy|thị uỷ|đảng ủy|đảng uỷ|"
    r"đảng bộ|chi bộ|(?:hđnd|ubnd|ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân|ubmttq)"
    r"(?:\s+(?:tỉnh|thành phố|huyện|quận|xã|phường))?)$"
)


def is_generic_body(name: str) -> bool:
    return bool(GENERIC_BODY.match(name_key(name)))


# Bodies of a province or a centrally-run city, named without it; the article's place completes them.
_PROVINCIAL = re.compile(
    r"^(?:ban [^\d]{2,40} |ủy ban kiểm tra |văn phòng )?(?P<head>tỉnh ủy|thành ủy|(?:hđnd|ubnd|ủy ban nhân dân|"
    r"hội đồng nhân dân) (?P<level>tỉnh|thành phố))$"
)
CITIES = {"Hà Nội", "Thành phố Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}


def placed_name(name: str, place: str | None) -> str:
    """A provincial body named without its province, completed with the article's place when the two fit:
    "Tỉnh ủy" of Long An is "Tỉnh ủy Long An"; a city has a "Thành ủy", a province a "Tỉnh ủy"."""
    generic = _PROVINCIAL.match(modern_tones(name_key(name)))
    if not place or generic is None:
        return name
    city_body = generic.group("head") == "thành ủy" or generic.group("level") == "thành phố"
    return f"{name} {place}" if city_body == (place in CITIES) else name


# Within one import, the organisations its names resolved to: an article names the same body many times.
_resolved_organizations: ContextVar[dict[str, Organization | None] | None] = ContextVar(
    "resolved_organizations", default=None
)


@contextlib.contextmanager
def remembering_organizations() -> Iterator[None]:
    """Inside the block (one import, in one transaction) a body's name is looked up once."""
    token = _resolved_organizations.set({})
    try:
        yield
    finally:
        _resolved_organizations.reset(token)


def resolve_organization(
    name: str | None, place: str | None = None, article_id: int | None = None
) -> Organization | None:
    """The Organization a name denotes, created on first sight; a provincial body is completed with the place.

    A generic body the article gives no place ("Tỉnh ủy") is that article's own unresolved body, queued for
    curators: never one "Tỉnh ủy" gathering the positions of every province.
    """
    if not name or not name.strip():
        return None
    name = canonical_body(placed_name(clean_name(name), place))
    key = name_key(name)
    generic = is_generic_body(name)
    if generic and article_id is not None:
        key = f"{key} #article {article_id}"
    remembered = _resolved_organizations.get()
    if remembered is not None and key in remembered:
        return remembered[key]
    found = _find_or_create_organization(name, key, generic, place, article_id)
    if remembered is not None:
        remembered[key] = found
    return found


def _find_or_create_organization(
    name: str, key: str, generic: bool, place: str | None, article_id: int | None
) -> Organization:
    org = Organization.objects.filter(name_key=key[:300]).first()
    created = org is None
    if created:
        parent_name = bodies.parent_name(name)
        parent = resolve_organization(parent_name, place, article_id) if parent_name else None
        org, created = Organization.objects.get_or_create(
            name_key=key[:300],
            defaults={
                "name": name[:300],
                "search_key": search_key(name)[:300],
                "parent": parent,
                "kind": bodies.kind_under(name, parent.name if parent else None),
                "level": bodies.level_of(name) or (parent.level if parent else ""),
            },
        )
    if created and generic:
        where = f" in article {article_id}" if article_id is not None else ""
        flag(ReviewReason.GENERIC_BODY, org, f"{name!r}{where} names a kind of body, not which one: give it its place.")
    return org.survivor()


def resolve_official(name: str, organizations: Iterable[int] = ()) -> Official:
    """The Official a name denotes in an article whose positions name these organisations.

    A name joins the official of that name whose positions share an organisation with the
    article's; with no such official it becomes a new one, offered to curators as a possible
    duplicate, unless the article or the namesakes give no organisation to tell them apart.
    """
    display = clean_name(name)
    key = name_key(display)[:200]
    serialize_on(f"official:{key}")
    organizations = set(organizations)
    namesakes = list(dict.fromkeys(o.survivor() for o in Official.objects.filter(name_key=key).order_by("pk")))
    if namesakes:
        official = _pick_namesake(display, namesakes, organizations)
        if official is not None:
            _remember_spelling(official, display)
            return official
    official = Official.objects.create(name=display, name_key=key, search_key=search_key(display)[:200])
    same = namesakes[0] if namesakes else None
    same = (
        same
        or Official.objects.filter(search_key=official.search_key, merged_into__isnull=True)
        .exclude(pk=official.pk)
        .first()
    )
    if same is not None:
        flag(ReviewReason.POSSIBLE_DUPLICATE, official, f"{display!r} may be {same.name!r}.", other=same)
    return official


def _pick_namesake(display: str, namesakes: list[Official], organizations: set[int]) -> Official | None:
    held: dict[int, set[int]] = {o.pk: set() for o in namesakes}
    rows = Position.objects.filter(official__in=namesakes, organization__isnull=False)
    for official_id, organization_id in rows.values_list("official_id", "organization_id"):
        held[official_id].add(organization_id)
    agreeing = [o for o in namesakes if held[o.pk] & organizations]
    if agreeing:
        if len(agreeing) > 1:
            flag(ReviewReason.POSSIBLE_DUPLICATE, agreeing[1], f"{display!r} matched two officials.", other=agreeing[0])
        return agreeing[0]
    if not organizations or not any(held.values()):
        return namesakes[0]  # nothing tells them apart: the first of the name
    return None  # a namesake in other bodies: another person, until a curator says otherwise


def _remember_spelling(official: Official, display: str) -> None:
    if display != official.name and display not in official.other_names and "other_names" not in official.locked_fields:
        official.other_names = [*official.other_names, display]
        official.save(update_fields=["other_names", "updated_at"])


def resolve_post(
    title: str, organization: str | None, place: str | None = None, article_id: int | None = None
) -> tuple[Post, bool]:
    """The Post an article's title and organisation denote, created on first sight; and whether it is held as former."""
    canonical = canonical_post(title, organization)
    org = resolve_organization(canonical.organization, place, article_id)
    key = post_key(canonical.title, org.pk if org else None)
    name = post_name(canonical.title, org.name if org else None)
    post, _ = Post.objects.get_or_create(
        key=key, defaults={"title": canonical.title[:300], "organization": org, "name": name[:600]}
    )
    return post.survivor(), canonical.former


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
    holding_key = f"{post.key}|former" if former else post.key
    position = Position.objects.filter(official=official, post=post, former=former).first()
    if position is None:
        position, _ = upsert(
            Position,
            {"official": official, "text_key": holding_key[:500]},
            {
                "text": text[:500],
                "title": post.title,
                "organization": post.organization,
                "post": post,
                "former": former,
            },
        )
    return position


def record_position_evidence(
    position: Position, article, span: tuple[int, int], observed_on, counts: ImportCounts | None = None
) -> PositionEvidence:
    """Where an article shows the position, and when; keeps the position's first and last seen dates."""
    values = {"start": span[0], "end": span[1], "observed_on": observed_on}
    evidence = PositionEvidence.objects.filter(position=position, article=article).first()
    if evidence is None:
        evidence = PositionEvidence.objects.create(position=position, article=article, **values)
        if counts is not None:
            counts.inserted += 1
        # One more date can only widen the range: no need to read the others.
        seen = [d for d in (position.first_seen, position.last_seen, observed_on) if d is not None]
        _set_seen(position, min(seen, default=None), max(seen, default=None))
        return evidence
    moved = evidence.observed_on != observed_on
    apply_values(evidence, values, counts)
    if moved:  # the date this article gave changed: the range is read again from every article's date
        seen = position.evidence.aggregate(first=Min("observed_on"), last=Max("observed_on"))
        _set_seen(position, seen["first"], seen["last"])
    return evidence


def _set_seen(position: Position, first, last) -> None:
    if (position.first_seen, position.last_seen) != (first, last):
        Position.objects.filter(pk=position.pk).update(first_seen=first, last_seen=last)
        position.first_seen, position.last_seen = first, last
