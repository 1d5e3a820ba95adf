"""Sentences of a paragraph: where a full stop, question or exclamation mark, or an ellipsis ends one.

A stop ends a sentence when a space and a capital (or an opening quote or bracket) follow it, or
a capitalised word glued to it ("được.Trọng tâm"), unless it closes an abbreviation that stands
before a name ("TP. Hồ Chí Minh", "PGS. TS.").
"""

from __future__ import annotations

import re

from documents.extraction.lexicon import UPPER

_STOP = re.compile(rf"(?:[.!?]+|…)[”\"’')]*(?:(?=\s+[“\"‘'(]?[{UPPER}\d])|(?=[{UPPER}]))")
_ABBREVIATIONS = frozenset({"TP", "Tp", "tp", "TS", "ThS", "Th.S", "PGS", "GS", "BS", "NXB", "St", "Q", "P", "ĐC"})


def _glued(text: str, stop: int, after: int) -> bool:
    """'… đạt được.Trọng tâm là …': a stop with no space, between a word and a capitalised word."""
    return text[stop - 1 : stop].islower() and text[after + 1 : after + 2].islower()


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as (start, end) pairs; each end keeps its stop."""
    sentences: list[tuple[int, int]] = []
    pos = start
    for m in _STOP.finditer(text, start, end):
        if not text[m.end() : m.end() + 1].isspace() and not _glued(text, m.start(), m.end()):
            continue
        word_start = text.rfind(" ", pos, m.start()) + 1 or pos
        if m.group().startswith(".") and text[max(word_start, pos) : m.start()] in _ABBREVIATIONS:
            continue
        sentences.append((pos, m.end()))
        pos = m.end()
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end and text[pos:end].strip():
        sentences.append((pos, end))
    return sentences
