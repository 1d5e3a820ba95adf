"""Resolving names to the one Official or Organization record they denote."""

from __future__ import annotations

import re

from django.db.models import Max, Min

from core.names import clean_name, name_key, search_key
from core.review import ReviewReason, flag
from core.upsert import ImportCounts, upsert
from people.models import Official, Organization, Position, PositionEvidence, Post
from people.posts import canonical_post, post_key

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


def resolve_organization(name: str | None) -> Organization | None:
    if not name or not name.strip():
        return None
    name = clean_name(name)
    org, created = Organization.objects.get_or_create(
        name_key=name_key(name)[:300], defaults={"name": name[:300], "search_key": search_key(name)[:300]}
    )
    if created and is_generic_body(name):
        flag(ReviewReason.GENERIC_BODY, org, f"{name!r} names a kind of body, not which one: give it its place.")
    return org.survivor()


def resolve_official(name: str) -> Official:
    """The Official for a name, created on first sight; other spellings are kept."""
    display = clean_name(name)
    official, created = Official.objects.get_or_create(
        name_key=name_key(display)[:200], defaults={"name": display, "search_key": search_key(display)[:200]}
    )
    if created:
        namesake = Official.objects.filter(search_key=official.search_key, merged_into__isnull=True).exclude(
            pk=official.pk
        )
        other = namesake.first()
        if other is not None:
            flag(ReviewReason.POSSIBLE_DUPLICATE, official, f"{display!r} may be {other.name!r}.", other=other)
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


def resolve_post(title: str, organization: str | None) -> tuple[Post, bool]:
    """The Post an article's title and organisation denote, created on first sight; and whether it is held as former."""
    canonical = canonical_post(title, organization)
    org = resolve_organization(canonical.organization)
    key = post_key(canonical.title, org.pk if org else None)
    post, _ = Post.objects.get_or_create(
        key=key, defaults={"title": canonical.title[:300], "organization": org, "name": canonical.name[:600]}
    )
    return post.survivor(), canonical.former


def record_position(official: Official, text: str, title: str, organization: str | None) -> Position:
    """The official's holding of the post the text names: one per official, post and "former"."""
    post, former = resolve_post(title, organization)
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
    evidence, _ = upsert(
        PositionEvidence,
        {"position": position, "article": article},
        {"start": span[0], "end": span[1], "observed_on": observed_on},
        counts,
    )
    seen = position.evidence.aggregate(first=Min("observed_on"), last=Max("observed_on"))
    if (position.first_seen, position.last_seen) != (seen["first"], seen["last"]):
        Position.objects.filter(pk=position.pk).update(first_seen=seen["first"], last_seen=seen["last"])
    return evidence
