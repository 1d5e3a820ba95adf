"""A body's name without what brackets add to it, so that one body has one name.

"Quốc hội (QH)" is "Quốc hội", "Đảng ủy Công ty Điện lực Khánh Hòa (PC Khánh Hòa)" is
"Đảng ủy Công ty Điện lực Khánh Hòa", "Thành ủy TP HCM (nhiệm kỳ 2015 - 2020)" is
"Thành ủy TP HCM": a short name, an acronym or a term is not part of the name. A place or
a parent body in brackets tells namesakes apart ("Đảng ủy xã Tản Hồng (huyện Ba Vì)",
"Vụ Địa phương II (Ban Tổ chức Trung ương)") and stays.
"""

from __future__ import annotations

import re

from documents.extraction.lexicon import ORG_HEAD

_ASIDE = re.compile(r"\s*\((?P<aside>[^()]*)\)")
_PLACE = re.compile(r"(?i:huyện|xã|phường|quận|thị xã|thị trấn|thành phố|tỉnh|TP\.?)(?![^\W_])")


def without_asides(name: str) -> str:
    """The name without the bracketed asides that are not a place or a parent body."""

    def aside(m: re.Match) -> str:
        kept = m.group("aside").strip()
        parent = ORG_HEAD.match(kept) and " " in kept  # a body's name, not an acronym ("MTTQ")
        return m.group() if _PLACE.match(kept) or parent else ""

    return _ASIDE.sub(aside, name).strip(" ,") or name
