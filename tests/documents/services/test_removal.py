"""Deleting an article: what only it founded goes with it, what other articles show stays, and an article
whose records a curator set cannot be deleted."""

import pytest
from django.urls import reverse

from core.tombstones import Tombstone
from documents.extraction.pipeline import parse_text
from documents.models import Article, Directive
from documents.services.importer import import_extraction
from documents.services.removal import ArticleInUse, delete_article
from meetings.models import Conference
from people.models import Official, Organization, Post
from tasks.models import Task
from tests.factories import article_from_text

pytestmark = pytest.mark.django_db

REPORT = (
    "Ngày 03/4, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban quý I. Đồng chí Mai Văn Chính, Phó Trưởng ban "
    "Thường trực Ban Tổ chức Trung ương chủ trì Hội nghị. Đồng chí Nguyễn Văn An, Giám đốc Sở Nội vụ tỉnh Long An "
    "dự Hội nghị. Hội nghị quán triệt Kết luận số 50-KL/TW ngày 28/02/2023 của Bộ Chính trị. Đồng chí Mai Văn Chính "
    "yêu cầu các cấp ủy khẩn trương cụ thể hóa kết luận.\n"
)
OTHER = "Đồng chí Mai Văn Chính, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương, phát biểu tại hội nghị.\n"


def imported(text: str) -> Article:
    article = article_from_text(text)
    import_extraction(article, parse_text(article.text))
    return article


def test_deleting_an_article_takes_what_only_it_founded():
    report, other = imported(REPORT), imported(OTHER)
    assert Official.objects.filter(name="Nguyễn Văn An").exists() and Directive.objects.exists()
    delete_article(report)
    assert not Article.objects.filter(pk=report.pk).exists()
    assert list(Conference.objects.values_list("article", flat=True)) == [other.pk]
    assert not Task.objects.exists() and not Directive.objects.exists()
    assert list(Official.objects.values_list("name", flat=True)) == ["Mai Văn Chính"]  # the other article shows him
    assert not Post.objects.filter(name__contains="Sở Nội vụ").exists()
    assert not Organization.objects.filter(name__contains="Sở Nội vụ").exists()
    assert Tombstone.objects.filter(record_type="article", record_id=report.pk).exists()
    assert Article.objects.filter(pk=other.pk).exists()


def test_an_article_whose_records_a_curator_set_cannot_be_deleted(admin_client):
    report = imported(REPORT)
    Task.objects.update(locked_fields=["text"])
    with pytest.raises(ArticleInUse, match="1 task"):
        delete_article(report)
    assert Article.objects.filter(pk=report.pk).exists() and Official.objects.count() == 2
    assert admin_client.get(reverse("admin:documents_article_delete", args=[report.pk])).status_code == 403


def test_the_admin_deletes_an_article_with_what_only_it_founded(admin_client):
    report = imported(REPORT)
    response = admin_client.post(reverse("admin:documents_article_delete", args=[report.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Article.objects.exists() and not Official.objects.exists() and not Directive.objects.exists()
