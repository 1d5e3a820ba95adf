"""Serializer pieces for curated records: what a curator set, and whether the latest parse still finds it."""

from rest_framework import serializers

from core.api.fields import StrictPrimaryKeyRelatedField, StrictTextField

CURATION_FIELDS = ["curated_fields", "not_in_latest_parse"]


class CurationStateMixin(serializers.Serializer):
    """Adds ``curated_fields`` (locked against re-parses) and ``not_in_latest_parse`` to a record's answer."""

    curated_fields = serializers.ListField(
        source="locked_fields", child=serializers.CharField(), read_only=True, help_text="Fields a curator set."
    )
    not_in_latest_parse = serializers.BooleanField(
        read_only=True, help_text="Kept because curated, though the latest parse no longer finds it."
    )


class CurationSerializer(serializers.ModelSerializer):
    """What a curator may correct in a record: a link to another record is its id as the schema says, a JSON
    integer (or null where allowed)."""

    serializer_related_field = StrictPrimaryKeyRelatedField


class StringListField(serializers.ListField):
    """A list of names, each a non-empty string."""

    def __init__(self, **kwargs):
        kwargs.setdefault("child", StrictTextField(max_length=300))
        super().__init__(**kwargs)


MERGE_FIELDS = ["deleted", "merged_into"]


class MergeStateMixin(serializers.Serializer):
    """Whether the record was merged into another: then it is a tombstone, and ``merged_into`` the survivor."""

    deleted = serializers.SerializerMethodField(help_text="True for a tombstone: merged into another record.")
    merged_into = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True, help_text="The survivor.")

    def get_deleted(self, record) -> bool:
        return record.merged_into_id is not None
