"""Resolving cited documents to their Directive records, all of an article's citations together.

Party numbering restarts each term, so a code alone is no identity: 35-CT/TW
of 2019 and of 2024 are two documents. A citation joins the record with the
same code and the same issue year or term; a citation that gives neither
joins the most recent record with its code, or on a re-parse the one it joined
before. The citations are resolved in the article's order, each seeing the
records the ones before it made.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q

from core.bulk import create_all, update_all
from core.review import PendingFlags, ReviewReason
from core.upsert import ImportCounts, Presence, retire, serialize_on, stage_blanks, stage_corrections
from documents.extraction.result import Directive as CitedDirective
from documents.models import Directive, DirectiveKind
from meetings.models import DirectiveMention
from people.importing.organizations import OrganizationResolver
from tasks.models import Task


@dataclass(frozen=True)
class _Citation:
    kind: str
    number: str
    code: str
    date: dt.date | None
    term: str
    issuer: str
    title: str

    @classmethod
    def of(cls, item: CitedDirective) -> _Citation:
        return cls(
            kind=item.kind if item.kind in DirectiveKind.values else DirectiveKind.OTHER,
            number=(item.number or "")[:20],
            code=(item.code or "")[:80],
            date=item.date,
            term=(item.term or "")[:10],
            issuer=item.issued_by or "",
            title=item.title or "",
        )

    def as_cited(self) -> dict:
        """The citation's values as its mention keeps them, beside the directive it resolves to."""
        return {
            "cited_title": self.title,
            "cited_issuer": self.issuer[:300],
            "cited_date": self.date,
            "cited_term": self.term,
        }

    @property
    def lock_key(self) -> str:
        return f"directive:{self.code or f'{self.kind}:{self.number}:{self.title}'}"

    def may_be(self, record: Directive) -> bool:
        """Whether the record is a candidate for this citation (before dates and terms are compared)."""
        if record.merged_into_id is not None:
            return False
        if self.code:
            return record.code == self.code
        if self.number:
            return (
                record.code == ""
                and record.kind == self.kind
                and record.number == self.number
                and (not self.issuer or record.issued_by_name in (self.issuer, ""))
            )
        return record.code == "" and record.number == "" and record.kind == self.kind and record.title == self.title


def _compatible(existing: Directive, date: dt.date | None, term: str | None) -> bool:
    if date and existing.issue_date:
        return existing.issue_date.year == date.year
    if term and existing.term:
        return existing.term == term
    return True


# A directive's fields and the mention's copy of what a citation gave for each.
_AS_CITED = {"title": "cited_title", "issued_by_name": "cited_issuer", "issue_date": "cited_date", "term": "cited_term"}
CITED_FIELDS = tuple(_AS_CITED.values())


def cited_values(item: CitedDirective) -> dict:
    """What a citation of the extraction gives, as its mention keeps it."""
    return _Citation.of(item).as_cited()


def _corrections(directive: Directive, before: dict, values: dict) -> list[str]:
    """What this article's citation now gives, where the directive still holds what its earlier parse gave: a
    better parse corrects its own reading (``stage_corrections``); the issuer's link follows its name."""
    changed = stage_corrections(directive, values, {name: before[cited] for name, cited in _AS_CITED.items()})
    if "issued_by_name" in changed and "issued_by" not in directive.locked_fields:
        directive.issued_by = values["issued_by"]
        changed.append("issued_by")
    return changed


