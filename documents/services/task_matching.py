"""Which stored task a newly parsed task is: matched by its text, never by its place in the article.

A re-parse may add, drop or reorder tasks; a curator's status, assignee and due date
must stay on the task they were set on. A new task takes the stored task with the
same text, else the most similar one (at least ``MIN_SIMILARITY``), each stored task
taken once, best pairs first.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

MIN_SIMILARITY = 0.75


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().casefold()


def similarity(a: str, b: str) -> float:
    a, b = _normal(a), _normal(b)
    if a == b:
        return 1.0
    if not a or not b or min(len(a), len(b)) / max(len(a), len(b)) < MIN_SIMILARITY:
        return 0.0  # the ratio cannot reach the bar when the lengths differ this much
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.quick_ratio() < MIN_SIMILARITY:  # an upper bound of the ratio, far cheaper to take
        return 0.0
    return matcher.ratio()


def match_tasks(new_texts: list[str], stored: list[tuple[int, str]]) -> dict[int, int]:
    """For each new task (by index), the id of the stored task it is; unmatched new tasks are absent."""
    matched: dict[int, int] = {}
    taken: set[int] = set()
    # The same text first (the best pairs there are: a re-parse mostly finds the tasks it found before),
    # then the most similar among the rest.
    by_text: dict[str, list[int]] = {}
    for pk, stored_text in stored:
        by_text.setdefault(_normal(stored_text), []).append(pk)
    for i, text in enumerate(new_texts):
        same = by_text.get(_normal(text))
        if same:
            matched[i] = same.pop(0)
            taken.add(matched[i])
    pairs = sorted(
        (
            (score, i, pk)
            for i, text in enumerate(new_texts)
            if i not in matched
            for pk, stored_text in stored
            if pk not in taken and (score := similarity(text, stored_text)) >= MIN_SIMILARITY
        ),
        key=lambda p: (-p[0], p[1]),
    )
    for _, i, pk in pairs:
        if i not in matched and pk not in taken:
            matched[i] = pk
            taken.add(pk)
    return matched
