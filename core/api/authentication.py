"""Who is calling: an API key as ``Authorization: Bearer KEY`` (or ``Token KEY``), never a silent anonymous."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header

from core.key_cache import key_in_use
from core.keys import ApiKey

SCHEMES = ("bearer", "token")
ACCEPTED = "send 'Authorization: Bearer <key>' (or 'Token <key>')"


@dataclass(frozen=True)
class KeyHolder:
    """The client behind an API key, as ``request.user``."""

    key: ApiKey
    is_authenticated: bool = True
    is_staff: bool = False

    @property
    def pk(self) -> str:
        # The key's random prefix, not its row id: a budget belongs to one key, even where ids are reused.
        return f"key:{self.key.prefix}"

    def __str__(self) -> str:
        return self.key.name


class ApiKeyAuthentication(BaseAuthentication):
    def authenticate(self, request):
        header = get_authorization_header(request).split()
        if not header:
            return None
        scheme = header[0].decode("latin-1").lower()
        if scheme not in SCHEMES:
            raise exceptions.AuthenticationFailed(
                f"The {header[0].decode('latin-1')!r} scheme is not accepted; {ACCEPTED}."
            )
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(f"The Authorization header holds no key; {ACCEPTED}.")
        key = key_in_use(header[1].decode("latin-1"), timezone.now())
        if key is None:
            raise exceptions.AuthenticationFailed("The API key is not valid or was revoked.")
        return KeyHolder(key=key), key

    def authenticate_header(self, request) -> str:
        return 'Bearer realm="api"'
