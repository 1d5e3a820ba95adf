"""Detail pages against how often a record is cited: an official and a directive cited by 10, 200 and
2,000 articles; prints each page's size, SQL queries and median time. Size and time must not grow.

Run: make bench (or .venv/bin/python scripts/bench_detail_pages.py); on a throwaway SQLite database,
or PostgreSQL when DATABASE_URL names one (a database of its own is created and dropped).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.bench_database import throwaway_database  # noqa: E402


def build(times: int, tag: str):
    from documents.models import Article, Directive
    from meetings.models import Conference, DirectiveMention, Participant
    from people.models import Official, Position, PositionEvidence

    body = "Hội nghị giao ban công tác tổ chức xây dựng Đảng. " * 400
    texts = [f"Đồng chí Mai Văn Chính chủ trì ({tag}{n}). {body}" for n in range(times)]
    articles = Article.objects.bulk_create(
        Article(text=t, raw=t.encode(), sha256=hashlib.sha256(t.encode()).hexdigest(), status="parsed") for t in texts
    )
    official = Official.objects.create(name="Mai Văn Chính", name_key=f"mai văn chính {tag}")
    position = Position.objects.create(
        official=official, text="Phó Trưởng ban", text_key=f"p{tag}", title="Phó Trưởng ban"
    )
    directive = Directive.objects.create(kind="ket_luan", number="50", code=f"50-KL/TW-{tag}")
    conferences = Conference.objects.bulk_create(
        Conference(article=a, name=f"Hội nghị {n}", start=0, end=8, date=dt.date(2020, 1, 1) + dt.timedelta(days=n))
        for n, a in enumerate(articles)
    )
    PositionEvidence.objects.bulk_create(
        PositionEvidence(position=position, article=a, start=9, end=22) for a in articles
    )
    Participant.objects.bulk_create(
        Participant(conference=c, official=official, role="chair", article=c.article, start=9, end=22, raw_name="x")
        for c in conferences
    )
    DirectiveMention.objects.bulk_create(
        DirectiveMention(directive=directive, article=c.article, conference=c, conference_date=c.date, start=9, end=22)
        for c in conferences
    )
    return official, directive


def measure(client, url: str, rounds: int = 7) -> tuple[int, int, float]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        times.append(time.perf_counter() - started)
    return len(response.content), len(queries), statistics.median(times) * 1000


def main() -> None:
    with throwaway_database():
        from django.core.management import call_command
        from rest_framework.test import APIClient

        from core.keys import ApiKey

        call_command("check", verbosity=0)
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {ApiKey.issue('bench', ['read'])[1]}")
        print(f"{'citations':>10} {'page':<10} {'bytes':>8} {'queries':>8} {'ms (median)':>12}")
        for times in (10, 200, 2000):
            official, directive = build(times, str(times))
            for page, url in (
                ("official", f"/api/v1/officials/{official.pk}/"),
                ("directive", f"/api/v1/directives/{directive.pk}/"),
            ):
                size, queries, ms = measure(client, url)
                print(f"{times:>10} {page:<10} {size:>8} {queries:>8} {ms:>12.1f}")


if __name__ == "__main__":
    main()
