"""Serializer pieces shared by every app: evidence spans, empty values written as null, loaded lists."""

from django.core.validators import RegexValidator
from drf_spectacular.utils import extend_schema_field
from rest_framework import relations, serializers

from core.prefetch import loaded


class EvidenceSerializer(serializers.Serializer):
    """Where a record was read: ``article.text[start:end]``."""

    article = serializers.IntegerField(source="article_id", read_only=True)
    start = serializers.IntegerField(read_only=True)
    end = serializers.IntegerField(read_only=True)


class QuotedEvidenceSerializer(EvidenceSerializer):
    """Where a record was read, with the text it quotes (detail views)."""

    quote = serializers.CharField(read_only=True, help_text="article.text[start:end]")


@extend_schema_field(EvidenceSerializer)
class EvidenceField(serializers.Field):
    """Evidence of the record itself: its own article, start and end."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "*")
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value) -> dict:
        return {"article": value.article_id, "start": value.start, "end": value.end}


@extend_schema_field(QuotedEvidenceSerializer)
class QuotedEvidenceField(EvidenceField):
    """Evidence of the record itself with the text it quotes (detail views)."""

    def to_representation(self, value) -> dict:
        # Selectors cut the quote in SQL (core.models.quoted); the property reads the whole text.
        quote = getattr(value, "quote_text", None)
        return {**super().to_representation(value), "quote": quote if quote is not None else value.quote}


class BlankAsNullMixin:
    """A stored blank ("") is answered as null, so that an absent value has one form."""

    def to_representation(self, value):
        return None if value in ("", None) else super().to_representation(value)


class NullableURLField(BlankAsNullMixin, serializers.URLField):
    def __init__(self, **kwargs):
        kwargs.setdefault("allow_null", True)
        super().__init__(**kwargs)


class NullableChoiceField(BlankAsNullMixin, serializers.ChoiceField):
    def __init__(self, choices, **kwargs):
        kwargs.setdefault("allow_null", True)
        super().__init__(choices, **kwargs)


class StrictCharField(serializers.CharField):
    """A JSON string, and only a string (a number or a list is not text)."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictTextField(StrictCharField):
    """A JSON string without NUL characters."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        # DRF refuses NUL characters already; this states it in the schema as a pattern.
        self.validators.append(RegexValidator(r"^[^\x00]*$", "Null characters are not allowed."))


class StrictBooleanField(serializers.BooleanField):
    """A JSON true or false, and only that (not "yes", 1 or "true")."""

    def to_internal_value(self, data):
        if not isinstance(data, bool):
            self.fail("invalid", input=data)
        return data


class StrictPrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    """A record's id as a JSON integer, or null where allowed: not "" (which DRF takes for null), "3" or true."""

    def run_validation(self, data=serializers.empty):
        if data == "":
            self.fail("incorrect_type", data_type="str")
        return super().run_validation(data)

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("incorrect_type", data_type=type(data).__name__)
        return super().to_internal_value(data)


class SelfUrlField(serializers.HyperlinkedIdentityField):
    """The record's own address in the API: absolute when the request is known, else a path.

    The address is reversed once per serializer, with a stand-in id, and the record's id put in its place:
    reversing it per row costs more than the rest of the row.
    """

    STAND_IN = 918_273_645_546_372_819
    # The field reads the record itself, like any field whose source is "*" (so the plan reads it in one step).
    get_attribute = serializers.Field.get_attribute

    def __init__(self, view_name: str, **kwargs):
        kwargs.setdefault("help_text", "This record's address in the API.")
        super().__init__(view_name=view_name, **kwargs)
        self._around_id: list[str] | None = None

    def to_representation(self, value):
        if value.pk is None:
            return None
        if self._around_id is None:
            stand_in = relations.PKOnlyObject(pk=self.STAND_IN)
            url = self.get_url(stand_in, self.view_name, self.context.get("request"), None)
            self._around_id = url.split(str(self.STAND_IN))
        if len(self._around_id) != 2:
            return self.get_url(value, self.view_name, self.context.get("request"), None)
        return f"{self._around_id[0]}{value.pk}{self._around_id[1]}"


class SelfUrlMixin:
    """Gives a serializer ``url``, the address of the record it shows (``self_view_name``, e.g. "task-detail")."""

    self_view_name: str

    def get_fields(self):
        fields = super().get_fields()
        fields["url"] = SelfUrlField(view_name=self.self_view_name)
        return fields


class LoadedListSerializer(serializers.ListSerializer):
    """A nested list answered from the plain list a selector loaded (``core.prefetch``), else as DRF reads it."""

    def get_attribute(self, instance):
        found = getattr(instance, loaded(self.source), None)
        return found if found is not None else super().get_attribute(instance)
