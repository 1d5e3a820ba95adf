"""The import service: maps a typed extraction onto the models.

One transaction, idempotent: importing the same extraction twice leaves the
same rows, and curated fields (a task's status) survive a re-import. The
extraction carries everything the import needs (grounded spans, position
parts, the text its spans index); nothing here reads the text itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F

from core.upsert import ImportCounts, apply_values, fill_blanks, retire, upsert
from documents.extraction import Extraction
from documents.extraction import result as parsed
from documents.models import Article
from documents.services.directives import resolve_directive
from documents.services.task_matching import match_tasks
from meetings.models import (
    Conference,
    ConferenceFormat,
    ConferenceKind,
    DirectiveMention,
    Participant,
    ParticipantRole,
)
from people.models import PositionEvidence
from people.posts import canonical_post
from people.services import (
    record_position,
    record_position_evidence,
    remembering_organizations,
    resolve_official,
    resolve_organization,
)
from tasks.models import Task


class InvalidExtraction(ValueError):
    """The extraction does not fit the article (its spans index another text)."""


KINDS = ("conference", "participants", "officials", "positions", "directives", "mentions", "tasks")


@dataclass
class ImportSummary:
    """What an import did, per kind of record: inserted, updated, unchanged, curated values kept, removed."""

    conference: int | None = None
    officials: list[int] = field(default_factory=list)
    directives: list[int] = field(default_factory=list)
    tasks: list[int] = field(default_factory=list)
    counts: dict[str, ImportCounts] = field(default_factory=lambda: {kind: ImportCounts() for kind in KINDS})
    skipped: list[str] = field(default_factory=list)  # what the parse found and the import did not take, and why

    def as_dict(self) -> dict:
        return {kind: counts.as_dict() for kind, counts in self.counts.items()} | {"skipped": self.skipped}

    def __str__(self) -> str:
        parts = []
        for kind, c in self.counts.items():
            done = {k: v for k, v in c.as_dict().items() if v}
            if done:
                parts.append(f"{kind}(" + " ".join(f"{k}={v}" for k, v in done.items()) + ")")
        return " ".join(parts) or "nothing"


def _choice(value: str | None, choices: list[str], default: str = "") -> str:
    return value if value in choices else default


def import_extraction(article: Article, extraction: Extraction) -> ImportSummary:
    """Maps the extraction onto the models in one transaction."""
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article.pk)
        if extraction.text != article.text:
            raise InvalidExtraction(f"the extraction's spans index another text than article {article.pk}'s")
        with remembering_organizations():
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
    place = extraction.place
    conference = _import_conference(article, extraction.conference, summary.counts["conference"], place)
    if extraction.conference is not None:
        for name, value, known in (
            ("kind", extraction.conference.kind, ConferenceKind.values),
            ("format", extraction.conference.format, ConferenceFormat.values),
        ):
            if value and value not in known:
                summary.skipped.append(f"conference: the {name} {value!r} is not one the service knows")
    summary.conference = conference.pk if conference else None
    observed_on = (conference.date if conference else None) or article.published

    _import_officials(article, conference, extraction.officials, observed_on, summary, place)
    mentions = _import_directives(article, conference, extraction.directives, summary, place)
    _import_tasks(article, conference, extraction.tasks, mentions, summary)
    return summary


def _import_conference(
    article: Article, item: parsed.Conference | None, counts: ImportCounts, place: str | None
) -> Conference | None:
    if item is None:
        # Kept when it, or anyone's role in it, was curated; its curated tasks outlive it either way.
        stored = Conference.objects.filter(article=article).first()
        if stored is not None and stored.participants.exclude(locked_fields=[]).exists():
            lock_marker = Conference.objects.filter(pk=stored.pk, not_in_latest_parse=False)
            lock_marker.update(not_in_latest_parse=True)
            counts.kept_missing += 1
        elif stored is not None:
            retire(Conference.objects.filter(pk=stored.pk), counts)
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
            "organizer": resolve_organization(item.organizer, place, article.pk),
            "locations": list(item.locations),
            "connection_points": item.connection_points,
            "start": start,
            "end": end,
        },
        counts,
    )
    return conference


def _import_officials(article, conference, officials: list[parsed.Official], observed_on, summary, place) -> None:
    kept_participants: set[int] = set()
    kept_evidence: set[int] = set()
    counts = summary.counts
    for item in officials:
        where = item.place or place  # a connection point's province, else the meeting's
        official = resolve_official(item.name, _organizations_of(item, where, article.pk))
        summary.officials.append(official.pk)
        start, end = item.spans[0] if item.spans else (0, 0)
        for position in item.positions:
            if not position.text.strip():
                summary.skipped.append(f"positions: an empty position of {item.name}")
                continue
            record = record_position(
                official, position.text, position.title or position.text, position.organization, where, article.pk
            )
            kept_evidence.add(
                record_position_evidence(record, article, (start, end), observed_on, counts["positions"]).pk
            )
        if conference is None:
            if item.roles:
                summary.skipped.append(
                    f"participants: {item.name} as {', '.join(item.roles)}, with no meeting to take part in"
                )
            continue
        unknown = [r for r in item.roles if r not in ParticipantRole.values]
        if unknown:
            summary.skipped.append(f"participants: the role(s) {', '.join(unknown)} of {item.name} are not known")
        roles = [r for r in item.roles if r in ParticipantRole.values] or [ParticipantRole.MENTIONED]
        for role in roles:
            participant, _ = upsert(
                Participant,
                {"conference": conference, "official": official, "role": role},
                {"article": article, "start": start, "end": end, "raw_name": article.text[start:end] or item.name},
                counts["participants"],
            )
            kept_participants.add(participant.pk)
    counts["officials"].unchanged = len(set(summary.officials))
    if conference is not None:
        retire(conference.participants.exclude(pk__in=kept_participants), counts["participants"])
    PositionEvidence.objects.filter(article=article).exclude(pk__in=kept_evidence).delete()


def _organizations_of(item: parsed.Official, place: str | None, article_id: int) -> set[int]:
    """The bodies an article names an official's positions in: what tells namesakes apart."""
    found = set()
    for position in item.positions:
        if position.text.strip():
            canonical = canonical_post(position.title or position.text, position.organization)
            organization = resolve_organization(canonical.organization, place, article_id)
            if organization is not None:
                found.add(organization.pk)
    return found


