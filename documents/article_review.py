"""The review screen of one article: its text with every extracted item highlighted, each linked to its record.

Items are the conference, each participant, each position's evidence, each directive
citation and each task that point into the article's text; the page lists them beside
the text with whether a curator set anything on them, and what the last import skipped.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from django.urls import reverse
from django.utils.html import format_html, format_html_join

from documents.models import Article
from meetings.models import Conference, DirectiveMention, Participant
from people.models import PositionEvidence
from tasks.models import Task

KIND_COLOURS = {
    "conference": "#ffe08a",
    "participant": "#a8e6cf",
    "position": "#c7ceea",
    "directive": "#ffb3b3",
    "task": "#b3e5fc",
}


@dataclass(frozen=True)
class ReviewedItem:
    kind: str
    start: int
    end: int
    label: str
    url: str
    curated: bool
    not_in_latest_parse: bool = False

    @property
    def anchor(self) -> str:
        return f"{self.kind}-{self.start}-{self.end}"


def _admin_url(record) -> str:
    opts = record._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])


def items_of(article: Article) -> list[ReviewedItem]:
    """Every record that points into the article's text, in text order."""
    items: list[ReviewedItem] = []
    for conference in Conference.objects.filter(article=article):
        items.append(_item("conference", conference, str(conference)))
    for p in Participant.objects.filter(article=article).select_related("official"):
        items.append(_item("participant", p, f"{p.official} ({p.get_role_display()})", record=p.official))
    for e in PositionEvidence.objects.filter(article=article).select_related("position__official"):
        items.append(_item("position", e, str(e.position), record=e.position))
    for m in DirectiveMention.objects.filter(article=article).select_related("directive"):
        items.append(_item("directive", m, str(m.directive), record=m.directive))
    for t in Task.objects.filter(article=article):
        items.append(_item("task", t, f"{t.get_status_display()}: {t.text[:120]}"))
    return sorted(items, key=lambda i: (i.start, -i.end, i.kind))


def _item(kind: str, evidence, label: str, record=None) -> ReviewedItem:
    record = record if record is not None else evidence
    return ReviewedItem(
        kind=kind,
        start=evidence.start,
        end=evidence.end,
        label=label,
        url=_admin_url(record),
        curated=bool(getattr(evidence, "locked_fields", None) or getattr(record, "locked_fields", None)),
        not_in_latest_parse=bool(getattr(evidence, "not_in_latest_parse", False)),
    )


def highlighted_text(text: str, items: list[ReviewedItem]) -> str:
    """The text as HTML, each stretch inside an item marked with the colour of the item's kind."""
    bounds = sorted({0, len(text), *(i.start for i in items), *(i.end for i in items)})
    pieces = []
    for start, end in itertools.pairwise(bounds):
        covering = [i for i in items if i.start <= start and end <= i.end and i.end > i.start]
        if not covering:
            pieces.append(format_html("{}", text[start:end]))
            continue
        inner = covering[-1]  # the narrowest: items are sorted by start, then widest first
        title = "; ".join(f"{i.kind}: {i.label}" for i in covering)
        pieces.append(
            format_html(
                '<a href="#{}" class="hl" style="background:{}" title="{}">{}</a>',
                inner.anchor,
                KIND_COLOURS[inner.kind],
                title,
                text[start:end],
            )
        )
    return format_html_join("", "{}", ((p,) for p in pieces))
