"""What an organisation is, read from its name: kind, level, and the body it belongs to.

"Ban Tổ chức Tỉnh ủy Long An" is a party board at province level, under "Tỉnh ủy Long An";
"Vụ Địa phương II, Ban Tổ chức Trung ương" is a department under "Ban Tổ chức Trung ương".
Names are read by their heads, as the articles write them; curators correct what a name
does not say.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from core.names import modern_tones, name_key

KINDS = [
    ("party_committee", "Party committee"),
    ("party_board", "Party board"),
    ("state_body", "State body"),
    ("mass_organisation", "Mass organisation"),
    ("military_unit", "Military unit"),
    ("other", "Other"),
]
LEVELS = [("central", "Central"), ("province", "Province"), ("district", "District"), ("commune", "Commune")]

_RULES = [
    ("military_unit", r"^(?:quân khu|quân đoàn|sư đoàn|lữ đoàn|bộ tư lệnh|bộ chỉ huy|quân ủy|bộ đội)"),
    (
        "party_board",
        r"^(?:ban (?:tổ chức|tuyên giáo|dân vận|nội chính|kinh tế|đối ngoại|kiểm tra)|ủy ban kiểm tra|văn phòng)",
    ),
    (
        "party_committee",
        r"^(?:bộ chính trị|ban bí thư|ban chấp hành|ban thường vụ|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|"
        r"đảng ủy|đảng bộ|chi bộ|đảng đoàn|ban cán sự|trung ương đảng)",
    ),
    (
        "state_body",
        r"^(?:quốc hội|chính phủ|thủ tướng|ubnd|hđnd|ủy ban nhân dân|hội đồng nhân dân|bộ |sở |cục |tổng cục|"
        r"vụ |viện kiểm sát|tòa án|kiểm toán|thanh tra|ủy ban thường vụ quốc hội|đoàn đại biểu quốc hội)",
    ),
    ("mass_organisation", r"^(?:mặt trận|ubmttq|mttq|đoàn thanh niên|đoàn tncs|hội |liên đoàn|công đoàn|hội đồng)"),
]
_LEVELS = [
    ("commune", r"\b(?:xã|phường|thị trấn)\b"),
    ("district", r"^(?:huyện ủy|quận ủy|thị ủy)|\b(?:huyện|quận|thị xã)\b"),
    ("province", r"\b(?:tỉnh ủy|thành ủy|tỉnh|thành phố)\b"),
    ("central", r"\b(?:trung ương|quốc hội|chính phủ|bộ chính trị|ban bí thư)\b|^bộ |^(?:ban|vụ|cục) .*\btw\b"),
]
# "Ban X Tỉnh ủy Long An" belongs to "Tỉnh ủy Long An"; "Vụ …, Ban Tổ chức Trung ương" to the Ban.
_UNDER_COMMITTEE = re.compile(
    r"^(?:ban|văn phòng|ủy ban kiểm tra)\b.*?\s(?P<parent>(?:tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy)\s.+)$"
)


def kind_of(name: str) -> str:
    folded = modern_tones(name_key(name))
    return next((kind for kind, rule in _RULES if re.search(rule, folded)), "other")


def level_of(name: str) -> str:
    folded = modern_tones(name_key(name))
    return next((level for level, rule in _LEVELS if re.search(rule, folded)), "")


def parent_name(name: str) -> str | None:
    """The name of the body this one belongs to, when its own name says so."""
    if ", " in name:
        return name.split(", ", 1)[1].strip() or None
    match = _UNDER_COMMITTEE.match(modern_tones(name_key(name)))
    if match is None:
        return None
    start = len(name) - len(match.group("parent"))
    return name[start:].strip()


@cache
def _aliases() -> dict[str, str]:
    lines = (Path(__file__).with_name("aliases.txt")).read_text(encoding="utf-8").splitlines()
    pairs = (line.split("=", 1) for line in lines if "=" in line and not line.lstrip().startswith("#"))
    return {name_key(alias): name.strip() for alias, name in pairs}


def canonical_body(name: str) -> str:
    """The name a body goes by, for a known other name ("BTCTW" is "Ban Tổ chức Trung ương")."""
    return _aliases().get(name_key(name), name)


def kind_under(name: str, parent: str | None) -> str:
    """A department ("Vụ", "Cục", "Phòng") of a body is of that body's kind."""
    if parent and re.match(r"^(?:vụ|cục|phòng)\s", name_key(name)):
        return kind_of(parent)
    return kind_of(name)
