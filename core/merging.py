"""Merging two records that are one real body, person or document, and undoing it from the merge's log.

The loser is kept, pointing at the survivor (``merged_into``): its URL answers 301,
lists leave it out, and names that resolve to it resolve to the survivor. Every row
the merge moved or removed is written in a ``MergeRecord``, so ``unmerge`` puts
each back.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.core import serializers
from django.db import models, transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.curation import lock

# Sent inside the merge's transaction with sender (the model), loser, survivor and record (the MergeRecord).
record_merged = Signal()


class MergeableModel(models.Model):
    merged_into = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_from",
        editable=False,
        help_text="The record this one was merged into; its URL redirects there.",
    )

    class Meta:
        abstract = True

    def survivor(self) -> MergeableModel:
        """The record this one now is (itself unless merged), following merges of merges."""
        record, seen = self, set()
        while record.merged_into_id and record.pk not in seen:
            seen.add(record.pk)
            record = record.merged_into
        return record


class MergeRecord(models.Model):
    """One merge: what moved where, so that it can be undone."""

    model = models.CharField(max_length=100, help_text="app_label.model_name of the merged records.")
    loser_id = models.BigIntegerField()
    survivor_id = models.BigIntegerField()
    moves = models.JSONField(default=list, help_text="[model, pk, field, old value] for each row moved.")
    link_moves = models.JSONField(default=list, help_text="[model, pk, relation, old id, new id] for links moved.")
    removed = models.JSONField(default=list, help_text="Rows removed as duplicates, serialized.")
    aliases = models.JSONField(default=list, help_text="Names the survivor took from the loser.")
    merged_by = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("merge")
        verbose_name_plural = _("merges")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.model} {self.loser_id} → {self.survivor_id}"


class MergeLog:
    """Collects what a merge does, then writes it as a MergeRecord."""

    def __init__(self, loser: MergeableModel, survivor: MergeableModel, merged_by: str = ""):
        self.record = MergeRecord(
            model=loser._meta.label_lower, loser_id=loser.pk, survivor_id=survivor.pk, merged_by=merged_by
        )

    def move(self, rows: models.QuerySet, field: str, to: Any) -> int:
        """Points rows' field at ``to``, remembering where each pointed."""
        label = rows.model._meta.label_lower
        attname = rows.model._meta.get_field(field).attname
        for pk, old in rows.values_list("pk", attname):
            self.record.moves.append([label, pk, attname, old])
        return rows.update(**{field: to})

    def move_link(self, owner: models.Model, relation: str, old: models.Model, new: models.Model) -> None:
        """Moves a many-to-many link of owner from old to new (only removes it when owner links new already)."""
        manager = getattr(owner, relation)
        had_new = manager.filter(pk=new.pk).exists()
        manager.remove(old)
        if not had_new:
            manager.add(new)
        self.record.link_moves.append(
            [owner._meta.label_lower, owner.pk, relation, old.pk, None if had_new else new.pk]
        )

    def remove(self, rows: models.QuerySet) -> None:
        """Deletes duplicate rows, keeping them serialized for an unmerge."""
        rows = list(rows)
        if rows:
            self.record.removed.append(serializers.serialize("json", rows))
            for row in rows:
                row.delete()

    def save(self, aliases: list[str]) -> MergeRecord:
        self.record.aliases = aliases
        self.record.save()
        return self.record


@transaction.atomic
def unmerge(record: MergeRecord) -> MergeRecord:
    """Undoes a merge: rows back where they were, removed duplicates restored, the loser standing again."""
    if record.undone_at is not None:
        return record
    model = apps.get_model(record.model)
    survivor = model.objects.select_for_update().get(pk=record.survivor_id)
    for dump in record.removed:
        for restored in serializers.deserialize("json", dump):
            restored.save()
    for label, pk, attname, old in reversed(record.moves):
        apps.get_model(label).objects.filter(pk=pk).update(**{attname: old})
    for label, pk, relation, old, new in reversed(record.link_moves):
        owner = apps.get_model(label).objects.get(pk=pk)
        if new is not None:
            getattr(owner, relation).remove(new)
        getattr(owner, relation).add(old)
    if record.aliases and hasattr(survivor, "other_names"):
        survivor.other_names = [n for n in survivor.other_names if n not in record.aliases]
        survivor.save(update_fields=["other_names"])
    standing = {"merged_into": None, **({"updated_at": timezone.now()} if hasattr(model, "updated_at") else {})}
    model.objects.filter(pk=record.loser_id).update(**standing)
    _forget_tombstone(record)
    record.undone_at = timezone.now()
    record.save(update_fields=["undone_at"])
    return record


