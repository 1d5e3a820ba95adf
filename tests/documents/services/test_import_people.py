"""The import's people: a position's brackets do not make another post or body; the position as written stays."""

import pytest

from documents.extraction.pipeline import parse_text
from documents.services.importer import import_extraction
from people.models import Organization, Position, Post
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
