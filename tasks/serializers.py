"""Serializers for tasks; curators change a task's status, assignee, due date or wording."""

from rest_framework import serializers

from core.api.curation import CURATION_FIELDS, CurationSerializer, CurationStateMixin
from core.api.fields import EvidenceField, LoadedListSerializer, QuotedEvidenceField, SelfUrlMixin, StrictTextField
from core.api.representation import PlannedModelSerializer, PlannedRepresentationMixin
from tasks.models import Task


class TaskDirectiveSerializer(PlannedRepresentationMixin, serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    code = serializers.CharField(read_only=True)
    kind = serializers.CharField(read_only=True)
    number = serializers.CharField(read_only=True)


class TaskSerializer(SelfUrlMixin, CurationStateMixin, PlannedModelSerializer):
    self_view_name = "task-detail"
    directives = LoadedListSerializer(child=TaskDirectiveSerializer(), read_only=True)
    evidence = EvidenceField()

    class Meta:
        model = Task
        fields = [
            "id",
            "conference",
            "article",
            "sequence",
            "ordinal",
            "text",
            "assignee",
            "due",
            "status",
            "directives",
            "evidence",
            *CURATION_FIELDS,
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class TaskDetailSerializer(TaskSerializer):
    evidence = QuotedEvidenceField()


class TaskStatusUpdateSerializer(CurationSerializer):
    """What a curator may change over the API; each field set is kept through re-parses."""

    text = StrictTextField(required=False, max_length=5000)
    assignee = StrictTextField(required=False, allow_blank=True, max_length=500)
    due = StrictTextField(required=False, allow_blank=True, max_length=200)

    class Meta:
        model = Task
        fields = ["status", "assignee", "due", "text"]
