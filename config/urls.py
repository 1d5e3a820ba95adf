"""URL wiring: admin, the versioned API and its documentation."""

from django.contrib import admin
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from documents.api.errors import api_not_found

api_v1 = [
    path("", include("documents.urls")),
    path("", include("meetings.urls")),
    path("", include("people.urls")),
    path("", include("tasks.urls")),
    path("schema/", SpectacularAPIView.as_view(api_version="v1"), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
    # Anything else under the API answers a JSON 404, in debug mode too.
    re_path(r"^", api_not_found),
]

handler404 = "documents.api.errors.api_not_found"
handler500 = "documents.api.errors.api_server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include(api_v1)),
    path("health/", include("documents.health_urls")),
]
