"""Every endpoint of API version 1, registered in one place."""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import SimpleRouter

from core.api.errors import api_not_found
from core.api.merges import MergeRecordViewSet
from core.api.root import api_root
from core.api.tombstones import TombstoneViewSet
from documents.api.exports import RecordsExportView
from documents.api.review import ReviewItemViewSet
from documents.views import ArticleViewSet, DirectiveViewSet, ExtractionView
from meetings.views import ConferenceViewSet, ParticipantViewSet
from people.popolo import PopoloExportView
from people.views import OfficialViewSet, OrganizationViewSet, PostViewSet
from tasks.views import TaskViewSet
from webhooks.views import WebhookDeliveryViewSet, WebhookSubscriptionViewSet

router = SimpleRouter()
router.register("articles", ArticleViewSet, basename="article")
router.register("directives", DirectiveViewSet, basename="directive")
router.register("conferences", ConferenceViewSet, basename="conference")
router.register("participants", ParticipantViewSet, basename="participant")
router.register("officials", OfficialViewSet, basename="official")
router.register("organizations", OrganizationViewSet, basename="organization")
router.register("posts", PostViewSet, basename="post")
router.register("tasks", TaskViewSet, basename="task")
router.register("merges", MergeRecordViewSet, basename="merge")
router.register("review", ReviewItemViewSet, basename="review")
router.register("tombstones", TombstoneViewSet, basename="tombstone")
router.register("webhooks", WebhookSubscriptionViewSet, basename="webhook")
router.register("webhook-deliveries", WebhookDeliveryViewSet, basename="webhook-delivery")

urlpatterns = [
    path("", api_root, name="api-root"),
    path("extract/", ExtractionView.as_view(), name="extract"),
    path("export/", RecordsExportView.as_view(), name="export"),
    path("export/popolo/", PopoloExportView.as_view(), name="export-popolo"),
    *router.urls,
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
    # Anything else under the API answers a JSON 404, in debug mode too.
    re_path(r"^", api_not_found),
]