def _import_directives(
    article, conference, items: list[parsed.Directive], summary, place: str | None
) -> list[DirectiveMention]:
    kept: list[DirectiveMention] = []
    for item in items:
        directive = resolve_directive(item, place, article.pk)
        summary.directives.append(directive.pk)
        for start, end in item.spans or [(0, 0)]:
            mention, _ = upsert(
                DirectiveMention,
                {"article": article, "directive": directive, "start": start},
                {"end": end, "conference": conference},
                summary.counts["mentions"],
            )
            kept.append(mention)
    summary.counts["directives"].unchanged = len(set(summary.directives))
    stale = DirectiveMention.objects.filter(article=article).exclude(pk__in=[m.pk for m in kept])
    summary.counts["mentions"].removed += stale.count()
    stale.delete()
    return kept


def _import_tasks(article, conference, items: list[parsed.Task], mentions, summary) -> None:
    """Tasks matched to the stored ones by their text; a curated task the parse no longer finds is kept."""
    counts = summary.counts["tasks"]
    if any(not item.text.strip() for item in items):
        summary.skipped.append("tasks: a task with no text")
    items = [item for item in items if item.text.strip()]
    stored = {task.pk: task for task in Task.objects.filter(article=article)}
    matched = match_tasks([item.text for item in items], [(pk, task.text) for pk, task in stored.items()])
    order: list[Task] = []
    for index, item in enumerate(items):
        start, end = item.spans[0] if item.spans else (0, 0)
        values = {
            "conference": conference,
            "ordinal": item.ordinal,
            "text": item.text.strip(),
            "assignee": (item.assignee or "")[:500],
            "due": (item.due or "")[:200],
            "start": start,
            "end": end,
        }
        if index in matched:
            task = apply_values(stored[matched[index]], values, counts)
        else:
            task = Task.objects.create(article=article, sequence=_FREE_SEQUENCE + index, **values)
            counts.inserted += 1
        named = {m.directive_id for m in mentions if start <= m.start and m.end <= end} if end > start else set()
        if set(task.directives.values_list("pk", flat=True)) != named:
            task.directives.set(named)
        order.append(task)
        summary.tasks.append(task.pk)
    gone = Task.objects.filter(article=article).exclude(pk__in=[t.pk for t in order])
    retire(gone, counts)
    order += list(gone.order_by("sequence"))  # the curated ones kept, after the parse's own
    _renumber(order)


# Sequences a new task takes until the renumbering; far above any article's count of tasks.
_FREE_SEQUENCE = 1_000_000


def _renumber(tasks: list[Task]) -> None:
    """Gives the tasks sequences 1..n in this order, in two steps so that no two rows ever share one."""
    wanted = {task.pk: n for n, task in enumerate(tasks, start=1)}
    if all(task.sequence == wanted[task.pk] for task in tasks):
        return
    Task.objects.filter(pk__in=wanted).update(sequence=F("sequence") + 2 * _FREE_SEQUENCE)
    for pk, sequence in wanted.items():
        Task.objects.filter(pk=pk).update(sequence=sequence)
