"""Odd input never breaks the parser: it returns a result whose spans lie in the text."""

import random

import pytest

from documents.extraction import parse_html, parse_text, prepare_text

VOCABULARY = (  # noqa: SIM905
    "Hội nghị giao ban sơ kết tổng kết quán triệt Đồng chí đồng chí Nguyễn Văn An Lê Thị Bình Trần - – , ; : . "
    "Bí thư Tỉnh ủy Ủy viên Trung ương Đảng Trưởng Ban Tổ chức chủ trì phát biểu đề nghị cần phải Một là Hai là "
    "Thứ nhất Nghị quyết Kết luận Quy định Quyết định số 50-KL/TW 18 - NQ / TW 26/2015/NĐ-CP ngày 28/02/2023 "
    "của Bộ Chính trị khóa XII về “ ” ( ) \" ' | 1. 2) - + • \n \n\n Sáng 3/4 Chiều 7-12 hôm nay điểm cầu trực tuyến "
    "_ Kết_luận Quân_uỷ \u00a0 \ufeff \u200b ̀ ́ Ý KIẾN BẠN ĐỌC Tin: Ảnh: 20201101 2025-11-02T11:09:00.000Z"
).split(" ")


@pytest.mark.parametrize("seed", range(40))
def test_random_text_parses_with_spans_in_range(seed):
    rng = random.Random(seed)
    words = [rng.choice(VOCABULARY) for _ in range(rng.randint(0, 400))]
    raw = " ".join(words)
    text = prepare_text(raw)
    result = parse_text(raw)
    data = result.to_json()
    items = [*data["officials"], *data["directives"], *data["tasks"]]
    if data["conference"]:
        items.append(data["conference"])
    for item in items:
        for start, end in item["spans"]:
            assert 0 <= start <= end <= len(text)


@pytest.mark.parametrize(
    "page",
    ["", "<p>", "<html><body></body></html>", "<div>&amp;&#0;&#xFFFF;</div>", "<p>" * 500, "plain words, no tags"],
)
def test_odd_html_does_not_break(page):
    result = parse_html(page)
    assert result.text is not None
