"""Curator changes to tasks."""

from tasks.models import Task


def update_task(task: Task, **changes) -> Task:
    fields = [name for name, value in changes.items() if getattr(task, name) != value]
    for name in fields:
        setattr(task, name, changes[name])
    if fields:
        task.save(update_fields=[*fields, "updated_at"])
    return task
