"""The meeting an article reports (not the ones it mentions): name, kind, date, format, organizer."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from documents.extraction.dates import resolve_year
from documents.extraction.lexicon import ORG_HEAD, PLACES, TITLE_HEAD
from documents.extraction.result import Conference, Official

MEETING_NOUN = re.compile(
    r"(?<![^\W_])(?:[Hh]ội nghị|[Pp]hiên họp|[Kk]ỳ họp|[Đđ]ại hội|[Cc]uộc họp|[Bb]uổi làm việc|[Bb]uổi giao ban|"
    r"[Hh]ội thảo|[Tt]ọa đàm)(?![^\W_])"
)
MEETING_VERB = re.compile(r"(?<![^\W_])(?:họp|làm việc với)(?![^\W_])")
_EVENT_BEFORE = re.compile(
    r"(?:tổ chức|diễn ra|khai mạc|chủ trì|chủ tọa|bế mạc|triệu tập|tại|dự|tham dự|phát biểu tại|"
    r"kết luận|điều hành|đã có)\s*(?:các\s+)?$",
    re.IGNORECASE,
)
_MENTION_BEFORE = re.compile(
    r"(?:chuẩn bị(?: cho)?|phục vụ|tiến tới|của|theo|thực hiện|nghị quyết|kết luận|sau|trước|trình|"
    r"các|những|từ|đến|qua|kỳ|lần|và)\s*$",
    re.IGNORECASE,
)
_NAME_END = re.compile(
    r"\.(?:\s|$)|\n|\s+(?:theo hình thức|bằng hình thức|qua hình thức|dưới hình thức|tại|do|dưới sự|với sự|"
    r"với|nhằm|vào|diễn ra|được tổ chức|đã|có sự|kết hợp|sáng|chiều|tối|trưa)(?![^\W_])|\s+\(|,\s+(?=[A-ZĐ])"
    r"|,\s+(?:sáng|chiều|ngày|tối|trưa|tại)\b"
)
_DATE_CUE = re.compile(
    r"(?<![^\W_])(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Hh]ôm nay|[Hh]ôm qua|vào)\s*(?:nay\s*)?(?:ngày\s*)?\(?"
    r"(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?(?![\d/])"
)
_ORGANIZER_BEFORE = re.compile(r"(?:^|[,.;:]\s*)(?P<org>[^,.;:]{3,160}?)\s+(?:đã\s+|long trọng\s+)?(?:tổ chức|họp)\s*$")
_OF_ORG = re.compile(r"\s+của\s+(?P<org>.+)$")

_PLACE_AFTER = re.compile(
    r"(?:tại|điểm cầu)\s+(?:tỉnh\s+|thành phố\s+)?("
    + "|".join(map(re.escape, sorted(PLACES, key=len, reverse=True)))
    + r")(?![^\W_])"
)

KIND_RULES = [
    (
        "hoi_nghi_trung_uong",
        re.compile(
            r"(?i:hội nghị\s+(?:lần thứ\s+\w+\s+)?(?:ban chấp hành |bch )?trung ương"
            r"(?:\s+đảng)?(?:\s+\d+|\s+lần|\s*,|\s+khóa|\s*\(|$))"
        ),
    ),
    ("giao_ban", re.compile(r"(?i:giao ban)")),
    ("so_ket", re.compile(r"(?i:sơ kết)")),
    ("tong_ket", re.compile(r"(?i:tổng kết)")),
    (
        "quan_triet",
        re.compile(
            r"(?i:quán triệt|học tập.{0,40}nghị quyết|triển khai (?:thực hiện )?(?:nghị quyết|chỉ thị"
            r"|kết luận|quy định)|văn bản mới|thông tin thời sự)"
        ),
    ),
    ("dai_hoi", re.compile(r"(?i:đại hội)")),
    ("lam_viec", re.compile(r"(?i:làm việc)")),
]


def conference_kind(name: str) -> str:
    for kind, rx in KIND_RULES:
        if rx.search(name):
            return kind
    return "other"


def _sentence_bounds(text: str, pos: int, floor: int, ceiling: int) -> tuple[int, int]:
    start = max((m.end() for m in re.finditer(r"[.!?\n]\s", text[floor:pos])), default=0) + floor
    m = re.search(r"[.!?](?:\s|$)|\n", text[pos:ceiling])
    end = pos + m.start() + 1 if m else ceiling
    return start, end


def _candidates(text: str, paragraphs: list[tuple[int, int]]):
    for p_start, p_end in paragraphs:
        for m in MEETING_NOUN.finditer(text, p_start, p_end):
            yield m, p_start, p_end


def _is_reported(text: str, m: re.Match[str], p_start: int, last_rejected: int) -> bool:
    before = text[max(p_start, m.start() - 40) : m.start()]
    if _MENTION_BEFORE.search(before):
        if before.rstrip().endswith("và") and m.start() - last_rejected > 120:
            return bool(_EVENT_BEFORE.search(before[:-3]))
        return False
    if _EVENT_BEFORE.search(before):
        return True
    # Sentence-initial "Hội nghị …" that goes on to say what it did.
    after = text[m.end() : m.end() + 200]
    return bool(re.match(r"[^.]{0,160}?\s(?:diễn ra|được tổ chức|khai mạc|đã tổ chức|tổ chức)\b", after)) and (
        not before.strip() or before.rstrip().endswith(",")
    )


def _read_name(text: str, start: int, limit: int) -> str | None:
    rest = text[start:limit]
    m = _NAME_END.search(rest, len(rest.split(" ", 2)[0]) + 1 if " " in rest else len(rest))
    name = rest[: m.start()] if m else rest
    name = name.strip(" ,;:")
    words = name.split()
    if len(words) > 45:
        name = " ".join(words[:45])
    # A bare "Hội nghị" or "phiên họp" names nothing.
    return name if len(name.split()) > 2 else None


def _find_date(text: str, s_start: int, s_end: int, masked, published) -> dt.date | None:
    for m in _DATE_CUE.finditer(text, s_start, s_end):
        if any(a <= m.start(1) < b for a, b in masked):
            continue
        year = int(m.group(3)) if m.group(3) else None
        found = resolve_year(int(m.group(1)), int(m.group(2)), year, published)
        if found:
            return found
    return None


def _organizer(text: str, s_start: int, noun_start: int, name: str | None) -> str | None:
    if name:
        m = _OF_ORG.search(name)
        if m and ORG_HEAD.match(m.group("org")):
            return m.group("org").strip()
    m = _ORGANIZER_BEFORE.search(text[s_start:noun_start])
    if m:
        org = m.group("org").strip()
        org = re.sub(r"^(?:ngày|sáng|chiều|tối|trưa|hôm nay)\s+\S+\s*", "", org, flags=re.IGNORECASE).strip()
        head = ORG_HEAD.search(org)
        if head:
            return org[head.start() :].strip()
    return None


_ORG_CLAUSE_END = re.compile(
    r"\s+(?:đã|đang|sẽ|vừa|chủ trì|tổ chức|họp|phát biểu|chuẩn bị|là|để|nhằm|với|tại|trong|theo|cho|và)(?![^\W_])"
)


def _expand_organizer(text: str, org: str) -> str:
    """A short back-reference ('Ban Chỉ đạo') becomes the full name a title gave ('Trưởng Ban Chỉ đạo …')."""
    for m in re.finditer(re.escape(org), text):
        if not TITLE_HEAD.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        clause = re.match(r"[^,.;:\n]*", text[m.start() :]).group(0)
        longer = _ORG_CLAUSE_END.split(clause)[0].strip()
        if len(longer) > len(org) and len(longer.split()) <= 30:
            return longer
        break
    return org


def _fallback_organizer(text: str, chairs: list[Official]) -> str | None:
    for official in chairs:
        for p in official.positions:
            if p.organization:
                return p.organization
    counts = Counter(
        m.group(0)
        for m in re.finditer(
            r"(?:Ban|Tỉnh ủy|Thành ủy|Đảng ủy|Bộ|Ủy ban)(?: [A-ZĐ][^\W\d_]*| chức| ương| vụ| trị| thư| sát| ủy){1,5}",
            text,
        )
    )
    common = [(n, org) for org, n in counts.most_common(3) if n >= 3 and org not in {"Bộ Chính trị", "Ban Bí thư"}]
    return common[0][1] if common else None


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
    masked: list[tuple[int, int]],
    officials: list[Official],
    published: dt.date | None,
    everything: str,
) -> tuple[Conference | None, tuple[int, int] | None]:
    """The reported meeting, from the first paragraphs that name one in an event sentence."""
    lead = paragraphs[:6]
    chosen = None
    last_rejected = -10_000
    for m, p_start, p_end in _candidates(text, lead):
        if any(a <= m.start() < b for a, b in masked):
            continue
        if _is_reported(text, m, p_start, last_rejected):
            chosen = (m, p_start, p_end)
            break
        last_rejected = m.end()
    verb_match = None
    if chosen is None:
        for p_start, p_end in lead[:3]:
            vm = MEETING_VERB.search(text, p_start, p_end)
            if vm and not any(a <= vm.start() < b for a, b in masked):
                verb_match = (vm, p_start, p_end)
                break
        if verb_match is None:
            return None, None
    m, p_start, p_end = chosen or verb_match
    s_start, s_end = _sentence_bounds(text, m.start(), p_start, p_end)
    name = _read_name(text, m.start(), s_end) if chosen else None
    sentence = text[s_start:s_end]
    body_text = "\n".join(text[a:b] for a, b in paragraphs)
    chairs = [o for o in officials if "chair" in o.roles]
    organizer = _organizer(text, s_start, m.start(), name)
    if chosen is None and organizer is None:
        before = text[s_start : m.start()]
        head = ORG_HEAD.search(before)
        organizer = before[head.start() :].strip(" ,") if head else None
    organizer = _expand_organizer(text, organizer) if organizer else _fallback_organizer(body_text, chairs)
    points = re.search(r"(\d+)\s+điểm cầu", body_text)
    locations = sorted({m.group(1) for m in _PLACE_AFTER.finditer(sentence + "\n" + body_text[:2000])})
    conference = Conference(
        name=name,
        kind=conference_kind(name or sentence) if (name or chosen is None) else None,
        date=_find_date(text, s_start, s_end, masked, published)
        or _find_date(text, paragraphs[0][0], paragraphs[0][1], masked, published),
        format=_format(everything),
        organizer=organizer,
        chairs=[o.name for o in chairs],
        locations=locations,
        connection_points=int(points.group(1)) if points else None,
    )
    return conference, (m.start(), s_end)
