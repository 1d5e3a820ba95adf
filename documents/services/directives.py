"""Resolving a cited document to its Directive record.

Party numbering restarts each term, so a code alone is no identity: 35-CT/TW
of 2019 and of 2024 are two documents. A citation joins the record with the
same code and the same issue year or term; a citation that gives neither
joins the most recent record with its code.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q

from core.review import ReviewReason, flag
from core.upsert import fill_blanks, serialize_on
from documents.extraction.result import Directive as CitedDirective
from documents.models import Directive, DirectiveKind
from people.services import resolve_organization


def _compatible(existing: Directive, date: dt.date | None, term: str | None) -> bool:
    if date and existing.issue_date:
        return existing.issue_date.year == date.year
    if term and existing.term:
        return existing.term == term
    return True


def resolve_directive(item: CitedDirective, place: str | None = None, article_id: int | None = None) -> Directive:
    kind = item.kind if item.kind in DirectiveKind.values else DirectiveKind.OTHER
    number = (item.number or "")[:20]
    code = (item.code or "")[:80]
    date = item.date
    term = (item.term or "")[:10]
    issuer = item.issued_by or ""
    title = item.title or ""

    serialize_on(f"directive:{code or f'{kind}:{number}:{title}'}")
    unmerged = Directive.objects.filter(merged_into__isnull=True)
    if code:
        candidates = unmerged.filter(code=code)
    elif number:
        candidates = unmerged.filter(code="", kind=kind, number=number)
        if issuer:
            candidates = candidates.filter(Q(issued_by_name=issuer) | Q(issued_by_name=""))
    else:
        candidates = unmerged.filter(code="", number="", kind=kind, title=title)
    exact = [d for d in candidates if (date and d.issue_date == date) or (term and d.term == term)]
    compatible = exact or [d for d in candidates if _compatible(d, date, term or None)]
    compatible.sort(key=lambda d: (d.issue_date or dt.date.min, d.pk), reverse=True)
    values = {
        "issue_date": date,
        "term": term,
        "issued_by_name": issuer[:300],
        "issued_by": resolve_organization(issuer, place, article_id) if issuer else None,
        "title": title,
    }
    if compatible:
        directive = compatible[0]
        if len(compatible) > 1 and not (date or term):
            others = ", ".join(str(d) for d in compatible[1:4])
            flag(ReviewReason.AMBIGUOUS_DIRECTIVE, directive, f"Cited without date or term; could also be {others}.")
        fill_blanks(directive, values)
        return directive
    return Directive.objects.create(kind=kind, number=number, code=code, **values)
