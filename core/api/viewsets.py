"""A read-only viewset whose list and detail each read through their own selector and serializer."""

from collections.abc import Callable

from django.db.models import QuerySet
from rest_framework import viewsets


class SelectorReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    """Lists use a light selector and serializer; detail views prefetch everything they nest."""

    list_selector: Callable[[], QuerySet]
    detail_selector: Callable[[], QuerySet]
    list_serializer_class: type
    detail_serializer_class: type

    def get_queryset(self) -> QuerySet:
        return (self.detail_selector if self.detail else self.list_selector)()

    def get_serializer_class(self) -> type:
        return self.detail_serializer_class if self.detail else self.list_serializer_class
