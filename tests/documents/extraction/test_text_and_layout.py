"""Text normalisation, page furniture and article metadata."""

import datetime as dt
import unicodedata

import pytest

from documents.extraction import parse_text, prepare_text
from documents.extraction.textview import build_view, modernise_tones

ARTICLE = (
    "Tiếng Việt | English\n\n16/07/2020 - 14:32\n\n"
    "Ngành Tổ chức xây dựng Đảng phải tham mưu chuẩn bị tốt Đại hội đảng bộ các cấp\n\n"
    "Sáng 16/7, Ban Tổ chức Tỉnh ủy Long An tổ chức hội nghị trực tuyến sơ kết công tác 6 tháng đầu năm.\n"
    "Dự hội nghị có Phó Bí thư Thường trực Tỉnh uỷ – Nguyễn Văn Được; đại diện Ban Tổ chức Trung ương.\n"
    "Kiên Định\n\nChia sẻ bài viết\n"
)


def summary(result):
    c = result.conference
    return (
        result.article.to_json(),
        c.name,
        c.kind,
        c.date,
        c.organizer,
        [(o.name, [p.text for p in o.positions]) for o in result.officials],
    )


def test_reads_title_date_and_author_past_the_furniture():
    result = parse_text(ARTICLE)
    assert result.article.title == "Ngành Tổ chức xây dựng Đảng phải tham mưu chuẩn bị tốt Đại hội đảng bộ các cấp"
    assert result.article.published == dt.date(2020, 7, 16)
    assert result.article.author == "Kiên Định"
    assert result.conference.kind == "so_ket"


@pytest.mark.parametrize(
    "variant",
    [
        lambda t: unicodedata.normalize("NFD", t),
        lambda t: t.replace("\n", "\r\n"),
        lambda t: "\ufeff" + t,
        lambda t: t.replace(" ", "\u00a0", 5),
        lambda t: t.replace("Tỉnh ủy", "Tỉnh uỷ"),
    ],
    ids=["nfd", "crlf", "bom", "nbsp", "old-tones"],
)
def test_encoding_variants_give_the_same_result(variant):
    assert summary(parse_text(variant(ARTICLE))) == summary(parse_text(ARTICLE))


def test_spans_index_the_stored_text_even_with_a_bom():
    raw = "\ufeff" + ARTICLE
    stored = prepare_text(raw)
    official = parse_text(raw).officials[0]
    start, end = official.spans[0]
    assert stored[start:end] == "Nguyễn Văn Được"


def test_old_tone_placement_is_modernised_without_changing_length():
    assert modernise_tones("Tỉnh uỷ khoá hoà Quý thuỷ ngoài") == "Tỉnh ủy khóa hòa Quý thủy ngoài"


def test_word_segmented_text_is_recognised_and_mapped_back():
    original = "Tổng_bí_thư , Chủ_tịch nước Nguyễn_Phú_Trọng chủ_trì Hội_nghị Quân_uỷ_Trung_ương ( khoá XII ) ."
    view = build_view(original)
    assert view.segmented
    assert view.text == "Tổng bí thư, Chủ tịch nước Nguyễn Phú Trọng chủ trì Hội nghị Quân ủy Trung ương (khóa XII)."
    i = view.text.index("Nguyễn Phú Trọng")
    start, end = view.span(i, i + len("Nguyễn Phú Trọng"))
    assert original[start:end] == "Nguyễn_Phú_Trọng"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Cập nhật lúc : 04/04/2023 10:48", dt.date(2023, 4, 4)),
        ("21:33' 7/12/2021", dt.date(2021, 12, 7)),
        ("16/07/2020 - 14:32", dt.date(2020, 7, 16)),
        ("2025-11-02T11:09:00.000Z", dt.date(2025, 11, 2)),
        ("20201101", dt.date(2020, 11, 1)),
        ("Thứ Hai, ngày 03 tháng 04 năm 2023", dt.date(2023, 4, 3)),
    ],
)
def test_publication_date_formats(line, expected):
    assert (
        parse_text(
            f"{line}\nMột tiêu đề đủ dài của bài viết\nNội dung bài viết có hơn tám chữ ở đây nhé.\n"
        ).article.published
        == expected
    )


def test_byline_with_photo_credit():
    text = "Hội nghị được tổ chức tại Hà Nội với nhiều đại biểu tham dự và thảo luận.\n\nTin: Ngọc DiệpẢnh: PG\n"
    assert parse_text(text).article.author == "Ngọc Diệp"


def test_span_set_membership_merges_overlaps():
    from documents.extraction.textview import SpanSet

    spans = SpanSet([(10, 20), (15, 30), (40, 41), (5, 5)])
    assert [p in spans for p in (4, 5, 10, 29, 30, 39, 40, 41)] == [False, False, True, True, False, False, True, False]


def test_a_long_last_paragraph_is_not_read_as_a_byline():
    from documents.extraction.bylines import parse_byline

    assert parse_byline("Tin: Ngọc Diệp") == "Ngọc Diệp"
    assert parse_byline("( " * 5000) is None
    assert parse_byline("Ngọc " + "( " * 200 + "Diệp") is None


def test_a_sapo_of_several_sentences_without_a_final_stop_is_not_the_title():
    text = (
        "Hội nghị giao ban quý I\n\n"
        "Sáng nay Ban Tổ chức Trung ương họp giao ban trực tuyến. Nhiều ý kiến tâm huyết được nêu ra tại hội nghị, "
        "trong đó có đề xuất về công tác cán bộ\n\n"
        + "Hội nghị đánh giá kết quả công tác quý I và bàn nhiệm vụ quý II của toàn ngành tổ chức xây dựng Đảng. "
        * 3
    )
    assert parse_text(text).article.title == "Hội nghị giao ban quý I"
