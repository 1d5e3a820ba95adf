"""API views for officials and organisations."""

from drf_spectacular.utils import extend_schema, extend_schema_view

from core.api.errors import ERROR_RESPONSES
from core.api.viewsets import MergeableViewSet
from people import selectors
from people.filters import OfficialFilter, OrganizationFilter
from people.serializers import (
    OfficialCurationSerializer,
    OfficialDetailSerializer,
    OfficialSummarySerializer,
    OrganizationCurationSerializer,
    OrganizationSerializer,
)


@extend_schema_view(
    list=extend_schema(
        summary="List officials with their positions", responses={200: OfficialSummarySerializer, **ERROR_RESPONSES}
    ),
    retrieve=extend_schema(
        summary="Read an official with positions, evidence and conferences",
        responses={200: OfficialDetailSerializer, **ERROR_RESPONSES},
    ),
    partial_update=extend_schema(
        summary="Correct an official's name or other names",
        request=OfficialCurationSerializer,
        responses={200: OfficialDetailSerializer, **ERROR_RESPONSES},
    ),
)
class OfficialViewSet(MergeableViewSet):
    filterset_class = OfficialFilter
    ordering_fields = ["name", "id", "created_at"]
    ordering = ["name", "id"]
    list_selector = staticmethod(selectors.official_list)
    detail_selector = staticmethod(selectors.official_detail)
    list_serializer_class = OfficialSummarySerializer
    detail_serializer_class = OfficialDetailSerializer
    curation_serializer_class = OfficialCurationSerializer


@extend_schema_view(
    list=extend_schema(summary="List organisations", responses={200: OrganizationSerializer, **ERROR_RESPONSES}),
    retrieve=extend_schema(summary="Read an organisation", responses={200: OrganizationSerializer, **ERROR_RESPONSES}),
    partial_update=extend_schema(
        summary="Correct an organisation's name or other names",
        request=OrganizationCurationSerializer,
        responses={200: OrganizationSerializer, **ERROR_RESPONSES},
    ),
)
class OrganizationViewSet(MergeableViewSet):
    filterset_class = OrganizationFilter
    ordering_fields = ["name", "id"]
    ordering = ["name", "id"]
    list_selector = staticmethod(selectors.organization_list)
    detail_selector = staticmethod(selectors.organization_detail)
    list_serializer_class = OrganizationSerializer
    detail_serializer_class = OrganizationSerializer
    curation_serializer_class = OrganizationCurationSerializer
