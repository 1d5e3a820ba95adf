"""A record's change history (django-simple-history), as the API shows it: who, when, which values."""

from __future__ import annotations

from django.db.models import Model
from rest_framework import serializers


def history_of(record: Model) -> list:
    """The record's history, newest first, each entry knowing the changes against the one before."""
    entries = list(record.history.select_related("history_user").order_by("-history_date", "-history_id"))
    for newer, older in zip(entries, [*entries[1:], None], strict=True):
        newer.changes = (
            [{"field": c.field, "old": c.old, "new": c.new} for c in newer.diff_against(older).changes]
            if older is not None
            else []
        )
    return entries


class HistoryChangeSerializer(serializers.Serializer):
    field = serializers.CharField()
    old = serializers.JSONField(allow_null=True)
    new = serializers.JSONField(allow_null=True)


class HistoryEntrySerializer(serializers.Serializer):
    """One change of a record."""

    id = serializers.IntegerField(source="history_id")
    date = serializers.DateTimeField(source="history_date")
    type = serializers.ChoiceField(
        source="history_type", choices=[("+", "created"), ("~", "changed"), ("-", "deleted")]
    )
    user = serializers.CharField(source="history_user.username", allow_null=True, default=None)
    reason = serializers.CharField(source="history_change_reason", allow_null=True)
    changes = HistoryChangeSerializer(many=True)
