"""Tasks set at the meeting: enumerations ("Một là … Hai là …"), "nhiệm vụ trọng tâm … là: A; B; C",
and requests ("đề nghị … phải …", "… cần …"). Results already achieved are not tasks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.extraction.lexicon import SPEECH_VERBS, TITLE_HEAD, UPPER
from documents.extraction.result import Task

_ORDINAL_WORDS = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]
_ORDINAL_NTH = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"]
ENUM_LA = re.compile(r"^(?P<word>Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\s*[,:]?\s*", re.IGNORECASE)
ENUM_NTH = re.compile(r"^Thứ\s+(?P<word>nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*[,:]\s*", re.IGNORECASE)
ENUM_NUM = re.compile(r"^\(?(?P<num>\d{1,2})[.)]\s+")
ENUM_BULLET = re.compile(r"^[-–+•]\s+")

TASK_INTRO = re.compile(
    r"(?i:nhiệm vụ|giải pháp|đề nghị|yêu cầu|cần|phải|tập trung|chỉ đạo|đề ra|trọng tâm|thời gian tới|"
    r"phương hướng|lưu ý|quán triệt|chủ trương)"
)
RESULTS_INTRO = re.compile(
    r"(?i:nổi bật là|kết quả đạt được|đã đạt được|thành tựu|hạn chế|nguyên nhân|tồn tại|thủ đoạn|luận điệu|"
    r"xuyên tạc|trường hợp|vi phạm|bài học)"
)
INLINE_LIST = re.compile(r"(?i:(?:nhiệm vụ|giải pháp|phương hướng|trọng tâm|chỉ tiêu)[^.:]{0,160}?:)\s*")
REQUEST = re.compile(r"(?<![^\W_])(?:đề nghị|yêu cầu|kêu gọi)(?![^\W_])")
_NOT_REQUEST_BEFORE = re.compile(
    r"(?i:(?:bảo đảm|đảm bảo|đáp ứng|theo|với|so|những|các|một số|kiến nghị|đúng|của|mọi|cao|về|đạt|nhiều|"
    r"là|có|ra|nêu|những|phù hợp|trước)\s*)$"
)
_NOT_REQUEST_AFTER = re.compile(
    r"[\s,]*(?:của|về|đặt ra|nhiệm vụ|ngày càng|cao|đối với|này|đó|trên|mới|đề ra|cấp thiết|bức thiết|cấp bách|"
    r"thực tiễn|chung|trên|tiến độ|chất lượng)(?![^\W_])"
)
MODAL = re.compile(r"(?<![^\W_])(?:cần|phải)(?![^\W_])")
_NOT_MODAL_BEFORE = re.compile(
    r"(?i:(?:không|chưa|còn|rất|là|mà|khi|nếu|đòi hỏi|buộc|nhất thiết|không nhất thiết)\s*)$"
)
_NOT_MODAL_AFTER = re.compile(r"\s*(?:thiết|là|chăng|gì)\b")
RESULT_MARKERS = re.compile(r"(?<![^\W_])(?:đã|đạt|vừa qua|qua đó)(?![^\W_])")
FOCUS_SPLIT = re.compile(r"(?:(?<=[.!?])\s*|^)(?:Trọng tâm là|Trong đó, trọng tâm là|Trước hết là)\s*[:,]?\s*")
_DISCOURSE = re.compile(
    r"^(?:Bên cạnh đó|Đồng thời|Theo đó|Ngoài ra|Mặt khác|Trong đó|Do đó|Vì vậy|Vì thế|Tới đây|Thời gian tới|"
    r"Trong thời gian tới|Để làm được điều đó|Để làm tốt điều này),?\s*"
)
_TASK_VERBS = re.compile(
    r"(?<![^\W_])(?:tập trung|tiếp tục|thực hiện|xây dựng|chủ động|nâng cao|phối hợp|quán triệt|triển khai|"
    r"đánh giá|tăng cường|đẩy mạnh|làm tốt|bám sát|rà soát|phát huy|khẩn trương|sớm|quan tâm|chỉ đạo|tham mưu|"
    r"phải|cần|nghiên cứu|hoàn thành|kiên quyết|thường xuyên|chú trọng|bảo đảm|đảm bảo)(?![^\W_])",
    re.IGNORECASE,
)
_INLINE_ORDINAL = re.compile(
    r"(?:^|(?<=[\s;.:]))(?i:(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) là"
    r"|thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\s*[,:]\s*"
)
_ITEM_MARKER = re.compile(r"(?:^|(?<=[\s;.]))\(?(?:\d{1,2}|[a-zđ])\)\s*")
_SENTENCE_BREAK = re.compile(rf"[.!?](?:\s+|(?=[{UPPER}]))")
DUE = re.compile(
    r"(?i:(?:trong |từ nay đến |đến )?(?:quý [IVX]+(?: năm \d{4})?|6 tháng (?:đầu|cuối) năm(?: \d{4})?|"
    r"năm \d{4}|thời gian tới|giai đoạn \d{4}\s*-\s*\d{4}|trước ngày \d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?))"
)


# Bounds on how far a rule reads, so that text of any length parses in linear time.
_LONGEST_LIST = 4000
_LONGEST_SENTENCE = 1000


@dataclass
class Paragraph:
    start: int
    end: int
    kind: str


def _ordinal_of(m: re.Match[str]) -> int:
    word = m.group("word").lower()
    table = _ORDINAL_WORDS if m.re is ENUM_LA else _ORDINAL_NTH
    return table.index(word) + 1


def _intro_ok(text: str, before_end: int, floor: int) -> bool:
    intro = text[max(floor, before_end - 300) : before_end]
    return bool(TASK_INTRO.search(intro)) and not RESULTS_INTRO.search(intro[-160:])


def _make_task(text: str, start: int, end: int, to_original, ordinal: int | None, intro: str = "") -> Task | None:
    while start < end and text[start] in " ,:;-–":
        start += 1
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    body = text[start:end]
    if len(body.split()) < 3:
        return None
    due = DUE.search(body) or DUE.search(intro)
    verb = _TASK_VERBS.search(body)
    assignee = None
    if verb and verb.start() > 0 and len(body[: verb.start()].split()) <= 10:
        assignee = body[: verb.start()].strip(" ,") or None
    return Task(
        text=body,
        ordinal=ordinal,
        assignee=assignee,
        due=due.group(0).strip() if due else None,
        spans=[to_original(start, end)],
    )


def enumerated_tasks(text: str, paragraphs: list[Paragraph], to_original) -> list[Task]:
    """Items of 'Một là …', 'Thứ nhất, …', numbered and bulleted lists introduced as tasks."""
    tasks: list[Task] = []
    expected = 1
    style = None
    bullets: int | None = None  # items so far in a bulleted list, None outside one
    floor = paragraphs[0].start if paragraphs else 0
    for i, p in enumerate(paragraphs):
        line = text[p.start : p.end]
        bullet = ENUM_BULLET.match(line)
        if bullet:
            if bullets is None and i and _opens_a_list(text, paragraphs[i - 1], floor):
                bullets = 0
            if bullets is not None:
                task = _make_task(text, p.start + bullet.end(), p.end, to_original, bullets + 1)
                if task:
                    tasks.append(task)
                    bullets += 1
            continue
        bullets = None
        m = ENUM_LA.match(line) or ENUM_NTH.match(line) or ENUM_NUM.match(line)
        if not m:
            continue
        ordinal = int(m.group("num")) if m.re is ENUM_NUM else _ordinal_of(m)
        if ordinal == 1 and (m.re is not style or expected != 1 or not tasks):
            if not _intro_ok(text, p.start, floor):
                continue
            style, expected = m.re, 1
        if m.re is not style or ordinal != expected:
            continue
        task = _make_task(text, p.start + m.end(), p.end, to_original, ordinal)
        if task:
            tasks.append(task)
            expected += 1
    return tasks


def _opens_a_list(text: str, p: Paragraph, floor: int) -> bool:
    return text[p.start : p.end].rstrip().endswith(":") and _intro_ok(text, p.end, floor)


def inline_list_tasks(text: str, paragraphs: list[Paragraph], to_original) -> list[Task]:
    """'… nhiệm vụ trọng tâm … là: A; B; C' (split at semicolons that open a new item),
    or '… là: (1) A; (2) B' (split at the item markers)."""
    tasks: list[Task] = []
    for p in paragraphs:
        if ":" not in text[p.start : p.end]:
            continue
        for m in INLINE_LIST.finditer(text, p.start, p.end):
            if RESULTS_INTRO.search(text[max(p.start, m.start() - 80) : m.end()]):
                continue
            found = []
            # A list runs to the end of its paragraph, but never further than a list could (linear time).
            list_end = min(p.end, m.end() + _LONGEST_LIST)
            for n, (item_start, item_end) in enumerate(_inline_items(text, m.end(), list_end), start=1):
                raw = text[item_start:item_end].rstrip(" ;.…")
                task = _make_task(text, item_start, item_start + len(raw), to_original, n)
                if task:
                    found.append(task)
            if len(found) >= 2:
                tasks.extend(found)
    return tasks


def _inline_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    ordinals = list(_INLINE_ORDINAL.finditer(text, start, end))
    if len(ordinals) >= 2 and ordinals[0].start() - start < 5:  # "… sau: Thứ nhất, A; thứ hai, B"
        starts = [x.end() for x in ordinals]
        ends = [x.start() for x in ordinals[1:]] + [end]
        return list(zip(starts, ends, strict=True))
    if _ITEM_MARKER.match(text, start):
        markers = list(_ITEM_MARKER.finditer(text, start, end))
        starts = [x.end() for x in markers]
        ends = [x.start() for x in markers[1:]] + [end]
    else:
        starts = [start] + [start + x.end() for x in re.finditer(rf";\s+(?=[{UPPER}])", text[start:end])]
        ends = [x - 1 for x in starts[1:]] + [end]
    return list(zip(starts, ends, strict=True))


def _request_start(text: str, p: Paragraph) -> int | None:
    """Where the requested action starts in a paragraph, or None when it requests nothing."""
    for m in REQUEST.finditer(text, p.start, p.end):
        before = text[max(p.start, m.start() - 25) : m.start()]
        if _NOT_REQUEST_BEFORE.search(before) or _NOT_REQUEST_AFTER.match(text, m.end()):
            continue
        return m.end()
    return None


def _modal_start(text: str, p: Paragraph, speech_context: bool) -> int | None:
    for m in MODAL.finditer(text, p.start, p.end):
        before = text[max(p.start, m.start() - 25) : m.start()]
        if _NOT_MODAL_BEFORE.search(before) or _NOT_MODAL_AFTER.match(text, m.end()):
            continue
        floor = max(p.start, m.start() - _LONGEST_SENTENCE)
        sentence_start = (
            max((x.end() for x in re.finditer(rf"[.!?]\s+|[.!?](?=[{UPPER}])", text[floor : m.start()])), default=0)
            + floor
        )
        clause = text[sentence_start : m.start()]
        speech = list(SPEECH_VERBS.finditer(clause))
        if not speech_context and not speech:
            continue
        start = sentence_start + (speech[-1].end() if speech else 0)
        lead = _DISCOURSE.match(text, start) if start == sentence_start else None
        while start < m.start() and text[start] in " ,:":
            start += 1
        if lead:
            start = lead.end()
        return start
    return None


def _split_focus(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'… cần A. Trọng tâm là B. C.' → [A-part, B, C]: the sentences after the focus marker are tasks."""
    m = FOCUS_SPLIT.search(text, start, end)
    if not m or m.start() == start:
        return [(start, end)]
    pieces = [(start, m.start())]
    pos = m.end()
    for brk in _SENTENCE_BREAK.finditer(text, pos, end):
        pieces.append((pos, brk.start() + 1))
        pos = brk.end()
    if pos < end:
        pieces.append((pos, end))
    return [(a, b) for a, b in pieces if b > a]


