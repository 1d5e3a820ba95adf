"""An article's page layout: header (title, date), body paragraphs, byline, furniture.

News pages saved as text keep their furniture: view counters, language
switches, category lines, photo captions between ``|`` lines, comment forms
and "Bài cùng chuyên mục" lists. The layout sets them aside so the rules read
only the body.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from documents.extraction.bylines import byline_at_the_end, parse_byline
from documents.extraction.dates import parse_date_line
from documents.extraction.sentences import split_sentences


@dataclass
class Line:
    start: int
    end: int
    text: str
    kind: str = "body"  # body | caption | heading | furniture | header | byline

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Layout:
    lines: list[Line]
    title: str | None
    published: dt.date | None
    author: str | None
    title_span: tuple[int, int] | None = None
    is_interview: bool = False

    def paragraphs(self, *kinds: str) -> list[Line]:
        wanted = kinds or ("body",)
        return [ln for ln in self.lines if ln.kind in wanted]


_FURNITURE = re.compile(
    r"^(?:\d{1,7}|\+\s*aa\s*-|[-+]?\s*A\s*[-+]|Tiếng Việt\s*\|\s*English|English\s*\|\s*Tiếng Việt|\|+|"
    r"In bài viết|Gửi bài viết|Chia sẻ|Chia sẻ bài viết|Lưu|Bình luận|Theo dõi.*|Nghe bài viết|Đọc bài viết|"
    r"Cỡ chữ.*|Xem thêm.*|Quay lại|Về đầu trang|Trang chủ.*|TIN LIÊN QUAN|Tin liên quan|Tags?:.*|Từ khóa:.*|"
    r"\(?Ảnh( minh họa)?:.*\)?|Video:.*|Nguồn:.*)$",
    re.IGNORECASE,
)
_TRAILER = re.compile(
    r"^(?:Ý KIẾN BẠN ĐỌC.*|Ý kiến bạn đọc.*|Bài cùng chuyên mục.*|Các tin khác.*|Tin cùng chuyên mục.*|"
    r"Tin khác.*|Gửi bình luận.*|Viết bình luận.*|Bình luận \(\d+\).*|Họ và tên\s*:.*|Tin mới nhất.*|"
    r"Đọc nhiều nhất.*|Tin nổi bật.*|BÀI VIẾT LIÊN QUAN|Bài viết liên quan.*)$"
)
_PHOTO_CREDIT = re.compile(r"(?:\((?:Ảnh|Nguồn|Video)\s*:[^)]*\)|[-–]\s*(?:Ảnh|Video)\s*:\s*[^.]{1,40})\.?\s*$")
# A corpus file's header: "# doc_id = …", "# url = …", "# date = 20210427".
_CORPUS_HEADER = re.compile(r"^#\s*(?P<key>\w+)\s*=\s*(?P<value>.*)$")
# An interview's questions: "Phóng viên: Thưa ông, … ?", "PV: …".
_QUESTION = re.compile(r"^(?:Phóng viên|PV|P\.V)\s*:", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:;]\W*$")


def read_layout(text: str) -> Layout:
    """Classify each line of the view text and read the header and byline."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            offset = raw.index(stripped[0])
            lines.append(Line(pos + offset, pos + offset + len(stripped), stripped))
        pos += len(raw) + 1

    _mark_trailer(lines)
    _mark_pipe_captions(lines)
    for ln in lines:
        if ln.kind == "body" and _FURNITURE.match(ln.text):
            ln.kind = "furniture"

    published, title, title_line = _read_header(lines)
    author = _read_byline(lines)
    _mark_captions_and_headings(lines)
    span = (title_line.start, title_line.end) if title_line else None
    questions = sum(1 for ln in lines if ln.kind == "body" and _QUESTION.match(ln.text))
    return Layout(
        lines=lines, title=title, published=published, author=author, title_span=span, is_interview=questions >= 2
    )


def _mark_trailer(lines: list[Line]) -> None:
    for i, ln in enumerate(lines):
        if _TRAILER.match(ln.text):
            for later in lines[i:]:
                later.kind = "furniture"
            return


def _mark_pipe_captions(lines: list[Line]) -> None:
    inside = False
    for ln in lines:
        if ln.text.strip("| ") == "":
            ln.kind = "furniture"
            inside = not inside
        elif inside and ln.kind == "body":
            ln.kind = "caption"


def _is_body_start(ln: Line) -> bool:
    return ln.words >= 40 or (ln.words >= 8 and bool(_SENTENCE_END.search(ln.text)))


def _read_header(lines: list[Line]) -> tuple[dt.date | None, str | None, Line | None]:
    published = None
    candidates: list[Line] = []
    for ln in lines[:12]:
        header = _CORPUS_HEADER.match(ln.text)
        if header:
            ln.kind = "header"
            if header.group("key").lower() == "date" and published is None:
                published = parse_date_line(header.group("value"))
            continue
        if ln.kind == "body" and _is_body_start(ln):
            break
        if ln.kind not in ("body", "furniture"):
            continue
        if ln.words <= 12:
            found = parse_date_line(ln.text)
            if found and published is None:
                published = found
                ln.kind = "header"
                continue
        if ln.kind == "body":
            ln.kind = "header"
            one_sentence = len(split_sentences(ln.text, 0, len(ln.text))) == 1  # a headline; a sapo has several
            if ln.words >= 3 and not _SENTENCE_END.search(ln.text) and ln.words <= 60 and one_sentence:
                candidates.append(ln)
    title_line = max(candidates, key=lambda ln: ln.words, default=None)
    return published, (title_line.text.strip() if title_line else None), title_line


def _read_byline(lines: list[Line]) -> str | None:
    for ln in reversed(lines):
        if ln.kind == "furniture":
            continue
        if ln.kind not in ("body", "caption"):
            return None
        author = parse_byline(ln.text)
        if author:
            ln.kind = "byline"
            return author
        ending = byline_at_the_end(ln.text)
        if ending is None:
            return None
        author, cut = ending  # the paragraph keeps its sentences; the byline leaves it
        ln.text = ln.text[:cut].rstrip()
        ln.end = ln.start + len(ln.text)
        return author
    return None


def _mark_captions_and_headings(lines: list[Line]) -> None:
    body = [ln for ln in lines if ln.kind == "body"]
    for i, ln in enumerate(body):
        nxt = body[i + 1] if i + 1 < len(body) else None
        if nxt and nxt.text.startswith(ln.text.rstrip(". ")) and len(nxt.text) > len(ln.text):
            ln.kind = "caption"  # a photo caption repeating the paragraph under it
        elif _PHOTO_CREDIT.search(ln.text):
            ln.kind = "caption"
        elif ln.words < 15 and not _SENTENCE_END.search(ln.text):
            ln.kind = "heading"
