"""List filters that refuse what the database cannot take, with a 400 that says why (never a 500).

An id is a whole number from 1 to the largest bigint; a date-time is converted to UTC
here, so an offset PostgreSQL does not know (+16:00) or a time outside the calendar
after conversion is refused instead of reaching the database.
"""

from __future__ import annotations

import datetime as dt

import django_filters
from django import forms
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema_field
from rest_framework.filters import OrderingFilter

MAX_ID = 2**63 - 1
TEXT_FILTER_MAX = 200


class IdField(forms.IntegerField):
    def __init__(self, **kwargs):
        super().__init__(min_value=1, max_value=MAX_ID, **kwargs)


class IdFilter(django_filters.NumberFilter):
    """A record's id: a whole number from 1 (so declared in the schema, with the filter's help text)."""

    field_class = IdField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        schema = {"type": "integer", "minimum": 1, "maximum": MAX_ID, "description": kwargs.get("help_text", "")}
        extend_schema_field(schema)(self)


class TextField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(max_length=TEXT_FILTER_MAX, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if "\x00" in (value or ""):
            raise forms.ValidationError("A NUL character is not text.")
        return value


class TextFilter(django_filters.CharFilter):
    """Free text to look for: up to 200 characters, without NUL (so declared in the schema)."""

    field_class = TextField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        schema = {
            "type": "string",
            "maxLength": TEXT_FILTER_MAX,
            "pattern": "^[^\\x00]*$",
            "description": kwargs.get("help_text", ""),
        }
        extend_schema_field(schema)(self)


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


class AskedFilterBackend(DjangoFilterBackend):
    """django-filter's backend, which builds the view's filter set only when the request names one of its
    filters: with none named, every filter lets the rows through, and building the set (its filters, form
    and form fields, copied per request) costs more than reading a page."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is None:
            return queryset
        names = filterset_class.base_filters
        # A filter's form may read several parameters named after it (a range's name_min, name_max).
        if not any(key.startswith(name) for key in request.query_params for name in names):
            return queryset
        return super().filter_queryset(request, queryset, view)


class StrictFilterSet(django_filters.FilterSet):
    """A filter set that refuses an empty value for a filter that is not free text (``?status=``), and a
    filter given twice (``?article=1&article=x``: only the last would count, the others unread).

    An empty value matches nothing a client could mean; saying so beats ignoring it.
    """

    def get_form_class(self):
        # One form class per filter set: its fields depend on the declared filters only (none takes a
        # queryset from the request), and django-filter would otherwise build the class per request.
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            cls._form_class = super().get_form_class()
        return cls._form_class

    def is_valid(self) -> bool:
        valid = super().is_valid()
        for name, declared in self.filters.items():
            if name in self.data and len(self.data.getlist(name)) > 1:
                self.form.add_error(name, "Give this parameter once: every filter takes one value.")
                valid = False
                continue
            if isinstance(declared, django_filters.CharFilter) or name not in self.data:
                continue
            if all(value == "" for value in self.data.getlist(name)):
                self.form.add_error(name, "An empty value filters nothing: leave the parameter out or give a value.")
                valid = False
        return valid


class FoldedTextFilter(TextFilter):
    """Part of a record's names, forgiving case, accents and tone placement (the folding ?q= uses)."""

    def filter(self, qs, value):
        from core.search import fold

        folded = fold(value or "")
        return qs.filter(search_text__contains=folded) if folded else qs


class StableOrderingFilter(OrderingFilter):
    """?ordering=, with the id as the last key, so that rows with equal values keep one order across pages."""

    def get_ordering(self, request, queryset, view):
        ordering = super().get_ordering(request, queryset, view)
        if ordering and not any(key.lstrip("-") in ("id", "pk") for key in ordering):
            ordering = [*ordering, "-id" if ordering[0].startswith("-") else "id"]
        return ordering


class SyncFilterSet(StrictFilterSet):
    """A list a client keeps in sync: ``updated_since`` / ``updated_until``, with ``?ordering=updated_at``."""

    updated_since = IsoDateTimeFilter(
        field_name="updated_at", lookup_expr="gte", help_text="Changed at or after this time (ISO 8601)."
    )
    updated_until = IsoDateTimeFilter(
        field_name="updated_at", lookup_expr="lte", help_text="Changed at or before this time (ISO 8601)."
    )
