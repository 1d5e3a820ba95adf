"""API views for tasks: read, and change status, assignee or due date."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.response import Response

from core.api.errors import ERROR_RESPONSES
from core.keys import Scope
from tasks import selectors
from tasks.filters import TaskFilter
from tasks.serializers import TaskDetailSerializer, TaskSerializer, TaskStatusUpdateSerializer
from tasks.services import update_task


@extend_schema_view(
    list=extend_schema(summary="List tasks", responses={200: TaskSerializer, **ERROR_RESPONSES}),
    retrieve=extend_schema(summary="Read a task", responses={200: TaskDetailSerializer, **ERROR_RESPONSES}),
    partial_update=extend_schema(
        summary="Change a task's status, assignee or due date",
        request=TaskStatusUpdateSerializer,
        responses={200: TaskDetailSerializer, **ERROR_RESPONSES},
    ),
)
class TaskViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.UpdateModelMixin, viewsets.GenericViewSet):
    filterset_class = TaskFilter
    ordering_fields = ["id", "sequence", "status", "created_at", "conference__date"]
    ordering = ["article_id", "sequence"]
    http_method_names = ["get", "patch", "head", "options"]
    write_scope = Scope.CURATE

    def get_queryset(self):
        return selectors.task_list() if self.action == "list" else selectors.task_detail()

    def get_serializer_class(self):
        if self.action == "partial_update":
            return TaskStatusUpdateSerializer
        return TaskDetailSerializer if self.action == "retrieve" else TaskSerializer

    def partial_update(self, request, *args, **kwargs):
        task = self.get_object()
        changes = TaskStatusUpdateSerializer(task, data=request.data, partial=True)
        changes.is_valid(raise_exception=True)
        task = update_task(task, **changes.validated_data)
        return Response(TaskDetailSerializer(task, context=self.get_serializer_context()).data)
