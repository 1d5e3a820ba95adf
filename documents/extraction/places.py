"""The place an article is about: the province or city of the body that held its meeting.

Read from the organizer ("Ban Thường vụ Tỉnh ủy Cao Bằng"), else, when no organizer is
named, from the meeting's name ("Hội nghị Ban Chấp hành Đảng bộ tỉnh Yên Bái"); a meeting
held by a central body has no such place, whatever city it met in. "Hồ Chí Minh" alone is
a name, not the city. The service gives generic bodies ("Tỉnh ủy")
this place.
"""

from __future__ import annotations

import re
from functools import cache

from documents.extraction.result import Conference
from documents.extraction.wordlists import entries


@cache
def _provinces() -> tuple[re.Pattern[str], dict[str, str]]:
    canonical: dict[str, str] = {}
    for entry in entries("provinces"):
        written, _, name = (part.strip() for part in entry.partition("="))
        canonical[written] = name or written
    names = sorted(canonical, key=len, reverse=True)
    return re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, names)) + r")(?![^\W_])"), canonical


def province_in(text: str | None) -> str | None:
    """The first province or city named in text, written the canonical way."""
    if not text:
        return None
    pattern, canonical = _provinces()
    found = pattern.search(text)
    return canonical[found.group()] if found else None


def place_of(conference: Conference | None) -> str | None:
    if conference is None:
        return None
    if conference.organizer:  # a named organizer without a province is central (Quốc hội, Ban Bí thư)
        return province_in(conference.organizer)
    return province_in(conference.name)


_POINT = re.compile(r"(?i:điểm cầu)\s+")
_SENTENCE_END = re.compile(r"[.;!?\n]")


def place_before(text: str, start: int, reach: int = 240) -> str | None:
    """The province of the connection point a name stands at: "Tại điểm cầu Thừa Thiên Huế có đồng chí X"."""
    window = text[max(0, start - reach) : start]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    points = list(_POINT.finditer(window))
    return province_in(window[points[-1].end() :]) if points else None
