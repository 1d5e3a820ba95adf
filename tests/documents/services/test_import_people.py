"""The import's people: a position's brackets do not make another post or body; the position as written stays;
a position no article shows any more goes, with the post and the body it leaves empty."""

import dataclasses

import pytest

from documents.extraction import result as parsed
from documents.extraction.pipeline import parse_text
from documents.services.importer import import_extraction
from people.models import Official, Organization, Position, Post
from tests.factories import article_from_text

pytestmark = pytest.mark.django_db


def imported(text: str) -> None:
    article = article_from_text(text)
    import_extraction(article, parse_text(article.text))


def test_a_short_name_or_a_term_in_brackets_makes_no_other_post_or_body():
    imported("Bà Nguyễn Thị Kim Ngân, Chủ tịch Quốc hội (QH), chủ trì hội nghị.")
    imported("Bà Nguyễn Thị Kim Ngân, Chủ tịch Quốc hội, phát biểu tại hội nghị.")
    imported("Ông Đinh La Thăng, Bí thư Thành ủy TP HCM (nhiệm kỳ 2015 - 2020), dự hội nghị.")
    imported("Ông Đinh La Thăng, Bí thư Thành ủy TP HCM, phát biểu tại hội nghị.")
    assert sorted(Post.objects.values_list("name", flat=True)) == ["Bí thư Thành ủy TP HCM", "Chủ tịch Quốc hội"]
    assert not Organization.objects.filter(name__contains="(").exists()
    written = set(Position.objects.values_list("text", flat=True))
    assert {"Chủ tịch Quốc hội (QH)", "Bí thư Thành ủy TP HCM (nhiệm kỳ 2015 - 2020)"} <= written


def test_a_place_in_brackets_tells_namesakes_apart():
    imported("Ông Lê Văn An, Bí thư Đảng ủy xã Tân Hòa (huyện Ba Vì), phát biểu tại hội nghị.")
    imported("Ông Trần Văn Bình, Bí thư Đảng ủy xã Tân Hòa (huyện Thạch Thất), phát biểu tại hội nghị.")
    assert Post.objects.count() == 2


AN = (
    "Ông Nguyễn Văn An, Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực, phát biểu tại hội nghị "
    "giao ban.\n"
)
CUT_SHORT = parsed.Position("Trưởng Ban", "Ban Chỉ đạo Trung ương về phòng")


def read_as(extraction: parsed.Extraction, position: parsed.Position) -> parsed.Extraction:
    """The extraction as an earlier parser read it: its first official holding ``position`` instead."""
    first, *others = extraction.officials
    return dataclasses.replace(extraction, officials=[dataclasses.replace(first, positions=[position]), *others])


def test_a_position_no_article_shows_any_more_goes_with_the_post_and_body_it_leaves_empty():
    article = article_from_text(AN)
    extraction = parse_text(article.text)
    import_extraction(article, read_as(extraction, CUT_SHORT))
    import_extraction(article, extraction)
    official = Official.objects.get()
    assert [p.text for p in official.positions.all()] == [extraction.officials[0].positions[0].text]
    assert not Post.objects.filter(name__endswith="về phòng").exists()
    assert not Organization.objects.filter(name="Ban Chỉ đạo Trung ương về phòng").exists()


def test_a_position_another_article_shows_or_a_curator_set_stays():
    shown_elsewhere, curated = article_from_text(AN), article_from_text(AN + "Hội nghị diễn ra trong một ngày.\n")
    for article in (shown_elsewhere, curated):
        extraction = parse_text(article.text)
        import_extraction(article, read_as(extraction, CUT_SHORT))
    import_extraction(shown_elsewhere, parse_text(shown_elsewhere.text))
    assert Position.objects.filter(text=CUT_SHORT.text).exists()  # the other article still shows it

    Position.objects.filter(text=CUT_SHORT.text).update(locked_fields=["title"])
    import_extraction(curated, parse_text(curated.text))
    kept = Position.objects.get(text=CUT_SHORT.text)
    assert not kept.evidence.exists() and kept.post is not None and kept.organization is not None


def test_whom_only_a_meeting_the_parse_no_longer_finds_showed_is_removed():
    article = article_from_text(
        "Ngày 03/4, Tỉnh ủy Long An tổ chức Hội nghị giao ban. Ông Trần Văn Bình dự Hội nghị.\n"
    )
    extraction = parse_text(article.text)
    import_extraction(article, extraction)
    assert Official.objects.filter(name="Trần Văn Bình").exists()
    import_extraction(article, dataclasses.replace(extraction, conference=None))
    assert not Official.objects.exists()
