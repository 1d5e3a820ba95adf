"""Where a sentence opens a task of its own: a request, a statement of what must be done in reported
speech, a statement that looks ahead, or what the meeting decided. ``requests`` reads the sentences and
paragraphs that go on with a task; this module reads one sentence at a time.
"""

from __future__ import annotations

import re

from documents.extraction.lexicon import SPEECH_VERBS, UPPER
from documents.extraction.not_tasks import (
    ANSWER,
    BELIEF,
    CLAUSE_LINK,
    DOCUMENT_VOICE,
    EARLIER,
    FINDING,
    PROCEEDINGS,
    PUNISHMENT,
    QUESTION,
    SHORTCOMING,
)
from documents.extraction.task_items import ACTION_VERBS
from documents.extraction.wordlists import alternation, table

REQUEST = re.compile(r"(?<![^\W_])(?:đề nghị|yêu cầu|kêu gọi)(?![^\W_])")
# Verbs that request only when someone stands right before them ("Bí thư Tỉnh ủy lưu ý …"); "Ban Chỉ đạo"
# is a body, not a request.
WEAK_REQUEST = re.compile(r"(?<![^\W_])(?:lưu ý|(?<!ban )(?<!Ban )chỉ đạo|giao(?: cho)?)(?![^\W_])")
_SPEAKER_BEFORE = re.compile(
    rf"(?:[{UPPER}]\w*\s+[{UPPER}]\w*|(?i:đồng chí|ông|bà|hội nghị|cũng|đồng thời|còn|tiếp tục|trưởng|thư|tịch|"
    r"tướng|ủy|đạo))\s*,?\s*$"
)
# A noun, not a request: "đáp ứng yêu cầu", "tiến độ yêu cầu", "bám sát yêu cầu", "Bộ Ngoại giao", "bàn giao".
_NOT_REQUEST_BEFORE = re.compile(  # "được" in lower case only: "Nguyễn Văn Được đề nghị" is a request
    r"(?<![^\W_])(?:(?i:bảo đảm|đảm bảo|đáp ứng|theo|với|so|những|các|một số|kiến nghị|đúng|của|mọi|cao|về|đạt|"
    r"nhiều|là|có|ra|nêu|phù hợp|trước|sự|bàn|nhận|thực hiện|lãnh đạo,|phục vụ|vượt|trở thành|tiến độ|bám sát|"
    r"ngoại|chuyển|trao)|được)\s*$"
)
_NOT_REQUEST_AFTER = re.compile(
    r"\s*(?:của|về|đặt ra|nhiệm vụ|ngày càng|cao|đối với|này|đó|trên(?! cương vị)|mới|đề ra|cấp thiết|bức thiết|"
    r"cấp bách|thực tiễn|chung|tiến độ|chất lượng|ban|lưu|nhận|việc|và|,\s*(?:nhiệm vụ|tiến độ|chất lượng))(?![^\W_])"
)
MODAL = re.compile(r"(?<![^\W_])(?:cần|phải)(?![^\W_])")
_NOT_MODAL_BEFORE = re.compile(
    r"(?i:(?:không|chưa|còn|rất|là|mà|khi|nếu|đòi hỏi|buộc|nhất thiết|không nhất thiết|thì|chỉ)\s*)$"
)
# A modal inside what a thing is said to be: "đây là nội dung cần quan tâm" remarks on it.
_DESCRIBED = re.compile(r"(?i:(?:đây|đó) là)\s+(?:[^\s,.;:]+\s+){1,4}$")
# A verb of speech reports what follows it: "nhấn mạnh, …", "nêu rõ: …", "cho rằng …", "đề nghị cần …".
_REPORTS = re.compile(r"\s*(?:[,:]|rằng|là|\S+\s*$|\S+\s+\S+\s*$|$)")
_NOT_MODAL_AFTER = re.compile(r"\s*(?:thiết|là|chăng|gì)\b")
# Linking words that carry a request on ("Đồng thời, …", "Cùng với đó, …").
CONNECTOR = re.compile(rf"(?:{alternation(table('tasks')['connectors'])})(?![^\W_]),?\s*")
# A statement that looks ahead: "trong thời gian tới, …", "… sẽ tiếp tục …".
_AHEAD = re.compile(
    r"(?i:(?:về nhiệm vụ[^,]{0,60},\s*)?(?:trong )?(?:thời gian tới|những tháng cuối năm|năm tới|sắp tới)\s*,?\s*)"
)
_WILL = re.compile(r"(?<![^\W_])sẽ (?=tiếp tục|tập trung|đẩy mạnh|tăng cường|chú trọng|triển khai|phối hợp)")
# What a meeting decided to do: "Hội nghị đã xác định nhiệm vụ trọng tâm … là …".
_DECIDED = re.compile(
    r"(?i:hội nghị|ban chấp hành|ban thường vụ|ban chỉ đạo|đại hội|tỉnh ủy|thành ủy|đảng ủy)[^.;]{0,40}?"
    r"(?i:xác định|thống nhất|đề ra|quyết định|nhất trí)[^.;]{0,120}?"
    r"(?i:nhiệm vụ|giải pháp|mục tiêu|phương hướng|chỉ tiêu)[^.;:]{0,120}?\s(?i:là|gồm)(?![^\W_])\s*:?\s*"
)
_DECIDING_WORDS = ("xác định", "thống nhất", "đề ra", "quyết định", "nhất trí")
_REQUEST_WORDS = ("đề nghị", "yêu cầu", "kêu gọi", "lưu ý", "chỉ đạo", "giao")
_AHEAD_WORDS = ("tới", "sẽ", "cuối năm")
_OPENING_WORDS = 10
_ADDRESSEE_WORDS = 16  # "ông Ngô Minh Châu, Phó Giám đốc Công an TP, phân tích …": who is asked, then the verb


def opening_words(text: str, s: int, e: int) -> str:
    return " ".join(text[s:e].split()[:_OPENING_WORDS])


def _asks_for_action(text: str, start: int, end: int) -> bool:
    """'lưu ý các đồng chí giữ vững …' asks for an action; 'lưu ý điều đáng lo nhất là …' remarks."""
    head = opening_words(text, start, end)
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
        if PROCEEDINGS.search(text, s, e) or EARLIER.search(lead) or PUNISHMENT.search(text[m.end() : e]):
            return None
        if QUESTION.search(text, s, e) and ANSWER.search(" ".join(text[m.end() : e].split()[:_ADDRESSEE_WORDS])):
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
        if _DESCRIBED.search(clause):
            continue
        if DOCUMENT_VOICE.search(clause) or SHORTCOMING.search(_last_clause(clause)):
            return None
        speech = [v for v in SPEECH_VERBS.finditer(clause) if _REPORTS.match(clause, v.end())]
        if not in_speech and not speech:
            continue
        start = s + (speech[-1].end() if speech else 0)
        if start == s:
            lead = CONNECTOR.match(text, s)
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


def sentence_opening(text: str, s: int, e: int, in_block: bool) -> int | None:
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
