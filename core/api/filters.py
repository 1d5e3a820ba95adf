"""List filters that refuse what the database cannot take, with a 400 that says why (never a 500).

An id is a whole number from 1 to the largest bigint; a date-time is converted to UTC
here, so an offset PostgreSQL does not know (+16:00) or a time outside the calendar
after conversion is refused instead of reaching the database.
"""

from __future__ import annotations

import datetime as dt

import django_filters
from django import forms

MAX_ID = 2**63 - 1


class IdField(forms.IntegerField):
    def __init__(self, **kwargs):
        super().__init__(min_value=1, max_value=MAX_ID, **kwargs)


class IdFilter(django_filters.NumberFilter):
    """A record's id: a whole number from 1."""

    field_class = IdField


class UtcDateTimeField(forms.DateTimeField):
    def to_python(self, value):
        parsed = super().to_python(value)
        if parsed is None:
            return None
        try:
            return parsed.astimezone(dt.UTC)
        except OverflowError as exc:
            raise forms.ValidationError("The time is outside the calendar once converted to UTC.") from exc


class UtcIsoDateTimeField(django_filters.fields.IsoDateTimeField, UtcDateTimeField):
    pass


class IsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    """An ISO 8601 date-time, compared in UTC."""

    field_class = UtcIsoDateTimeField
