"""Where a cited document's unquoted subject ends: "Nghị quyết số 18-NQ/TW … về <subject>".

A subject is a noun phrase; the sentence it stands in goes on with a predicate, and
the subject ends where that begins: a sentence end, another document, a clause after
a comma ("…, Trung ương đã xác định", "…, tiếp tục xây dựng …"), a contrast ("… nhưng chưa …"), a tense marker
("… kinh tế tư nhân đã tạo …"), an appraisal ("… còn rất chậm"), or a body or person
that takes the sentence over ("…, Ban Thường vụ Thành ủy tổ chức …").
"""

from __future__ import annotations

import re

from documents.extraction.lexicon import BODY_NAMES, KIND_WORD_ALTERNATION, ORG_HEAD, ROLE_VERB_WORDS, TITLE_HEAD
from documents.extraction.names import find_names
from documents.extraction.wordlists import alternation

_TAIL_SUBJECT = re.compile(r"\s+(?i:về)\s+(?:việc\s+)?(?P<subject>[^\n;…]{3,400})")
# What a body does when it takes the sentence over: the verbs of the meeting's roles, and of deciding.
_MAIN_VERBS = alternation([*ROLE_VERB_WORDS, "tổ chức", "quyết định", "ban hành", "xác định"])
_SUBJECT_END = re.compile(
    rf"\.(?:\s|$)|\.\.\.|,\s+(?:{KIND_WORD_ALTERNATION})\b|,\s+(?:đã|đang|sẽ|vừa|được|do|tại|nhằm|cùng|với|tiếp tục)\s"
    rf"|,\s+(?:{BODY_NAMES})\s+(?:đã|đang|sẽ|vừa|cũng)\s"
    rf"|\s+và\s+(?:{KIND_WORD_ALTERNATION})\s+(?:số\s+)?\d|\s+(?=\()"
    rf"|(?:\s+và|,\s+gắn với)\s+(?:dự thảo\s+)?(?:{KIND_WORD_ALTERNATION})\s+(?:số|của)\s"
    r"|\s+(?:xác định|khẳng định|nêu rõ|nhấn mạnh)\s*:?\s*[“\"]"
    r"|,\s+(?:thời gian qua|những năm qua|qua \d+ năm|sau \d+ năm)(?![^\W_])"
    r"|,?\s+(?:nhưng|mặc dù|tuy nhiên|trong khi)\s"
    r"|\s+còn\s+(?:rất|chưa|chậm|nhiều|hạn chế|thấp|yếu)(?![^\W_])",
    re.IGNORECASE,
)
_TENSE = re.compile(r"\s+(?:đã|đang|sẽ)\s")
# "… trong tình hình mới mà Đảng ta đã đề ra": the tense is a relative clause's, inside the subject.
_RELATIVE = re.compile(r"(?<![^\W_])mà(?![^\W_])")
# ", Ban Thường vụ Thành ủy Hà Nội tổ chức …": a body named in capitals, then what it does.
_BODY_TAKES_OVER = re.compile(
    rf",\s+(?=(?:{ORG_HEAD.pattern}|[A-ZĐ]{{3,}})(?:\s+[^\W\d_]+){{0,6}}?\s+(?i:{_MAIN_VERBS})(?![^\W_]))"
)


def read_subject(text: str, pos: int) -> tuple[str, int] | None:
    """The "về …" subject at ``pos`` and where it ends in ``text``; None when there is none."""
    m = _TAIL_SUBJECT.match(text, pos)
    if not m:
        return None
    subject = m.group("subject")
    for end in (_SUBJECT_END, _BODY_TAKES_OVER):
        cut = end.search(subject)
        if cut:
            subject = subject[: cut.start()]
    for tense in _TENSE.finditer(subject):
        clause = subject[subject.rfind(",", 0, tense.start()) + 1 : tense.start()]
        if not _RELATIVE.search(clause):
            subject = subject[: tense.start()]
            break
    subject = _before_a_named_person(subject).strip(" ,.;:…").strip('“”"')
    if len(subject.split()) < 2:
        return None
    return subject, m.start("subject") + len(subject)


def _before_a_named_person(subject: str) -> str:
    """A subject up to where the sentence goes on with a person, named after a title: "về việc Mặt trận … góp ý
    xây dựng Đảng, chính quyền, Chủ tịch Nguyễn Thiện Nhân cho rằng …"."""
    names = find_names(subject)
    if not names:
        return subject
    comma = subject.rfind(",", 0, names[0].start)
    return subject[:comma] if comma >= 0 and TITLE_HEAD.match(subject[comma + 1 :].lstrip()) else subject
