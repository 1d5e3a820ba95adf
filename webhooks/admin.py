"""Webhooks in the admin: subscriptions with their latest deliveries, and replaying a delivery."""

from django.contrib import admin, messages
from django.db import models
from django.utils.translation import gettext_lazy as _

from webhooks.models import Delivery, Subscription
from webhooks.services import replay

DELIVERY_FIELDS = ["event", "record_type", "record_id", "status", "attempts", "response_status", "created_at"]


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["url", "active", "description", "created_by", "created_at"]
    list_filter = ["active"]
    search_fields = ["url", "description"]
    readonly_fields = ["created_by", "created_at", "updated_at"]
    # A subscriber's address typed without a scheme is taken as https (Django 6's default, said now).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["id", "subscription", *DELIVERY_FIELDS, "delivered_at"]
    list_filter = ["status", "event", "record_type"]
    search_fields = ["=record_id", "=event_id", "subscription__url"]
    list_select_related = ["subscription"]
    readonly_fields = [f.name for f in Delivery._meta.fields]
    actions = ["replay_deliveries"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_replay_permission(self, request) -> bool:
        return request.user.has_perm("webhooks.change_delivery")

    @admin.action(description=_("Send the selected deliveries again"), permissions=["replay"])
    def replay_deliveries(self, request, queryset) -> None:
        replayed = [replay(delivery) for delivery in queryset]
        self.message_user(request, _("%d deliveries sent again.") % len(replayed), messages.SUCCESS)
