"""Read queries for tasks."""

from django.db.models import Prefetch, QuerySet

from core.models import quoted
from core.prefetch import loaded
from tasks.models import Task


def cited_directives() -> Prefetch:
    """A task's cited directives, as a plain list of what a task answers with (id, code, kind, number)."""
    directive = Task._meta.get_field("directives").related_model  # documents sits above tasks: no import
    shown = directive.objects.only("id", "code", "kind", "number")
    return Prefetch("directives", queryset=shown, to_attr=loaded("directives"))


def task_list() -> QuerySet[Task]:
    # The conference is answered by id: only the cited directives are read with the tasks.
    return Task.objects.prefetch_related(cited_directives()).order_by("article_id", "sequence")


def task_detail() -> QuerySet[Task]:
    # The evidence's quote is cut in SQL: the article's text never leaves the database.
    return quoted(task_list())
