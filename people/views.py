"""API views for officials."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets

from documents.api.errors import ERROR_RESPONSES
from people import selectors
from people.filters import OfficialFilter
from people.serializers import OfficialDetailSerializer, OfficialSummarySerializer


@extend_schema_view(
    list=extend_schema(
        summary="List officials with their positions", responses={200: OfficialSummarySerializer, **ERROR_RESPONSES}
    ),
    retrieve=extend_schema(
        summary="Read an official with positions, evidence and conferences",
        responses={200: OfficialDetailSerializer, **ERROR_RESPONSES},
    ),
)
class OfficialViewSet(viewsets.ReadOnlyModelViewSet):
    filterset_class = OfficialFilter
    ordering_fields = ["name", "id", "created_at"]
    ordering = ["name", "id"]

    def get_queryset(self):
        return selectors.official_detail() if self.action == "retrieve" else selectors.official_list()

    def get_serializer_class(self):
        return OfficialDetailSerializer if self.action == "retrieve" else OfficialSummarySerializer
