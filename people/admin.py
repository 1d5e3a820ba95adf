"""Admin for officials, their positions, and organisations."""

from django.contrib import admin

from core.curation_admin import CuratedAdmin, curated
from core.evidence_admin import EvidenceAdminMixin
from core.names import name_key, search_key
from people.models import Official, Organization, Position, PositionEvidence


class PositionInline(admin.TabularInline):
    model = Position
    extra = 0
    fields = ["text", "title", "organization"]
    autocomplete_fields = ["organization"]
    show_change_link = True


class PositionEvidenceInline(EvidenceAdminMixin, admin.TabularInline):
    model = PositionEvidence
    extra = 0
    fields = ["article", "observed_on", "start", "end", "evidence"]
    readonly_fields = ["evidence"]
    autocomplete_fields = ["article"]


@admin.register(Official)
class OfficialAdmin(CuratedAdmin):
    list_display = ["name", "other_names", curated, "created_at"]
    search_fields = ["name", "name_key", "positions__text"]
    readonly_fields = ["name_key", "created_at", "updated_at"]
    inlines = [PositionInline]

    def save_model(self, request, obj, form, change):
        obj.name_key = name_key(obj.name)
        obj.search_key = search_key(obj.name)
        super().save_model(request, obj, form, change)


@admin.register(Organization)
class OrganizationAdmin(CuratedAdmin):
    list_display = ["name", "created_at"]
    search_fields = ["name", "name_key"]
    readonly_fields = ["name_key"]

    def save_model(self, request, obj, form, change):
        obj.name_key = name_key(obj.name)
        obj.search_key = search_key(obj.name)
        super().save_model(request, obj, form, change)


@admin.register(Position)
class PositionAdmin(admin.ModelAdmin):
    list_display = ["official", "text", "title", "organization"]
    list_select_related = ["official", "organization"]
    search_fields = ["text", "official__name"]
    list_filter = ["organization"]
    autocomplete_fields = ["official", "organization"]
    readonly_fields = ["text_key"]
    inlines = [PositionEvidenceInline]
