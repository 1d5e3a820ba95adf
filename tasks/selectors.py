"""Read queries for tasks."""

from django.db.models import QuerySet

from core.models import quoted
from tasks.models import Task


def task_list() -> QuerySet[Task]:
    # The conference is answered by id: only the cited directives are read with the tasks.
    return Task.objects.prefetch_related("directives").order_by("article_id", "sequence")


def task_detail() -> QuerySet[Task]:
    # The evidence's quote is cut in SQL: the article's text never leaves the database.
    return quoted(task_list())
