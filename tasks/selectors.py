"""Read queries for tasks."""

from django.db.models import QuerySet

from tasks.models import Task


def task_list() -> QuerySet[Task]:
    return Task.objects.prefetch_related("conference", "directives").order_by("article_id", "sequence")


def task_detail() -> QuerySet[Task]:
    return task_list().select_related("article")
