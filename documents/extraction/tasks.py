"""Tasks set at the meeting: enumerations ("Một là … Hai là …"), "nhiệm vụ trọng tâm … là: A; B; C",
and requests ("đề nghị … phải …", "… cần …"). Results already achieved are not tasks.
"""

from __future__ import annotations

import re

from documents.extraction.lexicon import UPPER
from documents.extraction.requests import request_tasks
from documents.extraction.result import Task
from documents.extraction.task_items import ACTION_VERBS, Paragraph, make_task

_ORDINAL_WORDS = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]
_ORDINAL_NTH = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"]
ENUM_LA = re.compile(r"^(?P<word>Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\s*[,:]?\s*", re.IGNORECASE)
ENUM_NTH = re.compile(r"^Thứ\s+(?P<word>nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*[,:]\s*", re.IGNORECASE)
ENUM_NUM = re.compile(r"^\(?(?P<num>\d{1,2})[.)]\s+")
ENUM_BULLET = re.compile(r"^[-–+•]\s+")

TASK_INTRO = re.compile(
    r"(?i:nhiệm vụ|giải pháp|đề nghị|yêu cầu|cần|phải|tập trung|chỉ đạo|đề ra|trọng tâm|thời gian tới|"
    r"phương hướng|lưu ý|quán triệt|chủ trương)"
)
RESULTS_INTRO = re.compile(
    r"(?i:nổi bật là|kết quả đạt được|đã đạt được|thành tựu|hạn chế|nguyên nhân|tồn tại|thủ đoạn|luận điệu|"
    r"xuyên tạc|trường hợp|vi phạm|bài học)"
)
# "… nhiệm vụ trọng tâm … là: A; B", and "… đề nghị … tập trung một số việc như: a; b; c".
INLINE_LIST = re.compile(
    r"(?i:(?:nhiệm vụ|giải pháp|phương hướng|trọng tâm|chỉ tiêu)[^.:]{0,160}?:"
    r"|(?:yêu cầu|đề nghị|cần|phải|tập trung|chỉ đạo)[^.:]{0,160}?(?:như|sau|gồm)\s*:)\s*"
)
_ANNOUNCED = re.compile(r"(?i:như|sau|gồm)\s*:\s*$")
_INLINE_ORDINAL = re.compile(
    r"(?:^|(?<=[\s;.:]))(?i:(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) là"
    r"|thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\s*[,:]\s*"
)
_SECOND_ITEM = re.compile(r"(?i:hai là|thứ hai)")
_WORD = re.compile(r"[^\W_]+")
_ITEM_MARKER = re.compile(r"(?:^|(?<=[\s;.]))\(?(?:\d{1,2}|[a-zđ])\)\s*")


# Bounds on how far a rule reads, so that text of any length parses in linear time.
_LONGEST_LIST = 4000
_MOST_COMPARED = 200  # tasks compared pairwise for restatements; past it, only repeated ones are left out


def _ordinal_of(m: re.Match[str]) -> int:
    word = m.group("word").lower()
    table = _ORDINAL_WORDS if m.re is ENUM_LA else _ORDINAL_NTH
    return table.index(word) + 1


def _intro_ok(text: str, before_end: int, floor: int) -> bool:
    intro = text[max(floor, before_end - 300) : before_end]
    return bool(TASK_INTRO.search(intro)) and not RESULTS_INTRO.search(intro[-160:])


def enumerated_tasks(text: str, paragraphs: list[Paragraph], to_original) -> list[Task]:
    """Items of 'Một là …', 'Thứ nhất, …', numbered and bulleted lists introduced as tasks."""
    tasks: list[Task] = []
    expected = 1
    style = None
    bullets: int | None = None  # items so far in a bulleted list, None outside one
    floor = paragraphs[0].start if paragraphs else 0
    for i, p in enumerate(paragraphs):
        line = text[p.start : p.end]
        bullet = ENUM_BULLET.match(line)
        if bullet:
            if bullets is None and i and _opens_a_list(text, paragraphs[i - 1], floor):
                bullets = 0
            if bullets is not None:
                task = make_task(text, p.start + bullet.end(), p.end, to_original, bullets + 1)
                if task:
                    tasks.append(task)
                    bullets += 1
            continue
        bullets = None
        run = _ordinal_run(text, p)
        if run and (_intro_ok(text, run[0][1], floor) or _acts_early(text, run[0][1], run[0][2])):
            for ordinal, start, end in run:
                end = start + len(text[start:end].rstrip(" ;.…"))  # an item inside a paragraph, as inline lists
                task = make_task(text, start, end, to_original, ordinal)
                tasks.extend([task] if task else [])
            style, expected = None, 1
            continue
        m = ENUM_LA.match(line) or ENUM_NTH.match(line) or ENUM_NUM.match(line)
        if not m:
            continue
        ordinal = int(m.group("num")) if m.re is ENUM_NUM else _ordinal_of(m)
        if ordinal == 1 and (m.re is not style or expected != 1 or not tasks):
            if not _intro_ok(text, p.start, floor):
                continue
            style, expected = m.re, 1
        if m.re is not style or ordinal != expected:
            continue
        task = make_task(text, p.start + m.end(), p.end, to_original, ordinal)
        if task:
            tasks.append(task)
            expected += 1
    return tasks


