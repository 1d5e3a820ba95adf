"""Officials: every person named with a title or acting in the meeting, once per article.

Patterns of administrative writing: "đồng chí NAME – TITLE, TITLE", "TITLE NAME",
"TITLE – NAME", "có đồng chí A, TITLE; đồng chí B, TITLE", "NAME thôi giữ chức
TITLE". Positions are split at commas outside parentheses and cut where the
sentence goes on ("… chủ trì Hội nghị").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from documents.extraction.lexicon import (
    ATTEND_VERBS,
    CHAIR_VERBS,
    HONORIFICS,
    ORG_HEAD,
    REPORT_VERBS,
    SPEECH_VERBS,
    TITLE_HEAD,
    TITLE_STOPS,
)
from documents.extraction.names import NameMatch, find_names
from documents.extraction.result import Official, Position

_CLAUSE_BREAK = re.compile(r"(?<!TP)(?<!Tp)\.(?=\s|$)|[;:!?\n“”\"]")
_CUE = re.compile(r"(?<![^\W_])(?i:các đồng chí|đồng chí|đ/c|ông|bà)\s*:?\s*$")
# What may stand before a list of titles: "có Tổng Bí thư, Chủ tịch nước NAME".
_LIST_OPENER = re.compile(r"(?<![^\W_])(?i:có|gồm|của|với|cùng|các đồng chí|đồng chí|đ/c|ông|bà)\s*:?\s*$")
_AFTER_OPEN = re.compile(r"\s*(?:,|\(|[-–—](?=\s))\s*")
_HOLDS = re.compile(r"\s+(?P<verb>thôi giữ chức|giữ chức|thôi làm|giữ cương vị|phụ trách)\s+")
_JOIN_STOP = re.compile(r"\s+và\s+(?=(?i:các đồng chí|đồng chí|ông|bà)\b|[A-ZĐ]|" + HONORIFICS.pattern + ")")


@dataclass
class Mention:
    match: NameMatch
    positions: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    titled: bool = False
    cued: bool = False
    after_end: int = 0  # where the name and its titles end


def split_parts(text: str) -> list[tuple[int, int]]:
    """Comma-separated parts of text, keeping commas inside parentheses."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            parts.append((start, i))
            start = i + 1
    parts.append((start, len(text)))
    return parts


def _clean_title(title: str) -> str:
    title = re.sub(r"\s+", " ", title).strip(" ,-–—:")
    if title.count("(") > title.count(")"):
        title = title[: title.rfind("(")].strip()
    return title.rstrip(" ,-–—")


def _inside_parens(text: str, pos: int) -> bool:
    return text.count("(", 0, pos) > text.count(")", 0, pos)


def _cut_at_stop(text: str) -> tuple[str, bool]:
    """Cuts a title where the sentence goes on or another person is named; parentheses never cut it."""
    stops = [m.start() for rx in (TITLE_STOPS, _JOIN_STOP) for m in rx.finditer(text)]
    stops += [n.start for n in find_names(text) if n.start > 0]
    stops = [pos for pos in stops if not _inside_parens(text, pos)]
    if not stops:
        return text, False
    return text[: min(stops)], True


def _starts_with_title(text: str) -> re.Match[str] | None:
    stripped = text.lstrip()
    m = TITLE_HEAD.match(stripped)
    return m


def titles_after(text: str, pos: int, limit: int) -> tuple[list[str], int]:
    """Titles listed right after a name: ', TITLE, TITLE' or ' - TITLE' or ' (TITLE)'."""
    m = _AFTER_OPEN.match(text, pos)
    if not m:
        return [], pos
    opened_paren = "(" in m.group()
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
    for s, e in split_parts(segment):
        part = segment[s:e]
        stripped = part.strip()
        if not stripped:
            break
        cut, stopped = _cut_at_stop(" " + stripped)
        if stopped and any(n.start == len(cut) for n in find_names(" " + stripped)):
            break  # "…, Thủ tướng Nguyễn Xuân Phúc": the title belongs to the next person
        cut = cut.strip()
        if TITLE_HEAD.match(cut) and not HONORIFICS.fullmatch(cut):
            titles.append(_clean_title(cut))
        elif titles and ORG_HEAD.match(cut):
            titles[-1] = _clean_title(f"{titles[-1]}, {cut}")
        else:
            break
        consumed = m.end() + s + len(part) - len(part.lstrip()) + len(cut)
        if stopped:
            break
    return [t for t in titles if t], consumed


def titles_before(text: str, name_start: int, floor: int) -> tuple[list[str], bool]:
    """Titles standing before a name ('Phó Trưởng ban Thường trực Hoàng Đăng Quang'), and a cue."""
    brk = max(
        (m.end() for m in _CLAUSE_BREAK.finditer(text, max(floor, name_start - 250), name_start)),
        default=max(floor, name_start - 250),
    )
    segment = text[brk:name_start]
    joined = list(_JOIN_STOP.finditer(segment))
    if joined:
        segment = segment[joined[-1].end() :]  # "… và đại tướng NAME": the list before belongs to someone else
    cued = bool(_CUE.search(segment)) or bool(HONORIFICS.search(segment[-25:]))
    segment = re.sub(r"[-–—]\s*$", "", segment.rstrip()).rstrip()
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


