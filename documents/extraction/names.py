"""Finding Vietnamese personal names: a surname, then one to three given syllables."""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.extraction.lexicon import NOT_PEOPLE, ROLE_VERBS, SENTENCE_OPENERS, SURNAMES, UPPER

_CAPITAL_WORD = rf"[{UPPER}][^\W\d_]*"
CAPITAL_RUN = re.compile(rf"(?<![^\W\d_]){_CAPITAL_WORD}(?: {_CAPITAL_WORD})*(?![^\W\d_])")
# Any surname as a whole word, in title case or capitals: a cheap test before reading a run.
_SURNAME_WORD = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(sorted({*SURNAMES, *(n.upper() for n in SURNAMES)}, key=len, reverse=True))
    + r")(?![^\W\d_])"
)
_NEXT_LOWER_WORD = re.compile(r" ([^\W\d_A-ZĐ][^\W\d_]*)(?![^\W\d_])")
# After these a run of capitals is a place ("huyện Xuyên Mộc", "tại Hà Nội", "tư tưởng Hồ Chí Minh").
_PLACE_BEFORE = re.compile(
    r"(?<![^\W_])(?i:huyện|xã|phường|quận|thị xã|thị trấn|thôn|bản|ấp|tại|ở|đến|từ|sông|núi|đường|khu|"
    r"vùng|miền|tư tưởng|chủ nghĩa)\s*$"
)
# After these a two-syllable run is a place ("Huyện ủy Yên Mô") but a longer one is usually the person
# the title names ("Trưởng Ban Tổ chức Tỉnh ủy Lê Hải Yến").
_BODY_BEFORE = re.compile(
    r"(?<![^\W_])(?i:tỉnh|thành phố|tp\.?|Đảng bộ|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|UBND|"
    r"HĐND|Mặt trận|Sở|Cục|Công an|Bộ Chỉ huy|Báo|Đài|Lữ đoàn|Sư đoàn|Trường|Học viện)\s*$"
)
# A name written all in lower case is read only after a cue and before a delimiter.
_CUED_LOWER_NAME = re.compile(
    r"(?<![^\W_])(?i:đồng chí|ông|bà)\s+(?P<name>[^\W\dA-ZĐ_][^\W\d_]*(?: [^\W\d_]+){1,3})(?=\s*(?:,|[-–]\s|\())"
)
_TITLE_PREFIXES = frozenset({"nguyên", "quyền"})  # former, acting: they open a title, not a name
_CUE_BEFORE = re.compile(r"(?<![^\W_])(?i:các đồng chí|đồng chí|đ/c|ông|bà)\s*:?\s*$")
_DELIMITER_AFTER = re.compile(r"\s*(?:[,(:]|[-–—]\s)")
# A word in capitals glued to the next one in title case, where a line break or tag was lost in the source
# ("NGUYỄN TÚCỦy viên", "TTXVNPhát biểu"): the capitals end one run, the rest begins another.
_GLUED = re.compile(rf"[{UPPER}]{{2,}}(?=[{UPPER}][^\W\d_{UPPER}])")


@dataclass
class NameMatch:
    start: int
    end: int
    name: str  # proper case


