"""What a read asks of the database: no list and no detail but the article's own loads an article's text or
its upload (evidence quotes are cut in SQL)."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

LISTS = ["articles", "conferences", "participants", "officials", "organizations", "posts", "directives", "tasks"]
# A column of the article read whole, not through SUBSTRING(...) (the quote of an evidence span).
WHOLE_ARTICLE = re.compile(r'(?<!SUBSTRING\()(?<!SUBSTR\()"documents_article"\."(text|raw)"')


def _reads(client, url: str) -> list[str]:
    client.get(url)  # the first request records the API key's use
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.content[:300])
    return [query["sql"] for query in captured]


def _urls(client) -> list[str]:
    urls = []
    for name in LISTS:
        urls.append(f"/api/v1/{name}/")
        first = client.get(f"/api/v1/{name}/").json()["results"][0]
        if name != "articles":
            urls.append(f"/api/v1/{name}/{first['id']}/")
    return urls


def test_no_read_but_the_articles_own_loads_an_articles_text(client_with_token, imported_gold):
    loading = {
        url: [sql for sql in _reads(client_with_token, url) if WHOLE_ARTICLE.search(sql)]
        for url in _urls(client_with_token)
    }
    assert {url: sqls for url, sqls in loading.items() if sqls} == {}


def test_the_pattern_finds_a_whole_text_and_spares_a_quote():
    assert WHOLE_ARTICLE.search('SELECT "documents_article"."text" FROM "documents_article"')
    assert not WHOLE_ARTICLE.search('SELECT SUBSTRING("documents_article"."text", 3, 4) AS "quote_text"')
    assert not WHOLE_ARTICLE.search('SELECT SUBSTR("documents_article"."text", 3, 4) AS "quote_text"')


def test_a_records_detail_looks_for_a_merge_only_when_the_record_is_not_there(client_with_token, imported_gold):
    from people.models import Official

    official = Official.objects.filter(merged_into__isnull=True).first()
    looks = [sql for sql in _reads(client_with_token, f"/api/v1/officials/{official.pk}/") if "IS NOT NULL" in sql]
    assert looks == []
    assert client_with_token.get("/api/v1/officials/987654321/").status_code == 404
