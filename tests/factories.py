"""factory-boy factories for every model, and helpers that build articles from text or files.

Evidence rows point into their article's text: a factory's span covers the name
or text it quotes whenever the article holds it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from pathlib import Path

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from core.names import name_key, search_key
from documents.extraction import prepare_text
from documents.extraction.annotations import extraction_from_json
from documents.models import Article, Directive
from documents.services.importer import ImportSummary, import_extraction
from meetings.models import Conference, DirectiveMention, Participant
from people.models import Official, Organization, Position, PositionEvidence
from tasks.models import Task


def _span_of(article: Article, quote: str) -> tuple[int, int]:
    start = article.text.find(quote) if quote else -1
    return (start, start + len(quote)) if start >= 0 else (0, min(len(quote), len(article.text)))


class ArticleFactory(DjangoModelFactory):
    class Meta:
        model = Article

    text = factory.Sequence(lambda n: f"Bài số {n}: Ban Tổ chức Trung ương tổ chức Hội nghị giao ban công tác.")
    raw = factory.LazyAttribute(lambda a: a.text.encode("utf-8"))
    content_type = "text/plain"
    title = factory.Sequence(lambda n: f"Hội nghị giao ban số {n}")
    sha256 = factory.LazyAttribute(lambda a: hashlib.sha256(a.text.encode("utf-8")).hexdigest())
    status = "parsed"


class OrganizationFactory(DjangoModelFactory):
    class Meta:
        model = Organization
        django_get_or_create = ("name_key",)

    name = factory.Sequence(lambda n: f"Ban Chỉ đạo số {n}")
    name_key = factory.LazyAttribute(lambda o: name_key(o.name))
    search_key = factory.LazyAttribute(lambda o: search_key(o.name))


class OfficialFactory(DjangoModelFactory):
    class Meta:
        model = Official

    name = factory.Sequence(lambda n: f"Nguyễn Văn {chr(0x41 + n % 26)}{n}")
    name_key = factory.LazyAttribute(lambda o: name_key(o.name))
    search_key = factory.LazyAttribute(lambda o: search_key(o.name))


class PositionFactory(DjangoModelFactory):
    class Meta:
        model = Position

    official = factory.SubFactory(OfficialFactory)
    title = "Trưởng ban"
    organization = factory.SubFactory(OrganizationFactory)
    text = factory.LazyAttribute(lambda p: f"{p.title} {p.organization.name}" if p.organization else p.title)
    text_key = factory.LazyAttribute(lambda p: p.text.casefold())


class PositionEvidenceFactory(DjangoModelFactory):
    class Meta:
        model = PositionEvidence

    position = factory.SubFactory(PositionFactory)
    article = factory.SubFactory(ArticleFactory)
    start = factory.LazyAttribute(lambda e: _span_of(e.article, e.position.official.name)[0])
    end = factory.LazyAttribute(lambda e: _span_of(e.article, e.position.official.name)[1])


class DirectiveFactory(DjangoModelFactory):
    class Meta:
        model = Directive

    kind = "ket_luan"
    number = factory.Sequence(lambda n: str(n + 1))
    code = factory.LazyAttribute(lambda d: f"{d.number}-KL/TW")
    issued_by_name = "Bộ Chính trị"
    term = "XIII"


class ConferenceFactory(DjangoModelFactory):
    class Meta:
        model = Conference

    article = factory.SubFactory(ArticleFactory)
    name = factory.Sequence(lambda n: f"Hội nghị giao ban số {n}")
    kind = "giao_ban"
    format = "online"
    organizer = factory.SubFactory(OrganizationFactory, name="Ban Tổ chức Trung ương")
    organizer_name = factory.LazyAttribute(lambda c: c.organizer.name if c.organizer else "")
    start = factory.LazyAttribute(lambda c: _span_of(c.article, "Hội nghị")[0])
    end = factory.LazyAttribute(lambda c: _span_of(c.article, "Hội nghị")[1])


class ParticipantFactory(DjangoModelFactory):
    class Meta:
        model = Participant

    conference = factory.SubFactory(ConferenceFactory)
    article = factory.SelfAttribute("conference.article")
    official = factory.SubFactory(OfficialFactory)
    role = "speaker"
    raw_name = factory.SelfAttribute("official.name")
    start = factory.LazyAttribute(lambda p: _span_of(p.article, p.official.name)[0])
    end = factory.LazyAttribute(lambda p: _span_of(p.article, p.official.name)[1])


class DirectiveMentionFactory(DjangoModelFactory):
    class Meta:
        model = DirectiveMention

    directive = factory.SubFactory(DirectiveFactory)
    conference = factory.SubFactory(ConferenceFactory)
    article = factory.SelfAttribute("conference.article")
    start = factory.LazyAttribute(lambda m: _span_of(m.article, m.directive.code)[0])
    end = factory.LazyAttribute(lambda m: _span_of(m.article, m.directive.code)[1])


class TaskFactory(DjangoModelFactory):
    class Meta:
        model = Task

    conference = factory.SubFactory(ConferenceFactory)
    article = factory.SelfAttribute("conference.article")
    sequence = factory.Sequence(lambda n: n + 1)
    text = factory.Sequence(lambda n: f"Tiếp tục thực hiện nhiệm vụ số {n}")
    start = 0
    end = factory.LazyAttribute(lambda t: min(len(t.text), len(t.article.text)))


def article_from_text(text: str, **fields) -> Article:
    """An article holding text as an upload of it would store it."""
    stored = prepare_text(text)
    return ArticleFactory(**{"title": "", "status": "queued", **fields, "text": stored, "raw": text.encode("utf-8")})


def claimed_article(text: str, expires_in: dt.timedelta, **fields) -> Article:
    """An article whose parse a run claimed; a negative ``expires_in`` is a claim whose run died."""
    return article_from_text(
        text,
        status="processing",
        claim_token=uuid.uuid4(),
        claim_expires_at=timezone.now() + expires_in,
        attempts=1,
        **fields,
    )


def article_from_file(path: Path, **fields) -> Article:
    return article_from_text(path.read_text(encoding="utf-8"), **fields)


def import_annotation(article: Article, data: dict) -> ImportSummary:
    """Imports a meeting-records/1 JSON document (a gold annotation) onto an article."""
    return import_extraction(article, extraction_from_json(data, article.text))
