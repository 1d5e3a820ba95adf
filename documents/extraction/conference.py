"""The meeting an article reports (not the ones it mentions): name, kind, date, format, organizer.

The reported meeting is the first one the lead names in an event sentence
("Ban Tổ chức Trung ương tổ chức Hội nghị …", "… chủ trì Phiên họp …",
"Bộ Chính trị họp …"). Meetings that are prepared for, served, or whose
resolutions are cited are mentions, not the report.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from documents.extraction.asides import without_asides
from documents.extraction.dates import resolve_year
from documents.extraction.directive_context import CENTRAL_COMMITTEE
from documents.extraction.directives import canonical_issuer
from documents.extraction.lexicon import ORG_HEAD, PLACES, UPPER
from documents.extraction.meeting_kinds import CENTRAL_PLENUM, conference_kind, described_kind
from documents.extraction.organizers import (
    HELD_BY,
    clean_org,
    expand_organizer,
    fallback_organizer,
    held_by_after,
    stated_organizer,
    visiting_body,
)
from documents.extraction.result import Conference, Official
from documents.extraction.textview import SpanSet
from documents.extraction.wordlists import alternation, document_kinds, entries

# What a meeting is called (words/meeting_nouns.txt); "giao ban" alone after "chủ trì"/"tổ chức".
MEETING_NOUN = re.compile(
    rf"(?<![^\W_])(?:{alternation(entries('meeting_nouns'), first_letter_any_case=True)}"
    r"|(?<=chủ trì |tổ chức )giao ban)(?![^\W_])"
)
MEETING_VERB = re.compile(r"(?<![^\W_])(?:họp|làm việc với|làm việc tại)(?![^\W_])")
_EVENT_BEFORE = re.compile(
    r"(?:tổ chức|diễn ra|khai mạc|chủ trì|chủ tọa|bế mạc|triệu tập|tại|dự|tham dự|phát biểu tại|"
    r"kết luận|điều hành|đã có|tiến hành|họp|chỉ đạo)\s*(?:các\s+)?$",
    re.IGNORECASE,
)
_MENTION_BEFORE = re.compile(  # "chương trình Hội nghị" is its programme, not "trình Hội nghị" (submit to)
    r"(?<![^\W_])(?:chuẩn bị(?: cho)?|phục vụ|tiến tới|của|theo|thực hiện|nghị quyết|kết luận|sau|trước|"
    r"(?<![Cc]hương )trình|các|những|từ|đến|qua|kỳ|lần|và)\s*$",
    re.IGNORECASE,
)
# "Hội nghị lần thứ năm vừa qua", "Hội nghị (tháng 5/2022)": a meeting before or after the one reported.
_PAST_AFTER = re.compile(r"\s*(?:[\w ]{0,30}\(\s*tháng|[\w ]{0,30}?\s+(?:vừa qua|trước đó|sắp tới|tới đây)\b)")
# A name may list documents after a comma: "… Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội …".
_DOCUMENT_WORDS = "|".join(
    sorted({w[:1].upper() + w[1:] for kind in document_kinds() for w in kind.words}, key=len, reverse=True)
)
_NAME_END = re.compile(
    rf"\.(?:\s|$)|\n|;\s*(?=[{UPPER}])|\s+\(|,\s+(?=[{UPPER}])(?!Ban Chấp hành|{_DOCUMENT_WORDS})|"
    r"\s+(?:(?:theo|bằng|qua|dưới) hình thức(?!\s+(?:trực tuyến|trực tiếp)[^.,;]{0,40}?\s"
    r"(?:sơ kết|tổng kết|giao ban|quán triệt|học tập|triển khai|kiểm điểm|đánh giá))|tại(?!\s+\d+\s+điểm cầu)|"
    r"do|dưới sự|với sự|với(?<!gắn với)(?<!đối với)|nhằm|vào|diễn ra|được tổ chức|đã|có sự|có|kết hợp|"
    r"sáng|chiều|tối|trưa|hôm nay|hôm qua|vừa qua|vừa|khai mạc|bế mạc|để|là|sau khi)(?![^\W_])"
    r"|,\s+(?:sáng|chiều|ngày|tối|trưa|tại)\b|,?\s+đồng thời(?![^\W_])|,\s+(?:về việc|chính thức)(?![^\W_])"
)
_NUMBERED_MEETING = re.compile(r"(?i:hội nghị\s+(?:lần thứ\s+)?\w+)$")
_TODAY = re.compile(r"(?<![^\W_])(?i:sáng nay|chiều nay|tối nay|trưa nay|hôm nay)(?![^\W_])(?!\s*,?\s*\(?\d)")
_REFERENCE_ONLY = re.compile(r"^\S+(?:\s+\S+)?(?:\s+(?:này|trên|đó|nói trên))?$")
_DATE_CUE = re.compile(
    r"(?<![^\W_])(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Hh]ôm nay|[Hh]ôm qua|vào)\s*(?:nay\s*,?\s*)?(?:ngày\s*)?"
    r"\(?(?P<day>\d{1,2})(?:\s*(?:và|,|-|–|đến)\s*\d{1,2})?\s*(?:[/.-]|\s+tháng\s+)\s*(?P<month>\d{1,2})"
    r"(?:\s*(?:[/-]|\s+năm\s+)\s*(?P<year>\d{4}))?(?![\d/])"
)
_PLACE_AFTER = re.compile(
    r"(?:tại|điểm cầu)\s+(?:tỉnh\s+|thành phố\s+)?("
    + "|".join(map(re.escape, sorted(PLACES, key=len, reverse=True)))
    + r")(?![^\W_])"
)


@dataclass
class _Pick:
    start: int  # where the meeting noun or verb stands
    is_noun: bool
    paragraph: tuple[int, int]
    end: int = 0  # where a verb ends ("Bộ Chính trị họp|")


def _masked(pos: int, masked: SpanSet) -> bool:
    return pos in masked


def _noun_is_reported(text: str, m: re.Match[str], p_start: int, last_rejected: int) -> bool:
    before = text[max(p_start, m.start() - 40) : m.start()]
    if _PAST_AFTER.match(text, m.end()):
        return False
    if _MENTION_BEFORE.search(before):
        # "… phục vụ Hội nghị A và Hội nghị B": B is a mention too, unless far from the first.
        if before.rstrip().endswith("và") and m.start() - last_rejected > 120:
            return bool(_EVENT_BEFORE.search(before[:-3]))
        return False
    if _EVENT_BEFORE.search(before):
        return True
    after = text[m.end() : m.end() + 200]
    goes_on = re.match(
        r"[^.]{0,160}?\s(?:diễn ra|được tổ chức|khai mạc|đã tổ chức|bế mạc|do\s[^.]{3,120}?\stổ chức)(?![^\W_])", after
    )
    # "Tiểu ban … Đại hội 13 đã tổ chức hội nghị …": the meeting it held is the report; this one names the body.
    return bool(goes_on) and not (
        goes_on.group().endswith("đã tổ chức") and MEETING_NOUN.match(after[goes_on.end() :].lstrip())
    )


def _verb_is_reported(text: str, m: re.Match[str], p_start: int) -> bool:
    """'Bộ Chính trị họp …', '… chủ trì họp Bộ Chính trị', 'Đoàn công tác làm việc với …'."""
    clause = re.split(r"[.;:!?]", text[max(p_start, m.start() - 300) : m.start()])[-1]
    clause = clause.split(",")[-1]
    return bool(ORG_HEAD.search(clause) or re.search(r"chủ trì\s*$", clause))


def _pick(text: str, paragraphs: list[tuple[int, int]], masked: SpanSet) -> _Pick | None:
    last_rejected = -10_000
    for index, (p_start, p_end) in enumerate(paragraphs[:6]):
        found: list[_Pick] = []
        for m in MEETING_NOUN.finditer(text, p_start, p_end):
            if _masked(m.start(), masked):
                continue
            if _noun_is_reported(text, m, p_start, last_rejected):
                found.append(_Pick(m.start(), True, (p_start, p_end)))
                break
            last_rejected = m.end()
        if index < 3:
            for m in MEETING_VERB.finditer(text, p_start, p_end):
                if not _masked(m.start(), masked) and _verb_is_reported(text, m, p_start):
                    noun = MEETING_NOUN.match(text, m.end() + 1)  # "… đã họp Hội nghị liên tịch lần thứ 17"
                    start = noun.start() if noun else m.start()
                    found.append(_Pick(start, bool(noun), (p_start, p_end), end=m.end()))
                    break
        if found:
            return min(found, key=lambda pick: pick.start)
    return None


def _sentence_bounds(text: str, pos: int, floor: int, ceiling: int) -> tuple[int, int]:
    start = max((m.end() for m in re.finditer(r"[.!?\n]\s", text[floor:pos])), default=0) + floor
    m = re.search(r"[.!?](?:\s|$)|\n", text[pos:ceiling])
    end = pos + m.start() + 1 if m else ceiling
    return start, end


def _read_name(text: str, start: int, limit: int) -> str | None:
    rest = text[start:limit]
    first_word_end = rest.find(" ", rest.find(" ") + 1) if " " in rest else len(rest)
    m = _NAME_END.search(rest, max(first_word_end, 0))
    name = (rest[: m.start()] if m else rest).strip(" ,;:")
    name = " ".join(name.split()[:45])
    # A bare "Hội nghị", "phiên họp" or "Hội nghị trên" names nothing; nor "Hội nghị, các đơn vị …".
    if _REFERENCE_ONLY.match(name) or re.match(r"^\S+ \S+,", name):
        return None
    return name


# "Hội nghị giao ban … tháng 2/2017" names its month; "tổng kết công tác năm 2022" names the year reviewed.
_MONTH_IN_NAME = re.compile(r"tháng\s+\d{1,2}\s*[/-]\s*(?P<year>(?:19|20)\d{2})(?!\d)")


def _named_year(name: str | None) -> dt.date | None:
    """The year a day-and-month date in the report belongs to, when the meeting's name gives its month."""
    m = _MONTH_IN_NAME.search(name or "")
    return dt.date(int(m.group("year")), 12, 31) if m else None