def _ordinal_run(text: str, p: Paragraph) -> list[tuple[int, int, int]]:
    """'… Một là, A. Hai là, B. Ba là, C.' inside one paragraph: (ordinal, start, end) of each item, when
    the paragraph holds two or more of them in order from the first; the marker of the first is its start."""
    if not _SECOND_ITEM.search(text, p.start, p.end):
        return []  # a run has a second item; most paragraphs have none, and this is cheap to see
    markers = list(_INLINE_ORDINAL.finditer(text, p.start, min(p.end, p.start + _LONGEST_LIST)))
    run: list[re.Match[str]] = []
    for m in markers:
        if _inline_ordinal(m) == len(run) + 1:
            run.append(m)
        elif _inline_ordinal(m) == 1:
            run = [m]
    if len(run) < 2:
        return []
    ends = [m.start() for m in run[1:]] + [p.end]
    return [(n, m.end(), end) for n, (m, end) in enumerate(zip(run, ends, strict=True), start=1)]


def _acts_early(text: str, start: int, end: int) -> bool:
    """An action among an item's first words ("Thứ nhất, các cấp ủy cần …"): a list of things to do."""
    return bool(ACTION_VERBS.search(" ".join(text[start:end].split()[:6])))


def _inline_ordinal(m: re.Match[str]) -> int:
    words = m.group().lower().split()
    if words[0] == "thứ":
        return _ORDINAL_NTH.index(words[1].strip(",:")) + 1
    return _ORDINAL_WORDS.index(words[0]) + 1


def _opens_a_list(text: str, p: Paragraph, floor: int) -> bool:
    return text[p.start : p.end].rstrip().endswith(":") and _intro_ok(text, p.end, floor)


def inline_list_tasks(text: str, paragraphs: list[Paragraph], to_original) -> list[Task]:
    """'… nhiệm vụ trọng tâm … là: A; B; C' (split at semicolons that open a new item),
    or '… là: (1) A; (2) B' (split at the item markers)."""
    tasks: list[Task] = []
    for p in paragraphs:
        if ":" not in text[p.start : p.end]:
            continue
        for m in INLINE_LIST.finditer(text, p.start, p.end):
            if RESULTS_INTRO.search(text[max(p.start, m.start() - 80) : m.end()]):
                continue
            found = []
            # A list runs to the end of its paragraph, but never further than a list could (linear time).
            list_end = min(p.end, m.end() + _LONGEST_LIST)
            # "… như:", "… sau:", "… gồm:" announce a list; so does an item opening in lower case
            announced = bool(_ANNOUNCED.search(m.group())) or text[m.end() : m.end() + 1].islower()
            items = _inline_items(text, m.end(), list_end, any_case=announced)
            for n, (item_start, item_end) in enumerate(items, start=1):
                raw = text[item_start:item_end].rstrip(" ;.…")
                task = make_task(text, item_start, item_start + len(raw), to_original, n)
                if task:
                    found.append(task)
            if len(found) >= 2 and (not announced or _mostly_actions(found)):
                tasks.extend(found)
    return tasks


def _mostly_actions(items: list[Task]) -> bool:
    """A list announced by "như:" lists things to do only when most items open with an action; "như: KCN
    Phú Vinh; các cầu cảng …" lists places, "như: công tác …" lists topics."""
    acting = sum(1 for t in items if ACTION_VERBS.search(" ".join(t.text.split()[:3])))
    return acting * 3 >= len(items) * 2


def _inline_items(text: str, start: int, end: int, any_case: bool = False) -> list[tuple[int, int]]:
    ordinals = list(_INLINE_ORDINAL.finditer(text, start, end))
    if len(ordinals) >= 2 and ordinals[0].start() - start < 5:  # "… sau: Thứ nhất, A; thứ hai, B"
        starts = [x.end() for x in ordinals]
        ends = [x.start() for x in ordinals[1:]] + [end]
        return list(zip(starts, ends, strict=True))
    if _ITEM_MARKER.match(text, start):
        markers = list(_ITEM_MARKER.finditer(text, start, end))
        starts = [x.end() for x in markers]
        ends = [x.start() for x in markers[1:]] + [end]
    else:
        # Semicolons part the items where a capital opens each (a lower-case clause after one goes on with its
        # item); where no item opens with a capital, or after a request's "như:", every semicolon parts them.
        capitals = [start + x.end() for x in re.finditer(rf";\s+(?=[{UPPER}])", text[start:end])]
        if any_case or not (capitals or text[start : start + 1].isupper()):
            capitals = [start + x.end() for x in re.finditer(r";\s+(?=\w)", text[start:end])]
        starts = [start, *capitals]
        ends = [x - 1 for x in starts[1:]] + [end]
    return list(zip(starts, ends, strict=True))


def find_tasks(text: str, paragraphs: list[Paragraph], to_original) -> list[Task]:
    """Explicit structure wins: an enumerated or inline list, else the speakers' requests. (Where a report
    lists the tasks, its other requests restate or surround them; annotators count the list alone.)"""
    listed = enumerated_tasks(text, paragraphs, to_original)
    if not listed:
        listed = inline_list_tasks(text, paragraphs, to_original)
    return _without_restatements(listed or request_tasks(text, paragraphs, to_original))


def _without_restatements(tasks: list[Task]) -> list[Task]:
    """One task for each: a sapo or a headline restates a request the body makes ("… yêu cầu X phản hồi..."
    then "… yêu cầu X phản hồi những vấn đề …"), so a task whose words stand whole inside another's is left
    out, and of two with the same words the first is kept."""
    words = [" " + " ".join(_WORD.findall(task.text.lower())) + " " for task in tasks]
    first = {}
    for i, key in enumerate(words):
        first.setdefault(key, i)
    compared = range(len(tasks)) if len(tasks) <= _MOST_COMPARED else range(0)

    def contained(i: int) -> bool:
        return any(words[i] != words[j] and words[i] in words[j] for j in compared)

    return [task for i, task in enumerate(tasks) if first[words[i]] == i and not contained(i)]
