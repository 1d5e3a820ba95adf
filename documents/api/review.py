"""The review queue over the API: GET /review/ lists what needs a person; POST /review/{id}/resolve/ settles one."""

from __future__ import annotations

import django_filters
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from core.api.errors import ERROR_RESPONSES
from core.api.fields import StrictTextField
from core.api.filters import StrictFilterSet
from core.api.viewsets import who_acted
from core.keys import Scope
from core.review import ReviewItem, ReviewReason, ReviewStatus
from documents.services.review import ACTIONS, CannotResolve, resolve


class ReviewRecordSerializer(serializers.Serializer):
    kind = serializers.CharField(help_text="app_label.model of the record.")
    id = serializers.IntegerField()
    label = serializers.CharField(help_text="The record as people name it.")


class ReviewItemSerializer(serializers.ModelSerializer):
    """One thing that needs a person, and what was done about it."""

    record = serializers.SerializerMethodField()

    class Meta:
        model = ReviewItem
        fields = ["id", "reason", "status", "record", "other_id", "detail", "resolution", "resolved_by"]
        fields += ["resolved_at", "created_at"]
        read_only_fields = fields

    @extend_schema_field(ReviewRecordSerializer)
    def get_record(self, item: ReviewItem) -> dict:
        record = item.record
        return {
            "kind": item.content_type.app_label + "." + item.content_type.model,
            "id": item.object_id,
            "label": str(record) if record is not None else "(gone)",
        }


class ReviewResolutionSerializer(serializers.Serializer):
    action = serializers.ChoiceField(
        choices=["dismiss", "merge", "rename", "reparse", "keep_apart"],
        help_text="What to do with the item; the actions that fit its reason: "
        + "; ".join(f"{reason}: {', '.join(sorted(actions))}" for reason, actions in ACTIONS.items())
        + ". An item no longer open takes none.",
    )
    into = serializers.IntegerField(
        required=False, min_value=1, max_value=2**63 - 1, help_text="merge: the record to merge into."
    )
    name = StrictTextField(required=False, max_length=300, help_text="rename: the body's full name.")


class ReviewItemFilter(StrictFilterSet):
    reason = django_filters.ChoiceFilter(choices=ReviewReason.choices, help_text="Why it needs a person.")
    status = django_filters.ChoiceFilter(choices=ReviewStatus.choices, help_text="Open, resolved or dismissed.")

    class Meta:
        model = ReviewItem
        fields = ["reason", "status"]


@extend_schema_view(
    list=extend_schema(summary="What needs a person", responses={200: ReviewItemSerializer, **ERROR_RESPONSES}),
    retrieve=extend_schema(summary="Read a review item", responses={200: ReviewItemSerializer, **ERROR_RESPONSES}),
)
class ReviewItemViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    queryset = (
        ReviewItem.objects.select_related("content_type").prefetch_related("record").order_by("-created_at", "-id")
    )
    serializer_class = ReviewItemSerializer
    filterset_class = ReviewItemFilter
    ordering_fields = ["created_at", "id"]
    write_scope = Scope.CURATE

    @extend_schema(
        summary="Settle a review item in place",
        request=ReviewResolutionSerializer,
        responses={200: ReviewItemSerializer, **ERROR_RESPONSES},
    )
    @action(detail=True, methods=["post"], filter_backends=[])
    def resolve(self, request, pk=None):
        item = self.get_object()
        body = ReviewResolutionSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        try:
            item = resolve(item, by=who_acted(request) or str(request.user), **body.validated_data)
        except CannotResolve as exc:
            raise ValidationError({"action": [str(exc)]}) from exc
        return Response(ReviewItemSerializer(item).data)
