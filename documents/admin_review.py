"""Admin for the review queue: what needs a person, settled in place (dismiss, merge, parse again)."""

from django.contrib import admin, messages

from core.review import ReviewItem, ReviewStatus
from documents.services.review import CannotResolve, resolve


def _resolving(action: str, description: str):
    @admin.action(description=description)
    def run(modeladmin, request, queryset):
        done, refused = 0, []
        for item in queryset.filter(status=ReviewStatus.OPEN):
            try:
                resolve(item, action, by=str(request.user))
                done += 1
            except CannotResolve as exc:
                refused.append(f"{item}: {exc}")
        modeladmin.message_user(request, f"{done} item(s) settled.", messages.SUCCESS)
        for message in refused[:10]:
            modeladmin.message_user(request, message, messages.WARNING)

    run.__name__ = action
    return run


@admin.register(ReviewItem)
class ReviewItemAdmin(admin.ModelAdmin):
    list_display = ["__str__", "reason", "status", "detail", "created_at", "resolution"]
    list_filter = ["status", "reason"]
    search_fields = ["detail", "resolution"]
    readonly_fields = [f.name for f in ReviewItem._meta.fields] + ["record"]
    actions = [
        _resolving("dismiss", "Dismiss"),
        _resolving("merge", "Merge with the other record it may be"),
        _resolving("keep_apart", "Keep apart: two different records"),
        _resolving("reparse", "Parse the article again"),
    ]

    def has_add_permission(self, request) -> bool:
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("content_type")
