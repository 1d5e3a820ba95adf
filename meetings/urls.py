"""API routes for conferences."""

from rest_framework.routers import SimpleRouter

from meetings.views import ConferenceViewSet

router = SimpleRouter()
router.register("conferences", ConferenceViewSet, basename="conference")

urlpatterns = router.urls
