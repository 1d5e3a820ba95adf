"""Tasks a meeting sets without numbering them, read sentence by sentence.

- A request: "[Đồng chí X | Hội nghị | Ban Chỉ đạo] yêu cầu / đề nghị / kêu gọi / giao / lưu ý /
  chỉ đạo [who] + action": the task is what follows the verb, to the end of its sentence.
- A statement in reported speech: "X nhấn mạnh, cần …", "cấp ủy các cấp phải …".
- What looks ahead: "Trong thời gian tới, ngành … tiếp tục …", "… sẽ tiếp tục …".
- A quoted demand: "“… phải …” - ông X lưu ý."
A request goes on in the sentences after it: those opening with a linking word ("Đồng thời, …",
"Trong đó, …") belong to it; bare imperatives right after it ("Đổi mới … . Nâng cao … .") are
tasks of their own. A paragraph that goes on with an action after a request is one more task.
Results, a document's own words and findings are not tasks.
"""

from __future__ import annotations

import re

from documents.extraction.lexicon import SPEECH_VERBS, TITLE_HEAD, UPPER
from documents.extraction.not_tasks import BELIEF, CLAUSE_LINK, DOCUMENT_VOICE, FINDING, PROCEEDINGS, SHORTCOMING
from documents.extraction.result import Task
from documents.extraction.sentences import split_sentences
from documents.extraction.task_items import ACTION_VERBS, Paragraph, make_task
from documents.extraction.wordlists import alternation, table

