"""Viewsets every app builds on: list and detail read through their own selector and serializer; curators
correct a record with PATCH (each field they set is locked against re-parses); every curated record has a
history.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.api.errors import ERROR_RESPONSES
from core.api.history import HistoryEntrySerializer, history_of
from core.curation import curate
from core.keys import Scope


class SelectorReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    """Lists use a light selector and serializer; detail views prefetch everything they nest."""

    list_selector: Callable[[], QuerySet]
    detail_selector: Callable[[], QuerySet]
    list_serializer_class: type
    detail_serializer_class: type

    def get_queryset(self) -> QuerySet:
        return (self.detail_selector if self.detail else self.list_selector)()

    def get_serializer_class(self) -> type:
        if self.action == "partial_update":
            return self.curation_serializer_class
        return self.detail_serializer_class if self.detail else self.list_serializer_class


def _curation_reason(request) -> str:
    key = getattr(request, "auth", None)
    return f"API key {key.name}" if key is not None and hasattr(key, "allows") else ""


class CuratedViewSet(mixins.UpdateModelMixin, SelectorReadOnlyViewSet):
    """A read-only viewset whose records curators correct with PATCH and whose changes are listed at history/."""

    curation_serializer_class: type
    http_method_names = ["get", "patch", "head", "options"]
    write_scope = Scope.CURATE

    def partial_update(self, request, *args, **kwargs):
        record = self.get_object()
        changes = self.curation_serializer_class(record, data=request.data, partial=True)
        changes.is_valid(raise_exception=True)
        curate(record, changes.validated_data, reason=_curation_reason(request))
        fresh = self.detail_selector().get(pk=record.pk)
        return Response(self.detail_serializer_class(fresh, context=self.get_serializer_context()).data)

    @extend_schema(
        summary="Who changed this record, what and when",
        responses={200: HistoryEntrySerializer(many=True), **ERROR_RESPONSES},
        filters=False,
    )
    @action(detail=True, methods=["get"], filter_backends=[])
    def history(self, request, pk=None):
        record = self.get_object()
        page = self.paginate_queryset(history_of(record))
        return self.get_paginated_response(HistoryEntrySerializer(page, many=True).data)
