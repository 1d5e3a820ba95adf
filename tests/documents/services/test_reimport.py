"""Re-importing every shared article: the records settle, and no person is left that nothing founds."""

import pytest
from django.db.models import Exists, OuterRef

from documents.extraction import parse_source, read_upload
from documents.services.importer import import_extraction
from meetings.models import Participant
from people.models import Official, PositionEvidence
from scripts.bench_import import shared_files
from tests.factories import article_from_text

pytestmark = pytest.mark.django_db


def test_after_a_second_import_of_every_article_each_official_is_shown_by_one_and_a_third_changes_nothing(
    shared_dir,
):
    parsed = []
    for path in shared_files(shared_dir):
        source = read_upload(path.read_bytes(), "text/html" if path.suffix == ".html" else "text/plain")
        parsed.append((article_from_text(source.text), parse_source(source)))
    for _ in range(2):
        for article, extraction in parsed:
            import_extraction(article, extraction)
    unfounded = Official.objects.exclude(Exists(PositionEvidence.objects.filter(position__official=OuterRef("pk"))))
    unfounded = unfounded.exclude(Exists(Participant.objects.filter(official=OuterRef("pk"))))
    assert list(unfounded.values_list("name", flat=True)) == []
    officials = sorted(Official.objects.values_list("pk", "name"))
    for article, extraction in parsed:
        summary = import_extraction(article, extraction)
        assert all(not (c.inserted or c.updated or c.removed) for c in summary.counts.values()), summary
    assert sorted(Official.objects.values_list("pk", "name")) == officials
