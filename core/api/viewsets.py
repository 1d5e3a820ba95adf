"""Viewsets every app builds on: list and detail read through their own selector and serializer; curators
correct a record with PATCH (each field they set is locked against re-parses); every curated record has a
history.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from django.db.models import QuerySet
from django.http import Http404, HttpResponsePermanentRedirect
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.reverse import reverse

from core.api.errors import ERROR_RESPONSES, Conflict, error_response
from core.api.exports import CsvExportMixin
from core.api.history import HistoryEntrySerializer, history_of
from core.curation import curate
from core.keys import Scope
from core.merging import MergeRecord, MergeRefused, merge


class SelectorReadOnlyViewSet(CsvExportMixin, viewsets.ReadOnlyModelViewSet):
    """Lists use a light selector and serializer (and export as CSV); detail views prefetch everything they nest."""

    list_selector: Callable[[], QuerySet]
    detail_selector: Callable[[], QuerySet]
    list_serializer_class: type
    detail_serializer_class: type

    def get_queryset(self) -> QuerySet:
        # Built once per request: a detail asks for it more than once, and a selector's prefetches cost.
        selected = self.__dict__.get("_selected")
        if selected is None:
            selected = self._selected = (self.detail_selector if self.detail else self.list_selector)()
        return selected

    def get_serializer_class(self) -> type:
        if self.action == "partial_update":
            return self.curation_serializer_class
        return self.detail_serializer_class if self.detail else self.list_serializer_class


def who_acted(request) -> str:
    """The API key a change was made with, as curation history records it ("" for a session user)."""
    key = getattr(request, "auth", None)
    return f"API key {key.name}" if key is not None and hasattr(key, "allows") else ""


class MergeRequestSerializer(serializers.Serializer):
    into = serializers.IntegerField(min_value=1, max_value=2**63 - 1, help_text="The id of the record that stays.")


class MergeRecordSerializer(serializers.ModelSerializer):
    """A merge, as its log keeps it."""

    moved = serializers.SerializerMethodField(help_text="How many rows and links were moved to the survivor.")
    removed = serializers.SerializerMethodField(help_text="How many duplicate rows were removed.")

    class Meta:
        model = MergeRecord
        fields = ["id", "model", "loser_id", "survivor_id", "aliases", "moved", "removed", "merged_by", "created_at"]
        fields += ["undone_at"]
        read_only_fields = fields

    def get_moved(self, record: MergeRecord) -> int:
        return len(record.moves) + len(record.link_moves)

    def get_removed(self, record: MergeRecord) -> int:
        return sum(len(json.loads(dump)) for dump in record.removed)


class CuratedViewSet(mixins.UpdateModelMixin, SelectorReadOnlyViewSet):
    """A read-only viewset whose records curators correct with PATCH and whose changes are listed at history/."""

    curation_serializer_class: type
    http_method_names = ["get", "patch", "head", "options"]
    write_scope = Scope.CURATE

    def partial_update(self, request, *args, **kwargs):
        record = self.get_object()
        changes = self.curation_serializer_class(record, data=request.data, partial=True)
        changes.is_valid(raise_exception=True)
        given = [name for name in changes.validated_data if name in request.data]
        curate(record, changes.validated_data, reason=who_acted(request), locks=given)
        fresh = self.detail_selector().get(pk=record.pk)
        return Response(self.detail_serializer_class(fresh, context=self.get_serializer_context()).data)

    def retrieve(self, request, *args, **kwargs):
        try:
            return super().retrieve(request, *args, **kwargs)
        except Http404:
            # Only an id the record list lacks may be a merged record's: the common read asks nothing more.
            merged = self._merged_record(kwargs.get("pk"))
            if merged is None:
                raise
        location = reverse(f"{self.basename}-detail", args=[merged.survivor().pk])
        query = request.META.get("QUERY_STRING")
        return HttpResponsePermanentRedirect(f"{location}?{query}" if query else location)

    def _merged_record(self, pk):
        model = self.get_queryset().model
        if not hasattr(model, "merged_into") or not str(pk).isdigit() or len(str(pk)) > 18:
            return None
        return model.objects.filter(pk=pk, merged_into__isnull=False).first()

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


class MergeableViewSet(CuratedViewSet):
    """A curated viewset whose records curators merge: POST {id}/merge/ {"into": other_id}."""

    http_method_names = ["get", "patch", "post", "head", "options"]

    def get_queryset(self) -> QuerySet:
        """Merged records stay out of lists, but for a sync (?updated_since=), where they are tombstones."""
        rows = super().get_queryset()
        syncing = self.action == "list" and "updated_since" in self.request.query_params
        return rows if syncing else rows.filter(merged_into__isnull=True)

    @extend_schema(
        summary="Merge this record into another (the same body, person or document)",
        request=MergeRequestSerializer,
        examples=[OpenApiExample("Into record 3", value={"into": 3}, request_only=True)],
        responses={
            200: MergeRecordSerializer,
            409: error_response("One of the two was merged already."),
            **ERROR_RESPONSES,
        },
    )
    @action(detail=True, methods=["post"], filter_backends=[])
    def merge(self, request, pk=None):
        loser = self.get_object()
        body = MergeRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        model = type(loser)
        survivor = model.objects.filter(pk=body.validated_data["into"]).first()
        if survivor is None:
            raise NotFound(f"No {model._meta.verbose_name} {body.validated_data['into']} to merge into.")
        try:
            record = merge(loser, survivor, merged_by=who_acted(request) or str(request.user))
        except MergeRefused as exc:
            raise Conflict(str(exc)) from exc
        return Response(MergeRecordSerializer(record).data)
