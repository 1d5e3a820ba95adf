"""API routes for articles and directives."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from documents.views import ArticleViewSet, DirectiveViewSet, ExtractionView

router = SimpleRouter()
router.register("articles", ArticleViewSet, basename="article")
router.register("directives", DirectiveViewSet, basename="directive")

urlpatterns = [path("extract/", ExtractionView.as_view(), name="extract"), *router.urls]
