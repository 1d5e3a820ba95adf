"""API routes for officials."""

from rest_framework.routers import SimpleRouter

from people.views import OfficialViewSet, OrganizationViewSet

router = SimpleRouter()
router.register("officials", OfficialViewSet, basename="official")
router.register("organizations", OrganizationViewSet, basename="organization")

urlpatterns = router.urls
