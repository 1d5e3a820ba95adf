"""Admin for curated records: every field a curator changes, on the page or in an inline, is locked."""

from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from core.curation import lock


def _lock_changed(form) -> None:
    instance = form.instance
    if instance.pk and hasattr(instance, "locked_fields") and form.has_changed():
        lock(instance, form.changed_data)


class CuratedAdmin(SimpleHistoryAdmin):
    """A model admin whose edits are curation: locked against re-parses, kept in the record's history."""

    curation_fields = ("locked_fields", "not_in_latest_parse")

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        own = {f.name for f in self.model._meta.get_fields()}
        return readonly + [f for f in self.curation_fields if f in own and f not in readonly]

    def save_model(self, request, obj, form, change):
        if change:
            _lock_changed(form)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        for inline_form in formset.forms:
            if not getattr(inline_form, "cleaned_data", {}).get("DELETE"):
                _lock_changed(inline_form)
        super().save_formset(request, form, formset, change)


@admin.display(boolean=True, description="curated")
def curated(obj) -> bool:
    return bool(getattr(obj, "locked_fields", None))
