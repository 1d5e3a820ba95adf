"""The text the parser reads, and the map from its offsets back to the stored text.

Spans must index the article text as stored (NFC, ``\\n`` line ends). The parser
reads a normalised view of it instead: non-breaking and zero-width spaces made
plain, the old tone placement ("uỷ", "khoá", "hoà") made modern, and word-
segmented corpora ("Kết_luận số 24 - KL / TW") restored. Each rewrite either
keeps the length or deletes characters, so every view offset maps back.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

_SPACE_LIKE = {
    ord(c): " " for c in "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000\t\ufeff"
}
# Zero-width characters become spaces too: the length must not change.
_SPACE_LIKE.update({ord(c): " " for c in "\u200b\u200c\u200d\u2060\u00ad"})
_SPACE_LIKE[ord("\r")] = "\n"
_SPACE_LIKE[ord("\v")] = "\n"
_SPACE_LIKE[ord("\f")] = "\n"

_NEEDS_TRANSLATE = re.compile("[" + "".join(map(chr, _SPACE_LIKE)) + "]")

# Old placement puts the tone on the second vowel of a closing "oa", "oe", "uy";
# modern placement puts it on the first. Only at the end of a syllable, and never
# after "q" ("quý" is right in both).
_OLD_TONE = re.compile(r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?![^\W\d_])")
_PAIR_OK = {("o", "a"), ("o", "e"), ("u", "y")}


def prepare_text(raw: str) -> str:
    """The stored form of an article: NFC with ``\\n`` line ends."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _modern_tone(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    decomposed = unicodedata.normalize("NFD", second)
    base, marks = decomposed[0], decomposed[1:]
    if (first.lower(), base.lower()) not in _PAIR_OK:
        return match.group(0)
    moved = unicodedata.normalize("NFC", first + marks)
    return moved + base


def modernise_tones(text: str) -> str:
    """'Tỉnh uỷ' → 'Tỉnh ủy', 'khoá' → 'khóa'; the length stays the same."""
    return _OLD_TONE.sub(_modern_tone, text)


_SEGMENTED_WORD = re.compile(r"[^\W\d_]_[^\W\d_]")
# Spaces a word segmenter puts around punctuation, which the view deletes.
_SPACE_BEFORE = re.compile(r"(?<=\S) +(?=[,.;:!?)\]”%…](?:\s|$|[,.;:!?)\]”]))")
_SPACE_AFTER = re.compile(r"(?<=[(\[“]) +(?=\S)")
_CODE_SPACES = re.compile(
    r"(?<=\d) +(?=- *[A-ZĐ])|(?<=\d -) +(?=[A-ZĐ])|(?<=[A-ZĐ]) +(?=/ *[A-ZĐƯ\d])"
    r"|(?<=[A-ZĐ] /) +(?=[A-ZĐƯ\d])|(?<=\d) +(?=/ *\d)|(?<=\d /) +(?=\d)"
)


def looks_segmented(text: str) -> bool:
    """True for word-segmented corpora text: syllables joined by '_'."""
    if text.count("_") < 5:
        return False
    joined = len(_SEGMENTED_WORD.findall(text))
    words = text.count(" ") + 1
    return joined >= 5 and joined / words > 0.03


@dataclass
class TextView:
    """A normalised reading of ``original`` whose offsets map back to it."""

    original: str
    text: str
    # Sorted view offsets where deletions happened, and how many characters
    # were deleted before each; empty when the view keeps every character.
    _cuts: list[int] = field(default_factory=list)
    _shift: list[int] = field(default_factory=list)
    segmented: bool = False

    def to_original(self, index: int) -> int:
        if not self._cuts:
            return index
        k = bisect_right(self._cuts, index)
        return index + (self._shift[k - 1] if k else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The stored-text span of view span [start, end)."""
        if end <= start:
            s = self.to_original(start)
            return s, s
        return self.to_original(start), self.to_original(end - 1) + 1


def build_view(original: str) -> TextView:
    """Normalise the stored text into the view the rules read."""
    text = original.translate(_SPACE_LIKE) if _NEEDS_TRANSLATE.search(original) else original
    text = modernise_tones(text)
    if not looks_segmented(text):
        return TextView(original=original, text=text)
    text = re.sub(r"(?<=[^\W\d_])_(?=[^\W\d_])", " ", text)
    spans = sorted(
        (m.start(), m.end()) for rx in (_SPACE_BEFORE, _SPACE_AFTER, _CODE_SPACES) for m in rx.finditer(text)
    )
    merged: list[list[int]] = []
    for a, b in spans:
        if b <= a:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    if not merged:
        return TextView(original=original, text=text, segmented=True)
    pieces, cuts, shift = [], [], []
    pos = removed = 0
    for a, b in merged:
        pieces.append(text[pos:a])
        removed += b - a
        cuts.append(a - (removed - (b - a)))
        shift.append(removed)
        pos = b
    pieces.append(text[pos:])
    kept = "".join(pieces)
    return TextView(original=original, text=kept, _cuts=cuts, _shift=shift, segmented=True)


class SpanSet:
    """Offsets covered by a set of [start, end) spans, answering membership in log time."""

    def __init__(self, spans: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            elif end > start:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]
