"""Reading an upload into the text the parser works on, and parsing that text.

The one path from an upload to an extraction: ``extract_upload`` = ``read_upload``
(bytes → text and what the page says of itself) then ``parse_source``. The
service stores what ``read_upload`` gives, so a stored article is parsed again
from the very text its spans index.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from documents.extraction.bylines import parse_byline
from documents.extraction.decoding import UndecodableUpload, decode_upload, looks_like_html
from documents.extraction.html import read_html
from documents.extraction.pipeline import parse_text
from documents.extraction.result import ArticleMeta, Extraction
from documents.extraction.textview import prepare_text

PLAIN = "text/plain"
HTML = "text/html"


@dataclass(frozen=True)
class Source:
    """An article as read from its upload: the text spans index, and what an HTML page says of itself."""

    text: str
    content_type: str = PLAIN
    page: ArticleMeta = field(default_factory=ArticleMeta)


def read_upload(raw: bytes, content_type: str = PLAIN, charset: str | None = None) -> Source:
    """Decodes an upload; an HTML page (declared or recognised) is reduced to its main text."""
    source = read_text(decode_upload(raw, charset), content_type)
    if not source.text.strip():
        raise UndecodableUpload("The HTML page has no readable main text.")
    return source


def read_text(decoded: str, content_type: str = PLAIN) -> Source:
    """The Source of already-decoded text or HTML."""
    if content_type == HTML or looks_like_html(decoded):
        page = read_html(decoded)
        author = parse_byline(page.author) if page.author else None
        meta = ArticleMeta(title=page.title or None, published=page.published, author=author)
        return Source(text=prepare_text(page.text), content_type=HTML, page=meta)
    return Source(text=prepare_text(decoded), content_type=PLAIN)


def parse_source(source: Source, published: dt.date | None = None) -> Extraction:
    """The extraction of a read article; what the page says of itself wins over what the text suggests."""
    published = published or source.page.published
    result = parse_text(source.text, published)
    result.text = source.text
    result.content_type = source.content_type
    page = source.page
    result.article = ArticleMeta(
        title=page.title or result.article.title,
        published=published or result.article.published,
        author=page.author or result.article.author,
    )
    return result


def extract_upload(
    raw: bytes, content_type: str = PLAIN, charset: str | None = None, published: dt.date | None = None
) -> Extraction:
    """Bytes of an upload to its typed extraction."""
    return parse_source(read_upload(raw, content_type, charset), published)


def parse_html(page: str, published: dt.date | None = None) -> Extraction:
    """Parse an HTML page; spans index its main text, which the result carries."""
    return parse_source(read_text(page, HTML), published)
