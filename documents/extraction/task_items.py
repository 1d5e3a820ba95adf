"""One task from a stretch of text: its words without leading punctuation, its assignee and due date."""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.extraction.result import Task
from documents.extraction.wordlists import alternation, table

# Verbs that open an action ("tập trung …", "tiếp tục …"): what a task asks someone to do.
ACTION_VERBS = re.compile(rf"(?<![^\W_])(?:{alternation(table('tasks')['actions'])})(?![^\W_])", re.IGNORECASE)
DUE = re.compile(
    r"(?i:(?:trong |từ nay đến |đến )?(?:quý [IVX]+(?: năm \d{4})?|6 tháng (?:đầu|cuối) năm(?: \d{4})?|"
    r"năm \d{4}|thời gian tới|giai đoạn \d{4}\s*-\s*\d{4}|trước ngày \d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?))"
)
# Words that cannot head an assignee: a purpose or a time, not who does the work.
_NOT_ASSIGNEE = re.compile(r"(?i:để|trong|từ|sau|trước|khi|với|về|đối với|trên|thời gian)(?![^\W_])")


@dataclass
class Paragraph:
    start: int
    end: int
    kind: str


def make_task(text: str, start: int, end: int, to_original, ordinal: int | None, intro: str = "") -> Task | None:
    """The task in ``text[start:end]``, or None when fewer than three words remain."""
    while start < end and text[start] in " ,:;-–":
        start += 1
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    body = text[start:end]
    if len(body.split()) < 3:
        return None
    due = DUE.search(body) or DUE.search(intro)
    verb = ACTION_VERBS.search(body)
    assignee = None
    if verb and verb.start() > 0 and len(body[: verb.start()].split()) <= 10 and not _NOT_ASSIGNEE.match(body):
        assignee = body[: verb.start()].strip(" ,") or None
    return Task(
        text=body,
        ordinal=ordinal,
        assignee=assignee,
        due=due.group(0).strip() if due else None,
        spans=[to_original(start, end)],
    )
