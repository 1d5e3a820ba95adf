"""Health check route."""

urlpatterns = []
