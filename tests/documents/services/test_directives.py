"""A shared directive's values: the first citation gives them, later articles fill blanks, and a later parse of an
article corrects what that article's earlier parse gave, never what another article or a curator gave. A directive
no article cites any more goes, unless curated or still named."""

import dataclasses

import pytest

from documents.extraction.pipeline import parse_text
from documents.models import Directive
from documents.services.importer import import_extraction
from meetings.models import DirectiveMention
from tests.factories import article_from_text

pytestmark = pytest.mark.django_db

TEXT = "Hội nghị quán triệt Kết luận số 50-KL/TW ngày 28/02/2023 của Bộ Chính trị về {subject}."


def cited_as(extraction, **values):
    """The extraction with its one citation giving other values, as a later parser might read it."""
    (item,) = extraction.directives
    return dataclasses.replace(extraction, directives=[dataclasses.replace(item, **values)])


def article_citing(subject: str):
    article = article_from_text(TEXT.format(subject=subject))
    return article, parse_text(article.text)


def test_a_later_parse_corrects_what_the_articles_earlier_parse_gave():
    article, extraction = article_citing("tiếp tục sắp xếp tổ chức bộ máy")
    import_extraction(article, cited_as(extraction, title="tiếp tục sắp xếp tổ chức bộ máy nhưng còn chậm", term="XI"))
    directive = Directive.objects.get(code="50-KL/TW")
    assert (directive.title, directive.term) == ("tiếp tục sắp xếp tổ chức bộ máy nhưng còn chậm", "XI")

    import_extraction(article, cited_as(extraction, term="XIII"))
    directive.refresh_from_db()
    assert (directive.title, directive.term) == ("tiếp tục sắp xếp tổ chức bộ máy", "XIII")
    mention = DirectiveMention.objects.get(article=article)
    assert (mention.cited_title, mention.cited_term) == ("tiếp tục sắp xếp tổ chức bộ máy", "XIII")
    assert directive.history.count() == 2  # made, then corrected: its history says so


def test_a_parse_does_not_correct_what_another_article_gave():
    first, first_extraction = article_citing("tiếp tục sắp xếp tổ chức bộ máy")
    import_extraction(first, first_extraction)
    second, second_extraction = article_citing("sắp xếp bộ máy")
    import_extraction(second, second_extraction)
    assert Directive.objects.get().title == "tiếp tục sắp xếp tổ chức bộ máy"  # the second only fills blanks

    import_extraction(second, cited_as(second_extraction, title="sắp xếp bộ máy tinh gọn"))
    assert Directive.objects.get().title == "tiếp tục sắp xếp tổ chức bộ máy"
    assert DirectiveMention.objects.get(article=second).cited_title == "sắp xếp bộ máy tinh gọn"


def test_a_curated_value_is_not_corrected():
    article, extraction = article_citing("tiếp tục sắp xếp tổ chức bộ máy")
    import_extraction(article, extraction)
    directive = Directive.objects.get()
    directive.title, directive.locked_fields = "tiếp tục sắp xếp tổ chức bộ máy", ["title"]
    directive.save()

    import_extraction(article, cited_as(extraction, title="sắp xếp tổ chức bộ máy", issued_by="Ban Bí thư"))
    directive.refresh_from_db()
    assert directive.title == "tiếp tục sắp xếp tổ chức bộ máy"
    assert (directive.issued_by_name, directive.issued_by.name) == ("Ban Bí thư", "Ban Bí thư")  # not curated


def test_a_blank_is_filled_but_no_value_is_cleared():
    article, extraction = article_citing("tiếp tục sắp xếp tổ chức bộ máy")
    import_extraction(article, cited_as(extraction, title=None))
    assert Directive.objects.get().title == ""
    import_extraction(article, extraction)
    assert Directive.objects.get().title == "tiếp tục sắp xếp tổ chức bộ máy"
    import_extraction(article, cited_as(extraction, title=None))
    assert Directive.objects.get().title == "tiếp tục sắp xếp tổ chức bộ máy"


