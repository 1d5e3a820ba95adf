"""The import service: maps a typed extraction onto the models.

One transaction, idempotent: importing the same extraction twice leaves the
same rows, and curated fields (a task's status) survive a re-import. The
extraction carries everything the import needs (grounded spans, position
parts, the text its spans index); nothing here reads the text itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Exists, OuterRef

from core.bulk import create_all
from core.gathered import gathered_writes
from core.review import PendingFlags
from core.upsert import ImportCounts, apply_values, fill_blanks, retire
from documents.extraction import Extraction
from documents.extraction import result as parsed
from documents.models import Article
from documents.services.directives import resolve_directives, retire_uncited
from documents.services.import_people import import_officials, organization_names
from documents.services.import_tasks import cited_before, import_mentions, import_tasks, stored_mentions
from meetings.models import Conference, ConferenceFormat, ConferenceKind, DirectiveMention, Participant
from people.importing.organizations import OrganizationResolver
from people.importing.unshown import remove_unshown
from people.models import PositionEvidence
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


# Whether the article has stored records of a kind, as the import's readers ask it (``has_stored``).
_STORED = {
    "stored_participants": Participant,
    "stored_evidence": PositionEvidence,
    "stored_mentions": DirectiveMention,
    "stored_tasks": Task,
}


def import_extraction(
    article: Article, extraction: Extraction, check: Callable[[Article], None] | None = None
) -> ImportSummary:
    """Maps the extraction onto the models in one transaction. ``check``, when given, sees the article as
    locked, before anything is written, and may refuse the import by raising.

    Inside a caller's transaction the import takes no savepoint of its own: an import that fails spoils
    the caller's transaction, so that nothing of it can be committed. What it writes and nothing of it reads
    back (change history, evidence, citations, review items, the article's own fields) is sent in one
    statement at its end (``core.gathered``).
    """
    with transaction.atomic(savepoint=False), gathered_writes():
        # The article's conference is read with it, and whether it has records of each kind (a new article
        # has none: nothing to read back); only the article's row is locked.
        article = (
            Article.objects.select_for_update(of=("self",))
            .select_related("conference")
            .defer("raw", "page", "extraction", "import_summary")  # large, and not the import's to read
            .annotate(**{name: Exists(model.objects.filter(article=OuterRef("pk"))) for name, model in _STORED.items()})
            .get(pk=article.pk)
        )
        if check is not None:
            check(article)
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
        later=True,  # the article's row is locked above
    )
    place = extraction.place
    flags = PendingFlags()
    organizations = OrganizationResolver(article.pk, flags)
    # Every body the article names, looked up (and created) together.
    organizations.resolve(
        [
            (extraction.conference.organizer if extraction.conference else None, place),
            *organization_names(extraction.officials, place),
            *((item.issued_by, place) for item in extraction.directives if item.issued_by),
        ]
    )
    stored = getattr(article, "conference", None)
    organized_by = stored.organizer_id if stored is not None else None
    # A meeting the parse no longer finds goes with its participants: who took part may be left with nothing.
    took_part = set()
    if stored is not None and extraction.conference is None:
        took_part = set(Participant.objects.filter(conference=stored).values_list("official_id", flat=True))
    # Read before the meeting's import, which may remove the meeting and its citations with it.
    cited = stored_mentions(article)
    conference = _import_conference(article, extraction.conference, summary.counts["conference"], organizations, place)
    if extraction.conference is not None:
        for name, value, known in (
            ("kind", extraction.conference.kind, ConferenceKind.values),
            ("format", extraction.conference.format, ConferenceFormat.values),
        ):
            if value and value not in known:
                summary.skipped.append(f"conference: the {name} {value!r} is not one the service knows")
    summary.conference = conference.pk if conference else None
    observed_on = (conference.date if conference else None) or article.published

    unshown = import_officials(
        article, conference, extraction.officials, observed_on, summary, place, organizations, took_part
    )
    directives = resolve_directives(extraction.directives, organizations, flags, place, cited_before(cited))
    summary.directives = [directive.pk for directive in directives]
    summary.counts["directives"].unchanged = len(set(summary.directives))
    mentions, uncited = import_mentions(article, conference, extraction.directives, directives, summary, cited)
    import_tasks(article, conference, extraction.tasks, mentions, summary)
    retire_uncited(uncited - {directive.pk for directive in directives}, summary.counts["directives"])
    # Last, when every record this parse names is written: what it leaves empty goes.
    replaced = {organized_by} - {conference.organizer_id if conference else None, None}
    remove_unshown(unshown, replaced, summary.counts["positions"])
    flags.flush(later=True)
    return summary


def _import_conference(
    article: Article,
    item: parsed.Conference | None,
    counts: ImportCounts,
    organizations: OrganizationResolver,
    place: str | None,
) -> Conference | None:
    stored = getattr(article, "conference", None)
    if item is None:
        # Kept when it, or anyone's role in it, was curated; its curated tasks outlive it either way.
        if stored is not None and stored.participants.exclude(locked_fields=[]).exists():
            lock_marker = Conference.objects.filter(pk=stored.pk, not_in_latest_parse=False)
            lock_marker.update(not_in_latest_parse=True)
            counts.kept_missing += 1
        elif stored is not None:
            retire(Conference.objects.filter(pk=stored.pk), counts)
        return None
    start, end = item.spans[0] if item.spans else (0, 0)
    values = {
        "name": (item.name or "")[:1000],
        "kind": _choice(item.kind, ConferenceKind.values),
        "date": item.date,
        "format": _choice(item.format, ConferenceFormat.values),
        "organizer_name": (item.organizer or "")[:300],
        "organizer": organizations.get(item.organizer, place),
        "locations": list(item.locations),
        "connection_points": item.connection_points,
        "start": start,
        "end": end,
    }
    if stored is None:
        counts.inserted += 1
        (conference,) = create_all(Conference, [Conference(article=article, **values)])
        return conference
    return apply_values(stored, values, counts)
