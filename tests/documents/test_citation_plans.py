"""A directive's citations, latest meeting first, are read through one index on PostgreSQL: the first few
without a join to every conference that cites it, however many there are."""

import datetime as dt
import re

import pytest
from django.db import connection

from documents import selectors
from meetings.models import Conference, DirectiveMention
from tests.factories import ArticleFactory, DirectiveFactory

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="query plans are PostgreSQL's"),
    pytest.mark.django_db,
]

CITATIONS = 2_000


def test_the_latest_citations_of_a_much_cited_directive_are_read_through_its_index():
    directive = DirectiveFactory(code="50-KL/TW")
    articles = [ArticleFactory(text=f"Bài {n}: Kết luận số 50-KL/TW.") for n in range(CITATIONS)]
    day = dt.date(2020, 1, 1)
    conferences = Conference.objects.bulk_create(
        Conference(article=a, name=f"Hội nghị {n}", date=day + dt.timedelta(days=n), start=0, end=3)
        for n, a in enumerate(articles)
    )
    DirectiveMention.objects.bulk_create(
        DirectiveMention(directive=directive, conference=c, conference_date=c.date, article=c.article, start=7, end=15)
        for c in conferences
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE meetings_directivemention")
        cursor.execute("ANALYZE meetings_conference")
        sql, params = selectors.citations_of(directive)[:5].query.sql_with_params()
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT TEXT) {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "meetings_directivemention_latest" in plan, plan
    conference_rows = [int(n) for n in re.findall(r"on meetings_conference\b.*?rows=(\d+) loops", plan)]
    assert conference_rows and max(conference_rows) <= 5 * 2, plan  # the five shown, not every citing meeting
    assert [m.conference_id for m in selectors.citations_of(directive)[:5]] == [c.pk for c in conferences[::-1][:5]]
