"""A ``meeting-records/1`` JSON document (a stored or hand-made annotation) back into the typed result.

Hand-made annotations carry no spans; each item is grounded here the way the
parser would ground it (a directive where the citation finder sees it, anything
else where its key first stands in the text), so what imports an extraction
only ever sees typed, grounded items.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from documents.extraction.directives import find_citations
from documents.extraction.result import (
    ArticleMeta,
    Conference,
    Directive,
    Extraction,
    Official,
    Position,
    Span,
    Task,
)
from documents.extraction.textview import build_view
from documents.extraction.titles import split_position
from documents.extraction.version import PARSER_VERSION


class InvalidAnnotation(ValueError):
    """The document does not fit the text (a span outside it, a wrong shape, a bad date)."""


def extraction_from_json(data: Any, text: str) -> Extraction:
    """The typed, grounded extraction a JSON document describes, over ``text``."""
    if not isinstance(data, dict):
        raise InvalidAnnotation("an extraction is a JSON object")
    try:
        meta = data.get("article") or {}
        officials = [_official(item, text) for item in data.get("officials") or [] if (item.get("name") or "").strip()]
        conference = _conference(data.get("conference"), text, officials)
        return Extraction(
            article=ArticleMeta(
                title=meta.get("title") or None, published=_date(meta.get("published")), author=meta.get("author")
            ),
            conference=conference,
            officials=officials,
            directives=[_directive(item, text) for item in data.get("directives") or []],
            tasks=[_task(item, text) for item in data.get("tasks") or [] if (item.get("text") or "").strip()],
            parser_version=str(data.get("parser_version") or PARSER_VERSION),
            text=text,
            content_type="text/html" if "text" in data else "text/plain",
            place=data.get("place"),
        )
    except (AttributeError, TypeError) as exc:
        raise InvalidAnnotation(f"not a meeting-records/1 document: {exc}") from exc


def locate(text: str, needle: str, hint: int = 0) -> Span | None:
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


def _fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).casefold()


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InvalidAnnotation(f"not an ISO date: {value!r}") from exc


def _spans(item: dict, text: str, key: str) -> list[Span]:
    spans = []
    for span in item.get("spans") or []:
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError) as exc:
            raise InvalidAnnotation(f"bad span {span!r}") from exc
        if not 0 <= start < end <= len(text):
            raise InvalidAnnotation(f"span [{start}, {end}) is outside the article text ({len(text)} characters)")
        spans.append((start, end))
    if not spans:
        found = locate(text, key)
        spans = [found] if found else [(0, 0)]
    return spans


def _position(value: Any) -> Position | None:
    if isinstance(value, list):  # annotations list accepted alternatives; the first is the reading
        value = value[0] if value else ""
    if isinstance(value, dict):
        title = (value.get("title") or "").strip()
        return Position(title=title, organization=value.get("organization") or None) if title else None
    return split_position(str(value).strip()) if str(value).strip() else None


def _official(item: dict, text: str) -> Official:
    name = item["name"].strip()
    positions = [p for p in map(_position, item.get("positions") or []) if p is not None]
    return Official(
        name=name,
        positions=positions,
        roles=list(item.get("roles") or []),
        spans=_spans(item, text, name),
        place=item.get("place"),
    )


def _conference(item: Any, text: str, officials: list[Official]) -> Conference | None:
    if not item:
        return None
    chairs = [c for c in item.get("chairs") or [] if c and c.strip()]
    by_name = {o.name.casefold(): o for o in officials}
    for chair in chairs:
        official = by_name.get(chair.strip().casefold())
        if official is None:
            official = Official(name=chair.strip(), spans=[locate(text, chair) or (0, 0)])
            officials.append(official)
            by_name[chair.strip().casefold()] = official
        if "chair" not in official.roles:
            official.roles.append("chair")
    points = item.get("connection_points")
    return Conference(
        name=item.get("name"),
        kind=item.get("kind"),
        date=_date(item.get("date")),
        format=item.get("format"),
        organizer=item.get("organizer"),
        chairs=chairs,
        locations=list(item.get("locations") or []),
        connection_points=points if isinstance(points, int) and points >= 0 else None,
        spans=_spans(item, text, item.get("name") or ""),
    )


def _directive(item: dict, text: str) -> Directive:
    directive = Directive(
        kind=item.get("kind") or "other",
        number=str(item["number"]) if item.get("number") is not None else None,
        code=item.get("code"),
        issued_by=item.get("issued_by"),
        date=_date(item.get("date")),
        term=item.get("term"),
        title=item.get("title"),
    )
    key = str(directive.code or directive.number or directive.title or "")
    directive.spans = (
        _spans(item, text, key) if item.get("spans") else (_cited_spans(text, directive) or _spans(item, text, key))
    )
    return directive


def _cited_spans(text: str, item: Directive) -> list[Span]:
    """Where the parser's citation finder sees this directive."""
    view = build_view(text)
    code = (item.code or "").upper()
    number = (item.number or "").lstrip("0")
    found = []
    for c in find_citations(view.text):
        d = c.directive
        same_code = code and d.code and d.code.upper() == code
        same_number = not code and d.kind == item.kind and (d.number or "").lstrip("0") == number
        if same_code or same_number:
            found.append(view.span(c.start, c.end))
    return found


def _task(item: dict, text: str) -> Task:
    body = item["text"].strip()
    ordinal = item.get("ordinal")
    return Task(
        text=body,
        ordinal=ordinal if isinstance(ordinal, int) and ordinal >= 0 else None,
        assignee=item.get("assignee"),
        due=item.get("due"),
        spans=_spans(item, text, body),
    )
