"""API views for officials and organisations."""

from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_view
from rest_framework.decorators import action

from core.api.errors import ERROR_RESPONSES
from core.api.viewsets import MergeableViewSet
from people import selectors
from people.filters import OfficialFilter, OrganizationFilter, PostFilter
from people.serializers import (
    HolderSerializer,
    MemberSerializer,
    OfficialCurationSerializer,
    OfficialDetailSerializer,
    OfficialHoldingSerializer,
    OfficialSummarySerializer,
    OrganizationCurationSerializer,
    OrganizationSerializer,
    ParticipationSerializer,
    PostCurationSerializer,
    PostSerializer,
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
        examples=[
            OpenApiExample(
                "Spelling", value={"name": "Mai Văn Chính", "other_names": ["Mai Van Chinh"]}, request_only=True
            )
        ],
    ),
)
class OfficialViewSet(MergeableViewSet):
    filterset_class = OfficialFilter
    ordering_fields = ["name", "id", "created_at", "updated_at"]
    ordering = ["name", "id"]
    list_selector = staticmethod(selectors.official_list)
    detail_selector = staticmethod(selectors.official_detail)
    list_serializer_class = OfficialSummarySerializer
    detail_serializer_class = OfficialDetailSerializer
    curation_serializer_class = OfficialCurationSerializer

    @extend_schema(
        summary="An official's holdings of posts",
        responses={200: OfficialHoldingSerializer(many=True), **ERROR_RESPONSES},
        filters=False,
    )
    @action(detail=True, methods=["get"], filter_backends=[])
    def holdings(self, request, pk=None):
        page = self.paginate_queryset(selectors.holdings_of_official(self.get_object()))
        return self.get_paginated_response(OfficialHoldingSerializer(page, many=True).data)

    @extend_schema(
        summary="The conferences an official took part in, latest first",
        responses={200: ParticipationSerializer(many=True), **ERROR_RESPONSES},
        filters=False,
    )
    @action(detail=True, methods=["get"], filter_backends=[])
    def participations(self, request, pk=None):
        page = self.paginate_queryset(selectors.participations_of_official(self.get_object()))
        return self.get_paginated_response(ParticipationSerializer(page, many=True).data)


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
    ordering_fields = ["name", "id", "updated_at"]
    ordering = ["name", "id"]
    list_selector = staticmethod(selectors.organization_list)
    detail_selector = staticmethod(selectors.organization_detail)
    list_serializer_class = OrganizationSerializer
    detail_serializer_class = OrganizationSerializer
    curation_serializer_class = OrganizationCurationSerializer

    @extend_schema(
        summary="Who held posts in this organisation, latest first",
        responses={200: MemberSerializer(many=True), **ERROR_RESPONSES},
        filters=False,
    )
    @action(detail=True, methods=["get"], filter_backends=[])
    def members(self, request, pk=None):
        page = self.paginate_queryset(selectors.members_of(self.get_object()))
        return self.get_paginated_response(MemberSerializer(page, many=True).data)


@extend_schema_view(
    list=extend_schema(
        summary="List posts (titles in organisations)", responses={200: PostSerializer, **ERROR_RESPONSES}
    ),
    retrieve=extend_schema(summary="Read a post", responses={200: PostSerializer, **ERROR_RESPONSES}),
    partial_update=extend_schema(
        summary="Correct a post's title or organisation",
        request=PostCurationSerializer,
        responses={200: PostSerializer, **ERROR_RESPONSES},
    ),
)
class PostViewSet(MergeableViewSet):
    filterset_class = PostFilter
    ordering_fields = ["name", "id", "updated_at"]
    ordering = ["name", "id"]
    list_selector = staticmethod(selectors.post_list)
    detail_selector = staticmethod(selectors.post_list)
    list_serializer_class = PostSerializer
    detail_serializer_class = PostSerializer
    curation_serializer_class = PostCurationSerializer

    @extend_schema(
        summary="Who held this post, and when",
        responses={200: HolderSerializer(many=True), **ERROR_RESPONSES},
        filters=False,
    )
    @action(detail=True, methods=["get"], filter_backends=[])
    def holders(self, request, pk=None):
        page = self.paginate_queryset(selectors.holders_of(self.get_object()))
        return self.get_paginated_response(HolderSerializer(page, many=True).data)
