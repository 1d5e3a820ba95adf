"""The import service: maps a meeting-records/1 extraction onto the models.

One transaction, idempotent: importing the same extraction twice leaves the
same rows, and curated fields (a task's status) survive a re-import. Items
without spans (hand-made annotations) are grounded by finding their key in the
text.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field

from django.db import transaction

from core.upsert import fill_blanks, upsert
from documents.extraction.directives import find_citations
from documents.extraction.textview import build_view
from documents.extraction.titles import split_position
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
    """The extraction does not fit the article (a span outside its text, a wrong shape)."""


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


def _date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InvalidExtraction(f"not an ISO date: {value!r}") from exc


def _fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).casefold()


def locate(text: str, needle: str, hint: int = 0) -> tuple[int, int] | None:
    """The first place of needle in text (case-insensitive, from hint onward, else anywhere)."""
    needle = needle.strip()
    if not needle:
        return None
    folded = _fold(text)
    key = _fold(needle)
    for probe in (key, key[:60]):
        pos = folded.find(probe, hint)
        if pos == -1:
            pos = folded.find(probe)
        if pos != -1:
            return pos, pos + len(probe)
    return None


def _cited_spans(text: str, item: dict) -> list[tuple[int, int]]:
    """Where the parser's citation finder sees this directive (for items that carry no spans)."""
    view = build_view(text)
    code = (item.get("code") or "").upper()
    number = str(item.get("number") or "").lstrip("0")
    found = []
    for c in find_citations(view.text):
        d = c.directive
        same_code = code and d.code and d.code.upper() == code
        same_number = not code and d.kind == item.get("kind") and (d.number or "").lstrip("0") == number
        if same_code or same_number:
            found.append(view.span(c.start, c.end))
    return found


def _spans(item: dict, text: str, key: str) -> list[tuple[int, int]]:
    spans = []
    for span in item.get("spans") or []:
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError) as exc:
            raise InvalidExtraction(f"bad span {span!r}") from exc
        if not 0 <= start < end <= len(text):
            raise InvalidExtraction(f"span [{start}, {end}) is outside the article text ({len(text)} characters)")
        spans.append((start, end))
    if not spans:
        found = locate(text, key)
        spans = [found] if found else [(0, 0)]
    return spans


def _position_parts(position) -> tuple[str, str, str | None]:
    if isinstance(position, list):  # gold files list accepted alternatives; the first is the reading
        position = position[0] if position else ""
    if isinstance(position, dict):
        title, org = position.get("title") or "", position.get("organization")
        return (f"{title} {org}" if org else title), title, org
    parts = split_position(str(position))
    return str(position), parts.title, parts.organization


def _choice(value, choices, default=""):
    return value if value in choices else default


def import_extraction(article: Article, data: dict) -> ImportSummary:
    """Maps the extraction onto the models in one transaction."""
    if not isinstance(data, dict):
        raise InvalidExtraction("an extraction is a JSON object")
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article.pk)
        return _import(article, data)


def _import(article: Article, data: dict) -> ImportSummary:
    text = article.text
    summary = ImportSummary()
    meta = data.get("article") or {}
    fill_blanks(
        article,
        {
            "title": (meta.get("title") or "")[:1000],
            "published": _date(meta.get("published")),
            "author": (meta.get("author") or "")[:300],
        },
    )

    conference = _import_conference(article, data.get("conference"), text)
    summary.conference = conference.pk if conference else None
    observed_on = (conference.date if conference else None) or article.published

    _import_officials(article, conference, data, text, observed_on, summary)
    mentions = _import_directives(article, conference, data.get("directives") or [], text, summary)
    _import_tasks(article, conference, data.get("tasks") or [], text, mentions, summary)
    return summary