def _roles_after(text: str, start: int, limit: int) -> set[str]:
    window = text[start:limit]
    brk = re.search(r"[.;!?\n]", window)
    if brk:
        window = window[: brk.start()]
    window = window[:220]
    found = []
    for role, rx in (
        ("chair", CHAIR_VERBS),
        ("reporter", REPORT_VERBS),
        ("speaker", SPEECH_VERBS),
        ("attendee", ATTEND_VERBS),
    ):
        m = rx.search(window)
        if m:
            found.append((m.start(), role))
    if not found:
        return set()
    found.sort()
    first_pos = found[0][0]
    roles = {role for pos, role in found if pos == first_pos}
    # "… đã chủ trì" after a long title still names the chair.
    if "chair" not in roles and any(r == "chair" for _, r in found):
        chair_pos = min(p for p, r in found if r == "chair")
        if not re.search(r"(?i:đồng chí|ông|bà)\s", window[first_pos:chair_pos]):
            roles.add("chair")
    return roles


def _roles_before(text: str, name_start: int, floor: int) -> set[str]:
    window = text[max(floor, name_start - 160) : name_start]
    brk = max((m.end() for m in re.finditer(r"[.;!?\n]", window)), default=0)
    window = window[brk:]
    roles = set()
    if re.search(r"(?i:dưới sự chủ trì của|do)\s+(?:(?:đồng chí|ông|bà)\s+)?[^,]*$", window) and CHAIR_VERBS.search(
        text[name_start : name_start + 200].split(".")[0]
    ):
        roles.add("chair")
    if re.search(r"(?i:chủ trì)", window) and re.search(r"(?i:dưới sự chủ trì)", window):
        roles.add("chair")
    if re.search(r"(?i:^\s*(?:phát biểu|kết luận|báo cáo|trình bày)[^,]*,)", window):
        roles.add("speaker" if not REPORT_VERBS.match(window.strip()) else "reporter")
    if re.search(r"(?i:(?:dự|tham dự|có mặt)[^,]*có|có\s+(?:các\s+)?đồng chí|(?:^|\s)có\s*$)", window):
        roles.add("attendee")
    return roles


def _holds_after(text: str, pos: int, limit: int) -> list[str]:
    m = _HOLDS.match(text, pos)
    if not m:
        return []
    end = limit
    brk = re.compile(r"[.;:\n,]").search(text, m.end(), limit)
    if brk:
        end = brk.start()
    rest = " " + text[m.end() : end]
    cut, _ = _cut_at_stop(rest)
    cut = _clean_title(cut)
    if not cut:
        return []
    if m.group("verb") == "phụ trách":
        return [f"phụ trách {cut}"]
    return [cut] if TITLE_HEAD.match(cut) or ORG_HEAD.search(cut) else []


def read_mentions(text: str, regions: list[tuple[int, int]]) -> list[Mention]:
    """Every name in the given regions, with titles, cue and roles found around it."""
    mentions: list[Mention] = []
    for r_start, r_end in regions:
        names = [n for n in find_names(text, r_start, r_end) if not TITLE_HEAD.match(text, n.start)]
        for idx, nm in enumerate(names):
            next_name = names[idx + 1].start if idx + 1 < len(names) else r_end
            after, after_end = titles_after(text, nm.end, r_end)
            if not after:
                after = _holds_after(text, nm.end, r_end)
            before, cued = titles_before(text, nm.start, r_start)
            mention = Mention(match=nm, positions=before + after, cued=cued, after_end=max(after_end, nm.end))
            mention.titled = bool(mention.positions)
            mention.roles = _roles_after(text, mention.after_end, next_name) | _roles_before(text, nm.start, r_start)
            mentions.append(mention)
    return mentions


def _tokens(s: str) -> list[str]:
    return re.findall(r"\w+", s.casefold())


def _same_position(a: str, b: str) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if long_[: len(short)] == short:
        return True
    shared = 0
    for x, y in zip(ta, tb, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= 4 and shared >= 0.6 * len(short)


def merge_positions(positions: list[str]) -> list[str]:
    """Drops repeats and shorter forms of the same position, keeping the fuller one."""
    kept: list[str] = []
    for p in positions:
        for i, k in enumerate(kept):
            if _same_position(p, k):
                pt, kt = _tokens(p), _tokens(k)
                if len(pt) > len(kt) and pt[: len(kt)] == kt:
                    kept[i] = p
                break
        else:
            kept.append(p)
    return kept


def split_position(text: str) -> Position:
    """'Phó Trưởng ban Thường trực Ban Tổ chức Trung ương' → title + organisation.

    The organisation starts at the first capitalised organisation word after the first word.
    """
    for m in ORG_HEAD.finditer(text, 1):
        if text[m.start() - 1] == " " and text[m.start()].isupper():
            title, org = text[: m.start()].strip(" ,"), text[m.start() :].strip()
            if title and org:
                return Position(title=title, organization=org)
            break
    return Position(title=text)


ROLE_ORDER = ("chair", "reporter", "speaker", "attendee", "mentioned")


def build_officials(mentions: list[Mention], to_original) -> list[Official]:
    """One official per person: accepted when titled, cued or acting; positions merged."""
    accepted: dict[str, Official] = {}
    raw_positions: dict[str, list[str]] = {}
    roles: dict[str, set[str]] = {}
    for m in mentions:
        key = m.match.name.casefold()
        if key not in accepted and not (m.titled or m.cued):
            continue
        if key not in accepted:
            accepted[key] = Official(name=m.match.name)
            raw_positions[key] = []
            roles[key] = set()
        raw_positions[key].extend(m.positions)
        roles[key] |= m.roles
        accepted[key].spans.append(to_original(m.match.start, m.match.end))
    officials = []
    for key, official in accepted.items():
        official.positions = [split_position(p) for p in merge_positions(raw_positions[key])]
        official.roles = [r for r in ROLE_ORDER if r in roles[key]] or ["mentioned"]
        official.spans = sorted(set(official.spans))
        officials.append(official)
    return officials