def _find_date(text: str, start: int, end: int, masked, published, sentence_initial: bool = False) -> dt.date | None:
    for m in _DATE_CUE.finditer(text, start, end):
        if _masked(m.start("day"), masked):
            continue
        if (
            sentence_initial
            and m.start() > start
            and not re.search(r"[.!?]\s+$", text[max(start, m.start() - 4) : m.start()])
        ):
            continue
        year = int(m.group("year")) if m.group("year") else None
        found = resolve_year(int(m.group("day")), int(m.group("month")), year, published)
        if found:
            return found
    return None


def _lead_date(text: str, paragraphs, masked, published, held_by: re.Match[str] | None) -> dt.date | None:
    """A date the lead gives outside the reporting sentence: opening a sentence ('Sáng 16/7, …')
    in the first paragraphs, or in the sentence saying who held the meeting."""
    for a, b in paragraphs[:3]:
        found = _find_date(text, a, b, masked, published, sentence_initial=True)
        if found:
            return found
    if held_by:
        lead = "\n".join(text[a:b] for a, b in paragraphs[:6])
        sentence_end = re.search(r"[.!?](?:\s|$)|\n", lead[held_by.end() :])
        stop = held_by.end() + (sentence_end.start() if sentence_end else 0)
        return _find_date(lead, held_by.start(), stop, SpanSet([]), published)
    return None


