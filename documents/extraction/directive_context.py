"""What the sentence around a citation says of a document that its own words ("… của X") do not.

- The issuer, term and date as the sentence's subject: "Ban Bí thư ban hành Chỉ thị số …", "ngày
  12-3-2012, BCH Đảng bộ tỉnh khóa XVII đã ban hành Nghị quyết số 04 …", "Trung ương đã xem xét …,
  ban hành Nghị quyết 21-NQ/TW".
- The plenum that adopted a resolution: "Nghị quyết Hội nghị Trung ương 5 khóa XIII (các nghị quyết
  số 18, 19, 20, 21-NQ/TW)", "Nghị quyết số … tại Hội nghị Trung ương 7 khóa X". An article about one
  plenum's resolutions gives that plenum to each party resolution it cites without an issuer.
"""

from __future__ import annotations

import re

from documents.extraction.dates import make_date
from documents.extraction.lexicon import BODY_NAMES
from documents.extraction.result import Directive

CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương"
# How far before a citation its sentence's subject may stand.
_LOOKBACK = 300

_ISSUER = re.compile(BODY_NAMES)
_ISSUER_SUBJECT = re.compile(
    rf"(?P<issuer>{BODY_NAMES})(?:\s*,?\s*\(?(?i:khóa|khoá)\s+(?P<term>[IVXLC]+)\)?)?"
    r"[^.;:!?\n]{0,200}?\s+(?:(?i:đã|vừa|cũng)\s+)?(?i:ban hành|thông qua|ra)\s+"
)
_ISSUED = (" ban hành", " thông qua", " ra")
_ISSUED_TAIL = 16
_DATE_BEFORE = re.compile(
    r"(?i:ngày)\s+(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})\s*[/.-]\s*(?P<year>\d{4})\s*,?\s*$"
)
# "Hội nghị Trung ương 5 khóa XIII", "Hội nghị lần thứ 5 của Ban Chấp hành Trung ương Đảng khóa XIII".
_PLENUM = re.compile(
    r"(?i:hội nghị)\s+(?:(?i:lần thứ)\s+(?P<nth>[^\W_]+)|(?i:trung ương)\s+(?P<num>\d{1,2}))"
    r"(?:\s*,?\s*(?:(?i:của)\s+)?(?i:ban chấp hành trung ương|bch trung ương)(?:\s+(?i:đảng))?)?"
    r"\s*,?\s*\(?(?i:khóa|khoá)\s+(?P<term>[IVXLC]+)\b"
)
_CENTRAL_WORDS = re.compile(r"(?i:trung ương)")
_ADOPTED_AT = re.compile(r"\s*,?\s*(?i:tại|của)\s+$")


def issuer_before(text: str, start: int, d: Directive, canonical) -> None:
    """Fills issuer, term and date from the sentence's subject before the citation at ``start``."""
    lead = text[max(0, start - _LOOKBACK) : start]
    if not lead[-_ISSUED_TAIL:].lower().rstrip().endswith(_ISSUED):
        return  # only "… ban hành / thông qua KIND" makes the subject the issuer; most citations lack it
    for body in reversed(list(_ISSUER.finditer(lead))):  # the nearest body is the subject
        m = _ISSUER_SUBJECT.fullmatch(lead, body.start())
        if m is None:
            continue
        d.issued_by = d.issued_by or canonical(m.group("issuer"))
        d.term = d.term or m.group("term")
        date = _DATE_BEFORE.search(lead, 0, body.start())
        if date and d.date is None:
            d.date = make_date(int(date.group("year")), int(date.group("month")), int(date.group("day")))
        return


def plenum_after(text: str, pos: int) -> tuple[re.Match[str] | None, int]:
    """'… tại Hội nghị Trung ương 7 khóa X' right after a citation: the plenum, and where it ends."""
    near = _ADOPTED_AT.match(text, pos)
    start = near.end() if near else pos
    m = _PLENUM.match(text, start)
    return (m, m.end()) if m and _central(m) else (None, pos)


def _central(m: re.Match[str]) -> bool:
    return bool(m.group("num")) or bool(_CENTRAL_WORDS.search(m.group()))


def article_plenum_term(text: str) -> str | None:
    """The term of the one Central Committee plenum an article speaks of, or None (none, or several)."""
    plenums: set[tuple[int | str, str]] = set()
    for m in _PLENUM.finditer(text):
        if _central(m):
            plenums.add((_ordinal(m.group("nth") or m.group("num")), m.group("term")))
    return next(iter(plenums))[1] if len(plenums) == 1 else None


_ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}


def _ordinal(word: str) -> int | str:
    word = word.lower()
    return int(word) if word.isdigit() else _ORDINALS.get(word, word)


def is_party_resolution(d: Directive) -> bool:
    return d.kind == "nghi_quyet" and bool(d.code) and d.code.upper().endswith("/TW")
