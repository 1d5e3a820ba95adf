"""List filters for officials."""

import django_filters

from core.api.filters import FoldedTextFilter, IdFilter, SyncFilterSet, TextFilter
from people.bodies import KINDS, LEVELS
from people.models import Official, Organization, Post


class OfficialFilter(SyncFilterSet):
    name = FoldedTextFilter(help_text="Part of the name, any case or accent.")
    organization = IdFilter(
        field_name="positions__organization", distinct=True, help_text="Holds a position in this organisation (id)."
    )
    position = TextFilter(
        field_name="positions__text", lookup_expr="icontains", distinct=True, help_text="Part of a position's text."
    )
    conference = IdFilter(
        field_name="participations__conference", distinct=True, help_text="Took part in this conference (id)."
    )
    article = IdFilter(
        field_name="positions__evidence__article", distinct=True, help_text="Named in this article (id)."
    )

    class Meta:
        model = Official
        fields = ["name"]


class OrganizationFilter(SyncFilterSet):
    name = FoldedTextFilter(help_text="Part of the name, any case or accent.")
    kind = django_filters.ChoiceFilter(choices=KINDS, help_text="Kind of body.")
    level = django_filters.ChoiceFilter(choices=LEVELS, help_text="Central, province, district or commune.")
    parent = IdFilter(field_name="parent_id", help_text="Belongs to this body (id).")

    class Meta:
        model = Organization
        fields = ["name"]


class PostFilter(SyncFilterSet):
    name = TextFilter(lookup_expr="icontains", help_text="Part of the post's name, any case.")
    title = TextFilter(lookup_expr="icontains", help_text="Part of the title, e.g. Trưởng ban.")
    organization = IdFilter(field_name="organization_id", help_text="In this organisation (id).")

    class Meta:
        model = Post
        fields = ["name"]
