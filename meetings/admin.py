"""Admin for conferences (participants, cited directives and tasks inline) and directive mentions."""

from django.contrib import admin

from core.curation_admin import CuratedAdmin, curated
from core.evidence_admin import EvidenceAdminMixin
from meetings.models import Conference, DirectiveMention, Participant
from tasks.models import Task


class ParticipantInline(EvidenceAdminMixin, admin.TabularInline):
    model = Participant
    extra = 0
    fields = ["official", "role", "raw_name", "start", "end", "evidence"]
    readonly_fields = ["evidence"]
    autocomplete_fields = ["official"]


class ConferenceDirectiveInline(EvidenceAdminMixin, admin.TabularInline):
    model = DirectiveMention
    fk_name = "conference"
    extra = 0
    fields = ["directive", "article", "start", "end", "evidence"]
    readonly_fields = ["evidence"]
    autocomplete_fields = ["directive", "article"]
    verbose_name = "cited directive"
    verbose_name_plural = "cited directives"


class TaskInline(EvidenceAdminMixin, admin.StackedInline):
    model = Task
    extra = 0
    fields = ["article", "sequence", "ordinal", "text", "assignee", "due", "status", "evidence"]
    readonly_fields = ["evidence"]
    autocomplete_fields = ["article"]


@admin.register(Conference)
class ConferenceAdmin(EvidenceAdminMixin, CuratedAdmin):
    list_display = ["name", "kind", "date", "format", "organizer_name", "article", curated, "not_in_latest_parse"]
    list_filter = ["kind", "format", "date"]
    search_fields = ["name", "organizer_name", "article__title"]
    date_hierarchy = "date"
    autocomplete_fields = ["article", "organizer"]
    readonly_fields = ["evidence", "created_at", "updated_at"]
    inlines = [ParticipantInline, ConferenceDirectiveInline, TaskInline]


@admin.register(Participant)
class ParticipantAdmin(EvidenceAdminMixin, CuratedAdmin):
    list_display = ["official", "role", "conference", "evidence"]
    list_select_related = ["official", "conference", "article"]
    list_filter = ["role"]
    search_fields = ["official__name", "raw_name", "conference__name"]
    autocomplete_fields = ["official", "conference", "article"]
    readonly_fields = ["evidence"]


@admin.register(DirectiveMention)
class DirectiveMentionAdmin(EvidenceAdminMixin, admin.ModelAdmin):
    list_display = ["directive", "article", "conference", "evidence"]
    list_select_related = ["directive", "article", "conference"]
    search_fields = ["directive__code", "article__title"]
    autocomplete_fields = ["directive", "article", "conference"]
    readonly_fields = ["evidence", "cited_title", "cited_issuer", "cited_date", "cited_term"]
