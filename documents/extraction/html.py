"""HTML pages: the main text through trafilatura, with the lead paragraph kept.

Saved news pages mix named entities with UTF-8 and keep the site's furniture.
trafilatura finds the body; the headline, the lead ("sapo") and the date are
read from the page too, because the extractor may drop them and the lead is
where the date and the chair of a meeting often stand.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re
from dataclasses import dataclass

import trafilatura
from lxml import html as lxml_html

from documents.extraction.bylines import parse_byline
from documents.extraction.dates import parse_date_line


@dataclass
class HtmlArticle:
    text: str
    title: str | None
    published: dt.date | None
    author: str | None


def _clean(s: str | None) -> str:
    return re.sub(r"[ \t\u00a0]+", " ", html_lib.unescape(s or "")).strip()


def _first(tree, xpath: str) -> str | None:
    for node in tree.xpath(xpath):
        value = node if isinstance(node, str) else node.text_content()
        if _clean(value):
            return _clean(value)
    return None


def _byline_element(tree) -> str | None:
    for node in tree.xpath("//*[contains(@class, 'author') or contains(@class, 'byline')]"):
        author = parse_byline(_clean(node.text_content()) or "")
        if author:
            return author
    return None


def read_html(page: str) -> HtmlArticle:
    """Main text, title, date and author of an HTML article page."""
    tree = lxml_html.fromstring(page) if page.strip() else None
    title = lead = date_text = None
    captions: list[str] = []
    if tree is not None:
        captions = _captions(tree)
        # og:title names the article; a page's first <h1> may be the site's logo.
        title = _first(tree, "//meta[@property='og:title']/@content") or _first(tree, "//h1") or _first(tree, "//title")
        lead = _first(tree, "//*[contains(concat(' ', normalize-space(@class), ' '), ' sapo ')]") or _first(
            tree, "//meta[@name='description']/@content"
        )
        date_text = _first(tree, "//time/@datetime") or _first(
            tree, "//meta[@property='article:published_time']/@content"
        )
    body = (
        trafilatura.extract(
            page,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_recall=True,
            deduplicate=False,
        )
        or ""
    )
    metadata = trafilatura.extract_metadata(page)
    body = _clean_lines(body)
    if not body and tree is not None:
        body = _clean_lines(tree.text_content())
    parts = []
    if title and not body.startswith(title):
        parts.append(title)
    if lead and lead not in body:
        parts.append(lead)
    # Captions can name who acted at the meeting; "|" lines fence them off as captions, as on text pages.
    parts.extend(f"|\n{caption}\n|" for caption in captions if caption not in body)
    parts.append(body)
    text = "\n\n".join(p for p in parts if p)
    published = parse_date_line(date_text) if date_text else None
    if published is None and metadata is not None and metadata.date:
        published = parse_date_line(metadata.date)
    # The page's own byline element keeps joined names whole ("La Ngà - Kim Dung"); metadata may split them.
    author = _byline_element(tree) if tree is not None else None
    if author is None and metadata is not None and metadata.author:
        author = metadata.author
    return HtmlArticle(text=text, title=title, published=published, author=author)


def _captions(tree) -> list[str]:
    found: list[str] = []
    for node in tree.xpath(
        "//figcaption | //*[contains(concat(' ', normalize-space(@class), ' '), ' caption ')"
        " or contains(@class, 'media-caption') or contains(@class, 'image-caption')]"
    ):
        caption = _clean(node.text_content())
        if 3 <= len(caption) <= 400 and caption not in found:
            found.append(caption)
    return found


def _clean_lines(text: str) -> str:
    lines = [_clean(line) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)
