"""The import service: gold annotations become rows, links and spans; a second import changes nothing."""

import datetime as dt

import pytest
from django.core import serializers as django_serializers
from django.db import transaction

from documents.extraction.annotations import InvalidAnnotation
from documents.extraction.pipeline import parse_text
from documents.models import Directive
from documents.services.importer import InvalidExtraction, import_extraction
from meetings.models import Conference, DirectiveMention, Participant
from people.models import Official, Position, PositionEvidence
from tasks.models import Task, TaskStatus
from tests.conftest import gold_files
from tests.factories import article_from_file, article_from_text, import_annotation

pytestmark = pytest.mark.django_db

MODELS = [Conference, Participant, Official, Position, PositionEvidence, Directive, DirectiveMention, Task]


def snapshot() -> str:
    return "".join(django_serializers.serialize("json", m.objects.order_by("pk")) for m in MODELS)


def test_gold_files_become_linked_rows(imported_gold):
    article, gold = next((a, g) for a, g in imported_gold if g["source"].endswith("000_0d163578645c4766.txt"))
    conference = Conference.objects.get(article=article)
    assert conference.kind == gold["conference"]["kind"]
    assert conference.date == dt.date.fromisoformat(gold["conference"]["date"])
    assert conference.organizer.name == "Ban Tổ chức Trung ương"
    chair = Participant.objects.get(conference=conference, role="chair")
    assert chair.official.name == "Mai Văn Chính"
    assert article.text[chair.start : chair.end] == "Mai Văn Chính"

    cited = {m.directive.code or m.directive.number for m in DirectiveMention.objects.filter(conference=conference)}
    assert cited == {d["code"] or d["number"] for d in gold["directives"]}
    for mention in DirectiveMention.objects.filter(article=article):
        assert mention.directive.number in article.text[mention.start : mention.end]

    tasks = Task.objects.filter(conference=conference).order_by("sequence")
    assert [t.text for t in tasks] == [t["text"] for t in gold["tasks"]]


def test_every_gold_item_is_grounded_in_its_article(imported_gold):
    for article, gold in imported_gold:
        for official in gold["officials"]:
            evidence = PositionEvidence.objects.filter(article=article, position__official__name=official["name"])
            for item in evidence:
                assert article.text[item.start : item.end].casefold() == official["name"].casefold()
        for task in Task.objects.filter(article=article):
            assert task.end > task.start
            assert article.text[task.start : task.end][:20].casefold() == task.text[:20].casefold()


def test_same_person_in_two_articles_is_one_official(imported_gold):
    # Nguyễn Công Bằng appears in seeds 000 and 004.
    official = Official.objects.get(name="Nguyễn Công Bằng")
    articles = set(PositionEvidence.objects.filter(position__official=official).values_list("article", flat=True))
    assert len(articles) == 2


def test_importing_the_same_extraction_twice_changes_nothing(shared_dir):
    source, gold = next((s, g) for s, g in gold_files(shared_dir) if s.name.startswith("001_"))
    article = article_from_file(source)
    import_annotation(article, gold)
    before = snapshot()
    import_annotation(article, gold)
    assert snapshot() == before


def test_reimport_keeps_the_curated_task_status(shared_dir):
    source, gold = next((s, g) for s, g in gold_files(shared_dir) if s.name.startswith("004_"))
    article = article_from_file(source)
    import_annotation(article, gold)
    Task.objects.filter(article=article, sequence=1).update(status=TaskStatus.DONE)
    import_annotation(article, gold)
    assert Task.objects.get(article=article, sequence=1).status == TaskStatus.DONE


def test_reimport_removes_items_the_new_extraction_dropped(shared_dir):
    source, gold = next((s, g) for s, g in gold_files(shared_dir) if s.name.startswith("004_"))
    article = article_from_file(source)
    import_annotation(article, gold)
    smaller = {**gold, "tasks": gold["tasks"][:1], "directives": []}
    import_annotation(article, smaller)
    assert Task.objects.filter(article=article).count() == 1
    assert not DirectiveMention.objects.filter(article=article).exists()


def test_a_directive_cited_by_two_articles_is_one_record(imported_gold):
    # 27-HD/BTCTW is cited by seeds 001 (dated 2024) and 002 (undated).
    assert Directive.objects.filter(code="27-HD/BTCTW").count() == 1
    assert DirectiveMention.objects.filter(directive__code="27-HD/BTCTW").values("article").distinct().count() == 2


def test_same_code_in_different_years_are_two_directives(db):
    first = article_from_text("Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị.")
    second = article_from_text("Chỉ thị số 35-CT/TW ngày 14-6-2024 của Bộ Chính trị.")
    for article, date in ((first, "2019-05-30"), (second, "2024-06-14")):
        import_annotation(
            article, {"directives": [{"code": "35-CT/TW", "kind": "chi_thi", "number": "35", "date": date}]}
        )
    assert Directive.objects.filter(code="35-CT/TW").count() == 2


def test_span_outside_the_text_is_refused_and_nothing_is_written(db):
    article = article_from_text("Đồng chí Lê Văn A, Bí thư Tỉnh ủy.")
    bad = {"officials": [{"name": "Lê Văn A", "positions": ["Bí thư Tỉnh ủy"], "spans": [[0, 9999]]}]}
    with pytest.raises(InvalidAnnotation), transaction.atomic():
        import_annotation(article, bad)
    assert not Official.objects.exists()


def test_an_extraction_of_another_text_is_refused_and_nothing_is_written(db):
    article = article_from_text("Đồng chí Lê Văn A, Bí thư Tỉnh ủy, chủ trì Hội nghị giao ban.")
    other = parse_text("Đồng chí Trần Văn B, Bí thư Tỉnh ủy, chủ trì Hội nghị sơ kết công tác tổ chức.")
    with pytest.raises(InvalidExtraction), transaction.atomic():
        import_extraction(article, other)
    assert not Official.objects.exists()
    import_extraction(article, parse_text(article.text))
    assert Official.objects.get().name == "Lê Văn A"


def test_task_links_the_directives_cited_inside_it(imported_gold):
    task = Task.objects.get(text__startswith="tập trung tham mưu hoàn thành các đề án, nhiệm vụ được Ban Chấp hành")
    codes = set(task.directives.values_list("code", flat=True))
    assert {"71-QĐ/TW", "72-QĐ/TW", "212-QĐ/TW", "88-KL/TW", "39-CT/TW"} <= codes


def test_a_citation_carries_its_conference_date_through_a_reimport_that_changes_it(db):
    import dataclasses

    text = "Ngày 03/4/2023, Ban Tổ chức Trung ương tổ chức Hội nghị quán triệt Kết luận số 50-KL/TW ngày 28/02/2023."
    article = article_from_text(text)
    extraction = parse_text(text)
    import_extraction(article, extraction)
    assert list(DirectiveMention.objects.values_list("conference_date", flat=True)) == [dt.date(2023, 4, 3)]
    later = dataclasses.replace(extraction.conference, date=dt.date(2023, 4, 5))
    import_extraction(article, dataclasses.replace(extraction, conference=later))
    assert Conference.objects.get().date == dt.date(2023, 4, 5)
    assert list(DirectiveMention.objects.values_list("conference_date", flat=True)) == [dt.date(2023, 4, 5)]
