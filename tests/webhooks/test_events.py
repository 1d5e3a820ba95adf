"""Which changes become events: the records an import writes in bulk are reported like saved ones."""

import pytest

from documents.extraction.pipeline import parse_text
from documents.models import Directive
from documents.services.importer import import_extraction
from meetings.models import Conference
from people.models import Official
from tasks.models import Task
from tests.factories import article_from_text
from webhooks.models import Delivery, DeliveryStatus, Subscription

pytestmark = pytest.mark.django_db

TEXT = (
    "Ngày 03/4, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban quý I. Đồng chí Mai Văn Chính - Phó Trưởng ban "
    "Thường trực Ban Tổ chức Trung ương chủ trì Hội nghị, quán triệt Kết luận số 50-KL/TW của Bộ Chính trị.\n"
    "Đồng chí đề nghị thời gian tới tập trung thực hiện tốt một số nhiệm vụ trọng tâm: Một là, tiếp tục quán triệt "
    "Kết luận số 50-KL/TW. Hai là, làm tốt công tác cán bộ.\n"
)
EVENTS = ["conference.changed", "official.changed", "directive.changed", "task.changed"]


def _records() -> set[tuple[str, int]]:
    return {
        (kind, pk)
        for kind, model in (
            ("conference", Conference),
            ("official", Official),
            ("directive", Directive),
            ("task", Task),
        )
        for pk in model.objects.values_list("pk", flat=True)
    }


def test_an_import_reports_every_record_it_writes(receiver):
    Subscription.objects.create(url=receiver.url, events=EVENTS)
    article = article_from_text(TEXT)
    import_extraction(article, parse_text(article.text))
    written = _records()
    assert {kind for kind, _ in written} == {"conference", "official", "directive", "task"}
    assert set(Delivery.objects.values_list("record_type", "record_id")) == written


def test_a_reimport_that_changes_nothing_reports_nothing(receiver):
    Subscription.objects.create(url=receiver.url, events=EVENTS)
    article = article_from_text(TEXT)
    import_extraction(article, parse_text(article.text))
    Delivery.objects.update(status=DeliveryStatus.DELIVERED)
    import_extraction(article, parse_text(article.text))
    assert not Delivery.objects.exclude(status=DeliveryStatus.DELIVERED).exists()