REQUEST = re.compile(r"(?<![^\W_])(?:đề nghị|yêu cầu|kêu gọi)(?![^\W_])")
# Verbs that request only when someone stands right before them ("Bí thư Tỉnh ủy lưu ý …"); "Ban Chỉ đạo"
# is a body, not a request.
WEAK_REQUEST = re.compile(r"(?<![^\W_])(?:lưu ý|(?<!ban )(?<!Ban )chỉ đạo|giao(?: cho)?)(?![^\W_])")
_SPEAKER_BEFORE = re.compile(
    rf"(?:[{UPPER}]\w*\s+[{UPPER}]\w*|(?i:đồng chí|ông|bà|hội nghị|cũng|đồng thời|còn|tiếp tục|trưởng|thư|tịch|"
    r"tướng|ủy|đạo))\s*,?\s*$"
)
_NOT_REQUEST_BEFORE = re.compile(  # "được" in lower case only: "Nguyễn Văn Được đề nghị" is a request
    r"(?<![^\W_])(?:(?i:bảo đảm|đảm bảo|đáp ứng|theo|với|so|những|các|một số|kiến nghị|đúng|của|mọi|cao|về|đạt|"
    r"nhiều|là|có|ra|nêu|phù hợp|trước|sự|bàn|nhận|thực hiện|lãnh đạo,|phục vụ|vượt|trở thành)|được)\s*$"
)
_NOT_REQUEST_AFTER = re.compile(
    r"\s*(?:của|về|đặt ra|nhiệm vụ|ngày càng|cao|đối với|này|đó|trên(?! cương vị)|mới|đề ra|cấp thiết|bức thiết|"
    r"cấp bách|thực tiễn|chung|tiến độ|chất lượng|ban|lưu|nhận|việc|và|,\s*(?:nhiệm vụ|tiến độ|chất lượng))(?![^\W_])"
)
MODAL = re.compile(r"(?<![^\W_])(?:cần|phải)(?![^\W_])")
_NOT_MODAL_BEFORE = re.compile(
    r"(?i:(?:không|chưa|còn|rất|là|mà|khi|nếu|đòi hỏi|buộc|nhất thiết|không nhất thiết|thì)\s*)$"
)
# A verb of speech reports what follows it: "nhấn mạnh, …", "nêu rõ: …", "cho rằng …", "đề nghị cần …".
_REPORTS = re.compile(r"\s*(?:[,:]|rằng|là|\S+\s*$|\S+\s+\S+\s*$|$)")
_NOT_MODAL_AFTER = re.compile(r"\s*(?:thiết|là|chăng|gì)\b")
# Linking words that carry a request on ("Đồng thời, …", "Cùng với đó, …").
_CONNECTOR = re.compile(rf"(?:{alternation(table('tasks')['connectors'])})(?![^\W_]),?\s*")
# A statement that looks ahead: "trong thời gian tới, …", "… sẽ tiếp tục …".
_AHEAD = re.compile(
    r"(?i:(?:về nhiệm vụ[^,]{0,60},\s*)?(?:trong )?(?:thời gian tới|những tháng cuối năm|năm tới|sắp tới)\s*,?\s*)"
)
_WILL = re.compile(r"(?<![^\W_])sẽ (?=tiếp tục|tập trung|đẩy mạnh|tăng cường|chú trọng|triển khai)")
_QUOTED_DEMAND = re.compile(
    r"[“\"](?P<body>[^”\"]{20,})[”\"]\s*[-–,]?\s*[^.“”\"]{0,80}?(?<![^\W_])"
    r"(?i:lưu ý|nhấn mạnh|yêu cầu|đề nghị|chỉ đạo|kêu gọi)\.?\s*\Z"
)
# "Trọng tâm là …", "Trước hết là …": the sentences after it are the items of the request.
_FOCUS = re.compile(r"(?:Trong đó,\s*)?(?:[Tt]rọng tâm là|Trước hết là|Trước mắt là)\s*[:,]?\s*")
_PASSIVE = frozenset({"được", "bị", "đã"})
_COLLECTIVE_SUBJECT = re.compile(r"(?:Các|Mỗi|Từng|Toàn|Ban|Đảng|Cấp|Ngành|Bộ|Sở|Ủy ban|UBND|MTTQ)\s")
# What a meeting decided to do: "Hội nghị đã xác định nhiệm vụ trọng tâm … là …".
_DECIDED = re.compile(
    r"(?i:hội nghị|ban chấp hành|ban thường vụ|ban chỉ đạo|đại hội|tỉnh ủy|thành ủy|đảng ủy)[^.;]{0,40}?"
    r"(?i:xác định|thống nhất|đề ra|quyết định|nhất trí)[^.;]{0,120}?"
    r"(?i:nhiệm vụ|giải pháp|mục tiêu|phương hướng|chỉ tiêu)[^.;:]{0,120}?\s(?i:là|gồm)(?![^\W_])\s*:?\s*"
)
_DECIDING_WORDS = ("xác định", "thống nhất", "đề ra", "quyết định", "nhất trí")
_REQUEST_WORDS = ("đề nghị", "yêu cầu", "kêu gọi", "lưu ý", "chỉ đạo", "giao")
_AHEAD_WORDS = ("tới", "sẽ", "cuối năm")
_LONGEST_PARAGRAPH_LEAD = 160
_OPENING_WORDS = 10
_FEWEST_WORDS = 5


def _opening_words(text: str, s: int, e: int) -> str:
    return " ".join(text[s:e].split()[:_OPENING_WORDS])


def _asks_for_action(text: str, start: int, end: int) -> bool:
    """'lưu ý các đồng chí giữ vững …' asks for an action; 'lưu ý điều đáng lo nhất là …' remarks."""
    head = _opening_words(text, start, end)
    return bool(ACTION_VERBS.search(head) or MODAL.search(head))


def _last_clause(lead: str) -> str:
    links = list(CLAUSE_LINK.finditer(lead))
    return lead[links[-1].end() :] if links else lead


def _request_start(text: str, s: int, e: int) -> int | None:
    """Where the requested action starts in the sentence text[s:e], or None when it requests nothing."""
    found = [m for rx in (REQUEST, WEAK_REQUEST) for m in rx.finditer(text, s, e)]
    for m in sorted(found, key=lambda m: m.start()):
        before = text[max(s, m.start() - 25) : m.start()]
        if _NOT_REQUEST_BEFORE.search(before) or _NOT_REQUEST_AFTER.match(text, m.end()):
            continue
        if m.re is WEAK_REQUEST and not (_SPEAKER_BEFORE.search(before) and _asks_for_action(text, m.end(), e)):
            continue
        lead = _last_clause(text[s : m.start()])
        if SHORTCOMING.search(lead) or DOCUMENT_VOICE.search(lead + m.group()):
            continue
        if PROCEEDINGS.search(text, s, e):
            return None
        return m.end()
    return None


