"""Webhook subscriptions and deliveries as the API shows them; a subscription's secret is shown only once."""

from django.core.validators import URLValidator
from rest_framework import serializers

from core.api.fields import StrictBooleanField, StrictCharField, StrictTextField
from webhooks.models import Delivery, Event, Subscription


class HttpUrlField(serializers.URLField):
    """A URL with the http or https scheme."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        others = [v for v in self.validators if not isinstance(v, URLValidator)]
        self.validators = [*others, URLValidator(schemes=["http", "https"], message=self.error_messages["invalid"])]


class WebhookSubscriptionSerializer(serializers.ModelSerializer):
    url = HttpUrlField(max_length=2000, help_text="Where deliveries are POSTed (http or https).")
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=Event.choices),
        min_length=1,
        max_length=len(Event.choices),
        help_text="The events sent to this URL.",
    )
    secret = StrictTextField(
        write_only=True,
        required=False,
        min_length=16,
        max_length=200,
        help_text="Key of the deliveries' signature; one is made when none is given. Never shown again.",
    )
    description = StrictCharField(max_length=200, required=False, allow_blank=True, help_text="What it is for.")
    active = StrictBooleanField(required=False, help_text="Inactive subscriptions get no new deliveries.")

    class Meta:
        model = Subscription
        fields = ["id", "url", "events", "secret", "description", "active", "created_by", "created_at", "updated_at"]
        read_only_fields = ["id", "created_by", "created_at", "updated_at"]

    def validate_events(self, events: list[str]) -> list[str]:
        return sorted(set(events))


class WebhookSubscriptionCreatedSerializer(WebhookSubscriptionSerializer):
    """A new subscription, with its secret: the only time the API shows it."""

    secret = serializers.CharField(read_only=True, help_text="Key of the deliveries' HMAC-SHA256 signature.")


class WebhookDeliverySerializer(serializers.ModelSerializer):
    class Meta:
        model = Delivery
        fields = [
            "id",
            "subscription",
            "event",
            "event_id",
            "record_type",
            "record_id",
            "payload",
            "status",
            "attempts",
            "next_attempt_at",
            "response_status",
            "last_error",
            "replay_of",
            "created_at",
            "delivered_at",
        ]
        read_only_fields = fields
