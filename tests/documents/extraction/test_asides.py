"""A body's name without the brackets that do not tell it apart: one body, one name."""

import pytest

from documents.extraction.asides import without_asides


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Quốc hội (QH)", "Quốc hội"),
        ("Ủy ban TƯ Mặt trận Tổ quốc Việt Nam (MTTQ)", "Ủy ban TƯ Mặt trận Tổ quốc Việt Nam"),
        ("Đảng ủy Công ty Cổ phần Điện lực Khánh Hòa (PC Khánh Hòa)", "Đảng ủy Công ty Cổ phần Điện lực Khánh Hòa"),
        ("Thành ủy TP HCM (nhiệm kỳ 2015 - 2020)", "Thành ủy TP HCM"),
        (
            "Đảng đoàn - Ban Thường vụ (BTV) Trung ương Hội Luật gia (HLG) Việt Nam",
            "Đảng đoàn - Ban Thường vụ Trung ương Hội Luật gia Việt Nam",
        ),
        # a place or a parent body tells namesakes apart
        ("Đảng ủy xã Tản Hồng (huyện Ba Vì)", "Đảng ủy xã Tản Hồng (huyện Ba Vì)"),
        ("Vụ Địa phương II (Ban Tổ chức Trung ương)", "Vụ Địa phương II (Ban Tổ chức Trung ương)"),
        ("Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương"),
    ],
)
def test_a_short_name_an_acronym_or_a_term_in_brackets_is_not_part_of_the_name(written, name):
    assert without_asides(written) == name
