"""``?q=``: search a list by its folded names, forgiving accents, case and tone placement; best matches first."""

from __future__ import annotations

from django.db.models import Case, IntegerField, QuerySet, Value, When
from rest_framework.filters import BaseFilterBackend

from core.search import fold


class FoldedSearchFilter(BaseFilterBackend):
    """Rows whose folded names contain the folded query; a whole-name match, then a prefix, then the rest."""

    param = "q"

    def filter_queryset(self, request, queryset: QuerySet, view) -> QuerySet:
        raw = request.query_params.get(self.param, "")
        if not raw.strip() or not hasattr(queryset.model, "search_text"):
            return queryset
        folded = fold(raw.replace("\x00", ""))[:200]
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
        if view.action != "list":
            return []
        return [
            {
                "name": self.param,
                "required": False,
                "in": "query",
                "description": "Search the names, forgiving case, accents and tone placement; best matches first.",
                "schema": {"type": "string", "maxLength": 200, "pattern": "^[^\\x00]*$"},
            }
        ]