class _Plan:
    def __init__(self, citations: list[_Citation], before: dict[int, dict] | None = None) -> None:
        self.before = before or {}
        condition = Q(code__in={c.code for c in citations if c.code})
        condition |= Q(code="", number__in={c.number for c in citations if c.number})
        condition |= Q(code="", number="", title__in={c.title for c in citations if not c.code and not c.number})
        self.pool = list(Directive.objects.filter(condition, merged_into__isnull=True).order_by("pk"))
        self.new: list[Directive] = []
        self.filled: dict[int, Directive] = {}
        self.fields: set[str] = set()
        self.flags: list[tuple] = []

    def resolve(self, citation: _Citation, issued_by) -> Directive:
        candidates = [d for d in self.pool if citation.may_be(d)]
        date, term = citation.date, citation.term
        exact = [d for d in candidates if (date and d.issue_date == date) or (term and d.term == term)]
        compatible = exact or [d for d in candidates if _compatible(d, date, term or None)]
        # The record this article's earlier parse chose stays its choice among equals: the article's rows do not
        # move because other articles taught the database of another document with the same code.
        compatible.sort(key=lambda d: (d.pk in self.before, d.issue_date or dt.date.min, self._age(d)), reverse=True)
        values = {
            "issue_date": date,
            "term": term,
            "issued_by_name": citation.issuer[:300],
            "issued_by": issued_by,
            "title": citation.title,
        }
        if not compatible:
            directive = Directive(kind=citation.kind, number=citation.number, code=citation.code, **values)
            self.new.append(directive)
            self.pool.append(directive)
            return directive
        directive = compatible[0]
        if len(compatible) > 1 and not (date or term):
            others = ", ".join(str(d) for d in compatible[1:4])
            detail = f"Cited without date or term; could also be {others}."
            self.flags.append((ReviewReason.AMBIGUOUS_DIRECTIVE, directive, detail))
        filled = stage_blanks(directive, values)
        if directive.pk in self.before:
            filled += _corrections(directive, self.before[directive.pk], values)
        if filled and directive.pk is not None:
            self.filled[directive.pk] = directive
            self.fields.update(filled)
        return directive

    def _age(self, directive: Directive) -> int:
        # Records made by this import are the newest, in the order they were made.
        return directive.pk if directive.pk is not None else 2**62 + self.new.index(directive)


def resolve_directives(
    items: list[CitedDirective],
    organizations: OrganizationResolver,
    flags: PendingFlags,
    place: str | None = None,
    before: dict[int, dict] | None = None,
) -> list[Directive]:
    """The Directive each citation denotes, in order; new ones created, blanks of known ones filled.

    ``before``: by directive id, what the article's stored citation of it gave (``cited_values``); a value
    of the directive that is still the one given there is corrected to what the citation gives now.
    """
    citations = [_Citation.of(item) for item in items]
    organizations.resolve((c.issuer, place) for c in citations if c.issuer)
    issuers = [organizations.get(c.issuer, place) if c.issuer else None for c in citations]
    plan = _Plan(citations, before)
    found = [plan.resolve(c, issuer) for c, issuer in zip(citations, issuers, strict=True)]
    # Another import may be creating the same documents: wait for it, then decide again on what it wrote.
    # What it made has the code, or with no code the number, or with neither the title, of one of them.
    read = [directive.pk for directive in plan.pool if directive.pk is not None]
    wanted = {
        "code": {c.code for c in citations if c.code},
        "number": {c.number for c in citations if not c.code and c.number},
        "title": {c.title for c in citations if not c.code and not c.number},
    }
    made_meanwhile = Presence(Directive, wanted, known=read)
    if plan.new and serialize_on(*(c.lock_key for c in citations), look_for=made_meanwhile):
        plan = _Plan(citations, before)
        found = [plan.resolve(c, issuer) for c, issuer in zip(citations, issuers, strict=True)]
    create_all(Directive, plan.new)
    update_all(Directive, list(plan.filled.values()), plan.fields)
    for flag in plan.flags:
        flags.add(*flag)
    return found


def retire_uncited(directive_ids: set[int], counts: ImportCounts) -> None:
    """Directives that an article no longer cites and no other article does (its new parse read the citation
    as another document): removed, or kept and marked when curated. One that a task still names (a curated
    task's links stay), or that a merge made or keeps, stays."""
    if not directive_ids:
        return
    uncited = (
        Directive.objects.filter(pk__in=directive_ids, merged_into__isnull=True)
        .exclude(Exists(DirectiveMention.objects.filter(directive=OuterRef("pk"))))
        .exclude(Exists(Task.directives.through.objects.filter(directive=OuterRef("pk"))))
        .exclude(Exists(Directive.objects.filter(merged_into=OuterRef("pk"))))
    )
    retire(uncited, counts)


def resolve_directive(item: CitedDirective, place: str | None = None, article_id: int | None = None) -> Directive:
    """The Directive one citation denotes."""
    flags = PendingFlags()
    (directive,) = resolve_directives([item], OrganizationResolver(article_id, flags), flags, place)
    flags.flush()
    return directive
