"""Conferences (one per reporting article), their participants, and the directives cited at them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.curation import CuratedModel, curated_history
from core.models import EvidenceSpan, TimestampedModel
from core.search import SearchableModel


class ConferenceKind(models.TextChoices):
    GIAO_BAN = "giao_ban", "Giao ban (regular briefing)"
    SO_KET = "so_ket", "Sơ kết (interim review)"
    TONG_KET = "tong_ket", "Tổng kết (final or annual review)"
    QUAN_TRIET = "quan_triet", "Quán triệt (dissemination)"
    HOI_NGHI_TRUNG_UONG = "hoi_nghi_trung_uong", "Central Committee plenum"
    DAI_HOI = "dai_hoi", "Đại hội (congress)"
    LAM_VIEC = "lam_viec", "Làm việc (working session)"
    OTHER = "other", "Other"


class ConferenceFormat(models.TextChoices):
    ONLINE = "online", "Online"
    IN_PERSON = "in_person", "In person"
    HYBRID = "hybrid", "Hybrid"


class Conference(SearchableModel, CuratedModel, EvidenceSpan, TimestampedModel):
    """The meeting an article reports; ``article`` is its source."""

    article = models.OneToOneField("documents.Article", on_delete=models.CASCADE, related_name="conference")
    name = models.CharField(max_length=1000, blank=True)
    kind = models.CharField(max_length=30, choices=ConferenceKind.choices, blank=True, db_index=True)
    date = models.DateField(null=True, blank=True, db_index=True)
    format = models.CharField(max_length=20, choices=ConferenceFormat.choices, blank=True)
    organizer = models.ForeignKey(
        "people.Organization", null=True, blank=True, on_delete=models.SET_NULL, related_name="conferences"
    )
    organizer_name = models.CharField(max_length=300, blank=True, help_text="The organizer as written.")
    locations = models.JSONField(default=list, blank=True)
    connection_points = models.PositiveIntegerField(null=True, blank=True, help_text="Number of điểm cầu.")
    history = curated_history(excluded_fields=["search_text"])
    search_fields = ("name", "organizer_name")

    class Meta(EvidenceSpan.Meta):
        verbose_name = _("conference")
        verbose_name_plural = _("conferences")
        ordering = ["-date", "-id"]
        indexes = [
            models.Index(fields=["format"], name="meetings_conference_format"),
            models.Index(fields=["kind", "id"], name="meetings_conference_kind_id"),
        ]

    def __str__(self) -> str:
        return self.name or f"Conference {self.pk}"

    def save(self, *args, **kwargs):
        adding = self._state.adding
        super().save(*args, **kwargs)
        fields = kwargs.get("update_fields")
        if not adding and (fields is None or "date" in fields):
            # Its citations keep its date to sort by it through an index (see DirectiveMention).
            DirectiveMention.objects.filter(conference=self).update(conference_date=self.date)


class ParticipantRole(models.TextChoices):
    CHAIR = "chair", _("Chair")
    REPORTER = "reporter", _("Reporter")
    SPEAKER = "speaker", _("Speaker")
    ATTENDEE = "attendee", _("Attendee")
    MENTIONED = "mentioned", _("Mentioned")


class Participant(CuratedModel, EvidenceSpan):
    """An official in a conference, in one role, with the name as the article wrote it."""

    conference = models.ForeignKey(Conference, on_delete=models.CASCADE, related_name="participants")
    official = models.ForeignKey("people.Official", on_delete=models.CASCADE, related_name="participations")
    role = models.CharField(max_length=20, choices=ParticipantRole.choices)
    raw_name = models.CharField(max_length=200)
    history = curated_history()

    class Meta(EvidenceSpan.Meta):
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["conference_id", "id"]
        indexes = [models.Index(fields=["role", "id"], name="meetings_participant_role_id")]
        constraints = [
            *EvidenceSpan.Meta.constraints,
            models.UniqueConstraint(fields=["conference", "official", "role"], name="unique_participant_role"),
        ]

    def __str__(self) -> str:
        return f"{self.official} ({self.role})"


class DirectiveMention(EvidenceSpan):
    """One citation of a directive in an article, at the meeting the article reports."""

    directive = models.ForeignKey("documents.Directive", on_delete=models.CASCADE, related_name="mentions")
    conference = models.ForeignKey(
        Conference, null=True, blank=True, on_delete=models.CASCADE, related_name="directive_mentions"
    )
    # The conference's date, copied so that a directive's citations, latest meeting first, are read through
    # one index (directive, this date) instead of a join to every conference that cites it. Kept equal by
    # the import, which writes it with the mention, and by Conference.save for a curator's change.
    conference_date = models.DateField(null=True, blank=True, editable=False)
    # The directive as this citation gives it, beside the record it was resolved to: a later parse of the
    # article corrects a value of the record that this citation gave and no curator set.
    cited_title = models.TextField(blank=True, editable=False)
    cited_issuer = models.CharField(max_length=300, blank=True, editable=False)
    cited_date = models.DateField(null=True, blank=True, editable=False)
    cited_term = models.CharField(max_length=10, blank=True, editable=False)

    class Meta(EvidenceSpan.Meta):
        verbose_name = _("directive mention")
        verbose_name_plural = _("directive mentions")
        ordering = ["article_id", "start"]
        constraints = [
            *EvidenceSpan.Meta.constraints,
            models.UniqueConstraint(fields=["article", "directive", "start"], name="unique_directive_mention"),
        ]

    def __str__(self) -> str:
        return f"{self.directive} in article {self.article_id} [{self.start}:{self.end})"

    def save(self, *args, **kwargs):
        self.conference_date = self.conference.date if self.conference_id else None
        super().save(*args, **kwargs)
