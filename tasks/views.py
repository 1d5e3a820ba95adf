"""API views for tasks: read, and curators change status, assignee, due date or wording."""

from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_view

from core.api.errors import ERROR_RESPONSES
from core.api.viewsets import CuratedViewSet
from tasks import selectors
from tasks.filters import TaskFilter
from tasks.serializers import TaskDetailSerializer, TaskSerializer, TaskStatusUpdateSerializer


@extend_schema_view(
    list=extend_schema(summary="List tasks", responses={200: TaskSerializer, **ERROR_RESPONSES}),
    retrieve=extend_schema(summary="Read a task", responses={200: TaskDetailSerializer, **ERROR_RESPONSES}),
    partial_update=extend_schema(
        summary="Change a task's status, assignee, due date or wording (kept through re-parses)",
        request=TaskStatusUpdateSerializer,
        responses={200: TaskDetailSerializer, **ERROR_RESPONSES},
        examples=[
            OpenApiExample(
                "Taken up",
                value={"status": "in_progress", "assignee": "Ban Tổ chức Tỉnh ủy Long An"},
                request_only=True,
            )
        ],
    ),
)
class TaskViewSet(CuratedViewSet):
    filterset_class = TaskFilter
    ordering_fields = ["id", "sequence", "status", "created_at", "conference__date", "updated_at"]
    ordering = ["article_id", "sequence"]
    list_selector = staticmethod(selectors.task_list)
    detail_selector = staticmethod(selectors.task_detail)
    list_serializer_class = TaskSerializer
    detail_serializer_class = TaskDetailSerializer
    curation_serializer_class = TaskStatusUpdateSerializer
