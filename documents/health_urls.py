"""Health check route."""

from django.urls import path

from documents.health import health

urlpatterns = [path("", health, name="health")]
