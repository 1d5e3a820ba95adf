"""API views for conferences."""

from drf_spectacular.utils import extend_schema, extend_schema_view

from core.api.errors import ERROR_RESPONSES
from core.api.viewsets import SelectorReadOnlyViewSet
from meetings import selectors
from meetings.filters import ConferenceFilter
from meetings.serializers import ConferenceDetailSerializer, ConferenceSummarySerializer


@extend_schema_view(
    list=extend_schema(summary="List conferences", responses={200: ConferenceSummarySerializer, **ERROR_RESPONSES}),
    retrieve=extend_schema(
        summary="Read a conference with its participants, directives and tasks",
        responses={200: ConferenceDetailSerializer, **ERROR_RESPONSES},
    ),
)
class ConferenceViewSet(SelectorReadOnlyViewSet):
    filterset_class = ConferenceFilter
    ordering_fields = ["date", "id", "kind", "created_at"]
    # The selector orders by date, newest first, undated last; ?ordering= overrides it.
    list_selector = staticmethod(selectors.conference_list)
    detail_selector = staticmethod(selectors.conference_detail)
    list_serializer_class = ConferenceSummarySerializer
    detail_serializer_class = ConferenceDetailSerializer
