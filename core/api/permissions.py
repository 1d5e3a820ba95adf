"""Who may call the API: a token for writes; for reads too unless API_OPEN_READS."""

from django.conf import settings
from rest_framework.permissions import SAFE_METHODS, BasePermission


class TokenForWritesReadsBySetting(BasePermission):
    message = "Authentication credentials were not provided: send 'Authorization: Token <key>'."

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS and settings.API_OPEN_READS:
            return True
        return bool(request.user and request.user.is_authenticated)
