"""Words of Vietnamese administrative writing that the rules look for, as compiled patterns.

General vocabulary only: surnames, titles, bodies, provinces, verbs of speech
and request. The word lists are data (``words/``); this module compiles them.
Nothing here names a particular article.
"""

import re

from documents.extraction.wordlists import alternation, document_kinds, entries, table

# Every capital letter Vietnamese uses ("Ủ", "Đ", "Ơ", …), for regex classes: [{UPPER}].
UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1F00)) if ch.isalpha() and ch.isupper())

SURNAMES = frozenset(entries("surnames"))

# A surname-led run of capitals that is one of these is a place or a body, not a person.
PLACES = frozenset(entries("places"))
NOT_PEOPLE = PLACES | frozenset(entries("body_names"))

# Capitalised words that open a sentence and are no given name: after a caption with no full stop one of
# them follows a name ("… Lê Văn Bình Tại hội nghị …") and does not end it; a dash before one ends a title.
SENTENCE_OPENERS = frozenset({"Tại", "Theo", "Trong", "Với", "Để", "Khi", "Về", "Các", "Những", "Đây", "Nhằm"})

# How titles begin (words/titles.txt), and the ones also read in lower case (words/titles_any_case.txt).
_TITLE_HEADS = alternation(entries("titles"))

TITLE_PREFIX = r"(?:(?:[Nn]guyên|[Qq]uyền)\s+)?(?:(?:[Pp]hó|PHÓ)\s+)?"
TITLE_HEAD = re.compile(
    r"(?<![^\W_])" + TITLE_PREFIX + rf"(?:{_TITLE_HEADS}|(?i:{alternation(entries('titles_any_case'))}))(?![^\W_])"
)

# Military ranks and academic titles: they mark a person but are not positions.
HONORIFICS = re.compile(
    rf"(?<![^\W_])(?:(?i:{alternation(entries('honorifics'))})|{alternation(entries('honorific_abbreviations'))})"
    r"\.?(?![^\W_])"
)

# Heads of organisation names: a comma-separated part that starts with one of these continues
# the title before it ("Phó Vụ trưởng Vụ X, Ban Tổ chức Trung ương").
ORG_HEAD = re.compile(rf"(?:{alternation(entries('organization_heads'))})(?![^\W_])")

# Verbs and words that end a title: what follows them is the sentence, not the title.
TITLE_STOPS = re.compile(
    rf"\s+(?=(?:{alternation(entries('title_stops'))}|dự(?! khuyết)|(?:- )?đến công tác)(?![^\W_]))"
)


def _verbs(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_])(?:{alternation(words)})(?![^\W_])", re.IGNORECASE)


SPEECH_VERBS = _verbs(table("verbs")["speech"])
CHAIR_VERBS = _verbs(table("verbs")["chair"])
REPORT_VERBS = _verbs(table("verbs")["report"])
ATTEND_VERBS = _verbs(table("verbs")["attend"])
# Every verb that gives a person a role in the meeting, whichever role.
ROLE_VERB_WORDS = [verb for verbs in table("verbs").values() for verb in verbs]
ROLE_VERBS = _verbs(ROLE_VERB_WORDS)

# The words articles write each kind of document with ("nghị quyết", "kết luận", …), in lower case.
KIND_WORD_ALTERNATION = alternation([word.lower() for kind in document_kinds() for word in kind.words])

# Bodies that issue documents and hold meetings, with a place where one follows.
BODY_NAMES = (
    alternation(entries("central_bodies")) + "|"
    r"(?:Ban [Tt]hường vụ |Ban Chấp hành Đảng bộ |BCH Đảng bộ |Ban Chấp hành )?"
    r"(?:Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|tỉnh|thành phố)"
    rf"(?:\s+(?!Về\b|Khóa\b)[{UPPER}][^\W\d_]*(?:\.[{UPPER}]+(?![^\W_]))?){{0,4}}|"  # "TP.HCM" is one word
    r"(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân) (?:tỉnh|thành phố|huyện)"
    rf"(?:\s+[{UPPER}][^\W\d_]*){{0,4}}|"
    r"Bộ [A-ZĐ][^\W\d_]*(?: [^\W\d_]+){0,3}?(?= về|,|\.|;| ngày|$)"
)
