"""API views for conferences and the officials' roles in them; curators correct both."""

from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_view

from core.api.errors import ERROR_RESPONSES
from core.api.viewsets import CuratedViewSet
from meetings import selectors
from meetings.examples import CONFERENCE_DETAIL_EXAMPLE, CONFERENCE_EXAMPLE
from meetings.filters import ConferenceFilter, ParticipantFilter
from meetings.serializers import (
    ConferenceCurationSerializer,
    ConferenceDetailSerializer,
    ConferenceSummarySerializer,
    ParticipantCurationSerializer,
    ParticipantSerializer,
)


@extend_schema_view(
    list=extend_schema(
        summary="List conferences",
        responses={200: ConferenceSummarySerializer, **ERROR_RESPONSES},
        examples=[CONFERENCE_EXAMPLE],
    ),
    retrieve=extend_schema(
        summary="Read a conference with its participants, directives and tasks",
        responses={200: ConferenceDetailSerializer, **ERROR_RESPONSES},
        examples=[CONFERENCE_DETAIL_EXAMPLE],
    ),
    partial_update=extend_schema(
        summary="Correct a conference (each field set is kept through re-parses)",
        request=ConferenceCurationSerializer,
        responses={200: ConferenceDetailSerializer, **ERROR_RESPONSES},
        examples=[
            OpenApiExample(
                "Name and date",
                value={"name": "Hội nghị giao ban công tác tổ chức xây dựng Đảng quý I/2023", "date": "2023-04-03"},
                request_only=True,
            )
        ],
    ),
)
class ConferenceViewSet(CuratedViewSet):
    filterset_class = ConferenceFilter
    ordering_fields = ["date", "id", "kind", "created_at", "updated_at"]
    # The selector orders by date, newest first, undated last; ?ordering= overrides it.
    list_selector = staticmethod(selectors.conference_list)
    detail_selector = staticmethod(selectors.conference_detail)
    list_serializer_class = ConferenceSummarySerializer
    detail_serializer_class = ConferenceDetailSerializer
    curation_serializer_class = ConferenceCurationSerializer


@extend_schema_view(
    list=extend_schema(summary="List participations", responses={200: ParticipantSerializer, **ERROR_RESPONSES}),
    retrieve=extend_schema(summary="Read a participation", responses={200: ParticipantSerializer, **ERROR_RESPONSES}),
    partial_update=extend_schema(
        summary="Correct who took part or in which role",
        request=ParticipantCurationSerializer,
        responses={200: ParticipantSerializer, **ERROR_RESPONSES},
    ),
)
class ParticipantViewSet(CuratedViewSet):
    filterset_class = ParticipantFilter
    ordering_fields = ["id", "conference", "role"]
    ordering = ["conference_id", "id"]
    list_selector = staticmethod(selectors.participant_list)
    detail_selector = staticmethod(selectors.participant_list)
    list_serializer_class = ParticipantSerializer
    detail_serializer_class = ParticipantSerializer
    curation_serializer_class = ParticipantCurationSerializer
