"""The merge log over the API: what was merged into what, and undoing a merge."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.api.errors import ERROR_RESPONSES
from core.api.viewsets import MergeRecordSerializer
from core.keys import Scope
from core.merging import MergeRecord, unmerge


@extend_schema_view(
    list=extend_schema(summary="List merges, newest first", responses={200: MergeRecordSerializer, **ERROR_RESPONSES}),
    retrieve=extend_schema(summary="Read a merge", responses={200: MergeRecordSerializer, **ERROR_RESPONSES}),
)
class MergeRecordViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    queryset = MergeRecord.objects.order_by("-created_at", "-id")
    serializer_class = MergeRecordSerializer
    filter_backends = []
    write_scope = Scope.CURATE

    @extend_schema(
        summary="Undo a merge: everything moved goes back, the merged record stands again",
        request=None,
        responses={200: MergeRecordSerializer, **ERROR_RESPONSES},
    )
    @action(detail=True, methods=["post"])
    def unmerge(self, request, pk=None):
        return Response(MergeRecordSerializer(unmerge(self.get_object())).data)
