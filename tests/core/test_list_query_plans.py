"""Every list the API offers, with each of its filters and each of its orderings, can be answered
from indexes on PostgreSQL: EXPLAIN of every query a list request runs, with sequential scans
priced out (``enable_seqscan = off``: the planner scans a table only when no index serves the
query), finds no sequential scan on a large table. Pricing them out asks whether an index exists
for the query whatever the table's size; at the sizes a test can build, PostgreSQL rightly reads a
small table whole. Filter values are selective (an id, a rare choice, a date near the edge, text
that matches little).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from config.api_v1 import router

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="query plans are PostgreSQL's")

ROWS = 3_000
LISTS = ["articles", "directives", "conferences", "participants", "officials", "organizations", "posts", "tasks"]
LARGE_TABLES = {
    "documents_article",
    "documents_directive",
    "meetings_conference",
    "meetings_participant",
    "meetings_directivemention",
    "people_official",
    "people_organization",
    "people_post",
    "people_position",
    "tasks_task",
    "tasks_task_directives",
}


def _build_large_tables() -> None:
    from documents.models import Article, Directive
    from meetings.models import Conference, DirectiveMention, Participant
    from people.bodies import KINDS
    from people.models import Official, Organization, Position, Post
    from tasks.models import Task

    day = dt.date(2015, 1, 1)
    texts = [f"Hội nghị số {n}" for n in range(ROWS)]
    articles = Article.objects.bulk_create(
        (
            Article(
                raw=t.encode(),
                content_type="text/plain",
                text=t,
                sha256=hashlib.sha256(t.encode()).hexdigest(),
                status="parsed",
                published=day + dt.timedelta(days=n % 3000),
                title=t,
            )
            for n, t in enumerate(texts)
        ),
        batch_size=1000,
    )
    organizations = Organization.objects.bulk_create(
        (Organization(name=f"Ban số {n}", name_key=f"ban so {n}", kind=KINDS[0][0]) for n in range(ROWS)),
        batch_size=1000,
    )
    officials = Official.objects.bulk_create(
        (Official(name=f"Nguyễn Văn {n}", name_key=f"nguyen van {n}") for n in range(ROWS)), batch_size=1000
    )
    posts = Post.objects.bulk_create(
        (
            Post(title="Trưởng ban", organization=o, name=f"Trưởng ban {o.name}", key=f"truong ban {n}")
            for n, o in enumerate(organizations)
        ),
        batch_size=1000,
    )
    Position.objects.bulk_create(
        (
            Position(
                official=p,
                post=post,
                organization=post.organization,
                text=post.name,
                text_key=post.key,
                title="Trưởng ban",
            )
            for p, post in zip(officials, posts, strict=True)
        ),
        batch_size=1000,
    )
    # The last kind ("other"), the one the test asks for, is rare here as it is in real archives.
    kinds = ["giao_ban", "so_ket", "tong_ket", "quan_triet", "hoi_nghi_trung_uong", "dai_hoi", "lam_viec"]
    conferences = Conference.objects.bulk_create(
        (
            Conference(
                article=a,
                name=a.text,
                kind=kinds[n % 7],
                date=a.published,
                organizer=organizations[n],
                organizer_name=organizations[n].name,
                start=0,
                end=8,
            )
            for n, a in enumerate(articles)
        ),
        batch_size=1000,
    )
    directives = Directive.objects.bulk_create(
        (
            Directive(
                kind="ket_luan",
                number=str(n),
                code=f"{n}-KL/TW",
                issued_by=organizations[n],
                issued_by_name=organizations[n].name,
                issue_date=day + dt.timedelta(days=n % 3000),
            )
            for n in range(ROWS)
        ),
        batch_size=1000,
    )
    Participant.objects.bulk_create(
        (
            Participant(
                conference=c, official=officials[n], role="chair", raw_name="x", article=c.article, start=0, end=8
            )
            for n, c in enumerate(conferences)
        ),
        batch_size=1000,
    )
    DirectiveMention.objects.bulk_create(
        (
            DirectiveMention(directive=directives[n], conference=c, article=c.article, start=0, end=8)
            for n, c in enumerate(conferences)
        ),
        batch_size=1000,
    )
    tasks = Task.objects.bulk_create(
        (
            Task(article=c.article, conference=c, sequence=1, text=f"Nhiệm vụ {n}", assignee=f"Ban {n}", start=0, end=8)
            for n, c in enumerate(conferences)
        ),
        batch_size=1000,
    )
    Task.directives.through.objects.bulk_create(
        (Task.directives.through(task=t, directive=directives[n]) for n, t in enumerate(tasks)), batch_size=1000
    )
    with connection.cursor() as cursor:
        for table in sorted(LARGE_TABLES):
            cursor.execute(f'ANALYZE "{table}"')


def _value_for(name: str, filter_) -> str:
    """A selective value for a filter: an id that exists, a date, a choice, or text that matches little."""
    kind = type(filter_).__name__
    if kind == "IdFilter":
        return "17"
    if kind == "ChoiceFilter":
        return str(filter_.extra["choices"][-1][0])
    if kind == "DateFilter":
        return "2023-03-01" if filter_.lookup_expr == "gte" else "2015-01-02"
    if kind == "IsoDateTimeFilter":
        moment = timezone.now() + dt.timedelta(days=1) if filter_.lookup_expr == "gte" else dt.datetime(2000, 1, 1)
        return moment.isoformat() if isinstance(moment, dt.datetime) else str(moment)
    return "xyz 123"


def _requests() -> list[tuple[str, dict[str, str]]]:
    requests = []
    viewsets = {prefix: viewset for prefix, viewset, _ in router.registry}
    for prefix in LISTS:
        view = viewsets[prefix]
        base = f"/api/v1/{prefix}/"
        requests.append((base, {}))
        for name, filter_ in view.filterset_class.base_filters.items():
            requests.append((base, {name: _value_for(name, filter_)}))
        for field in view.ordering_fields:
            requests += [(base, {"ordering": field}), (base, {"ordering": f"-{field}"})]
    return requests


def _scans(sql: str) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    return [t for t in re.findall(r"Seq Scan on (\w+)", plan) if t in LARGE_TABLES]


@pytest.mark.django_db
def test_every_list_filter_and_ordering_reads_large_tables_through_indexes(client_with_token):
    _build_large_tables()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # the test runs in one transaction
    scanned: dict[str, list[str]] = {}
    for base, params in _requests():
        url = f"{base}?{urlencode(params)}"
        with CaptureQueriesContext(connection) as captured:
            response = client_with_token.get(base, params)
        assert response.status_code == 200, (url, response.content[:200])
        for query in captured.captured_queries:
            sql = query["sql"]
            if not sql.startswith("SELECT"):
                continue
            tables = _scans(sql)
            if tables:
                scanned.setdefault(url, []).extend(tables)
    assert not scanned, "\n".join(f"{url}: {tables}" for url, tables in scanned.items())
