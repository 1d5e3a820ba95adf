"""Counts of related rows and evidence quotes, written out as subqueries, answer what the ORM would."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.expressions import CountOf, QuoteOf
from documents.models import Article
from people.models import Organization, Position, PositionEvidence, Post
from tests.factories import (
    ArticleFactory,
    OfficialFactory,
    OrganizationFactory,
    PositionEvidenceFactory,
    PositionFactory,
)

pytestmark = pytest.mark.django_db


def test_a_count_is_each_rows_own_and_zero_for_none():
    busy, idle = OrganizationFactory(), OrganizationFactory()
    PositionFactory.create_batch(3, organization=busy)
    counted = dict(Organization.objects.annotate(n=CountOf(Position, "organization")).values_list("id", "n"))
    assert counted == {busy.pk: 3, idle.pk: 0}


def test_a_distinct_count_counts_each_value_once():
    post = Post.objects.create(name="Trưởng ban", key="truong-ban")
    official, other = OfficialFactory(), OfficialFactory()
    for held_by in (official, official, other):
        PositionFactory(official=held_by, post=post, text=f"Trưởng ban {held_by.pk} {Position.objects.count()}")
    row = Post.objects.annotate(holders=CountOf(Position, "post", distinct="official")).get(pk=post.pk)
    assert row.holders == 2


def test_a_table_counting_its_own_rows_reads_the_outer_row():
    parent = OrganizationFactory()
    OrganizationFactory.create_batch(2, parent=parent)
    counted = Organization.objects.annotate(sub_bodies=CountOf(Organization, "parent")).get(pk=parent.pk)
    assert counted.sub_bodies == 2


def test_a_quote_is_the_articles_text_between_the_offsets():
    article = ArticleFactory(text="Đồng chí Mai Văn Chính, Ủy viên Trung ương Đảng, phát biểu chỉ đạo.")
    evidence = PositionEvidenceFactory(article=article, start=9, end=22)
    row = PositionEvidence.objects.annotate(cut=QuoteOf(Article)).get(pk=evidence.pk)
    assert row.cut == article.text[9:22] == "Mai Văn Chính"


def test_a_count_of_quoted_rows_leaves_the_quote_out():
    PositionEvidenceFactory.create_batch(2)
    with CaptureQueriesContext(connection) as captured:
        assert PositionEvidence.objects.annotate(quote=QuoteOf(Article)).count() == 2
    assert "SUBSTR" not in captured[0]["sql"]
