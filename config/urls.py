"""URL wiring: admin, the versioned API and its documentation, health."""

from django.contrib import admin
from django.urls import include, path

from core.api.root import api_root
from core.health import health_view

handler404 = "core.api.errors.api_not_found"
handler500 = "core.api.errors.api_server_error"

admin.site.site_header = "Hồ sơ hội nghị · Meeting records"
admin.site.site_title = "Hồ sơ hội nghị"
admin.site.index_title = "Quản trị hồ sơ"

urlpatterns = [
    path("", api_root, name="root"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", include("config.api_v1")),
    path("health/", health_view(), name="health"),
]
