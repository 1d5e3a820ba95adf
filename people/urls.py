"""API routes for officials."""

from rest_framework.routers import SimpleRouter

from people.views import OfficialViewSet

router = SimpleRouter()
router.register("officials", OfficialViewSet, basename="official")

urlpatterns = router.urls
