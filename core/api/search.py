"""``?q=``: search a list by its folded names, forgiving accents, case and tone placement; best matches first."""

from __future__ import annotations

from django.db.models import Case, IntegerField, QuerySet, Value, When
from rest_framework.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend

from core.search import fold

MAX_QUERY = 200


class FoldedSearchFilter(BaseFilterBackend):
    """Rows whose folded names contain the folded query; a whole-name match, then a prefix, then the rest."""

    param = "q"

    def filter_queryset(self, request, queryset: QuerySet, view) -> QuerySet:
        raw = request.query_params.get(self.param, "")
        if not raw.strip() or not hasattr(queryset.model, "search_text"):
            return queryset
        if "\x00" in raw or len(raw) > MAX_QUERY:
            raise ValidationError({self.param: [f"Up to {MAX_QUERY} characters of text, without NUL."]})
        folded = fold(raw)
        if not folded:
            return queryset
        rank = Case(
            When(search_text=folded, then=Value(0)),
            When(search_text__startswith=folded, then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        )
        ordering = list(queryset.query.order_by) or list(queryset.model._meta.ordering) or ["pk"]
        return (
            queryset.filter(search_text__contains=folded).annotate(search_rank=rank).order_by("search_rank", *ordering)
        )

    def get_schema_operation_parameters(self, view) -> list[dict]:
        try:
            searchable = hasattr(view.get_queryset().model, "search_text")
        except Exception:  # a view the schema generator cannot build a queryset for has no ?q=
            searchable = False
        if view.action not in ("list", "csv") or not searchable:
            return []
        return [
            {
                "name": self.param,
                "required": False,
                "in": "query",
                "description": "Search the names, forgiving case, accents and tone placement; best matches first.",
                "schema": {"type": "string", "maxLength": MAX_QUERY, "pattern": "^[^\\x00]*$"},
            }
        ]
