"""Bylines wherever they stand (documents/extraction/bylines.py, and the layout that uses it)."""

import datetime as dt

import pytest

from documents.extraction import parse_html, parse_text
from documents.extraction.bylines import parse_byline

BODY = "Hội nghị giao ban công tác tổ chức xây dựng Đảng diễn ra sáng nay tại Hà Nội với nhiều đại biểu tham dự."


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Tin: Ngọc Diệp Ảnh: PG", "Ngọc Diệp"),
        ("Quỳnh Hoa (TTXVN)", "Quỳnh Hoa"),
        ("Theo Quốc Thanh (NNVN)", "Quốc Thanh"),
        ("Minh Châm/VOV-Trung tâm Tin", "Minh Châm"),
        ("Hưng - Thủy/VOV.VN", "Hưng - Thủy"),
        ("Đình Phú - Trung Hiếu", "Đình Phú - Trung Hiếu"),
        ("Bài và ảnh: Trường Hoàng", "Trường Hoàng"),
        ("PV", "PV"),
        ("(Còn nữa) HOÀI NAM", "HOÀI NAM"),
        ("Ánh Dương -", "Ánh Dương"),
    ],
)
def test_reads_the_name_a_byline_gives(line, author):
    assert parse_byline(line) == author


@pytest.mark.parametrize("line", ["TTXVN/Tin Tức", "VnExpress", "Nguồn: dangcongsan.vn", "Hội nghị diễn ra sáng nay"])
def test_an_agency_or_a_source_alone_names_no_one(line):
    assert parse_byline(line) is None


def test_a_byline_at_the_end_of_the_last_paragraph_leaves_the_paragraph():
    result = parse_text(f"Hội nghị giao ban quý I\n\n{BODY}\n{BODY} Các đại biểu thống nhất cao./. Quỳnh Hoa (TTXVN)\n")
    assert result.article.author == "Quỳnh Hoa"
    assert result.article.title == "Hội nghị giao ban quý I"
    unsigned = f"Hội nghị giao ban quý I\n\n{BODY}\n{BODY} Đồng chí Nguyễn Văn An phát biểu\n"
    assert parse_text(unsigned).article.author is None


def test_a_corpus_header_is_neither_the_title_nor_body_and_gives_the_date():
    text = f"# doc_id = news_205\n# url = https://example.vn/a.htm\n# date = 20210427\n{BODY}\n"
    article = parse_text(text).article
    assert article.title is None
    assert article.published == dt.date(2021, 4, 27)


def test_an_html_byline_element_keeps_joined_names_whole():
    page = (
        "<html><head><title>Hội nghị công bố quyết định</title></head><body><article>"
        f"<h1>Hội nghị công bố quyết định</h1><p>{BODY}</p><p>{BODY}</p>"
        '<p class="text body-author"><strong> La Ngà - Kim Dung </strong></p></article></body></html>'
    )
    assert parse_html(page).article.author == "La Ngà - Kim Dung"
