"""Admin for officials, their positions, and organisations."""

from django.contrib import admin
from django.utils.html import format_html_join

from core.curation_admin import CuratedAdmin, LockingAdminMixin, curated
from core.evidence_admin import EvidenceAdminMixin, quote_of
from core.names import name_key, search_key
from meetings.models import Participant
from people.models import Official, Organization, Position, PositionEvidence, Post
from people.posts import post_key, post_name


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


class ParticipationInline(EvidenceAdminMixin, admin.TabularInline):
    """The conferences an official took part in, as read (corrected on the participation's own page)."""

    model = Participant
    extra = 0
    fields = ["conference", "role", "raw_name", "evidence"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False
    verbose_name_plural = "participations"

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Official)
class OfficialAdmin(CuratedAdmin):
    list_display = ["name", "other_names", curated, "created_at"]
    search_fields = ["name", "name_key", "search_key", "positions__text"]
    readonly_fields = ["name_key", "search_key", "evidence_of_positions", "created_at", "updated_at"]
    inlines = [PositionInline, ParticipationInline]

    @admin.display(description="evidence of the positions")
    def evidence_of_positions(self, official: Official) -> str:
        rows = PositionEvidence.objects.filter(position__official=official).select_related("position", "article")
        return (
            format_html_join(
                "",
                "<div>{} — «{}» <small>(article {}, {})</small></div>",
                ((e.position.text, quote_of(e, 120), e.article_id, e.observed_on or "—") for e in rows[:50]),
            )
            or "—"
        )

    def save_model(self, request, obj, form, change):
        obj.name_key = name_key(obj.name)
        obj.search_key = search_key(obj.name)
        super().save_model(request, obj, form, change)


class ChildInline(admin.TabularInline):
    """The bodies that belong to this one: the organisation tree, one level at a time."""

    model = Organization
    fk_name = "parent"
    extra = 0
    fields = ["name", "kind", "level"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False
    verbose_name_plural = "bodies under it"

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Organization)
class OrganizationAdmin(CuratedAdmin):
    list_display = ["name", "parent", "kind", "level", curated, "created_at"]
    list_select_related = ["parent"]
    list_filter = ["kind", "level"]
    autocomplete_fields = ["parent"]
    inlines = [ChildInline]
    search_fields = ["name", "name_key", "search_key"]
    readonly_fields = ["name_key", "search_key"]

    def save_model(self, request, obj, form, change):
        obj.name_key = name_key(obj.name)
        obj.search_key = search_key(obj.name)
        super().save_model(request, obj, form, change)


@admin.register(Position)
class PositionAdmin(LockingAdminMixin, admin.ModelAdmin):
    list_display = ["official", "text", "title", "organization", curated]
    list_select_related = ["official", "organization"]
    search_fields = ["text", "official__name"]
    list_filter = ["organization"]
    autocomplete_fields = ["official", "organization"]
    readonly_fields = ["text_key", "locked_fields"]
    inlines = [PositionEvidenceInline]


class HoldingInline(admin.TabularInline):
    """Who held the post, and when, as the articles show it."""

    model = Position
    fk_name = "post"
    extra = 0
    fields = ["official", "former", "first_seen", "last_seen", "text"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False
    verbose_name_plural = "holders"

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Post)
class PostAdmin(CuratedAdmin):
    list_display = ["name", "title", "organization", curated]
    list_select_related = ["organization"]
    search_fields = ["name", "title"]
    autocomplete_fields = ["organization"]
    readonly_fields = ["key", "name"]
    inlines = [HoldingInline]

    def save_model(self, request, obj, form, change):
        obj.key = post_key(obj.title, obj.organization_id)
        obj.name = post_name(obj.title, obj.organization.name if obj.organization else None)
        super().save_model(request, obj, form, change)
