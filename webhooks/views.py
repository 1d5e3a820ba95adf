"""Webhooks over the API: curators register subscriptions, read their deliveries and replay one."""

from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.api.errors import ERROR_RESPONSES
from core.api.filters import AskedFilterBackend
from core.api.viewsets import who_acted
from core.keys import Scope
from webhooks.filters import WebhookDeliveryFilter
from webhooks.models import Delivery, Subscription
from webhooks.serializers import (
    WebhookDeliverySerializer,
    WebhookSubscriptionCreatedSerializer,
    WebhookSubscriptionSerializer,
)
from webhooks.services import replay

SUBSCRIPTION = {200: WebhookSubscriptionSerializer, **ERROR_RESPONSES}
DELIVERY = {200: WebhookDeliverySerializer, **ERROR_RESPONSES}


@extend_schema_view(
    list=extend_schema(summary="List webhook subscriptions", responses=SUBSCRIPTION),
    retrieve=extend_schema(summary="Read a webhook subscription", responses=SUBSCRIPTION),
    create=extend_schema(
        summary="Subscribe a URL to events; the answer holds the signing secret, shown only this once",
        responses={201: WebhookSubscriptionCreatedSerializer, **ERROR_RESPONSES},
        examples=[
            OpenApiExample(
                "Parsed uploads and task changes",
                value={"url": "https://hooks.example.org/records", "events": ["article.parsed", "task.changed"]},
                request_only=True,
            )
        ],
    ),
    partial_update=extend_schema(
        summary="Change a subscription (URL, events, secret, active)",
        responses=SUBSCRIPTION,
        examples=[OpenApiExample("Pause", value={"active": False}, request_only=True)],
    ),
    destroy=extend_schema(
        summary="Delete a subscription and its delivery log",
        responses={204: OpenApiResponse(description="Deleted."), **ERROR_RESPONSES},
    ),
)
class WebhookSubscriptionViewSet(viewsets.ModelViewSet):
    queryset = Subscription.objects.order_by("id")
    serializer_class = WebhookSubscriptionSerializer
    filter_backends = []
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]
    read_scope = Scope.CURATE
    write_scope = Scope.CURATE

    def create(self, request, *args, **kwargs):
        incoming = self.get_serializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        subscription = incoming.save(created_by=who_acted(request) or str(request.user))
        return Response(WebhookSubscriptionCreatedSerializer(subscription).data, status=status.HTTP_201_CREATED)


@extend_schema_view(
    list=extend_schema(summary="List webhook deliveries, newest first", responses=DELIVERY),
    retrieve=extend_schema(summary="Read a webhook delivery", responses=DELIVERY),
)
class WebhookDeliveryViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    queryset = Delivery.objects.order_by("-id")
    serializer_class = WebhookDeliverySerializer
    filterset_class = WebhookDeliveryFilter
    filter_backends = [AskedFilterBackend]
    read_scope = Scope.CURATE
    write_scope = Scope.CURATE

    @extend_schema(
        summary="Send a delivery again, as a new delivery of the same event (same event id)",
        request=None,
        responses={202: WebhookDeliverySerializer, **ERROR_RESPONSES},
    )
    @action(detail=True, methods=["post"])
    def replay(self, request, pk=None):
        return Response(WebhookDeliverySerializer(replay(self.get_object())).data, status=status.HTTP_202_ACCEPTED)