def _modal_start(text: str, s: int, e: int, in_speech: bool) -> int | None:
    """Where a 'cần / phải' statement starts, when it is the meeting's (reported speech, or in a block)."""
    for m in MODAL.finditer(text, s, e):
        before = text[max(s, m.start() - 25) : m.start()]
        if _NOT_MODAL_BEFORE.search(before) or _NOT_MODAL_AFTER.match(text, m.end()):
            continue
        clause = text[s : m.start()]
        if DOCUMENT_VOICE.search(clause) or SHORTCOMING.search(_last_clause(clause)):
            return None
        speech = [v for v in SPEECH_VERBS.finditer(clause) if _REPORTS.match(clause, v.end())]
        if not in_speech and not speech:
            continue
        start = s + (speech[-1].end() if speech else 0)
        if start == s:
            lead = _CONNECTOR.match(text, s)
            start = lead.end() if lead else s
        return start
    return None


def _ahead_start(text: str, s: int, e: int) -> int | None:
    """'Trong thời gian tới, ngành … tiếp tục …' or '… sẽ tiếp tục …', when the sentence goes on with an action."""
    sentence = text[s:e]
    ahead = _AHEAD.match(text, s, e)
    if ahead:
        start = ahead.end() if ACTION_VERBS.search(text, ahead.end(), e) else None
    else:
        start = s if _WILL.search(sentence) else None  # "Đảng bộ xã sẽ tiếp tục …": the subject is the assignee
    if start is None or any(rx.search(sentence) for rx in (FINDING, DOCUMENT_VOICE, BELIEF)):
        return None
    return start


def _opens_with_action(text: str, s: int, e: int) -> bool:
    """A bare imperative: the sentence opens with an action verb ("Tăng cường …", "Nâng cao …")."""
    m = ACTION_VERBS.match(text, s)
    return bool(m) and text[s : s + 1].isupper() and not FINDING.search(_opening_words(text, s, e))


def _imperatives_from(text: str, sentences: list[tuple[int, int]], idx: int) -> int:
    count = 0
    for s, e in sentences[idx:]:
        if not _opens_with_action(text, s, e):
            break
        count += 1
    return count


def _goes_on(text: str, s: int, e: int) -> bool:
    """A sentence that carries a request on: a linking word, then an action or a modal."""
    lead = _CONNECTOR.match(text, s)
    if not lead or FINDING.search(_opening_words(text, s, e)):
        return False
    rest = text[lead.end() : e]
    return bool(ACTION_VERBS.search(rest) or MODAL.search(rest) or REQUEST.search(rest))


def _continues_with_an_action(text: str, s: int, e: int) -> bool:
    """A paragraph's first sentence that goes on with a request: an action among its first words, after a
    linking word, an opening phrase ("Sau đại hội, …") or a subject ("Ban Tổ chức Tỉnh ủy … nâng cao …")."""
    if FINDING.search(_opening_words(text, s, e)) or DOCUMENT_VOICE.search(text, s, min(e, s + 60)):
        return False
    lead = _CONNECTOR.match(text, s)
    start = lead.end() if lead else s
    words = text[start:e].split()
    if ACTION_VERBS.search(" ".join(words[:6])):
        return True
    opening = re.match(r"[^,.;:]{1,40},\s+", text[start:e])
    if opening and ACTION_VERBS.search(" ".join(text[start + opening.end() : e].split()[:3])):
        return True
    return _body_acts(text, start, e)


def _body_acts(text: str, s: int, e: int) -> bool:
    """'Các cấp ủy tiếp tục …', 'Ban Tổ chức Tỉnh ủy … nâng cao …': a body or a group, then an action."""
    if not _COLLECTIVE_SUBJECT.match(text, s) or FINDING.search(_opening_words(text, s, e)):
        return False
    head = " ".join(text[s:e].split()[:20])
    action = ACTION_VERBS.search(head)
    # "Các chủ trương … được thực hiện tốt" reports a result: the body undergoes the action.
    before = head[: action.start()].split() if action else []
    return bool(action) and not (before and before[-1] in _PASSIVE)


