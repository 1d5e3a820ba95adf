"""Every entry of every word list is reachable: the pattern built from the list reads it, whole.

A list entry hidden by another (a shorter one matched first) or lost in compiling
would fail here, with its name.
"""

import re

import pytest

from documents.extraction import parse_text
from documents.extraction.conference import MEETING_NOUN
from documents.extraction.lexicon import (
    ATTEND_VERBS,
    BODY_NAMES,
    CHAIR_VERBS,
    HONORIFICS,
    ORG_HEAD,
    REPORT_VERBS,
    SPEECH_VERBS,
    TITLE_HEAD,
    TITLE_STOPS,
)
from documents.extraction.names import find_names
from documents.extraction.titles import split_parts
from documents.extraction.wordlists import document_kinds, entries, table


def whole(pattern: re.Pattern[str], text: str) -> bool:
    m = pattern.match(text)
    return m is not None and m.end() == len(text)


@pytest.mark.parametrize(
    ("words", "pattern", "transform"),
    [
        ("titles", TITLE_HEAD, str),
        ("titles_any_case", TITLE_HEAD, str),
        ("titles_any_case", TITLE_HEAD, str.lower),
        ("honorifics", HONORIFICS, str),
        ("honorifics", HONORIFICS, str.capitalize),
        ("honorific_abbreviations", HONORIFICS, str),
        ("organization_heads", ORG_HEAD, str),
        ("central_bodies", re.compile(BODY_NAMES), str),
        ("meeting_nouns", MEETING_NOUN, str),
        ("meeting_nouns", MEETING_NOUN, str.capitalize),
    ],
)
def test_every_entry_is_read_whole(words, pattern, transform):
    missed = [w for w in entries(words) if not whole(pattern, transform(w))]
    assert not missed, f"{words}: {missed}"


def test_every_title_stop_ends_a_title():
    missed = [w for w in entries("title_stops") if not TITLE_STOPS.match(f" {w} ")]
    assert not missed


@pytest.mark.parametrize(
    ("role", "pattern"),
    [("speech", SPEECH_VERBS), ("chair", CHAIR_VERBS), ("report", REPORT_VERBS), ("attend", ATTEND_VERBS)],
)
def test_every_verb_is_read_whole(role, pattern):
    missed = [v for v in table("verbs")[role] if not whole(pattern, v)]
    assert not missed, f"{role}: {missed}"


def test_every_surname_starts_a_name():
    missed = []
    for surname in entries("surnames"):
        text = f"Phát biểu tại hội nghị, đồng chí {surname} Minh Hòa nhấn mạnh yêu cầu."
        if f"{surname} Minh Hòa" not in {n.name for n in find_names(text)}:
            missed.append(surname)
    assert not missed


def test_every_body_named_like_a_person_is_not_one():
    people = {}
    for body in entries("body_names"):
        found = [n.name for n in find_names(f"Đồng chí Lê Văn An, Ủy viên {body} tỉnh, phát biểu.")]
        if found != ["Lê Văn An"]:
            people[body] = found
    assert not people


def test_every_phrase_with_a_comma_stays_whole_in_a_title():
    for phrase in entries("comma_phrases"):
        text = f"Trưởng Ban Chỉ đạo về {phrase}, Giám đốc Sở"
        assert [text[s:e].strip() for s, e in split_parts(text)] == [f"Trưởng Ban Chỉ đạo về {phrase}", "Giám đốc Sở"]


def test_every_place_is_not_a_person():
    people = [p for p in entries("places") if p in {n.name for n in find_names(f"Hội nghị diễn ra tại {p} hôm qua.")}]
    assert not people


def test_every_kind_of_document_is_read_by_its_words_and_its_symbols():
    for kind in document_kinds():
        for word in kind.words:
            (cited,) = parse_text(f"Hội nghị quán triệt {word.capitalize()} số 12 của Hội đồng.").directives
            assert cited.kind == kind.key, word
        for symbol in kind.symbols:
            (cited,) = parse_text(f"Hội nghị quán triệt {kind.words[0]} số 12-{symbol}/TW ngày 3/4/2023.").directives
            assert (cited.kind, cited.code) == (kind.key, f"12-{symbol}/TW"), symbol
            if kind.party:
                (alone,) = parse_text(f"Thực hiện 12-{symbol}/TW, các cấp ủy đã triển khai.").directives
                assert alone.code == f"12-{symbol}/TW", symbol


def test_a_party_kind_gets_its_code_from_a_party_issuer():
    for kind in document_kinds():
        if not (kind.party and kind.symbols):
            continue
        (cited,) = parse_text(f"Hội nghị quán triệt {kind.words[0].capitalize()} số 7 của Bộ Chính trị.").directives
        assert cited.code == f"7-{kind.symbols[0]}/TW", kind.key


def test_every_kind_of_document_can_be_stored():
    from documents.models import DirectiveKind

    assert [k.key for k in document_kinds()] + ["other"] == DirectiveKind.values


def test_every_task_word_is_read_whole():
    from documents.extraction.openings import CONNECTOR
    from documents.extraction.task_items import ACTION_VERBS

    missed = [w for w in table("tasks")["actions"] if not whole(ACTION_VERBS, w)]
    missed += [w for w in table("tasks")["connectors"] if not whole(CONNECTOR, w + ", ")]
    assert not missed
