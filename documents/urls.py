"""API routes for articles and directives."""

from rest_framework.routers import SimpleRouter

from documents.views import ArticleViewSet, DirectiveViewSet

router = SimpleRouter()
router.register("articles", ArticleViewSet, basename="article")
router.register("directives", DirectiveViewSet, basename="directive")

urlpatterns = router.urls
