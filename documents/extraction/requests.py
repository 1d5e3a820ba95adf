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

from documents.extraction.lexicon import SPEECH_VERBS, TITLE_HEAD
from documents.extraction.not_tasks import DOCUMENT_VOICE, FINDING
from documents.extraction.openings import CONNECTOR, MODAL, REQUEST, opening_words, sentence_opening
from documents.extraction.result import Task
from documents.extraction.sentences import split_sentences
from documents.extraction.task_items import ACTION_VERBS, Paragraph, make_task

_QUOTED_DEMAND = re.compile(
    r"[“\"](?P<body>[^”\"]{20,})[”\"]\s*[-–,]?\s*[^.“”\"]{0,80}?(?<![^\W_])"
    r"(?i:lưu ý|nhấn mạnh|yêu cầu|đề nghị|chỉ đạo|kêu gọi)\.?\s*\Z"
)
# "Trọng tâm là …", "Trước hết là …": the sentences after it are the items of the request.
_FOCUS = re.compile(r"(?:Trong đó,\s*)?(?:[Tt]rọng tâm là|Trước hết là|Trước mắt là)\s*[:,]?\s*")
_ANNOUNCES = re.compile(r"(?<![^\W_])(?:sau|sau đây|gồm|như)\s*:?\s*$")
_PASSIVE = frozenset({"được", "bị", "đã"})
_COLLECTIVE_SUBJECT = re.compile(r"(?:Các|Mỗi|Từng|Toàn|Ban|Đảng|Cấp|Ngành|Bộ|Sở|Ủy ban|UBND|MTTQ)\s")
_LONGEST_PARAGRAPH_LEAD = 160
_FEWEST_WORDS = 5


def _opens_with_action(text: str, s: int, e: int) -> bool:
    """A bare imperative: the sentence opens with an action verb ("Tăng cường …", "Nâng cao …")."""
    m = ACTION_VERBS.match(text, s)
    return bool(m) and text[s : s + 1].isupper() and not FINDING.search(opening_words(text, s, e))


def _imperatives_from(text: str, sentences: list[tuple[int, int]], idx: int) -> int:
    count = 0
    for s, e in sentences[idx:]:
        if not _opens_with_action(text, s, e):
            break
        count += 1
    return count


def _goes_on(text: str, s: int, e: int) -> bool:
    """A sentence that carries a request on: a linking word, then an action or a modal."""
    lead = CONNECTOR.match(text, s)
    if not lead or FINDING.search(opening_words(text, s, e)):
        return False
    rest = text[lead.end() : e]
    return bool(ACTION_VERBS.search(rest) or MODAL.search(rest) or REQUEST.search(rest))


def _continues_with_an_action(text: str, s: int, e: int) -> bool:
    """A paragraph's first sentence that goes on with a request: an action among its first words, after a
    linking word, an opening phrase ("Sau đại hội, …") or a subject ("Ban Tổ chức Tỉnh ủy … nâng cao …")."""
    if FINDING.search(opening_words(text, s, e)) or DOCUMENT_VOICE.search(text, s, min(e, s + 60)):
        return False
    lead = CONNECTOR.match(text, s)
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
    if not _COLLECTIVE_SUBJECT.match(text, s) or FINDING.search(opening_words(text, s, e)):
        return False
    head = " ".join(text[s:e].split()[:20])
    action = ACTION_VERBS.search(head)
    # "Các chủ trương … được thực hiện tốt", "… tiếp tục được duy trì" report a result: the body undergoes
    # the action.
    before = head[: action.start()].split() if action else []
    after = head[action.end() :].split()[:1] if action else []
    return bool(action) and not (before and before[-1] in _PASSIVE) and not (after and after[0] in _PASSIVE)


def _is_new_speaker(text: str, p: Paragraph) -> bool:
    head = text[p.start : min(p.end, p.start + _LONGEST_PARAGRAPH_LEAD)]
    return bool(TITLE_HEAD.search(head) and SPEECH_VERBS.search(head)) or _is_quote(text, p)


def _is_quote(text: str, p: Paragraph) -> bool:
    return text[p.start : p.start + 1] in ("“", '"', "‘", "'")


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
        start = sentence_opening(text, s, e, in_block or bool(ranges))
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
            if _ANNOUNCES.search(text, a, b) and ":" in text[b - 2 : b + 3]:
                continue  # "… thực hiện một số nhiệm vụ trọng tâm sau:": the items after it are the tasks
            task = make_task(text, a, b, to_original, None)
            if task:
                tasks.append(task)
    return tasks
