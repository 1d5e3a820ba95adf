"""Finding Vietnamese personal names: a surname, then one to three given syllables."""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.extraction.lexicon import PLACES, SURNAMES

WORD = re.compile(r"[^\W\d_]+")
_PLACE_BEFORE = re.compile(
    r"(?<![^\W_])(?i:tỉnh|thành phố|tp\.?|huyện|xã|phường|quận|thị xã|thị trấn|thôn|bản|ấp|tại|ở|đến|"
    r"từ|sông|núi|đường|phố|khu|vùng|miền|tư tưởng|chủ nghĩa|Đảng bộ|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|"
    r"Thị ủy|Đảng ủy xã|Đảng ủy phường|UBND|HĐND|Mặt trận|Sở|Cục|Công an|Bộ Chỉ huy|Báo|Đài|Lữ đoàn|"
    r"Sư đoàn|Trường|Học viện|Cổ)\s*$"
)
_CUE_BEFORE = re.compile(r"(?<![^\W_])(?i:các đồng chí|đồng chí|đ/c|ông|bà)\s*:?\s*$")
_DELIMITER_AFTER = re.compile(r"\s*(?:[,(:]|[-–—]\s)")


@dataclass
class NameMatch:
    start: int
    end: int
    name: str  # proper case


def proper_case(name: str) -> str:
    """'Nguyễn Công bằng' → 'Nguyễn Công Bằng'; 'NGỌ DUY HIỂU' → 'Ngọ Duy Hiểu'."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in name.split())


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _is_surname(word: str) -> bool:
    return proper_case(word) in SURNAMES


def find_names(text: str, start: int = 0, end: int | None = None) -> list[NameMatch]:
    """Surname-led runs of capitalised syllables in ``text[start:end]`` that are not places."""
    end = len(text) if end is None else end
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]
    found: list[NameMatch] = []
    i = 0
    while i < len(words):
        run = [words[i]]
        if not _capitalised(words[i][2]):
            i += 1
            continue
        j = i + 1
        while j < len(words) and _capitalised(words[j][2]) and text[run[-1][1] : words[j][0]] == " ":
            run.append(words[j])
            j += 1
        found.extend(_names_in_run(text, run, words, j))
        i = j
    return found


def _names_in_run(text: str, run, words, after_index: int) -> list[NameMatch]:
    out: list[NameMatch] = []
    k = 0
    while k < len(run):
        # A place at the head of the run ("Cao Bằng Trần Hồng Minh") is skipped whole.
        skipped = False
        for size in (4, 3, 2, 1):
            in_places = k + size <= len(run) and " ".join(w[2] for w in run[k : k + size]) in PLACES
            if in_places and (k + size < len(run) or size > 1):
                k += size
                skipped = True
                break
        if skipped:
            continue
        if not _is_surname(run[k][2]):
            k += 1
            continue
        remaining = len(run) - k
        size = min(remaining, 4)
        if remaining > 4:
            # A later surname may start the real name ("Bí Thư Nguyễn Văn A" in headlines).
            later = [x for x in range(k + 1, len(run)) if _is_surname(run[x][2]) and 2 <= len(run) - x <= 4]
            if later:
                k = later[0]
                continue
        candidate = run[k : k + size]
        # A cue word lets lower-case syllables finish the name ("Nguyễn Công bằng -").
        if _CUE_BEFORE.search(text[max(0, candidate[0][0] - 20) : candidate[0][0]]):
            extra = _lowercase_tail(text, candidate, words, after_index if k + size == len(run) else None)
            candidate = candidate + extra
        if len(candidate) < 2:
            k += 1
            continue
        s, e = candidate[0][0], candidate[-1][1]
        name = text[s:e]
        before = text[max(0, s - 30) : s]
        if name in PLACES or _PLACE_BEFORE.search(before):
            k += size
            continue
        out.append(NameMatch(s, e, proper_case(name)))
        k += size
    return out


def _lowercase_tail(text: str, candidate, words, next_index: int | None):
    if next_index is None or len(candidate) >= 4:
        return []
    tail = []
    idx = next_index
    while idx < len(words) and len(candidate) + len(tail) < 4:
        prev_end = (tail[-1] if tail else candidate[-1])[1]
        if text[prev_end : words[idx][0]] != " " or _capitalised(words[idx][2]):
            break
        tail.append(words[idx])
        idx += 1
        if _DELIMITER_AFTER.match(text, tail[-1][1]):
            return tail
    return []
