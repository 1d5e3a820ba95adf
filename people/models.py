"""Officials (one record per person across articles), organisations and positions."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.curation import CuratedModel, LockedFieldsModel, curated_history
from core.merging import MergeableModel
from core.models import EvidenceSpan, TimestampedModel
from core.search import SearchableModel
from people.bodies import KINDS, LEVELS


class Organization(SearchableModel, MergeableModel, CuratedModel, TimestampedModel):
    name = models.CharField(max_length=300)
    name_key = models.CharField(max_length=300, unique=True, help_text="Case-folded name used to match.")
    search_key = models.CharField(max_length=300, db_index=True, blank=True, help_text="The name without any marks.")
    other_names = models.JSONField(default=list, blank=True, help_text="Other names it goes by (aliases).")
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text="The body it belongs to.",
    )
    kind = models.CharField(max_length=30, choices=KINDS, default="other", db_index=True)
    level = models.CharField(max_length=20, choices=LEVELS, blank=True, db_index=True)
    history = curated_history(excluded_fields=["search_text"])
    search_fields = ("name", "other_names")

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["name", "id"], name="people_org_name_id")]

    def __str__(self) -> str:
        return self.name


class Official(SearchableModel, MergeableModel, CuratedModel, TimestampedModel):
    name = models.CharField(max_length=200)
    # Not unique: namesakes are two people (told apart by the bodies they serve in).
    name_key = models.CharField(max_length=200, db_index=True, help_text="Case-folded name used to match.")
    search_key = models.CharField(max_length=200, db_index=True, blank=True, help_text="The name without any marks.")
    other_names = models.JSONField(default=list, blank=True, help_text="Other spellings seen in articles.")
    history = curated_history(excluded_fields=["search_text"])
    search_fields = ("name", "other_names")

    class Meta:
        verbose_name = _("official")
        verbose_name_plural = _("officials")
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["name", "id"], name="people_official_name_id")]

    def __str__(self) -> str:
        return self.name


class Post(SearchableModel, MergeableModel, CuratedModel, TimestampedModel):
    """A title in an organisation ("Trưởng ban" in "Ban Tổ chức Trung ương"), written one canonical way."""

    title = models.CharField(max_length=300)
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="posts"
    )
    name = models.CharField(max_length=600, help_text="The title and the organisation, as one name.")
    key = models.CharField(
        max_length=400, unique=True, help_text="Folded title and organisation id: one post, one key."
    )
    history = curated_history(excluded_fields=["search_text"])
    search_fields = ("name",)

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["name", "id"], name="people_post_name_id")]

    def __str__(self) -> str:
        return self.name


class Position(LockedFieldsModel):
    """An official's holding of a post, as the articles show it: the words they use, whether former, and when.
    One that no article shows any more is removed by the re-parse that drops it, unless a curator set it."""

    official = models.ForeignKey(Official, on_delete=models.CASCADE, related_name="positions")
    post = models.ForeignKey(Post, null=True, blank=True, on_delete=models.SET_NULL, related_name="holdings")
    former = models.BooleanField(default=False, help_text='Held before ("nguyên …"), not at the time of the article.')
    first_seen = models.DateField(null=True, blank=True, help_text="The earliest date the articles show it.")
    last_seen = models.DateField(null=True, blank=True, help_text="The latest date the articles show it.")
    text = models.CharField(max_length=500, help_text="The whole position as written.")
    text_key = models.CharField(max_length=500)
    title = models.CharField(max_length=300)
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="positions"
    )

    class Meta:
        verbose_name = _("position")
        verbose_name_plural = _("positions")
        ordering = ["official_id", "id"]
        constraints = [
            models.UniqueConstraint(fields=["official", "text_key"], name="unique_position_per_official"),
        ]

    def __str__(self) -> str:
        return f"{self.official}: {self.text}"


class PositionEvidence(EvidenceSpan):
    """An article that shows an official in a position, and the date it speaks of."""

    position = models.ForeignKey(Position, on_delete=models.CASCADE, related_name="evidence")
    observed_on = models.DateField(null=True, blank=True)

    class Meta(EvidenceSpan.Meta):
        verbose_name = _("position evidence")
        verbose_name_plural = _("position evidence")
        ordering = ["-observed_on", "id"]
        constraints = [
            *EvidenceSpan.Meta.constraints,
            models.UniqueConstraint(fields=["position", "article"], name="unique_position_evidence"),
        ]

    def __str__(self) -> str:
        return f"{self.position} (article {self.article_id})"