def proper_case(name: str) -> str:
    """'Nguyễn Công bằng' → 'Nguyễn Công Bằng'; 'NGỌ DUY HIỂU' → 'Ngọ Duy Hiểu'."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in name.split())


def _is_surname(word: str) -> bool:
    return word in SURNAMES or (word[:1].upper() + word[1:].lower()) in SURNAMES


def find_names(text: str, start: int = 0, end: int | None = None) -> list[NameMatch]:
    """Surname-led runs of capitalised syllables in ``text[start:end]`` that are not places."""
    end = len(text) if end is None else end
    found: list[NameMatch] = []
    for m in CAPITAL_RUN.finditer(text, start, end):
        if not _SURNAME_WORD.search(m.group()):
            continue
        for run in _runs_of_words(m.group(), m.start()):
            found.extend(_names_in_run(text, run, end))
    for m in _CUED_LOWER_NAME.finditer(text, start, end):
        words = m.group("name").split()
        # "đồng chí nguyên lãnh đạo …": a former holder, not a person named Nguyên.
        if words[0].lower() in _TITLE_PREFIXES:
            continue
        if _is_surname(words[0]) and not any(n.start <= m.start("name") < n.end for n in found):
            found.append(NameMatch(m.start("name"), m.end("name"), proper_case(m.group("name"))))
    return sorted(found, key=lambda n: n.start)


def _runs_of_words(words: str, pos: int) -> list[list[tuple[int, int, str]]]:
    """The words of a capital run with their offsets, split where two words were glued together."""
    runs: list[list[tuple[int, int, str]]] = [[]]
    for word in words.split(" "):
        glued = _GLUED.match(word)
        if glued:
            runs[-1].append((pos, pos + glued.end(), glued.group()))
            runs.append([(pos + glued.end(), pos + len(word), word[glued.end() :])])
        else:
            runs[-1].append((pos, pos + len(word), word))
        pos += len(word) + 1
    return runs


def _names_in_run(text: str, run, limit: int) -> list[NameMatch]:
    out: list[NameMatch] = []
    # A run after a place's cue is a place ("quận Nam Từ Liêm"), though a person may follow in it.
    after_place = bool(_PLACE_BEFORE.search(text[max(0, run[0][0] - 30) : run[0][0]]))
    k = 0
    while k < len(run):
        # A place or body at the head of the run ("Cao Bằng Trần Hồng Minh") is skipped whole.
        skipped = False
        for size in (4, 3, 2, 1):
            not_a_person = k + size <= len(run) and " ".join(w[2] for w in run[k : k + size]) in NOT_PEOPLE
            if not_a_person and (k + size < len(run) or size > 1):
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
        # A caption without a full stop runs into the next sentence: "… Lê Văn Bình Tại hội nghị, …".
        if (
            len(candidate) >= 3
            and candidate[-1][2] in SENTENCE_OPENERS
            and _NEXT_LOWER_WORD.match(text, candidate[-1][1])
        ):
            candidate = candidate[:-1]
            size -= 1
        # A cue word lets lower-case syllables finish the name ("Nguyễn Công bằng -").
        if len(candidate) >= 2 and _CUE_BEFORE.search(text[max(0, candidate[0][0] - 20) : candidate[0][0]]):
            extra = _lowercase_tail(text, candidate, limit) if k + size == len(run) else []
            candidate = candidate + extra
        if len(candidate) < 2:
            k += 1
            continue
        s, e = candidate[0][0], candidate[-1][1]
        name = text[s:e]
        before = text[max(0, s - 30) : s]
        # A body may go on in lower case ("Trưởng Đoàn Đại biểu Quốc hội", "Ủy viên Đoàn Chủ tịch").
        going_on = _NEXT_LOWER_WORD.match(text, e, limit)
        if going_on and f"{name} {going_on.group(1)}" in NOT_PEOPLE:
            k += size
            continue
        # Two syllables that end a place's run after words that are no surname are still the place's.
        if after_place and len(candidate) == 2 and k + size == len(run) and k > 0:
            k += size
            continue
        if name in NOT_PEOPLE or _PLACE_BEFORE.search(before) or (len(candidate) == 2 and _BODY_BEFORE.search(before)):
            k += size
            continue
        out.append(NameMatch(s, e, proper_case(name)))
        k += size
    return out


def _lowercase_tail(text: str, candidate, limit: int):
    """Lower-case syllables that finish a cued name, when a delimiter follows them."""
    tail = []
    pos = candidate[-1][1]
    while len(candidate) + len(tail) < 4 and len(tail) < 2:
        m = _NEXT_LOWER_WORD.match(text, pos, limit)
        if not m:
            return []
        tail.append((m.start(1), m.end(1), m.group(1)))
        pos = m.end()
        if _DELIMITER_AFTER.match(text, pos):
            # "Ông Nguyễn Thiện Nhân nói: …", "đồng chí Tô Lâm đánh giá, …": what the person does, not their name.
            return [] if ROLE_VERBS.match(text, tail[0][0]) else tail
    return []
