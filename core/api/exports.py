"""Exports: any list as CSV (with the list's own filters), and every record as JSON Lines, both streamed.

Rows are read in chunks and written as they are read, so an export of the whole
archive holds one chunk in memory, not the archive.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from django import forms
from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.views import APIView

from core.api.errors import ERROR_RESPONSES
from core.api.filters import UtcIsoDateTimeField
from core.tombstones import Tombstone

CHUNK = 500
# Errors of an export are JSON whatever the client asked for (see ExportErrorsAsJsonMixin).
JSON_ERRORS = {(code, "application/json"): response for code, response in ERROR_RESPONSES.items()}


class CsvRenderer(BaseRenderer):
    """Lets a client ask for text/csv; the export writes the CSV itself, so this only renders errors (as JSON)."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        return json.dumps(data, ensure_ascii=False).encode("utf-8")


class JsonLinesRenderer(CsvRenderer):
    media_type = "application/jsonl"
    format = "jsonl"


def csv_columns(serializer: serializers.Serializer) -> list[tuple[str, str, str | None]]:
    """(column, field, subfield) for each column: a nested record's fields each get a column of their own."""
    columns = []
    for name, field in serializer.fields.items():
        if getattr(field, "write_only", False):
            continue
        if isinstance(field, serializers.Serializer):
            columns += [(f"{name}.{sub}", name, sub) for sub in field.fields]
        else:
            columns.append((name, name, None))
    return columns


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def rows_as_csv(rows: Iterable, serializer_class: type, context: dict) -> Iterator[str]:
    """The header, then one CSV line per row, serialized as the list serializes it."""
    columns = csv_columns(serializer_class(context=context))
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def line(values: list[str]) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(values)
        return buffer.getvalue()

    yield line([column for column, _, _ in columns])
    for row in rows:
        data = serializer_class(row, context=context).data
        yield line([_cell((data.get(field) or {}).get(sub) if sub else data.get(field)) for _, field, sub in columns])


def chunked(rows: QuerySet) -> Iterator:
    """The rows in chunks, prefetches included (a queryset without ordering is ordered by id)."""
    if not rows.ordered:
        rows = rows.order_by("pk")
    return rows.iterator(chunk_size=CHUNK)


class ExportErrorsAsJsonMixin:
    """An export that fails (bad filter, no key) answers in JSON, whatever format the client asked for."""

    # The viewset actions that export; None: every request of the view.
    export_actions: tuple[str, ...] | None = None

    def handle_exception(self, exc):
        if self.export_actions is None or getattr(self, "action", None) in self.export_actions:
            self.request.accepted_renderer = JSONRenderer()
            self.request.accepted_media_type = JSONRenderer.media_type
        return super().handle_exception(exc)


class CsvExportMixin(ExportErrorsAsJsonMixin):
    """``GET <list>/csv/``: every row the list would show for the same filters, ordering and search, as CSV."""

    export_actions = ("csv",)
    csv_serializer_class: type | None = None

    @extend_schema(
        summary="Every row of this list for the same filters, as CSV (streamed, not paginated)",
        responses={
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="CSV with a header line."),
            **JSON_ERRORS,
        },
        filters=True,
    )
    @action(detail=False, methods=["get"], renderer_classes=[JSONRenderer, CsvRenderer], pagination_class=None)
    def csv(self, request):
        rows = self.filter_queryset(self.get_queryset())
        serializer_class = self.csv_serializer_class or self.get_serializer_class()
        stream = rows_as_csv(chunked(rows), serializer_class, self.get_serializer_context())
        response = StreamingHttpResponse(stream, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.basename}s.csv"'
        return response


class BulkExportQuerySerializer(serializers.Serializer):
    updated_since = serializers.DateTimeField(
        required=False, help_text="Only records changed at or after this time; merged ones come as tombstones."
    )


def bulk_export_schema(kinds: list[str]):
    """The OpenAPI description of a bulk export of these kinds."""
    return extend_schema(
        summary='Every record of every kind as JSON Lines (streamed): {"type": kind, "record": …} a line',
        parameters=[
            BulkExportQuerySerializer,
            OpenApiParameter(
                "types",
                {"type": "array", "items": {"type": "string", "enum": kinds}, "minItems": 1},
                style="form",
                explode=False,
                description="Kinds to export, comma-separated (default: all), e.g. official,task.",
            ),
        ],
        responses={
            (200, "application/jsonl"): OpenApiResponse(OpenApiTypes.STR, description="One JSON object a line."),
            **JSON_ERRORS,
        },
    )


class BulkExportView(ExportErrorsAsJsonMixin, APIView):
    """Every record of the ``sources`` kinds, one JSON object a line, streamed.

    Each line is ``{"type": kind, "record": …}`` with the record as its list shows it,
    kinds in the order ``sources`` gives (bodies before those that link to them).
    """

    sources: tuple[tuple[str, type], ...] = ()  # (kind, viewset with list_selector and list_serializer_class)
    renderer_classes = [JSONRenderer, JsonLinesRenderer]

    def get(self, request):
        known = dict(self.sources)
        given = request.query_params.get("types")
        wanted = list(known) if given is None else [t.strip() for t in given.split(",")]
        unknown = [t or "(empty)" for t in wanted if t not in known]
        if unknown:
            raise ValidationError({"types": [f"Unknown kind(s): {', '.join(unknown)}; known: {', '.join(known)}."]})
        since = _time_param(request, "updated_since")
        # Built before the first byte goes out: a query that cannot be made is an error, not a cut-off stream.
        selected = [(kind, known[kind], _rows_of(known[kind], since)) for kind in known if kind in wanted]
        stream = _json_lines(selected, {"request": request}, since)
        response = StreamingHttpResponse(stream, content_type="application/jsonl")
        response["Content-Disposition"] = 'attachment; filename="records.jsonl"'
        return response


def _time_param(request, name: str):
    """A query parameter read as the lists read it (ISO 8601, to UTC); an empty one is an error."""
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        return UtcIsoDateTimeField().clean(raw)
    except forms.ValidationError as exc:
        raise ValidationError({name: exc.messages}) from exc


def _rows_of(viewset: type, since) -> QuerySet:
    """The rows of a kind to export: changed since ``since`` (merged ones included, as tombstones), or all
    that stand. A kind without a change time (participants) comes whole: its rows are few per meeting."""
    rows = viewset.list_selector()
    model = rows.model
    if since is not None and hasattr(model, "updated_at"):
        rows = rows.filter(updated_at__gte=since)
    elif since is None and hasattr(model, "merged_into"):
        rows = rows.filter(merged_into__isnull=True)
    return rows.order_by("pk")


def _json_lines(selected: list[tuple[str, type, QuerySet]], context: dict, since) -> Iterator[str]:
    """The records, then (in a sync, since a time) the tombstones of the kinds exported."""
    from core.api.tombstones import TombstoneSerializer

    for kind, viewset, rows in selected:
        for row in chunked(rows):
            record = viewset.list_serializer_class(row, context=context).data
            yield json.dumps({"type": kind, "record": record}, ensure_ascii=False, default=str) + "\n"
    if since is None:
        return
    gone = Tombstone.objects.filter(deleted_at__gte=since, record_type__in=[kind for kind, _, _ in selected])
    for tombstone in chunked(gone.order_by("deleted_at", "id")):
        record = TombstoneSerializer(tombstone).data
        yield json.dumps({"type": "tombstone", "record": record}, ensure_ascii=False, default=str) + "\n"
