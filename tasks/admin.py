"""Admin for tasks: curators set their status."""

from django.contrib import admin

from core.curation_admin import CuratedAdmin, curated
from core.evidence_admin import EvidenceAdminMixin
from tasks.models import Task


@admin.register(Task)
class TaskAdmin(EvidenceAdminMixin, CuratedAdmin):
    list_display = ["__str__", "status", "ordinal", "assignee", "due", "conference", curated, "not_in_latest_parse"]
    list_select_related = ["conference"]
    list_filter = ["status", "conference__kind"]
    list_editable = ["status"]
    search_fields = ["text", "assignee", "conference__name"]
    autocomplete_fields = ["conference", "article", "directives"]
    readonly_fields = ["evidence", "created_at", "updated_at"]
