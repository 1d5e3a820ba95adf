"""Who held the meeting: the body before "tổ chức"/"họp", "… của ORG", "Hội nghị do ORG tổ chức",
else the body the chair or the speakers lead. A short back-reference ("Ban Chỉ đạo") takes the
full name a title gave earlier.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from documents.extraction.lexicon import BODY_NAMES, ORG_HEAD, TITLE_HEAD, UPPER
from documents.extraction.names import find_names
from documents.extraction.result import Official
from documents.extraction.wordlists import alternation, document_kinds, entries

_ORGANIZER_BEFORE = re.compile(
    r"(?:^|[,.;:]\s*)(?P<org>[^,.;:]{3,160}?)\s+(?:đã\s+|vừa\s+|long trọng\s+)?"
    r"(?:tổ chức|họp|khai mạc|bế mạc|tiến hành)\s*$"
)
HELD_BY = re.compile(
    r"(?:[Hh]ội nghị|[Pp]hiên họp|[Kk]ỳ họp|[Cc]uộc họp|[Đđ]ại hội)(?:\s+(?:này|trên|nói trên))?\s+do\s+"
    r"(?P<org>[^,.;:\n]{3,160}?)\s+(?:chủ trì\s+(?:và\s+)?)?tổ chức(?![^\W_])"
)
# "Hội nghị quán triệt Kết luận … của ORG": the body is the document's, not the meeting's.
_DOCUMENT_WORD = re.compile(rf"(?i:{alternation([w for kind in document_kinds() for w in kind.words])})")
_OF_ORG = re.compile(r"(?:\s+của|,)\s+(?P<org>(?:Ban|Bộ|Tỉnh ủy|Thành ủy|Đảng ủy|Quân ủy|Ủy ban|Đảng đoàn)\b.+)$")
# "và" ends a body unless words in capitals that name no other body follow: "Bộ Nông nghiệp và Môi trường" is one
# body, "Quân ủy Trung ương và Thường vụ Thành ủy" two.
_ORG_CLAUSE_END = re.compile(
    r"(?<![Bb]an)\s+(?:đã|đang|sẽ|vừa|chủ trì|tổ chức|họp|phát biểu|chuẩn bị|là|để|nhằm|với|tại|trong|theo|cho|"
    rf"và(?!\s+(?!{ORG_HEAD.pattern})[{UPPER}](?![^,.;:\n]*?\s(?:{ORG_HEAD.pattern})))|"
    r"hôm nay|hôm qua|sáng|chiều|ngày|khóa|dự|tham dự|chỉ đạo|cùng|làm việc|báo cáo|cho biết|nhấn mạnh|"
    r"khẳng định|đề nghị|yêu cầu|kêu gọi|kết luận|ghi nhận|quán triệt|công bố|trao|có)(?![^\W_])"
)
_BODY = re.compile(BODY_NAMES)
_ONE_ORG = rf"(?:{ORG_HEAD.pattern})[^,.;:\n]{{0,80}}?"
# "Hội nghị … do Bộ Chính trị, Ban Bí thư tổ chức": every body named before "tổ chức".
_HELD_BY_AFTER = re.compile(
    rf"(?<![^\W_])do\s+(?P<orgs>{_ONE_ORG}(?:\s*(?:,|và|phối hợp với)\s*{_ONE_ORG})*)"
    r"\s+(?:phối hợp\s+|cùng\s+)?(?:chủ trì\s+(?:và\s+)?)?tổ chức(?![^\W_])"
)
# "A, B phối hợp tổ chức Hội nghị …", "A phối hợp với B tổ chức …": both hold it.
# "A, B tổ chức" names a unit and its parent, not two hosts.
_JOINT_BEFORE = re.compile(
    rf"(?P<orgs>{_ONE_ORG}(?:\s*(?:,|và)\s*{_ONE_ORG})+)\s+phối hợp\s+tổ chức\s*$"
    rf"|(?P<pair>{_ONE_ORG}\s+phối hợp với\s+{_ONE_ORG})\s+tổ chức\s*$"
)
# Bodies are parted where the next one begins with a body's head word: "Ban Tổ chức và Ban Tuyên giáo" are two,
# "Bộ Nông nghiệp và Môi trường" and "Bộ Văn hóa, Thể thao và Du lịch" one each.
_ORG_SEPARATOR = re.compile(rf"\s*(?:(?:,|(?<![^\W_])và(?![^\W_]))(?=\s*(?:{ORG_HEAD.pattern}))|phối hợp với)\s*")
_BODY_ALIASES = {
    "BCH Trung ương": "Ban Chấp hành Trung ương",
    "BCH Trung ương Đảng": "Ban Chấp hành Trung ương",
    "Ban Chấp hành Trung ương Đảng": "Ban Chấp hành Trung ương",
}


def clean_org(org: str) -> str | None:
    org = _ORG_CLAUSE_END.split(org)[0].strip(" ,")
    if org.count(")") > org.count("("):  # the end of a short name in brackets: "… (Ban Chỉ đạo) đã họp"
        org = org[: org.find(")")].strip(" ,")
    names = find_names(org)
    if names and names[0].start > 0:
        org = org[: names[0].start].strip(" ,")  # "Ban Bí thư Võ Văn Thưởng": the person is not the body
    return org if len(org.split()) >= 2 else None


def _joined(orgs: str) -> str | None:
    bodies = [clean_org(org) for org in _ORG_SEPARATOR.split(orgs) if org.strip()]
    bodies = [b for b in bodies if b]
    return ", ".join(bodies) if bodies else None


# "Ngày 8/7, Đoàn kiểm tra của Bộ Chính trị do … làm Trưởng đoàn đã làm việc với …": the delegation's body.
_VISITOR = re.compile(
    rf"(?:^|,\s*)(?:Đoàn [^,]{{0,40}}?\s+của\s+)?(?P<org>(?:{ORG_HEAD.pattern})[^,]{{0,120}}?)"
    r"(?:\s+do\s+[^.;]*?)?\s+(?:đã\s+|vừa\s+)?(?:có buổi\s+)?$"
)


def visiting_body(text: str, s_start: int, verb_start: int) -> str | None:
    """Who holds a working session: the subject of '… làm việc với / tại …'."""
    m = _VISITOR.search(text[s_start:verb_start])
    return clean_org(m.group("org")) if m else None


def held_by_after(text: str, start: int, end: int) -> str | None:
    """Who held the meeting, said after its name: '… do Bộ Chính trị, Ban Bí thư tổ chức'."""
    m = _HELD_BY_AFTER.search(text, start, end)
    return _joined(m.group("orgs")) if m else None


def stated_organizer(text: str, s_start: int, pick_start: int, name: str | None) -> str | None:
    joint = _JOINT_BEFORE.search(text[s_start:pick_start])
    if joint:
        return _joined(joint.group("orgs") or joint.group("pair"))
    m = _ORGANIZER_BEFORE.search(text[s_start:pick_start])
    if m:
        org = re.sub(r"^(?:ngày|sáng|chiều|tối|trưa|hôm nay)\s+\S+\s*", "", m.group("org"), flags=re.IGNORECASE)
        head = ORG_HEAD.search(org)
        if head:
            return clean_org(org[head.start() :])
    if name:
        m = _OF_ORG.search(name)
        if m and not _DOCUMENT_WORD.search(name[: m.start()]):
            return clean_org(m.group("org"))
    return None


# A body's name in a sentence: commas that go on in lower case stay inside ("… tham nhũng, tiêu cực tỉnh …").
_NAME_GOES_ON = re.compile(r"(?:[^,.;:\n]|,\s+(?=[a-zà-ỹđ]))*")
_LONGEST_BODY_NAME = 14


# Words of two syllables, the first in capitals, that names of bodies are made of ("Trung ương", "Chính trị").
_COMPOUNDS = frozenset(
    m.group()
    for name in (*entries("central_bodies"), *entries("organization_heads"), *entries("titles"))
    for m in re.finditer(rf"(?<![^\W_])[{UPPER}][^\W\d_]* [^\W\d_{UPPER}]+(?![^\W_])", name)
)


def expand_organizer(text: str, org: str) -> str:
    """A short back-reference ('Ban Chỉ đạo') becomes the full name a title gave ('Trưởng Ban Chỉ đạo …')."""
    if len(org.split()) > 3:
        return org
    for m in re.finditer(re.escape(org), text):
        if not TITLE_HEAD.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        clause = re.match(r"[^,.;:\n]*", text[m.start() :]).group(0)
        longer = clean_org(clause) or org
        if len(longer) > len(org) and len(longer.split()) <= 30:
            return longer
        break
    # Else the first mention that goes on with a capitalised name ("Ban chỉ đạo Phòng chống tham nhũng,
    # tiêu cực tỉnh Bà Rịa-Vũng Tàu thống nhất …"): up to the last capitalised word of its opening.
    for m in re.finditer(re.escape(org) + rf"\s+(?=[{UPPER}])", text):
        opening = " ".join(_NAME_GOES_ON.match(text, m.start()).group(0).split()[:_LONGEST_BODY_NAME])
        opening = opening.split("(")[0]  # a bracket opens a short name or an aside
        words = (clean_org(opening) or org).split()  # a verb or a person's name ends it; so does a term
        words = list(itertools.takewhile(lambda w: w.lower() not in ("khóa", "khoá"), words))
        last = max((i for i, w in enumerate(words) if w[:1].isupper()), default=-1)
        if 0 <= last < len(words) - 1 and f"{words[last]} {words[last + 1]}" in _COMPOUNDS:
            last += 1  # "Trung ương", "Chính trị": a capital opens a word of two syllables
        if words[last + 1 : last + 2] == ["về"]:
            last = len(words) - 1  # a steering committee's subject is its name's: "Ban Chỉ đạo Trung ương về …"
        longer = " ".join(words[: last + 1]).strip(" ,")
        if len(longer.split()) > len(org.split()):
            return longer
    return org


_MEMBERSHIP = re.compile(r"^(?:Ủy viên|Uỷ viên|UV\w*|Tỉnh ủy viên|Thành ủy viên|Đảng ủy viên)\b")
_TOO_GENERAL = {"Trung ương", "Trung ương Đảng", "Tỉnh ủy", "Thành ủy"}


def fallback_organizer(
    text: str, paragraphs, masked, officials: list[Official], chair_leads_it: bool = True
) -> str | None:
    """With no organizer stated: the body the chair leads, else the body two or more speakers lead,
    else the body the article names most (three times or more). The head of a visiting delegation
    leads a body of their own, not the delegation: ``chair_leads_it`` is False for working sessions."""
    for official in officials if chair_leads_it else []:
        if "chair" in official.roles:
            bodies = [p.organization for p in official.positions if p.organization and not _MEMBERSHIP.match(p.title)]
            if bodies:
                return bodies[0]  # the first title a chair is given is the one they chair as
    led: Counter[str] = Counter()
    for official in officials:
        if not {"chair", "speaker", "reporter"} & set(official.roles):
            continue
        bodies = {p.organization for p in official.positions if p.organization and not _MEMBERSHIP.match(p.title)}
        for body in bodies - _TOO_GENERAL:
            led[body] += 1
    if led and led.most_common(1)[0][1] >= 2:
        return led.most_common(1)[0][0]
    counts: Counter[str] = Counter()
    for a, b in paragraphs:
        for m in _BODY.finditer(text, a, b):
            if m.start() not in masked and m.group(0)[:1].isupper():
                name = m.group(0).strip()
                counts[_BODY_ALIASES.get(name, name)] += 1
    common = [(n, len(org), org) for org, n in counts.items() if n >= 3 and org not in _TOO_GENERAL]
    return max(common)[2] if common else None
