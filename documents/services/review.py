"""Resolving the items of the review queue in place: dismiss, merge, name the body, parse again, keep apart."""

from __future__ import annotations

from core.curation import curate
from core.merging import merge
from core.names import name_key, search_key
from core.review import ReviewItem, ReviewReason, ReviewStatus, close
from documents.models import Article
from documents.services.ingest import request_reparse


class CannotResolve(ValueError):
    """The action does not fit the item (another reason, a missing record, a name that is needed)."""


ACTIONS = {
    ReviewReason.GENERIC_BODY: {"dismiss", "merge", "rename"},
    ReviewReason.POSSIBLE_DUPLICATE: {"dismiss", "merge", "keep_apart"},
    ReviewReason.AMBIGUOUS_DIRECTIVE: {"dismiss", "merge"},
    ReviewReason.FAILED_ARTICLE: {"dismiss", "reparse"},
    ReviewReason.NO_CONFERENCE: {"dismiss", "reparse"},
}


def resolve(item: ReviewItem, action: str, by: str = "", into: int | None = None, name: str = "") -> ReviewItem:
    """Does what the curator chose for the item and closes it."""
    if item.status != ReviewStatus.OPEN:
        raise CannotResolve(f"This item is {item.status} already.")
    if action not in ACTIONS[item.reason]:
        raise CannotResolve(f"{action!r} does not resolve {item.reason!r}; one of {sorted(ACTIONS[item.reason])}.")
    record = item.record
    if record is None and action != "dismiss":
        raise CannotResolve("The record of this item is gone; dismiss it.")
    if action == "dismiss":
        return close(item, ReviewStatus.DISMISSED, "dismissed", by)
    if action == "keep_apart":
        return close(item, ReviewStatus.RESOLVED, "two different records", by)
    if action == "reparse":
        request_reparse(Article.objects.get(pk=record.pk))
        return close(item, ReviewStatus.RESOLVED, "parse requested again", by)
    if action == "merge":
        target_id = into or item.other_id
        target = type(record).objects.filter(pk=target_id).first() if target_id else None
        if target is None:
            raise CannotResolve("Name the record to merge into (into).")
        merge(record, target, merged_by=by)
        return close(item, ReviewStatus.RESOLVED, f"merged into {target} ({target.pk})", by)
    return _rename(item, record, name, by)


def _rename(item: ReviewItem, body, name: str, by: str) -> ReviewItem:
    """Gives a generic body its place: the body of that name if there is one (merged into), else this one renamed."""
    if not name.strip():
        raise CannotResolve("Give the body's full name (name), e.g. 'Tỉnh ủy Long An'.")
    existing = type(body).objects.filter(name_key=name_key(name)).exclude(pk=body.pk).first()
    if existing is not None:
        merge(body, existing, merged_by=by)
        return close(item, ReviewStatus.RESOLVED, f"merged into {existing} ({existing.pk})", by)
    curate(body, {"name": name.strip(), "name_key": name_key(name), "search_key": search_key(name)}, reason=by)
    return close(item, ReviewStatus.RESOLVED, f"named {name.strip()!r}", by)
