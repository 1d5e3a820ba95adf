"""Related records loaded as plain lists: read without a related manager per row, and the same answer."""

import pytest

from core.prefetch import loaded, related_list
from tasks import selectors
from tasks.models import Task
from tasks.serializers import TaskSerializer
from tests.factories import DirectiveFactory, TaskFactory

pytestmark = pytest.mark.django_db


def _tasks_citing_directives() -> None:
    first, second = DirectiveFactory(), DirectiveFactory()
    for n in range(3):
        TaskFactory().directives.set([first, second][: n + 1])


def test_a_loaded_list_is_read_without_a_query_and_a_missing_one_from_the_database(django_assert_num_queries):
    _tasks_citing_directives()
    task = selectors.task_list().last()
    with django_assert_num_queries(0):
        assert related_list(task, "directives") == getattr(task, loaded("directives"))
    bare = Task.objects.get(pk=task.pk)
    with django_assert_num_queries(1):
        read = related_list(bare, "directives")
    assert read == getattr(task, loaded("directives")) and len(read) == 2


def test_a_page_of_tasks_answers_its_directives_without_a_related_manager_per_row(monkeypatch, rf):
    _tasks_citing_directives()
    page = list(selectors.task_list())
    managers = Task.directives.related_manager_cls
    built = []
    real_init = managers.__init__

    def counted(self, *args, **kwargs):
        built.append(1)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(managers, "__init__", counted)
    answer = TaskSerializer(page, many=True, context={"request": rf.get("/api/v1/tasks/")}).data
    assert built == []
    monkeypatch.undo()
    bare = TaskSerializer(list(Task.objects.order_by("article_id", "sequence")), many=True)
    bare.context["request"] = rf.get("/api/v1/tasks/")
    assert [row["directives"] for row in answer] == [row["directives"] for row in bare.data]
    assert [len(row["directives"]) for row in answer] == [1, 2, 2]
