"""Who wrote an article: the byline, on its own line or at the end of the last paragraph.

"Tin: Ngọc Diệp Ảnh: PG" → "Ngọc Diệp"; "… văn minh. Quỳnh Hoa (TTXVN)" → "Quỳnh Hoa";
"Theo Quốc Thanh (NNVN)" → "Quốc Thanh"; "Minh Châm/VOV-Trung tâm Tin" → "Minh Châm";
"Đình Phú - Trung Hiếu" and "PV" stay as written. An agency alone ("TTXVN/Tin Tức") or a
source ("Nguồn: …") names no one.
"""

from __future__ import annotations

import re

_PREFIX = re.compile(
    r"^(?:(?:Tin|Bài|Tin/ảnh|Bài/ảnh|Nhóm PV|PV)\s*:\s*|(?:Tin và ảnh|Bài và ảnh|Tin, ảnh|Bài, ảnh)\s*:?\s*|Theo\s+)",
    re.IGNORECASE,
)
_PHOTO = re.compile(r"\s*(?:[-–,;]\s*)?(?:Ảnh|Video|Đồ họa|Clip)\s*:.*$", re.IGNORECASE)
_AGENCY_IN_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")
_AGENCY_AFTER_SLASH = re.compile(r"\s*/\s*\S.*$")
_TO_BE_CONTINUED = re.compile(r"^\(?\s*(?i:còn nữa|còn tiếp|hết)\s*\)?\s*")
_AGENCIES = frozenset(
    {"TTXVN", "VNA", "VOV", "VTV", "VTC", "VNEXPRESS", "TIN TỨC", "VIETNAMPLUS", "QĐND", "SGGP", "NLĐ", "TTO"}
)
_SOURCE = re.compile(r"^(?i:nguồn|theo nguồn)\s*:")
# Where a sentence ends inside a last paragraph: ". ", "./. ", "… ", "” ", "! ", "? ".
_STOP = re.compile(r"(?:\./\.|[.!?…]+)[”\"’]?\s+|[”\"]\s+")
# A byline line is a name with a prefix and a photo credit: a longer line is a paragraph.
_LONGEST_LINE = 200
# How far from a paragraph's end a byline may start.
_LONGEST_TAIL = 100
_JOINERS = {"-", "–", "&", "và"}


def looks_like_a_name(text: str) -> bool:
    """One to six capitalised words (ten when names are joined by ' - '), no digits."""
    words = text.split()
    joined = any(w in _JOINERS for w in words)
    if not 1 <= len(words) <= (10 if joined else 6) or len(text) > (90 if joined else 60):
        return False
    return all(w[:1].isupper() or w in _JOINERS for w in words) and not re.search(r"\d", text)


def parse_byline(line: str) -> str | None:
    """The name(s) a byline line gives, or None when the line is not a byline."""
    text = line.strip()
    if len(text) > _LONGEST_LINE or _SOURCE.match(text):
        return None
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    text = _TO_BE_CONTINUED.sub("", text)
    text = _PHOTO.sub("", _PREFIX.sub("", text))
    text = _AGENCY_AFTER_SLASH.sub("", _AGENCY_IN_BRACKETS.sub("", text))
    text = text.strip(" .-–,")
    if text.upper() in _AGENCIES:
        return None
    return text if looks_like_a_name(text) else None


def byline_at_the_end(paragraph: str) -> tuple[str, int] | None:
    """A byline closing a paragraph ("… văn minh. Quỳnh Hoa (TTXVN)"): the name and where it starts."""
    floor = max(0, len(paragraph) - _LONGEST_TAIL)
    for stop in _STOP.finditer(paragraph, floor):
        author = parse_byline(paragraph[stop.end() :])
        if author:
            return author, stop.end()
    return None
