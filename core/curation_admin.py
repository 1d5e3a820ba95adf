"""Admin for curated records: every field a curator changes, on the page or in an inline, is locked."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.http import HttpResponsePermanentRedirect
from django.urls import reverse
from simple_history.admin import SimpleHistoryAdmin

from core.curation import lock
from core.merging import MergeRefused, merge


def _lock_changed(form) -> None:
    """Locks what a curator set: the fields changed on a record, every field given to a new one (a record a
    curator adds is curated: no re-parse removes it or changes what it says)."""
    instance = form.instance
    if hasattr(instance, "locked_fields") and form.has_changed():
        lock(instance, form.changed_data)


@admin.action(description="Merge the selected into the oldest of them")
def merge_into_oldest(modeladmin, request, queryset):
    records = list(queryset.order_by("pk"))
    if len(records) < 2:
        modeladmin.message_user(request, "Select two or more records to merge.", messages.WARNING)
        return
    survivor, *losers = records
    try:
        for loser in losers:
            merge(loser, survivor, merged_by=str(request.user))
    except MergeRefused as exc:
        modeladmin.message_user(request, str(exc), messages.ERROR)
        return
    modeladmin.message_user(request, f"{len(losers)} merged into {survivor}.", messages.SUCCESS)


class LinesField(forms.CharField):
    """A list of names edited as lines of text, one name a line (instead of raw JSON)."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        if isinstance(value, list):
            return value
        return [line.strip() for line in (value or "").splitlines() if line.strip()]

    def has_changed(self, initial, data) -> bool:
        return (initial or []) != self.to_python(data)


# JSON lists a curator edits as lines.
LIST_FIELDS = {"other_names", "locations"}


class LockingAdminMixin:
    """Every field a curator sets, on the page or in an inline, is locked against re-parses."""

    def save_model(self, request, obj, form, change):
        _lock_changed(form)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        for inline_form in formset.forms:
            if not getattr(inline_form, "cleaned_data", {}).get("DELETE"):
                _lock_changed(inline_form)
        super().save_formset(request, form, formset, change)


class CuratedAdmin(LockingAdminMixin, SimpleHistoryAdmin):
    """A model admin whose edits are curation: locked against re-parses, kept in the record's history."""

    curation_fields = ("locked_fields", "not_in_latest_parse")

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in LIST_FIELDS:
            return LinesField(required=False, label=db_field.verbose_name, help_text="One a line.")
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        own = {f.name for f in self.model._meta.get_fields()}
        return readonly + [f for f in self.curation_fields if f in own and f not in readonly]

    def get_search_results(self, request, queryset, search_term):
        """The admin's search folds as the API's ?q= does: case, accents and tone placement forgiven."""
        if search_term and hasattr(self.model, "search_text"):
            from core.search import fold

            folded = fold(search_term)
            matched = queryset.filter(search_text__contains=folded) if folded else queryset
            others, _ = super().get_search_results(request, queryset, search_term)
            return (matched | others).distinct(), True
        return super().get_search_results(request, queryset, search_term)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if hasattr(self.model, "merged_into"):
            actions["merge_into_oldest"] = (merge_into_oldest, "merge_into_oldest", merge_into_oldest.short_description)
        return actions

    def change_view(self, request, object_id, form_url="", extra_context=None):
        merged = (
            self.model.objects.filter(pk=object_id, merged_into__isnull=False).first()
            if hasattr(self.model, "merged_into") and str(object_id).isdigit()
            else None
        )
        if merged is not None:
            opts = self.model._meta
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[merged.survivor().pk])
            return HttpResponsePermanentRedirect(url)
        return super().change_view(request, object_id, form_url, extra_context)


@admin.display(boolean=True, description="curated")
def curated(obj) -> bool:
    return bool(getattr(obj, "locked_fields", None))
