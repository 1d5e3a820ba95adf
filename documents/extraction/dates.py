"""Vietnamese date expressions: '28/02/2023', '26-8-2024', 'ngày 3-5-2024', 'Chiều 7-12'."""

from __future__ import annotations

import datetime as dt
import re

DAY_MONTH_YEAR = re.compile(r"(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?![\d/])")
ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?(?!\d)")
COMPACT_DATE = re.compile(r"^\s*((?:19|20)\d{2})(\d{2})(\d{2})\s*$")
WORDY_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?", re.IGNORECASE)


def make_date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_year(day: int, month: int, year: int | None, published: dt.date | None) -> dt.date | None:
    """A full date; with no year, the publication year (the year before for a later month)."""
    if year is not None:
        return make_date(year, month, day)
    if published is None:
        return None
    guess = make_date(published.year, month, day)
    if guess and guess > published + dt.timedelta(days=31):
        guess = make_date(published.year - 1, month, day)
    return guess


def first_date(text: str, published: dt.date | None = None) -> tuple[dt.date | None, re.Match[str] | None]:
    """The first day-month(-year) expression in text, resolved against ``published``."""
    for m in DAY_MONTH_YEAR.finditer(text):
        day, month = int(m.group(1)), int(m.group(3))
        year = int(m.group(4)) if m.group(4) else None
        if m.group(2) == "." and year is None:
            continue  # "1.000" and "3.5" are numbers, not dates
        if 1 <= day <= 31 and 1 <= month <= 12:
            return resolve_year(day, month, year, published), m
    m = WORDY_DATE.search(text)
    if m:
        year = int(m.group(3)) if m.group(3) else None
        return resolve_year(int(m.group(1)), int(m.group(2)), year, published), m
    return None, None


def parse_date_line(line: str) -> dt.date | None:
    """A publication date from a header line ('Cập nhật lúc : 04/04/2023 10:48', '20201101', ISO)."""
    m = COMPACT_DATE.match(line)
    if m:
        return make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = ISO_DATE.search(line)
    if m:
        return make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for m in DAY_MONTH_YEAR.finditer(line):
        if m.group(4):
            found = make_date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
            if found:
                return found
    return None
