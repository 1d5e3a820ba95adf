"""Reading the titles around a name: "NAME, TITLE, TITLE", "TITLE NAME", "TITLE – NAME",
"NAME thôi giữ chức TITLE". Titles are split at commas outside parentheses and cut where the
sentence goes on ("… chủ trì Hội nghị") or another person is named.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from documents.extraction.lexicon import HONORIFICS, ORG_HEAD, SENTENCE_OPENERS, TITLE_HEAD, TITLE_STOPS, UPPER
from documents.extraction.names import find_names
from documents.extraction.result import Position
from documents.extraction.wordlists import alternation, entries

_CLAUSE_BREAK = re.compile(r"(?<!TP)(?<!Tp)\.(?=\s|$)|[;:!?\n“”\"]")
_CUE = re.compile(r"(?<![^\W_])(?i:các đồng chí|đồng chí|đ/c|ông|bà)\s*:?\s*$")
# What may stand before a list of titles: "có Tổng Bí thư, Chủ tịch nước NAME".
_LIST_OPENER = re.compile(r"(?<![^\W_])(?i:có|gồm|của|với|cùng|nghe|các đồng chí|đồng chí|đ/c|ông|bà)\s*:?\s*$")
# What opens the titles after a name: a comma, a bracket, a dash, or a copula ("… là Ủy viên …, Bí thư …",
# "… làm trưởng ban chỉ đạo"), or nothing where the source glued the title to the name ("NGUYỄN TÚCỦy viên").
_GLUED_TITLE = TITLE_HEAD.pattern.removeprefix(r"(?<![^\W_])")  # the title's head, though a letter stands before
_AFTER_OPEN = re.compile(
    rf"\s*(?:,|\(|[-–—](?=\s))\s*|\s+(?:là|làm)\s+(?={TITLE_HEAD.pattern})|(?<=[^\W\d_])(?={_GLUED_TITLE})"
)
_HOLDS = re.compile(
    r"\s*,?\s+(?:(?P<verb>thôi giữ chức|giữ chức|thôi làm|giữ cương vị|phụ trách|làm|là)|được\s+(?:tái\s+)?"
    r"(?:bổ nhiệm|bầu|điều động|chỉ định|phân công|giao)\s+(?:giữ chức|làm|giữ cương vị|vào chức)?)\s+"
)
# A sentence's first word ends the title, after a dash or not ("… tỉnh Đồng Nai - Trong thời gian …",
# a lost full stop), and so does a dash before the next person ("… Trung ương - ông …").
_NEXT_SENTENCE = re.compile(
    r"\s*(?:[-–—]\s+|\s)(?=(?:" + "|".join(sorted(SENTENCE_OPENERS)) + r")(?![^\W_]))"
    r"|\s*[-–—]\s+(?=(?:ông|bà|đồng chí)(?![^\W_]))"
)
# "… và" joins the next person ("và đồng chí …", "và Nguyễn Văn A", "và Thứ trưởng …"), but goes on with a body's
# name where a word in capitals, then one in lower case, begins neither a title nor a body: "Bộ Nông nghiệp và
# Môi trường", "Bộ Giáo dục và Đào tạo".
_NAME_GOES_ON = rf"(?!{TITLE_HEAD.pattern}|{ORG_HEAD.pattern})[{UPPER}][^\W\d_]*\s+(?![{UPPER}])[^\W\d_]"
_JOIN_STOP = re.compile(
    rf"\s+và\s+(?=(?i:các đồng chí|đồng chí|ông|bà)\b|(?!{_NAME_GOES_ON})[{UPPER}]|{HONORIFICS.pattern})"
)


# A person's list of titles is never longer than this; bounding the window keeps reading
# every name of a paragraph linear in its length.
TITLES_WINDOW = 600


# A fixed phrase holding a comma is read whole; a bracket or a comma outside one marks the parts.
_PART_MARKS = re.compile(rf"(?<![^\W_])(?i:{alternation(entries('comma_phrases'))})(?![^\W_])|[(),]")


def iter_parts(text: str) -> Iterator[tuple[int, int]]:
    """Comma-separated parts of text, keeping commas inside parentheses and fixed phrases, read lazily."""
    depth, start = 0, 0
    for m in _PART_MARKS.finditer(text):
        ch = m.group()
        if len(ch) > 1:
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            yield start, m.start()
            start = m.end()
    yield start, len(text)


def split_parts(text: str) -> list[tuple[int, int]]:
    """Comma-separated parts of text, keeping commas inside parentheses."""
    return list(iter_parts(text))


# A photo's pointer ("(ảnh trên)", "(đứng)", "(bên phải)"), a joining word left at the end ("… đồng thời",
# "… và") and a trailing ellipsis ("Bộ trưởng Quốc phòng..") are not the title.
_NOT_THE_TITLE = re.compile(
    r"\s*\((?i:ảnh|đứng|ngồi|giữa|bên phải|bên trái|phải|trái|thứ [^()]{1,20} từ (?:trái|phải))(?:\s[^()]*)?\)"
    r"|\s+(?:đồng thời|và)\s*$|\s*(?:\.{2,}|…)\s*$"
)


# A short name the article gives the body in brackets: "… về phòng, chống tham nhũng (Ban Chỉ đạo Trung ương)".
_SHORT_NAME = re.compile(r"\s*\((?P<short>[^()]+)\)$")


def _clean_title(title: str) -> str:
    title = _NOT_THE_TITLE.sub("", re.sub(r"\s+", " ", title)).strip(" ,-–—:")
    if title.count("(") > title.count(")"):
        title = title[: title.rfind("(")].strip()
    short = _SHORT_NAME.search(title)
    if short and short.group("short").casefold() in title[: short.start()].casefold():
        title = title[: short.start()]
    return title.rstrip(" ,-–—")


def _inside_parens(text: str, pos: int) -> bool:
    return text.count("(", 0, pos) > text.count(")", 0, pos)


def _cut_at_stop(text: str) -> tuple[str, bool, list[int]]:
    """Cuts a title where the sentence goes on or another person is named; parentheses never cut it.

    Also gives where the names in text start, which the caller needs too.
    """
    named = [n.start for n in find_names(text)]
    stops = [m.start() for rx in (TITLE_STOPS, _JOIN_STOP, _NEXT_SENTENCE) for m in rx.finditer(text)]
    stops += [start for start in named if start > 0]
    stops = [pos for pos in stops if not _inside_parens(text, pos)]
    if not stops:
        return text, False, named
    return text[: min(stops)], True, named


def titles_after(text: str, pos: int, limit: int, is_subject: bool = True) -> tuple[list[str], int]:
    """Titles listed right after a name: ', TITLE, TITLE' or ' - TITLE' or ' (TITLE)'."""
    m = _AFTER_OPEN.match(text, pos)
    if not m:
        return [], pos
    opened_paren = "(" in m.group()
    limit = min(limit, m.end() + TITLES_WINDOW)
    end = limit
    brk = _CLAUSE_BREAK.search(text, m.end(), limit)
    if brk:
        end = brk.start()
    if opened_paren:
        close = text.find(")", m.end(), end if end > m.end() else limit)
        if close != -1:
            end = close
    segment = text[m.end() : end]
    titles: list[str] = []
    consumed = m.end()
    for s, e in iter_parts(segment):
        part = segment[s:e]
        stripped = part.strip()
        if not stripped:
            break
        cut, stopped, named = _cut_at_stop(" " + stripped)
        if stopped and len(cut) in named:
            break  # "…, Thủ tướng Nguyễn Xuân Phúc": the title belongs to the next person
        cut = cut.strip()
        if TITLE_HEAD.match(cut) and not HONORIFICS.fullmatch(cut):
            titles.append(_clean_title(cut))
        elif (
            titles
            and ORG_HEAD.match(cut)
            and cut[:1].isupper()
            and len(cut.split()) <= 7
            and (is_subject or not stopped)
        ):
            # ", Ban Tổ chức Trung ương" finishes the title. After "dưới sự chủ trì của NAME, …" a body
            # followed by a verb is the subject of the sentence, not part of the title.
            titles[-1] = _clean_title(f"{titles[-1]}, {cut}")
        else:
            break
        consumed = m.end() + s + len(part) - len(part.lstrip()) + len(cut)
        if stopped:
            break
    return [t for t in titles if t], consumed


# An appointment handed to the person named next: "trao Quyết định bổ nhiệm Tổng Biên tập Tạp chí Cộng sản cho
# đồng chí Đoàn Minh Huấn" (a title before "cho ông …" is otherwise someone else's).
_APPOINTED_TO = re.compile(
    r"(?<![^\W_])(?i:bổ nhiệm)\s+(?:(?i:giữ chức|chức vụ|chức danh)\s+)?(?P<title>[^,;:.\n]{3,200}?)"
    r"\s+cho\s+(?i:ông|bà|đồng chí)\s*$"
)


_DASH_BEFORE_NAME = re.compile(r"\s*[-–—]\s*(?:(?i:các đồng chí|đồng chí|đ/c|ông|bà)\s*:?)?$")


def titles_before(text: str, name_start: int, floor: int) -> tuple[list[str], bool]:
    """Titles standing before a name ('Phó Trưởng ban Thường trực Hoàng Đăng Quang'), and a cue."""
    brk = max(
        (m.end() for m in _CLAUSE_BREAK.finditer(text, max(floor, name_start - 250), name_start)),
        default=max(floor, name_start - 250),
    )
    segment = text[brk:name_start]
    appointed = _APPOINTED_TO.search(segment)
    if appointed and TITLE_HEAD.match(appointed.group("title")):
        return [_clean_title(appointed.group("title"))], True
    if re.search(r"(?<![^\W_])và\s*$", segment):
        return [], False  # "A, TITLES và NAME": the titles before "và" are A's
    joined = list(_JOIN_STOP.finditer(segment))
    if joined:
        segment = segment[joined[-1].end() :]  # "… và đại tướng NAME": the list before belongs to someone else
    cued = bool(_CUE.search(segment)) or bool(HONORIFICS.search(segment[-25:]))
    # A dash before the name, and the name's cue after it ("Phó trưởng ban … - ông Mai Văn Chính"), are not the
    # title.
    segment = _DASH_BEFORE_NAME.sub("", segment.rstrip()).rstrip()
    parts = split_parts(segment)
    titles: list[str] = []
    for idx in range(len(parts) - 1, -1, -1):
        s, e = parts[idx]
        part = segment[s:e]
        last = idx == len(parts) - 1
        if last and not part.strip():
            break
        if not last and any(n.start >= 0 for n in find_names(part)):
            break  # an earlier part naming someone else ends this person's titles
        heads = list(TITLE_HEAD.finditer(part))
        chosen = None
        for h in heads:
            before = part[: h.start()]
            tail = part[h.start() :]
            if TITLE_STOPS.search(tail.rstrip()):
                continue
            if not last and before.strip() and not _LIST_OPENER.search(before):
                continue
            if last and _CUE.search(before.rstrip()) is None and before.strip() and not last:
                continue
            chosen = tail
            break
        if chosen is None:
            break
        chosen = HONORIFICS.sub("", chosen).strip()
        if last:
            # An honorific between title and name is not part of the title.
            chosen = re.sub(r"\s*" + HONORIFICS.pattern + r"\s*$", "", chosen)
        if chosen and TITLE_HEAD.match(chosen):
            titles.insert(0, _clean_title(chosen))
        before_head = part[: part.find(chosen)] if chosen in part else ""
        if before_head.strip():
            break  # the title list started inside this part
    if titles and _CUE.search(segment[: segment.find(titles[0])] if titles[0] in segment else ""):
        cued = True
    return titles, cued


# A held title ends at a clause's end or a comma; a full stop inside an abbreviation ("TP.HCM") is no end.
_HOLDS_BREAK = re.compile(_CLAUSE_BREAK.pattern + "|,")


def holds_after(text: str, pos: int, limit: int) -> list[str]:
    m = _HOLDS.match(text, pos)
    if not m:
        return []
    end = limit
    brk = _HOLDS_BREAK.search(text, m.end(), limit)
    if brk:
        end = brk.start()
    rest = " " + text[m.end() : end]
    cut, _, _ = _cut_at_stop(rest)
    cut = _clean_title(cut)
    if not cut:
        return []
    if m.group("verb") == "phụ trách":
        return [f"phụ trách {cut}"]
    if m.group("verb") in ("là", "làm"):  # a copula: only a title makes it a position
        return [cut] if TITLE_HEAD.match(cut) else []
    return [cut] if TITLE_HEAD.match(cut) or ORG_HEAD.search(cut) else []


_MOVED = re.compile(r"\s+(?:đến công tác|về công tác|tham gia)(?![^\W_])")
_LATER_HOLDS = re.compile(r"\s(?=(?:giữ chức|giữ cương vị)(?![^\W_]))")


def held_after_a_move(text: str, pos: int, limit: int) -> list[str]:
    """The post a transfer ends in, later in its sentence: "điều động đồng chí X, Phó Giám đốc Sở Nội vụ đến công
    tác tại Ủy ban Mặt trận Tổ quốc tỉnh, giới thiệu để hiệp thương giữ chức Phó Chủ tịch …" (``pos``: where
    the titles after the name end; ``limit``: the next person's name)."""
    if not _MOVED.match(text, pos):
        return []
    brk = _CLAUSE_BREAK.search(text, pos, limit)
    end = brk.start() if brk else limit
    later = _LATER_HOLDS.search(text, pos, end)
    return holds_after(text, later.start(), end) if later else []


_HEAD_OF_BAN = re.compile(
    rf"^(?P<title>(?:[Pp]hó\s+)?[Tt]rưởng\s+[Bb]an(?:\s+[Tt]hường trực)?)\s+(?![Bb]an\b|[Tt]hường trực\b)"
    rf"(?P<body>[{UPPER}].*)$"
)


def split_position(text: str) -> Position:
    """'Phó Trưởng ban Thường trực Ban Tổ chức Trung ương' → title + organisation.

    The organisation starts at the first capitalised organisation word after the first word. The head of
    a "Ban" names it without repeating the word: "Trưởng ban Tổ chức Trung ương" heads "Ban Tổ chức Trung ương".
    """
    head_of_ban = _HEAD_OF_BAN.match(text)
    if head_of_ban:
        return Position(title=head_of_ban.group("title"), organization="Ban " + head_of_ban.group("body"))
    for m in ORG_HEAD.finditer(text, 1):
        if text[m.start() - 1] == " " and text[m.start()].isupper():
            title, org = text[: m.start()].strip(" ,"), text[m.start() :].strip()
            if title and org:
                return Position(title=title, organization=org)
            break
    return Position(title=text)
