"""Numbered party and state documents cited in an article.

"Kết luận số 50-KL/TW, ngày 28/02/2023 của Bộ Chính trị về …", "Chỉ thị 35 của
Bộ Chính trị", "Nghị định 26/2015/NĐ-CP". One entry per document per article;
later citations fill in what earlier ones left out.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from documents.extraction.dates import DAY_MONTH_YEAR, resolve_year
from documents.extraction.directive_context import (
    CENTRAL_COMMITTEE,
    article_plenum_term,
    is_party_resolution,
    issuer_before,
    plenum_after,
)
from documents.extraction.lexicon import BODY_NAMES, KIND_WORD_ALTERNATION
from documents.extraction.result import Directive
from documents.extraction.subjects import read_subject
from documents.extraction.wordlists import alternation, document_kinds

# Kinds of document (words/directive_kinds.toml): how articles write each kind, and its code letters.
KIND_WORDS = {word.lower(): kind.key for kind in document_kinds() for word in kind.words}
SYMBOL_KINDS: dict[str, str] = {}
for _kind in document_kinds():
    for _symbol in _kind.symbols:
        SYMBOL_KINDS.setdefault(_symbol, _kind.key)
# A symbol two kinds share ("QĐ": quyết định and quy định) is read by the kind's word.
_SHARED_SYMBOLS = {s.upper() for s in SYMBOL_KINDS if sum(s in k.symbols for k in document_kinds()) > 1}
# A party issuer gives a party document its code ("Kết luận 50 của Bộ Chính trị" → 50-KL/TW).
KIND_SYMBOLS = {kind.key: kind.symbols[0] for kind in document_kinds() if kind.party and kind.symbols}
# Codes that are citations with no kind word before them ("theo 50-KL/TW").
_PARTY_SYMBOLS = alternation([s for kind in document_kinds() if kind.party for s in kind.symbols])
# Issuers whose documents carry a fixed suffix, and the suffixes that fix the issuer.
ISSUER_SUFFIX = {
    "Bộ Chính trị": "TW",
    "Ban Bí thư": "TW",
    "Ban Chấp hành Trung ương": "TW",
    "Ban Tổ chức Trung ương": "BTCTW",
    "Ủy ban Kiểm tra Trung ương": "UBKTTW",
    "Ban Tuyên giáo Trung ương": "BTGTW",
    "Ban Dân vận Trung ương": "BDVTW",
    "Quân ủy Trung ương": "QUTW",
}
SUFFIX_ISSUER = {
    "BTCTW": "Ban Tổ chức Trung ương",
    "UBKTTW": "Ủy ban Kiểm tra Trung ương",
    "BTGTW": "Ban Tuyên giáo Trung ương",
    "BDVTW": "Ban Dân vận Trung ương",
    "QUTW": "Quân ủy Trung ương",
    "BTGDVTW": "Ban Tuyên giáo và Dân vận Trung ương",
    "VPTW": "Văn phòng Trung ương Đảng",
    "CP": "Chính phủ",
    "TTG": "Thủ tướng Chính phủ",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "QH": "Quốc hội",
}
ISSUER_ALIASES = {
    "ban chấp hành trung ương đảng": "Ban Chấp hành Trung ương",
    "bch trung ương đảng": "Ban Chấp hành Trung ương",
    "bch trung ương": "Ban Chấp hành Trung ương",
    "bchtw": "Ban Chấp hành Trung ương",
    "ban chấp hành trung ương": "Ban Chấp hành Trung ương",
    "trung ương": "Ban Chấp hành Trung ương",
    "trung ương đảng": "Ban Chấp hành Trung ương",
    "ban tổ chức trung ương đảng": "Ban Tổ chức Trung ương",
    "btc trung ương": "Ban Tổ chức Trung ương",
}

_KIND = rf"(?P<kind>(?i:{KIND_WORD_ALTERNATION}))"
_PARTY_CODE = r"(?P<num>\d{1,4})\s*-\s*(?P<sym>[A-ZĐ][A-ZĐa-z]{0,5})\s*/\s*(?P<iss>[A-ZĐƯ][A-ZĐƯ0-9]{0,11})"
# State documents: "26/2015/NĐ-CP", "1846/QĐ-TTg", "59/2020/QH14" (a year, or a hyphenated symbol).
_STATE_SYMBOL = r"[A-ZĐƯ][A-ZĐƯa-z0-9]{0,8}"
_STATE_CODE = (
    rf"(?P<snum>\d{{1,5}})\s*/\s*(?:(?P<syear>\d{{4}})\s*/\s*(?P<ssym>{_STATE_SYMBOL}(?:\s*-\s*{_STATE_SYMBOL}){{0,2}})"
    rf"|{_STATE_SYMBOL}(?:\s*-\s*{_STATE_SYMBOL}){{1,2}})"
)
_BARE_NUMBER = r"(?P<bnum>\d{1,4})(?!\d)(?![/.,-]\d|\s*-\s*[A-ZĐ])"

CITATION = re.compile(
    rf"(?<![^\W_]){_KIND}\s+(?:(?i:hành động|liên tịch|phối hợp|kết luận|công tác)\s+)?(?:(?i:số)\s*)?"
    rf"(?:{_PARTY_CODE}|{_STATE_CODE}|{_BARE_NUMBER})"
    rf"|(?<![\w-])(?P<code_only>\d{{1,4}}\s*-\s*(?:{_PARTY_SYMBOLS})\s*/\s*[A-ZĐƯ][A-ZĐƯ0-9]{{0,11}})"
)

_TAIL_DATE = re.compile(r"\s*,?\s*(?:(?i:ngày|ban hành ngày)\s+)" + DAY_MONTH_YEAR.pattern)
_TAIL_ISSUER = re.compile(
    r"\s*,?\s*(?i:của)\s+(?:Hội nghị (?:lần thứ [^\W\d_]+|lần thứ \d+|Trung ương \d+)\s*,?\s*)?"
    rf"(?P<issuer>{BODY_NAMES})"
)
# A central body named right after the code, without "của" and in any case.
_CENTRAL_BODY_NAMES = {
    "bộ chính trị": "Bộ Chính trị",
    "ban bí thư": "Ban Bí thư",
    "ban chấp hành trung ương": CENTRAL_COMMITTEE,
}
_TAIL_CENTRAL_BODY = re.compile(
    r"\s*,?\s*(?P<body>(?i:bộ\s+chính\s+trị|ban\s+bí\s+thư|ban\s+chấp\s+hành\s+trung\s+ương))(?![^\W_])"
)
_TAIL_TERM = re.compile(r"\s*,?\s*\(?\s*(?i:khóa|khoá)\s+(?P<term>[IVXLC]+)\b\s*\)?")
_TAIL_QUOTED = re.compile(
    r"\s*,?\s*(?:(?i:về)\s+)?(?:[“\"](?P<quoted>[^”\"\n]{3,400})[”\"]|[‘'](?P<single>[^’'\n]{3,400})[’'])"
)


@dataclass
class Citation:
    directive: Directive
    start: int  # view offsets of the citation: kind word to code or number
    end: int
    tail_end: int  # end of date, issuer, term and title that follow


def canonical_issuer(name: str | None) -> str | None:
    if not name:
        return None
    name = re.sub(r"\s+", " ", name).strip(" ,.")
    name = re.sub(r"^BCH\s+(?=Đảng bộ)", "Ban Chấp hành ", name)
    return ISSUER_ALIASES.get(name.lower(), name)


def _party_code(num: str, sym: str, iss: str) -> str:
    # "TƯ" is "TW" (Trung ương) spelt with its vowel: one document, one code.
    return f"{num}-{sym}/{'TW' if iss == 'TƯ' else iss}"


def _read_tail(text: str, pos: int, d: Directive, published) -> int:
    """Reads date, issuer, term and title after a citation; returns where it stopped."""
    for _ in range(4):
        m = _TAIL_DATE.match(text, pos)
        if m and d.date is None:
            day, month = int(m.group(1)), int(m.group(3))
            year = int(m.group(4)) if m.group(4) else None
            d.date = resolve_year(day, month, year, None) if year else None
            pos = m.end()
            continue
        m = _TAIL_ISSUER.match(text, pos)
        if m and d.issued_by is None:
            d.issued_by = canonical_issuer(m.group("issuer"))
            pos = m.end()
            continue
        m = _TAIL_TERM.match(text, pos)
        if m and d.term is None:
            d.term = m.group("term")
            pos = m.end()
            continue
        m = _TAIL_CENTRAL_BODY.match(text, pos)
        if m and d.issued_by is None:  # "nghị quyết số 35-NQ/TW bộ chính trị về …"
            d.issued_by = _CENTRAL_BODY_NAMES[re.sub(r"\s+", " ", m.group("body").lower())]
            pos = m.end()
            continue
        plenum, plenum_end = plenum_after(text, pos)
        if plenum and d.issued_by is None:  # "… tại Hội nghị Trung ương 7 khóa X"
            d.issued_by, d.term = CENTRAL_COMMITTEE, d.term or plenum.group("term")
            pos = plenum_end
            continue
        break
    m = _TAIL_QUOTED.match(text, pos)
    if m:
        d.title = (m.group("quoted") or m.group("single")).strip()
        return m.end()
    subject = read_subject(text, pos)
    if subject:
        d.title, pos = subject
    return pos


def find_citations(text: str, published=None) -> list[Citation]:
    """Every citation of a numbered document in the view text, in order."""
    found: list[Citation] = []
    for m in CITATION.finditer(text):
        if m.group("code_only"):
            num, rest = re.sub(r"\s+", "", m.group("code_only")).split("-", 1)
            sym, iss = rest.split("/", 1)
            d = Directive(kind=SYMBOL_KINDS.get(sym, "other"), number=num, code=_party_code(num, sym, iss))
        else:
            kind = KIND_WORDS[m.group("kind").lower()]
            if m.group("num"):
                num, sym, iss = m.group("num"), m.group("sym"), m.group("iss")
                if sym.upper() not in _SHARED_SYMBOLS and SYMBOL_KINDS.get(sym, kind) != kind:
                    kind = SYMBOL_KINDS[sym]  # the symbol fixes the kind; only QĐ needs the word
                d = Directive(kind=kind, number=num, code=_party_code(num, sym, iss))
            elif m.group("snum"):
                num = m.group("snum")
                code = re.sub(r"\s+", "", m.group(0)[m.start("snum") - m.start() :])
                d = Directive(kind=kind, number=num, code=code)
            else:
                # A number alone is a document only after a capitalised kind word or "số":
                # "Chỉ thị 35", "kế hoạch số 11" — not "kỷ luật 223 tổ chức", "kế hoạch 5 năm".
                said_number = re.search(r"(?i:số)\s*$", text[m.start("kind") : m.start("bnum")])
                if not (m.group("kind")[0].isupper() or said_number):
                    continue
                d = Directive(kind=kind, number=m.group("bnum"))
        tail_end = _read_tail(text, m.end(), d, published)
        if d.issued_by is None:
            issuer_before(text, m.start(), d, canonical_issuer)
        if d.code and d.issued_by is None:
            suffix = re.sub(r"\d+$", "", d.code.rsplit("/", 1)[-1].rsplit("-", 1)[-1].upper())
            d.issued_by = SUFFIX_ISSUER.get(suffix)
        if d.code is None and d.issued_by in ISSUER_SUFFIX and d.kind in KIND_SYMBOLS:
            d.code = f"{d.number}-{KIND_SYMBOLS[d.kind]}/{ISSUER_SUFFIX[d.issued_by]}"
        found.append(Citation(d, m.start(), m.end(), tail_end))
    _share_symbols_in_lists(text, found)
    plenum_term = article_plenum_term(text)
    for c in found:
        if plenum_term and c.directive.issued_by is None and is_party_resolution(c.directive):
            c.directive.issued_by, c.directive.term = CENTRAL_COMMITTEE, c.directive.term or plenum_term
    return found


# How far apart two citations of one list may stand.
_LIST_GAP = 400


def _share_symbols_in_lists(text: str, citations: list[Citation]) -> None:
    """'Nghị quyết số 18-NQ/TW …, Nghị quyết số 21 về …': in a list, a number alone takes its neighbour's
    symbol and issuer."""
    for prev, c in itertools.pairwise(citations):
        d, p = c.directive, prev.directive
        if d.code or not d.number or not p.code or "-" not in p.code or d.kind != p.kind:
            continue
        if c.start - prev.tail_end > _LIST_GAP or "\n" in text[prev.end : c.start]:
            continue
        d.code = f"{d.number}-{p.code.split('-', 1)[1]}"
        d.issued_by, d.term = d.issued_by or p.issued_by, d.term or p.term


def _identity(d: Directive) -> tuple:
    return (d.kind, str(int(d.number)) if d.number and d.number.isdigit() else d.number)


def merge_citations(citations: list[Citation], to_original) -> list[Directive]:
    """One directive per document: by code, else by kind and number."""
    merged: list[Directive] = []
    by_code: dict[str, Directive] = {}
    by_identity: dict[tuple, Directive] = {}
    for c in citations:
        d = c.directive
        key_code = d.code.upper() if d.code else None
        target = by_code.get(key_code) if key_code else None
        if target is None:
            candidate = by_identity.get(_identity(d))
            if candidate is not None and (not key_code or not candidate.code):
                target = candidate
        span = to_original(c.start, c.end)
        if target is None:
            d.spans = [span]
            merged.append(d)
            target = d
        else:
            target.spans.append(span)
            for attr in ("code", "issued_by", "date", "term", "title"):
                if getattr(target, attr) is None and getattr(d, attr) is not None:
                    setattr(target, attr, getattr(d, attr))
        if target.code:
            by_code[target.code.upper()] = target
        by_identity.setdefault(_identity(target), target)
    return merged
