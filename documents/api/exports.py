"""The bulk export of every kind of record (here because documents is the app above all the others)."""

from core.api.exports import BulkExportView, bulk_export_schema
from documents.views import ArticleViewSet, DirectiveViewSet
from meetings.views import ConferenceViewSet, ParticipantViewSet
from people.views import OfficialViewSet, OrganizationViewSet, PostViewSet
from tasks.views import TaskViewSet

# Bodies before the records that link to them.
EXPORTED = (
    ("organization", OrganizationViewSet),
    ("official", OfficialViewSet),
    ("post", PostViewSet),
    ("article", ArticleViewSet),
    ("directive", DirectiveViewSet),
    ("conference", ConferenceViewSet),
    ("participant", ParticipantViewSet),
    ("task", TaskViewSet),
)


class RecordsExportView(BulkExportView):
    """``GET /api/v1/export/``: every record as JSON Lines; ``?types=`` and ``?updated_since=`` narrow it."""

    sources = EXPORTED

    @bulk_export_schema([kind for kind, _ in EXPORTED])
    def get(self, request):
        return super().get(request)
