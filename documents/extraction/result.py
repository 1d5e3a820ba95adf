"""The parser's typed result, and its JSON form ``meeting-records/1``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "meeting-records/1"
Span = tuple[int, int]


@dataclass
class Position:
    title: str
    organization: str | None = None

    @property
    def text(self) -> str:
        """The position as written: "Trưởng ban" of "Ban Tổ chức Trung ương" reads "Trưởng ban Tổ chức Trung ương"."""
        if not self.organization:
            return self.title
        if self.title.lower().endswith(" ban") and self.organization.startswith("Ban "):
            return f"{self.title} {self.organization[4:]}"
        return f"{self.title} {self.organization}"

    def to_json(self) -> dict[str, Any] | str:
        return {"title": self.title, "organization": self.organization} if self.organization else self.title


@dataclass
class Official:
    name: str
    positions: list[Position] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    place: str | None = None  # the province of the connection point the official is named at

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "positions": [p.to_json() for p in self.positions],
            "roles": list(self.roles),
            "spans": [list(s) for s in self.spans],
            "place": self.place,
        }


@dataclass
class Directive:
    kind: str
    number: str | None
    code: str | None = None
    issued_by: str | None = None
    date: dt.date | None = None
    term: str | None = None
    title: str | None = None
    spans: list[Span] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "kind": self.kind,
            "number": self.number,
            "issued_by": self.issued_by,
            "date": _iso(self.date),
            "term": self.term,
            "title": self.title,
            "spans": [list(s) for s in self.spans],
        }


@dataclass
class Task:
    text: str
    ordinal: int | None = None
    assignee: str | None = None
    due: str | None = None
    spans: list[Span] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "ordinal": self.ordinal,
            "text": self.text,
            "assignee": self.assignee,
            "due": self.due,
            "spans": [list(s) for s in self.spans],
        }


@dataclass
class Conference:
    name: str | None
    kind: str | None
    date: dt.date | None = None
    format: str | None = None
    organizer: str | None = None
    chairs: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    connection_points: int | None = None
    spans: list[Span] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "date": _iso(self.date),
            "format": self.format,
            "organizer": self.organizer,
            "chairs": list(self.chairs),
            "locations": list(self.locations),
            "connection_points": self.connection_points,
            "spans": [list(s) for s in self.spans],
        }


@dataclass
class ArticleMeta:
    title: str | None = None
    published: dt.date | None = None
    author: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "published": _iso(self.published), "author": self.author}


@dataclass
class Extraction:
    article: ArticleMeta
    conference: Conference | None
    officials: list[Official]
    directives: list[Directive]
    tasks: list[Task]
    parser_version: str
    text: str = ""  # the text every span indexes
    content_type: str = "text/plain"  # of the upload; for HTML the JSON form carries the main text
    place: str | None = None  # the province or city of the body that held the meeting

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"schema": SCHEMA, "parser_version": self.parser_version}
        if self.content_type == "text/html":
            data["text"] = self.text
        data.update(
            article=self.article.to_json(),
            place=self.place,
            conference=self.conference.to_json() if self.conference else None,
            officials=[o.to_json() for o in self.officials],
            directives=[d.to_json() for d in self.directives],
            tasks=[t.to_json() for t in self.tasks],
        )
        return data


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None
