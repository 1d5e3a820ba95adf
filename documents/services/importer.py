"""The import service: maps a typed extraction onto the models.

One transaction, idempotent: importing the same extraction twice leaves the
same rows, and curated fields (a task's status) survive a re-import. The
extraction carries everything the import needs (grounded spans, position
parts, the text its spans index); nothing here reads the text itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from core.upsert import fill_blanks, upsert
from documents.extraction import Extraction
from documents.extraction import result as parsed
from documents.models import Article
from documents.services.directives import resolve_directive
from meetings.models import (
    Conference,
    ConferenceFormat,
    ConferenceKind,
    DirectiveMention,
    Participant,
    ParticipantRole,
)
from people.models import PositionEvidence
from people.services import record_position, record_position_evidence, resolve_official, resolve_organization
from tasks.models import Task


class InvalidExtraction(ValueError):
    """The extraction does not fit the article (its spans index another text)."""


@dataclass
class ImportSummary:
    conference: int | None = None
    officials: list[int] = field(default_factory=list)
    directives: list[int] = field(default_factory=list)
    tasks: list[int] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"conference={self.conference} officials={len(self.officials)} "
            f"directives={len(self.directives)} tasks={len(self.tasks)}"
        )


def _choice(value: str | None, choices: list[str], default: str = "") -> str:
    return value if value in choices else default


def import_extraction(article: Article, extraction: Extraction) -> ImportSummary:
    """Maps the extraction onto the models in one transaction."""
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article.pk)
        if extraction.text != article.text:
            raise InvalidExtraction(f"the extraction's spans index another text than article {article.pk}'s")
        return _import(article, extraction)


def _import(article: Article, extraction: Extraction) -> ImportSummary:
    summary = ImportSummary()
    meta = extraction.article
    fill_blanks(
        article,
        {
            "title": (meta.title or "")[:1000],
            "published": meta.published,
            "author": (meta.author or "")[:300],
        },
    )
    conference = _import_conference(article, extraction.conference)
    summary.conference = conference.pk if conference else None
    observed_on = (conference.date if conference else None) or article.published

    _import_officials(article, conference, extraction.officials, observed_on, summary)
    mentions = _import_directives(article, conference, extraction.directives, summary)
    _import_tasks(article, conference, extraction.tasks, mentions, summary)
    return summary


def _import_conference(article: Article, item: parsed.Conference | None) -> Conference | None:
    if item is None:
        Conference.objects.filter(article=article).delete()
        return None
    start, end = item.spans[0] if item.spans else (0, 0)
    conference, _ = upsert(
        Conference,
        {"article": article},
        {
            "name": (item.name or "")[:1000],
            "kind": _choice(item.kind, ConferenceKind.values),
            "date": item.date,
            "format": _choice(item.format, ConferenceFormat.values),
            "organizer_name": (item.organizer or "")[:300],
            "organizer": resolve_organization(item.organizer),
            "locations": list(item.locations),
            "connection_points": item.connection_points,
            "start": start,
            "end": end,
        },
    )
    return conference


def _import_officials(article, conference, officials: list[parsed.Official], observed_on, summary) -> None:
    kept_participants: set[int] = set()
    kept_evidence: set[int] = set()
    for item in officials:
        official = resolve_official(item.name)
        summary.officials.append(official.pk)
        start, end = item.spans[0] if item.spans else (0, 0)
        for position in item.positions:
            if not position.text.strip():
                continue
            record = record_position(official, position.text, position.title or position.text, position.organization)
            kept_evidence.add(record_position_evidence(record, article, (start, end), observed_on).pk)
        if conference is None:
            continue
        roles = [r for r in item.roles if r in ParticipantRole.values] or [ParticipantRole.MENTIONED]
        for role in roles:
            participant, _ = upsert(
                Participant,
                {"conference": conference, "official": official, "role": role},
                {"article": article, "start": start, "end": end, "raw_name": article.text[start:end] or item.name},
            )
            kept_participants.add(participant.pk)
    if conference is not None:
        conference.participants.exclude(pk__in=kept_participants).delete()
    PositionEvidence.objects.filter(article=article).exclude(pk__in=kept_evidence).delete()


def _import_directives(article, conference, items: list[parsed.Directive], summary) -> list[DirectiveMention]:
    kept: list[DirectiveMention] = []
    for item in items:
        directive = resolve_directive(item)
        summary.directives.append(directive.pk)
        for start, end in item.spans or [(0, 0)]:
            mention, _ = upsert(
                DirectiveMention,
                {"article": article, "directive": directive, "start": start},
                {"end": end, "conference": conference},
            )
            kept.append(mention)
    DirectiveMention.objects.filter(article=article).exclude(pk__in=[m.pk for m in kept]).delete()
    return kept


def _import_tasks(article, conference, items: list[parsed.Task], mentions, summary) -> None:
    sequence = 0
    for item in items:
        sequence += 1
        start, end = item.spans[0] if item.spans else (0, 0)
        task, _ = upsert(
            Task,
            {"article": article, "sequence": sequence},
            {
                "conference": conference,
                "ordinal": item.ordinal,
                "text": item.text.strip(),
                "assignee": (item.assignee or "")[:500],
                "due": (item.due or "")[:200],
                "start": start,
                "end": end,
            },
        )
        named = {m.directive_id for m in mentions if start <= m.start and m.end <= end} if end > start else set()
        if set(task.directives.values_list("pk", flat=True)) != named:
            task.directives.set(named)
        summary.tasks.append(task.pk)
    Task.objects.filter(article=article, sequence__gt=sequence).delete()
