"""A read serializer's answer built from a plan made once per serializer and class of record.

DRF answers each field of each row through the same dispatch: walk the source, check for a mapping and
for a callable, map exceptions, test for a primary-key stand-in. For most fields of a list that costs
more than the value itself. The plan reads a plain field (one attribute, the record itself, or a
foreign key's id) with one look-up and hands the value to the field's own ``to_representation``; any
other field (a dotted source, a method as source, a field that reads its attribute its own way) goes
through DRF as before. The answer is the same; tests compare the two over every list and detail.
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Callable, Mapping
from operator import attrgetter
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from rest_framework import fields, relations, serializers

Reader = Callable[[Any], Any]
_MISSING = object()


def _itself(instance: Any) -> Any:
    return instance


def _model_field(record_class: type, name: str) -> models.Field | None:
    meta = getattr(record_class, "_meta", None)
    try:
        return meta.get_field(name) if meta is not None else None
    except FieldDoesNotExist:
        return None


def _reader(field: fields.Field, record_class: type) -> tuple[Reader | None, bool]:
    """How to read the field's value from a record of this class in one step (None: through DRF), and
    whether the value is already the answer (a foreign key's id)."""
    if type(field) is relations.PrimaryKeyRelatedField and len(field.source_attrs) == 1 and field.pk_field is None:
        found = _model_field(record_class, field.source_attrs[0])
        if isinstance(found, models.ForeignKey) and found.target_field.primary_key:
            return attrgetter(found.attname), True
        return None, False
    if type(field).get_attribute is not fields.Field.get_attribute:
        return None, False
    if field.source == "*":
        return _itself, False
    if len(field.source_attrs) != 1:
        return None, False
    declared = inspect.getattr_static(record_class, field.source_attrs[0], None)
    if inspect.isfunction(declared) or isinstance(declared, staticmethod | classmethod):
        return None, False  # DRF calls a method named as a source
    return attrgetter(field.source_attrs[0]), False


class PlannedRepresentationMixin:
    """Answers a record through a plan of its readable fields (see the module); a mapping goes through DRF."""

    def to_representation(self, instance):
        if isinstance(instance, Mapping):
            return super().to_representation(instance)
        plans = self.__dict__.setdefault("_plans", {})
        plan = plans.get(type(instance))
        if plan is None:
            plan = plans[type(instance)] = [(field, *_reader(field, type(instance))) for field in self._readable_fields]
        answer = {}
        for field, read, is_answer in plan:
            if read is None:
                value = _MISSING
            else:
                try:
                    value = read(instance)
                except AttributeError:  # an annotation this queryset lacks: DRF decides below
                    value = _MISSING
            if value is _MISSING:
                try:
                    value = field.get_attribute(instance)
                except fields.SkipField:
                    continue
                if isinstance(value, relations.PKOnlyObject):
                    answer[field.field_name] = None if value.pk is None else field.to_representation(value)
                    continue
            if value is None:
                answer[field.field_name] = None
            else:
                answer[field.field_name] = value if is_answer else field.to_representation(value)
        return answer


def _own_copy(field: fields.Field) -> fields.Field:
    """A copy of an unbound field for one serializer. DRF's deep copy builds the field anew from its arguments,
    which costs a read more than answering it; a read-only field keeps no state of its own but what binding
    sets, so a shallow copy serves. A field holding others (a nested serializer, a list's child) is copied
    whole, so that binding its children does not reach the prototype's."""
    holds_others = isinstance(field, serializers.BaseSerializer | relations.ManyRelatedField) or hasattr(field, "child")
    return copy.copy(field) if field.read_only and not holds_others else copy.deepcopy(field)


class PlannedModelSerializer(PlannedRepresentationMixin, serializers.ModelSerializer):
    """A read serializer that answers through a plan (see the module), and builds its fields from the model
    once per class: DRF's ModelSerializer builds them per instance, though they depend on the class alone;
    each instance gets its own copies, as with declared fields."""

    def get_fields(self):
        prototypes = type(self).__dict__.get("_field_prototypes")
        if prototypes is None:
            prototypes = super().get_fields()
            type(self)._field_prototypes = prototypes
        return {name: _own_copy(field) for name, field in prototypes.items()}
