"""Serializer pieces shared by every app: evidence spans."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers


class EvidenceSerializer(serializers.Serializer):
    """Where a record was read: ``article.text[start:end]``."""

    article = serializers.IntegerField(source="article_id", read_only=True)
    start = serializers.IntegerField(read_only=True)
    end = serializers.IntegerField(read_only=True)
    quote = serializers.CharField(read_only=True, required=False, help_text="The quoted text (detail views).")


@extend_schema_field(EvidenceSerializer)
class EvidenceField(serializers.Field):
    """Evidence of the record itself (its own article, start and end)."""

    def __init__(self, quoted: bool = False, **kwargs):
        self.quoted = quoted
        kwargs.setdefault("source", "*")
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value) -> dict:
        data = {"article": value.article_id, "start": value.start, "end": value.end}
        if self.quoted:
            data["quote"] = value.quote
        return data
