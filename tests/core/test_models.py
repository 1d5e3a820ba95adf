"""The shared abstract models: an evidence span never ends before it starts."""

import pytest
from django.db import IntegrityError, transaction

from tasks.models import Task
from tests.factories import article_from_text


@pytest.mark.django_db
def test_evidence_span_refuses_an_end_before_its_start():
    article = article_from_text("Hội nghị giao ban công tác tổ chức xây dựng Đảng.")
    with pytest.raises(IntegrityError), transaction.atomic():
        Task.objects.create(article=article, sequence=1, text="Một nhiệm vụ", start=10, end=4)
    Task.objects.create(article=article, sequence=1, text="Một nhiệm vụ", start=4, end=10)
    assert Task.objects.get().quote == article.text[4:10]