def _is_new_speaker(text: str, p: Paragraph) -> bool:
    head = text[p.start : min(p.end, p.start + 160)]
    return bool(TITLE_HEAD.search(head) and SPEECH_VERBS.search(head)) or _is_quote(text, p)


def _is_quote(text: str, p: Paragraph) -> bool:
    return text[p.start : p.start + 1] in ("“", '"', "‘", "'")


def _continues_with_an_action(text: str, p: Paragraph) -> int | None:
    """Where a paragraph that goes on with the speaker's requests starts its action, if it does:
    an action verb within its first words, after a linking word or an opening phrase."""
    start = p.start
    lead = _DISCOURSE.match(text, start)
    if lead:
        start = lead.end()
    if RESULT_MARKERS.search(text[p.start : p.end]):
        return None
    if _TASK_VERBS.search(" ".join(text[start : p.end].split()[:6])):
        return start
    opening = re.match(r"[^,.;:]{1,40},\s+", text[start : p.end])  # "Sau đại hội, chủ động …"
    if opening and _TASK_VERBS.search(" ".join(text[start + opening.end() : p.end].split()[:3])):
        return start
    return None


def request_tasks(text: str, paragraphs: list[Paragraph], to_original) -> list[Task]:
    """Requests set by the meeting's speakers, and the paragraphs that go on with them."""
    tasks: list[Task] = []
    in_block = False
    for p in paragraphs:
        if p.kind != "body":
            in_block = False if p.kind == "heading" else in_block
            continue
        start = _request_start(text, p)
        if start is None and not _is_quote(text, p):
            start = _modal_start(text, p, speech_context=in_block)
        if start is None and in_block and not _is_new_speaker(text, p):
            start = _continues_with_an_action(text, p)
        if start is None:
            in_block = False
            continue
        in_block = True
        for a, b in _split_focus(text, start, p.end):
            task = _make_task(text, a, b, to_original, None)
            if task:
                tasks.append(task)
    return tasks


def find_tasks(text: str, paragraphs: list[Paragraph], to_original) -> list[Task]:
    """Explicit structure wins: an enumerated or inline list, else the speakers' requests."""
    listed = enumerated_tasks(text, paragraphs, to_original)
    if not listed:
        listed = inline_list_tasks(text, paragraphs, to_original)
    if listed:
        return listed
    return request_tasks(text, paragraphs, to_original)