def test_a_directive_no_article_cites_any_more_is_removed_unless_curated():
    article, extraction = article_citing("tiếp tục sắp xếp tổ chức bộ máy")
    import_extraction(article, cited_as(extraction, code="5-KL/TW", number="5"))  # a misread code
    misread = Directive.objects.get()
    summary = import_extraction(article, extraction)
    assert list(Directive.objects.values_list("code", flat=True)) == ["50-KL/TW"]
    assert not Directive.objects.filter(pk=misread.pk).exists()
    assert summary.counts["directives"].removed == 1

    import_extraction(article, cited_as(extraction, code="5-KL/TW", number="5"))
    misread = Directive.objects.get(code="5-KL/TW")
    misread.title, misread.locked_fields = "một kết luận khác", ["title"]
    misread.save()
    import_extraction(article, extraction)
    misread.refresh_from_db()
    assert misread.not_in_latest_parse  # curated: kept, and marked


def test_a_directive_another_article_still_cites_stays():
    first, first_extraction = article_citing("tiếp tục sắp xếp tổ chức bộ máy")
    second, second_extraction = article_citing("sắp xếp bộ máy")
    import_extraction(first, first_extraction)
    import_extraction(second, second_extraction)
    import_extraction(second, cited_as(second_extraction, code="51-KL/TW", number="51"))
    assert sorted(Directive.objects.values_list("code", flat=True)) == ["50-KL/TW", "51-KL/TW"]
    assert not Directive.objects.get(code="50-KL/TW").not_in_latest_parse


def test_a_directive_a_kept_curated_task_still_names_stays():
    from documents.extraction.result import Task as ParsedTask
    from tasks.models import Task

    article, extraction = article_citing("tiếp tục sắp xếp tổ chức bộ máy")
    task = ParsedTask(text=article.text, spans=[(0, len(article.text))])
    import_extraction(article, dataclasses.replace(extraction, tasks=[task]))
    curated = Task.objects.get()
    assert list(curated.directives.values_list("code", flat=True)) == ["50-KL/TW"]
    curated.status, curated.locked_fields = "done", ["status"]
    curated.save()

    import_extraction(article, cited_as(extraction, code="51-KL/TW", number="51"))  # and the task is gone
    curated.refresh_from_db()
    assert curated.not_in_latest_parse
    assert list(curated.directives.values_list("code", flat=True)) == ["50-KL/TW"]


def test_an_undated_citation_keeps_the_record_it_joined_when_another_with_its_code_appears():
    dated = article_from_text("Nghị quyết số 26-NQ/TW ngày 05/8/2008 của Ban Chấp hành Trung ương về nông nghiệp.")
    import_extraction(dated, parse_text(dated.text))
    undated = article_from_text("Hội nghị quán triệt Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương.")
    import_extraction(undated, parse_text(undated.text))
    first = DirectiveMention.objects.get(article=undated).directive
    assert first.issue_date.year == 2008
    later = article_from_text("Nghị quyết số 26-NQ/TW ngày 30/7/2013 của Bộ Chính trị về tỉnh Nghệ An.")
    import_extraction(later, parse_text(later.text))

    summary = import_extraction(undated, parse_text(undated.text))
    assert DirectiveMention.objects.get(article=undated).directive == first
    assert summary.counts["mentions"].inserted == summary.counts["mentions"].removed == 0
    fresh = article_from_text("Hội nghị học tập Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương.")
    import_extraction(fresh, parse_text(fresh.text))
    assert DirectiveMention.objects.get(article=fresh).directive.issue_date.year == 2013  # the most recent


def test_a_document_only_a_meeting_the_parse_no_longer_finds_cited_is_removed():
    article = article_from_text(
        "Ngày 03/4, Tỉnh ủy Long An tổ chức Hội nghị quán triệt Kết luận số 50-KL/TW ngày 28/02/2023 của Bộ Chính "
        "trị.\n"
    )
    extraction = parse_text(article.text)
    import_extraction(article, extraction)
    assert Directive.objects.filter(code="50-KL/TW").exists()
    import_extraction(article, dataclasses.replace(extraction, conference=None, directives=[]))
    assert not Directive.objects.exists() and not DirectiveMention.objects.exists()
