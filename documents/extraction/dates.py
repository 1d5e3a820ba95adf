"""Vietnamese date expressions: '28/02/2023', '26-8-2024', 'ngày 3-5-2024', 'Chiều 7-12'."""

from __future__ import annotations

import datetime as dt
import re

DAY_MONTH_YEAR = re.compile(r"(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?![\d/])")
ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?(?!\d)")
COMPACT_DATE = re.compile(r"^\s*((?:19|20)\d{2})(\d{2})(\d{2})\s*$")
WORDY_DATE = re.compile(r"(?i:ngày)\s+(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})\s+(?i:năm)\s+(\d{4})")


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
    m = WORDY_DATE.search(line)
    return make_date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None