def _format(text: str) -> str | None:
    lower = text.lower()
    if re.search(
        r"trực tiếp kết hợp (?:với )?trực tuyến|trực tuyến kết hợp (?:với )?trực tiếp|kết hợp trực tiếp", lower
    ):
        return "hybrid"
    if "trực tuyến" in lower or "điểm cầu" in lower:
        return "online"
    if re.search(r"hình thức trực tiếp", lower):
        return "in_person"
    return None


def find_conference(
    text: str,
    paragraphs: list[tuple[int, int]],
    masked: SpanSet,
    officials: list[Official],
    published: dt.date | None,
    everything: str,
    title: str | None = None,
) -> tuple[Conference | None, tuple[int, int] | None]:
    """The reported meeting and the span of the sentence that reports it; None when there is none."""
    pick = _pick(text, paragraphs, masked)
    if pick is None:
        return None, None
    p_start, p_end = pick.paragraph
    s_start, s_end = _sentence_bounds(text, pick.start, p_start, p_end)
    name = _read_name(text, pick.start, s_end) if pick.is_noun else None
    chairs = [o for o in officials if "chair" in o.roles]
    organizer = stated_organizer(text, s_start, max(pick.start, pick.end), name) or held_by_after(
        text, pick.start, s_end
    )
    if organizer is None and not pick.is_noun and text.startswith("làm việc", pick.start):
        organizer = visiting_body(text, s_start, pick.start)
    if name is None and title and MEETING_NOUN.match(title):
        name = title  # the headline names the meeting the lead refers to as "Hội nghị"
    kind = conference_kind(name or text[pick.start : pick.start + 8])
    if kind in ("other", "hoi_nghi_trung_uong") and not CENTRAL_PLENUM.search(name or ""):
        # "Hội nghị lần thứ 15 … để thảo luận … báo cáo tổng kết 10 năm …": what it does gives the kind
        kind = described_kind(text[pick.start : s_end]) or kind
    if kind == "other" and not name and pick.is_noun:
        kind = None  # a bare "Hội nghị" says nothing of its kind
    held_by = HELD_BY.search("\n".join(text[a:b] for a, b in paragraphs[:6]))
    if organizer is None and held_by:
        organizer = clean_org(held_by.group("org"))
    if organizer:
        organizer = expand_organizer(text, organizer)
    central = bool(organizer) and canonical_issuer(organizer) == CENTRAL_COMMITTEE
    if kind == "other" and name and _NUMBERED_MEETING.match(name) and central:
        kind = "hoi_nghi_trung_uong"  # "Ban Chấp hành Trung ương Đảng khóa XIII họp Hội nghị lần thứ năm"
    if organizer is None and kind == "hoi_nghi_trung_uong":
        organizer = CENTRAL_COMMITTEE  # a Central Committee plenum is its own meeting
    elif organizer is None:
        organizer = fallback_organizer(text, paragraphs, masked, officials, chair_leads_it=kind != "lam_viec")
    organizer = without_asides(organizer) if organizer else None
    body_text = "\n".join(text[a:b] for a, b in paragraphs)
    points = re.search(r"(\d+)\s+điểm cầu", body_text)
    sentence = text[s_start:s_end]
    year_of_name = _named_year(name)
    conference = Conference(
        name=name,
        kind=kind,
        date=_find_date(text, s_start, s_end, masked, year_of_name or published)
        or _lead_date(text, paragraphs, masked, year_of_name or published, held_by)
        or (published if published and _TODAY.search(sentence) else None),
        format=_format(everything),
        organizer=organizer,
        chairs=[o.name for o in chairs],
        locations=sorted({m.group(1) for m in _PLACE_AFTER.finditer(sentence + "\n" + body_text[:2000])}),
        connection_points=int(points.group(1)) if points else None,
    )
    return conference, (pick.start, s_end)