def _forget_tombstone(record: MergeRecord) -> None:
    """The loser stands again (its ``updated_at`` says when), so its merge is no longer to be synced."""
    from core.tombstones import Tombstone

    Tombstone.objects.filter(record_id=record.loser_id, merged_into=record.survivor_id).delete()


class MergeRefused(ValueError):
    """The two records cannot be merged (the same record, another kind, or one merged already)."""


def _unique_partners(model: type[models.Model], field: str) -> list[list[str]]:
    """For each unique constraint of model that includes field, the other fields in it."""
    sets = [list(c.fields) for c in model._meta.constraints if isinstance(c, models.UniqueConstraint) and c.fields]
    sets += [list(t) for t in model._meta.unique_together]
    return [[f for f in fields if f != field] for fields in sets if field in fields]


def _keep_curation(row: models.Model, twin: models.Model) -> None:
    """What a curator set on a duplicate row stays set on the row it is merged into (a curated holding of the
    loser locks the survivor's same holding), so that no re-parse changes or removes it."""
    locked = getattr(row, "locked_fields", None)
    if locked:
        before = list(twin.locked_fields or [])
        if lock(twin, locked) != before:
            twin.save(update_fields=["locked_fields"])


def _absorb(log: MergeLog, loser: models.Model, survivor: models.Model) -> None:
    """Moves everything that points at loser to survivor; a row that would then duplicate one of the
    survivor's is merged into that one (its own links moved first) and removed."""
    for relation in loser._meta.related_objects:
        if relation.hidden:
            continue
        if relation.many_to_many:
            owners = relation.related_model.objects.filter(**{relation.field.name: loser})
            for owner in owners:
                log.move_link(owner, relation.field.name, loser, survivor)
            continue
        if not relation.one_to_many:
            continue
        field = relation.field.name
        rows = relation.related_model.objects.filter(**{field: loser})
        for partners in _unique_partners(relation.related_model, field):
            for row in list(rows):
                twin = relation.related_model.objects.filter(
                    **{field: survivor}, **{p: getattr(row, p) for p in partners}
                ).first()
                if twin is not None:
                    _absorb(log, row, twin)
                    _keep_curation(row, twin)
                    log.remove(relation.related_model.objects.filter(pk=row.pk))
        log.move(relation.related_model.objects.filter(**{field: loser}), field, survivor)


@transaction.atomic
def merge(loser: MergeableModel, survivor: MergeableModel, merged_by: str = "") -> MergeRecord:
    """Merges loser into survivor: all that pointed at the loser points at the survivor, whose other names
    gain the loser's; the loser stays, marked merged, so that its URL and its names lead to the survivor."""
    if type(loser) is not type(survivor):
        raise MergeRefused("Only two records of one kind can be merged.")
    loser = type(loser).objects.select_for_update().get(pk=loser.pk)
    survivor = type(survivor).objects.select_for_update().get(pk=survivor.pk)
    if loser.pk == survivor.pk:
        raise MergeRefused("A record cannot be merged into itself.")
    if loser.merged_into_id or survivor.merged_into_id:
        raise MergeRefused("One of the two was merged already; merge into the record it was merged into.")
    log = MergeLog(loser, survivor, merged_by)
    _absorb(log, loser, survivor)
    aliases: list[str] = []
    if hasattr(survivor, "other_names"):
        names = [getattr(loser, "name", ""), *getattr(loser, "other_names", [])]
        aliases = [n for n in dict.fromkeys(names) if n and n != survivor.name and n not in survivor.other_names]
        survivor.other_names = [*survivor.other_names, *aliases]
        survivor.save(update_fields=["other_names"])
    loser.merged_into = survivor
    loser.save(update_fields=["merged_into", *(["updated_at"] if hasattr(loser, "updated_at") else [])])
    record = log.save(aliases)
    record_merged.send(sender=type(loser), loser=loser, survivor=survivor, record=record)
    return record