def _import_officials(article, conference, data, text, observed_on, summary) -> None:
    kept_participants: set[int] = set()
    kept_evidence: set[int] = set()
    officials_by_name = {}
    for item in data.get("officials") or []:
        name = (item.get("name") or "").strip()
        if not name:
            continue
        official = resolve_official(name)
        officials_by_name[name.casefold()] = official
        summary.officials.append(official.pk)
        spans = _spans(item, text, name)
        for position in item.get("positions") or []:
            full, title, org = _position_parts(position)
            if not full.strip():
                continue
            record = record_position(official, full, title or full, org)
            kept_evidence.add(record_position_evidence(record, article, spans[0], observed_on).pk)
        if conference:
            roles = [r for r in item.get("roles") or [] if r in ParticipantRole.values] or [ParticipantRole.MENTIONED]
            for role in roles:
                participant, _ = upsert(
                    Participant,
                    {"conference": conference, "official": official, "role": role},
                    {
                        "article": article,
                        "start": spans[0][0],
                        "end": spans[0][1],
                        "raw_name": text[spans[0][0] : spans[0][1]] or name,
                    },
                )
                kept_participants.add(participant.pk)
    if conference:
        for chair in (data.get("conference") or {}).get("chairs") or []:
            official = officials_by_name.get(chair.casefold()) or resolve_official(chair)
            span = locate(text, chair) or (0, 0)
            participant, _ = upsert(
                Participant,
                {"conference": conference, "official": official, "role": ParticipantRole.CHAIR},
                {"article": article, "start": span[0], "end": span[1], "raw_name": chair},
            )
            kept_participants.add(participant.pk)
        conference.participants.exclude(pk__in=kept_participants).delete()
    PositionEvidence.objects.filter(article=article).exclude(pk__in=kept_evidence).delete()


def _import_conference(article: Article, item: dict | None, text: str) -> Conference | None:
    if not item:
        Conference.objects.filter(article=article).delete()
        return None
    spans = _spans(item, text, item.get("name") or "")
    points = item.get("connection_points")
    conference, _ = upsert(
        Conference,
        {"article": article},
        {
            "name": (item.get("name") or "")[:1000],
            "kind": _choice(item.get("kind"), ConferenceKind.values),
            "date": _date(item.get("date")),
            "format": _choice(item.get("format"), ConferenceFormat.values),
            "organizer_name": (item.get("organizer") or "")[:300],
            "organizer": resolve_organization(item.get("organizer")),
            "locations": list(item.get("locations") or []),
            "connection_points": points if isinstance(points, int) and points >= 0 else None,
            "start": spans[0][0],
            "end": spans[0][1],
        },
    )
    return conference


def _import_directives(article, conference, items, text, summary) -> list[DirectiveMention]:
    kept: list[DirectiveMention] = []
    for item in items:
        directive = resolve_directive(item)
        summary.directives.append(directive.pk)
        key = item.get("code") or item.get("number") or item.get("title") or ""
        spans = (
            _spans(item, text, str(key))
            if item.get("spans")
            else (_cited_spans(text, item) or _spans(item, text, str(key)))
        )
        for start, end in spans:
            mention, _ = upsert(
                DirectiveMention,
                {"article": article, "directive": directive, "start": start},
                {"end": end, "conference": conference},
            )
            kept.append(mention)
    DirectiveMention.objects.filter(article=article).exclude(pk__in=[m.pk for m in kept]).delete()
    return kept


def _import_tasks(article, conference, items, text, mentions, summary) -> None:
    sequence = 0
    for item in items:
        body = (item.get("text") or "").strip()
        if not body:
            continue
        sequence += 1
        start, end = _spans(item, text, body)[0]
        ordinal = item.get("ordinal")
        task, _ = upsert(
            Task,
            {"article": article, "sequence": sequence},
            {
                "conference": conference,
                "ordinal": ordinal if isinstance(ordinal, int) and ordinal >= 0 else None,
                "text": body,
                "assignee": (item.get("assignee") or "")[:500],
                "due": (item.get("due") or "")[:200],
                "start": start,
                "end": end,
            },
        )
        named = {m.directive_id for m in mentions if start <= m.start and m.end <= end} if end > start else set()
        if set(task.directives.values_list("pk", flat=True)) != named:
            task.directives.set(named)
        summary.tasks.append(task.pk)
    Task.objects.filter(article=article, sequence__gt=sequence).delete()
