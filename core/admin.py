"""Admin for API keys (issue, shown once; list; revoke) and the merge log (undo a merge)."""

from django.contrib import admin, messages

from core.key_cache import revoke_keys
from core.keys import ApiKey
from core.merging import MergeRecord, unmerge


@admin.action(description="Revoke the selected keys")
def revoke(modeladmin, request, queryset):
    count = revoke_keys(queryset)
    modeladmin.message_user(request, f"{count} key(s) revoked.", messages.SUCCESS)


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    list_display = ["name", "prefix", "scopes", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["name", "prefix"]
    readonly_fields = ["prefix", "created_at", "last_used_at"]
    fields = ["name", "scopes", "prefix", "created_at", "last_used_at", "revoked_at"]
    actions = [revoke]

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        try:
            issued, key = ApiKey.issue(obj.name, list(obj.scopes or []))
        except ValueError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        obj.pk = issued.pk
        self.message_user(request, f"The key for {obj.name} (shown this once, copy it now): {key}", messages.WARNING)


@admin.action(description="Undo the selected merges")
def undo_merges(modeladmin, request, queryset):
    undone = 0
    for record in queryset.filter(undone_at__isnull=True).order_by("-created_at"):
        unmerge(record)
        undone += 1
    modeladmin.message_user(request, f"{undone} merge(s) undone.", messages.SUCCESS)


@admin.register(MergeRecord)
class MergeRecordAdmin(admin.ModelAdmin):
    list_display = ["__str__", "model", "aliases", "merged_by", "created_at", "undone_at"]
    list_filter = ["model", "undone_at"]
    readonly_fields = [f.name for f in MergeRecord._meta.fields]
    actions = [undo_merges]

    def has_add_permission(self, request) -> bool:
        return False
