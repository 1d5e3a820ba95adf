"""Text in, typed extraction out: the order in which the rules run."""

from __future__ import annotations

import datetime as dt

from documents.extraction.conference import find_conference
from documents.extraction.directives import find_citations, merge_citations
from documents.extraction.layout import read_layout
from documents.extraction.officials import build_officials, read_mentions
from documents.extraction.places import place_before, place_of
from documents.extraction.result import ArticleMeta, Extraction
from documents.extraction.tasks import Paragraph, find_tasks
from documents.extraction.textview import SpanSet, build_view, prepare_text
from documents.extraction.version import PARSER_VERSION


def parse_text(raw: str, published: dt.date | None = None) -> Extraction:
    """Parse a plain-text article; spans index ``prepare_text(raw)``."""
    view = build_view(prepare_text(raw))
    text = view.text
    layout = read_layout(text)
    published = published or layout.published

    citations = find_citations(text, published)
    directives = merge_citations(citations, view.span)
    masked = SpanSet([(c.start, c.tail_end) for c in citations])

    body = layout.paragraphs("body")
    regions = [(ln.start, ln.end) for ln in layout.paragraphs("body", "caption", "heading")]
    officials = build_officials(read_mentions(text, regions), view.span)
    for official in officials:
        official.place = place_before(view.original, official.spans[0][0]) if official.spans else None

    paragraphs = [(ln.start, ln.end) for ln in body]
    readable = "\n".join(text[a:b] for a, b in regions)
    conference, conference_span = None, None
    if not layout.is_interview:  # an interview may speak of a meeting; it does not report one
        conference, conference_span = find_conference(
            text, paragraphs, masked, officials, published, readable, title=layout.title
        )
    if conference is not None and conference_span is not None:
        conference.spans = [view.span(*conference_span)]

    tasks = []
    if conference is not None:
        flow = [Paragraph(ln.start, ln.end, ln.kind) for ln in layout.paragraphs("body", "heading")]
        tasks = find_tasks(text, flow, view.span)

    def clean(s: str | None) -> str | None:
        return s.strip() if s else None

    meta = ArticleMeta(title=clean(layout.title), published=published, author=clean(layout.author))
    return Extraction(
        article=meta,
        conference=conference,
        officials=officials,
        directives=directives,
        tasks=tasks,
        parser_version=PARSER_VERSION,
        text=view.original,
        place=place_of(conference),
    )
