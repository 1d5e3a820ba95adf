"""Officials: every person named with a title or acting in the meeting, once per article.

Each name is read with the titles around it (titles.py) and the verbs that
give its role; one person's mentions are merged into one official.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from documents.extraction.lexicon import ATTEND_VERBS, CHAIR_VERBS, REPORT_VERBS, SPEECH_VERBS, TITLE_HEAD
from documents.extraction.names import NameMatch, find_names
from documents.extraction.result import Official
from documents.extraction.titles import (
    held_after_a_move,
    holds_after,
    split_position,
    titles_after,
    titles_before,
)


@dataclass
class Mention:
    match: NameMatch
    positions: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    titled: bool = False
    cued: bool = False
    after_end: int = 0  # where the name and its titles end


def _in_a_name(window: str, verb: re.Match) -> bool:
    """A verb written with a capital inside a clause is a word of a name: "Ban Chỉ đạo", "Hội đồng Báo cáo …"."""
    return verb.group()[:1].isupper() and bool(window[: verb.start()].strip(" ,:-–"))


def _roles_after(text: str, start: int, limit: int) -> set[str]:
    window = text[start : min(limit, start + 400)]
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
        m = next((m for m in rx.finditer(window) if not _in_a_name(window, m)), None)
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


_PREPOSITIONAL = re.compile(r"(?i:của|với|cho|cùng)\s+(?:các\s+)?(?:đồng chí|ông|bà|đ/c)?\s*$")
_LIST_INTRO = re.compile(
    r"(?i:(?P<chair>(?:cùng |đồng )?chủ trì)|(?:cùng |tới |về )?(?:dự|tham dự))(?:\s+hội nghị)?\s+(?:còn\s+)?có"
    r"(?:\s+các)?(?:\s+đồng chí)?\s*:?"
)


def _list_role(text: str, name_start: int, floor: int) -> str | None:
    """The role a list gives everyone in it: 'Cùng chủ trì có các đồng chí: A, …; B, …'."""
    sentence = text[max(floor, name_start - 600) : name_start]
    sentence = re.split(r"[.!?\n]\s", sentence)[-1]
    if "có" not in sentence.lower():
        return None  # every list intro ends in "có"; most names are not in one
    m = _LIST_INTRO.search(sentence)
    if not m or not re.match(r"\s*(?:[^;]*;\s*)*[^;]*$", sentence[m.end() :]):
        return None
    return "chair" if m.group("chair") else "attendee"


def _roles_before(text: str, name_start: int, floor: int) -> set[str]:
    listed = _list_role(text, name_start, floor)
    if listed:
        return {listed}
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


def read_mentions(text: str, regions: list[tuple[int, int]]) -> list[Mention]:
    """Every name in the given regions, with titles, cue and roles found around it."""
    mentions: list[Mention] = []
    for r_start, r_end in regions:
        names = [n for n in find_names(text, r_start, r_end) if not TITLE_HEAD.match(text, n.start)]
        for idx, nm in enumerate(names):
            next_name = names[idx + 1].start if idx + 1 < len(names) else r_end
            is_subject = not _PREPOSITIONAL.search(text[max(r_start, nm.start - 40) : nm.start])
            after, after_end = titles_after(text, nm.end, r_end, is_subject)
            held = holds_after(text, max(after_end, nm.end), r_end)
            after += held or held_after_a_move(text, max(after_end, nm.end), next_name)
            before, cued = titles_before(text, nm.start, r_start)
            mention = Mention(match=nm, positions=before + after, cued=cued, after_end=max(after_end, nm.end))
            mention.titled = bool(mention.positions)
            mention.roles = _roles_after(text, mention.after_end, next_name) | _roles_before(text, nm.start, r_start)
            mentions.append(mention)
        _share_roles_of_coordinated_subjects(text, mentions[len(mentions) - len(names) :])
    return mentions


def _share_roles_of_coordinated_subjects(text: str, mentions: list[Mention]) -> None:
    """'A, TITLE và TITLE B chủ trì Hội nghị': the verb after B is A's too."""
    for current, following in zip(reversed(mentions[:-1]), reversed(mentions[1:]), strict=True):
        between = text[current.after_end : following.match.start]
        if re.match(r"\s*,?\s*và\s", between) and not re.search(r"[.;:!?\n]", between):
            current.roles |= following.roles & {"chair", "speaker", "reporter", "attendee"}


# "TƯ", "T.Ư" and "TW" are "Trung ương" shortened: "Ủy viên TƯ Đảng" repeats "Ủy viên Trung ương Đảng".
_CENTRAL = re.compile(r"(?<![^\W_])(?:T\.?Ư|TW)(?![^\W_])")


def _tokens(s: str) -> list[str]:
    return re.findall(r"\w+", _CENTRAL.sub("Trung ương", s).casefold())


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
    """Drops repeats and shorter forms of the same position, keeping the fuller one, or the one written out."""
    kept: list[str] = []
    for p in positions:
        for i, k in enumerate(kept):
            if _same_position(p, k):
                pt, kt = _tokens(p), _tokens(k)
                fuller = len(pt) > len(kt) and pt[: len(kt)] == kt
                if fuller or (pt == kt and len(p) > len(k)):
                    kept[i] = p  # the fuller form, or the one written out ("Trung ương" for "TƯ")
                break
        else:
            kept.append(p)
    return kept


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
