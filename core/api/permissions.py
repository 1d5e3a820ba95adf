"""What a caller may do: each request needs a scope (read, upload, curate), which its API key must hold.

Reads are open to anonymous callers only when API_OPEN_READS is set. A staff user
signed in to the admin (the browsable API) may do everything.
"""

from django.conf import settings
from rest_framework import exceptions
from rest_framework.permissions import SAFE_METHODS, BasePermission

from core.api.authentication import ACCEPTED
from core.keys import Scope


def required_scope(request, view) -> str:
    """The scope a request needs: the view's ``read_scope`` for reads (read if it names none), its
    ``write_scope`` for writes (admin if it names none)."""
    if request.method in SAFE_METHODS:
        return str(getattr(view, "read_scope", Scope.READ).value)
    return str(getattr(view, "write_scope", Scope.ADMIN).value)


class ScopedKeyPermission(BasePermission):
    message = "The API key lacks the scope this needs."

    def has_permission(self, request, view) -> bool:
        scope = required_scope(request, view)
        if scope == Scope.READ and settings.API_OPEN_READS:
            return True
        user = request.user
        if not (user and user.is_authenticated):
            raise exceptions.NotAuthenticated(f"An API key is needed: {ACCEPTED}.")
        if getattr(user, "is_staff", False):
            return True
        key = request.auth
        if key is not None and hasattr(key, "allows") and key.allows(scope):
            return True
        self.message = f"The API key lacks the '{scope}' scope this needs."
        return False
