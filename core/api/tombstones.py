"""Tombstones over the API: what was deleted or merged since a time, for clients that keep a copy."""

import django_filters
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, viewsets

from core.api.errors import ERROR_RESPONSES
from core.api.filters import AskedFilterBackend, IsoDateTimeFilter, StrictFilterSet
from core.tombstones import TOMBSTONED, Tombstone

KINDS = sorted(set(TOMBSTONED.values()))


class TombstoneSerializer(serializers.ModelSerializer):
    type = serializers.ChoiceField(source="record_type", choices=KINDS, read_only=True, help_text="The record's kind.")
    id = serializers.IntegerField(source="record_id", read_only=True, help_text="The record's id in its list.")
    deleted = serializers.SerializerMethodField(help_text="Always true: the record is gone or merged.")

    class Meta:
        model = Tombstone
        fields = ["type", "id", "deleted", "deleted_at", "merged_into"]
        read_only_fields = fields

    def get_deleted(self, tombstone: Tombstone) -> bool:
        return True


class TombstoneFilter(StrictFilterSet):
    type = django_filters.ChoiceFilter(
        field_name="record_type", choices=[(k, k) for k in KINDS], help_text="Of this kind."
    )
    updated_since = IsoDateTimeFilter(
        field_name="deleted_at", lookup_expr="gte", help_text="Deleted or merged at or after this time (ISO 8601)."
    )
    updated_until = IsoDateTimeFilter(
        field_name="deleted_at", lookup_expr="lte", help_text="Deleted or merged at or before this time (ISO 8601)."
    )

    class Meta:
        model = Tombstone
        fields = []


@extend_schema_view(
    list=extend_schema(
        summary="Records deleted or merged (oldest first): drop them from a copy; a merge names the survivor",
        responses={200: TombstoneSerializer, **ERROR_RESPONSES},
    ),
)
class TombstoneViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    queryset = Tombstone.objects.order_by("deleted_at", "id")
    serializer_class = TombstoneSerializer
    filterset_class = TombstoneFilter
    filter_backends = [AskedFilterBackend]
