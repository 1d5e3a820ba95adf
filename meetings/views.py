"""API views for conferences."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets

from documents.api.errors import ERROR_RESPONSES
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
class ConferenceViewSet(viewsets.ReadOnlyModelViewSet):
    filterset_class = ConferenceFilter
    ordering_fields = ["date", "id", "kind", "created_at"]
    # The selector orders by date, newest first, undated last; ?ordering= overrides it.

    def get_queryset(self):
        return selectors.conference_detail() if self.action == "retrieve" else selectors.conference_list()

    def get_serializer_class(self):
        return ConferenceDetailSerializer if self.action == "retrieve" else ConferenceSummarySerializer