def _is_new_speaker(text: str, p: Paragraph) -> bool:
    head = text[p.start : min(p.end, p.start + _LONGEST_PARAGRAPH_LEAD)]
    return bool(TITLE_HEAD.search(head) and SPEECH_VERBS.search(head)) or _is_quote(text, p)


def _is_quote(text: str, p: Paragraph) -> bool:
    return text[p.start : p.start + 1] in ("“", '"', "‘", "'")


def _opening(text: str, s: int, e: int, in_block: bool) -> int | None:
    """Where a sentence starts a task of its own, or None. Plain word tests first: most sentences hold
    none of the words a rule needs, and the rules' patterns cost more than a look for the words."""
    low = text[s:e].lower()
    if any(word in low for word in _DECIDING_WORDS):
        decided = _DECIDED.search(text, s, e)
        if decided:
            return decided.end()
    start = _request_start(text, s, e) if any(word in low for word in _REQUEST_WORDS) else None
    if start is None and ("cần" in low or "phải" in low):
        start = _modal_start(text, s, e, in_speech=in_block)
    if start is None and any(word in low for word in _AHEAD_WORDS):
        start = _ahead_start(text, s, e)
    return start


def _tasks_of_paragraph(text: str, p: Paragraph, in_block: bool) -> tuple[list[tuple[int, int]], bool]:
    """The task ranges of one paragraph, and whether the paragraph ends inside a run of requests."""
    sentences = split_sentences(text, p.start, p.end)
    ranges: list[list[int]] = []
    listing = False  # bare imperatives right after a request are items of their own
    attached = False  # a linking sentence came first: what follows belongs to the request
    for idx, (s, e) in enumerate(sentences):
        current = ranges[-1] if idx and ranges and ranges[-1][1] == sentences[idx - 1][1] else None
        focus = _FOCUS.match(text, s) if current is not None else None
        if focus:
            listing, attached = True, False
            ranges.append([focus.end(), e])
            continue
        if current is not None:
            if _goes_on(text, s, e) and not listing:
                current[1], attached = e, True
                continue
            if _opens_with_action(text, s, e):
                if listing or (not attached and _imperatives_from(text, sentences, idx) >= 2):
                    listing = True  # several bare imperatives in a row: an unnumbered list
                    ranges.append([s, e])
                else:
                    current[1] = e
                continue
        start = _opening(text, s, e, in_block or bool(ranges))
        if start is None and (ranges or in_block) and idx and _body_acts(text, s, e):
            start = s  # "Các cấp ủy tiếp tục …" after a task: another task, set for that body
        if start is None and idx == 0 and in_block and not _is_new_speaker(text, p):
            start = s if _continues_with_an_action(text, s, e) else None
            attached = start is not None
        elif start is not None:
            attached = False
        if start is None:
            continue
        listing = False
        ranges.append([start, e])
    still = bool(ranges) and ranges[-1][1] == sentences[-1][1]
    return [(a, b) for a, b in ranges], still


def request_tasks(text: str, paragraphs: list[Paragraph], to_original) -> list[Task]:
    """Requests set by the meeting's speakers, and the sentences and paragraphs that go on with them."""
    tasks: list[Task] = []
    in_block = False
    for p in paragraphs:
        if p.kind != "body":
            in_block = False if p.kind == "heading" else in_block
            continue
        quoted = _QUOTED_DEMAND.match(text, p.start, p.end)
        if quoted:
            body_start, body_end = quoted.span("body")
            if MODAL.search(text, body_start, body_end) or ACTION_VERBS.match(text, body_start):
                task = make_task(text, body_start, body_end, to_original, None)
                tasks.extend([task] if task else [])
            in_block = False
            continue
        if _is_quote(text, p):
            in_block = False
            continue
        ranges, in_block = _tasks_of_paragraph(text, p, in_block)
        for a, b in ranges:
            if len(text[a:b].split()) < _FEWEST_WORDS:
                continue  # "… yêu cầu có biện pháp.": too little to act on
            task = make_task(text, a, b, to_original, None)
            if task:
                tasks.append(task)
    return tasks
