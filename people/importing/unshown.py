"""What a re-parse leaves empty: a position no article shows any more (the parse now reads the title
otherwise), then the post nobody holds and the body nothing names that it leaves behind.

Uncurated records are removed, leaving tombstones; a curated position stays as it is, a curated post or
body stays marked ``not_in_latest_parse``. Only what this import dropped is looked at, so an import that
drops nothing asks nothing.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Exists, OuterRef

from core.review import close_about
from core.upsert import ImportCounts, retire
from people.models import Organization, Position, PositionEvidence, Post


def remove_unshown(
    dropped: set[tuple[int, int | None, int | None]], organization_ids: set[int], counts: ImportCounts
) -> None:
    """Removes those of the dropped positions (position, post, body) that no article shows and no curator
    set, then the posts and bodies they (or an official removed with its positions), or the bodies in
    ``organization_ids`` (one the meeting no longer names as its organizer), leave empty."""
    posts = {post for _, post, _ in dropped if post is not None}
    bodies = organization_ids | {body for _, _, body in dropped if body is not None}
    if dropped:
        unshown = Position.objects.filter(pk__in=[pk for pk, _, _ in dropped], locked_fields=[]).exclude(
            Exists(PositionEvidence.objects.filter(position=OuterRef("pk")))
        )
        counts.removed += unshown.delete()[1].get(Position._meta.label, 0)
    if posts:
        held_in = Post.objects.filter(pk__in=posts, organization__isnull=False).values_list("organization_id")
        bodies |= {body for (body,) in held_in}
        _retire_empty(Post, posts, "The post was removed: nobody holds it any more.")
    if bodies:
        _retire_empty(Organization, bodies, "The body was removed: no record names it any more.")


def _retire_empty(model: type[models.Model], ids: set[int], resolution: str) -> None:
    """Those of these records nothing points at: no row of any model links to them (a holding, a post, a
    meeting, a document, a child body, a record merged into them)."""
    empty = model._default_manager.filter(pk__in=ids, merged_into__isnull=True)
    for relation in model._meta.related_objects:
        linking = relation.related_model._default_manager.filter(**{relation.field.name: OuterRef("pk")})
        empty = empty.exclude(Exists(linking))
    gone = retire(empty)
    if gone:
        close_about(model, gone, resolution)
