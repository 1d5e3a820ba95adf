"""Posts: a title in an organisation, written one canonical way whatever an article's split or spelling.

Articles split "Trưởng ban Tổ chức Trung ương" as "Trưởng | Ban Tổ chức Trung ương" in one
place and "Trưởng ban Tổ chức | Trung ương" in the next; the post is title "Trưởng ban"
in "Ban Tổ chức Trung ương" both times. Case ("ủy viên"), tone placement ("Uỷ") and a
leading "nguyên" (former: kept on the holding, not the post) do not make another post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.names import clean_name, modern_tones, name_key

_FORMER = re.compile(r"^(?:nguyên)\s+", re.IGNORECASE)
# "… Trưởng ban [Thường trực] [Ban] X": the board is the organisation, whichever side the article put "ban" on.
_BOARD_HEAD = re.compile(r"^(?P<lead>.*?\btrưởng)\s+ban\b(?P<rest>.*)$", re.IGNORECASE)
_STANDING = re.compile(r"^\s*thường trực\b", re.IGNORECASE)


@dataclass(frozen=True)
class CanonicalPost:
    title: str
    organization: str | None
    former: bool = False

    @property
    def name(self) -> str:
        return post_name(self.title, self.organization)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def canonical_post(title: str, organization: str | None) -> CanonicalPost:
    """The one way of writing the post an article writes as title (+ organisation)."""
    full = modern_tones(clean_name(f"{title} {organization or ''}"))
    former = bool(_FORMER.match(full))
    full = _FORMER.sub("", full)
    board = _BOARD_HEAD.match(full)
    if board is not None:
        rest = board.group("rest").strip()
        head = f"{board.group('lead')} ban"
        standing = _STANDING.match(rest)
        if standing:
            head += " Thường trực"
            rest = rest[standing.end() :].strip()
        if rest and not rest.lower().startswith("ban "):
            rest = f"Ban {rest}"
        org = _capitalised(rest) if rest else None
        return CanonicalPost(_capitalised(head), org, former)
    title = modern_tones(clean_name(title))
    title = _FORMER.sub("", title)
    org = modern_tones(clean_name(organization)) if organization and organization.strip() else None
    return CanonicalPost(_capitalised(title) or full, org, former)


def post_name(title: str, organization: str | None) -> str:
    """The post as one name: "Trưởng ban" in "Ban Tổ chức Trung ương" is "Trưởng Ban Tổ chức Trung ương"."""
    if not organization:
        return title
    if title.lower().endswith(" ban") and organization.lower().startswith("ban "):
        return f"{title[:-4]} {organization}"
    if title.lower() == "trưởng ban" and organization.lower().startswith("ban "):
        return f"Trưởng {organization}"
    return f"{title} {organization}"


def post_key(title: str, organization_id: int | None) -> str:
    return f"{name_key(title)}@{organization_id or ''}"[:400]
