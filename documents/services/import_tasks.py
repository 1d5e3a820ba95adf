"""The import's tasks and citations: directive mentions by their place in the text, tasks matched to the
stored ones by their words (a curated task the parse no longer finds is kept), and the directives each names."""

from __future__ import annotations

import functools

from django.db.models import F

from core.bulk import create_all, update_all
from core.gathered import insert_later
from core.upsert import RowsByKey, retire_records, stage_values, stored_by_key
from documents.extraction import result as parsed
from documents.services.directives import CITED_FIELDS, cited_values
from documents.services.task_matching import match_tasks
from meetings.models import Conference, DirectiveMention
from tasks.models import Task


def stored_mentions(article) -> dict[tuple[int, int], DirectiveMention]:
    """The article's stored citations, by directive and place."""
    mentions = DirectiveMention.objects.filter(article=article)
    return stored_by_key(article, "mentions", mentions, lambda m: (m.directive_id, m.start))


def cited_before(stored: dict[tuple[int, int], DirectiveMention]) -> dict[int, dict]:
    """By directive id, what the article's stored citation of it gave (``cited_values``)."""
    return {m.directive_id: {name: getattr(m, name) for name in CITED_FIELDS} for m in stored.values()}


def import_mentions(
    article,
    conference: Conference | None,
    items: list[parsed.Directive],
    directives,
    summary,
    stored: dict[tuple[int, int], DirectiveMention],
):
    """Each citation's places in the text, with what it gives; the article's ``stored`` mentions it no longer
    makes are removed. The mentions, and the directives whose citations were removed."""
    counts = summary.counts["mentions"]
    rows = RowsByKey(DirectiveMention, stored, counts, later=True)  # their ids are not read
    for item, directive in zip(items, directives, strict=True):
        cited = cited_values(item)
        for start, end in item.spans or [(0, 0)]:
            values = {
                "end": end,
                "conference": conference,
                "conference_date": conference.date if conference else None,
                **cited,
            }
            new = functools.partial(DirectiveMention, article=article, directive=directive, start=start, **values)
            rows.put((directive.pk, start), values, new)
    rows.write()
    stale = list(rows.unseen())
    if stale:
        DirectiveMention.objects.filter(pk__in=[mention.pk for mention in stale]).delete()
        counts.removed += len(stale)
    return list(rows.seen.values()), {mention.directive_id for mention in stale}


def import_tasks(article, conference: Conference | None, items: list[parsed.Task], mentions, summary) -> None:
    counts = summary.counts["tasks"]
    if any(not item.text.strip() for item in items):
        summary.skipped.append("tasks: a task with no text")
    items = [item for item in items if item.text.strip()]
    stored = stored_by_key(article, "tasks", Task.objects.filter(article=article), lambda task: task.pk)
    matched = match_tasks([item.text for item in items], [(pk, task.text) for pk, task in stored.items()])
    order: list[Task] = []
    new, changed, fields = [], {}, set()
    named: dict[int, set[int]] = {}
    for index, item in enumerate(items):
        start, end = item.spans[0] if item.spans else (0, 0)
        values = {
            "conference": conference,
            "ordinal": item.ordinal,
            "text": item.text.strip(),
            "assignee": (item.assignee or "")[:500],
            "due": (item.due or "")[:200],
            "start": start,
            "end": end,
        }
        if index in matched:
            task = stored[matched[index]]
            if staged := stage_values(task, values, counts):
                changed[task.pk] = task
                fields.update(staged)
        else:
            # With none stored the parse's order is final: no renumbering needed.
            sequence = _FREE_SEQUENCE + index if stored else index + 1
            task = Task(article=article, sequence=sequence, **values)
            new.append(task)
            counts.inserted += 1
        named[index] = {m.directive_id for m in mentions if start <= m.start and m.end <= end} if end > start else set()
        order.append(task)
    create_all(Task, new)
    update_all(Task, list(changed.values()), fields)
    _link_directives({task.pk: named[index] for index, task in enumerate(order)}, bool(stored))
    summary.tasks = [task.pk for task in order]
    gone = [task for pk, task in stored.items() if task not in order]
    kept = retire_records(Task, gone, counts)
    _renumber(order + sorted(kept, key=lambda task: task.sequence))  # the curated ones kept, after the parse's own


def _link_directives(wanted: dict[int, set[int]], any_stored: bool) -> None:
    """Gives each task the directives its span cites, adding and removing links in one statement each."""
    links = Task.directives.through
    current = (
        list(links.objects.filter(task_id__in=wanted).values_list("pk", "task_id", "directive_id"))
        if any_stored
        else []
    )
    have = {(task_id, directive_id) for _, task_id, directive_id in current}
    extra = [pk for pk, task_id, directive_id in current if directive_id not in wanted[task_id]]
    if extra:
        links.objects.filter(pk__in=extra).delete()
    missing = [(t, d) for t, ds in wanted.items() for d in sorted(ds) if (t, d) not in have]
    insert_later(links, [links(task_id=t, directive_id=d) for t, d in missing])


# Sequences a new task takes until the renumbering; far above any article's count of tasks.
_FREE_SEQUENCE = 1_000_000


def _renumber(tasks: list[Task]) -> None:
    """Gives the tasks sequences 1..n in this order, in two steps so that no two rows ever share one."""
    wanted = {task.pk: n for n, task in enumerate(tasks, start=1)}
    if all(task.sequence == wanted[task.pk] for task in tasks):
        return
    Task.objects.filter(pk__in=wanted).update(sequence=F("sequence") + 2 * _FREE_SEQUENCE)
    for task in tasks:
        task.sequence = wanted[task.pk]
    Task.objects.bulk_update(tasks, ["sequence"])
