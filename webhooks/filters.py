"""List filters for webhook deliveries."""

import django_filters

from core.api.filters import IdFilter, StrictFilterSet
from webhooks.models import Delivery, DeliveryStatus, Event


class WebhookDeliveryFilter(StrictFilterSet):
    subscription = IdFilter(field_name="subscription_id", help_text="Sent to this subscription (id).")
    status = django_filters.ChoiceFilter(choices=DeliveryStatus.choices, help_text="Where the delivery stands.")
    event = django_filters.ChoiceFilter(choices=Event.choices, help_text="The event delivered.")
    record_type = django_filters.CharFilter(max_length=40, help_text="Kind of the record (conference, official, …).")
    record_id = IdFilter(help_text="Id of the record.")

    class Meta:
        model = Delivery
        fields = []
