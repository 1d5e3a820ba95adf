"""API keys: one per client, with scopes, stored hashed; the key itself is shown once, at creation.

Requests find their key through ``core.key_cache``, which keeps found keys in the shared cache.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PREFIX_LENGTH = 8


class Scope(models.TextChoices):
    READ = "read", "Read records"
    UPLOAD = "upload", "Upload and extract articles"
    CURATE = "curate", "Correct records"
    ADMIN = "admin", "Everything"


def prefix_of(key: str) -> str | None:
    """The prefix a well-formed key ("mr_<prefix>_<secret>") names, else None."""
    parts = key.split("_")
    if len(parts) < 3 or parts[0] != "mr" or len(parts[1]) != PREFIX_LENGTH:
        return None
    return parts[1]


def _digest(key: str) -> str:
    # Keys are long random strings, so a fast hash is enough: nothing to guess from a leaked digest.
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class ApiKeyQuerySet(models.QuerySet):
    def active(self) -> ApiKeyQuerySet:
        return self.filter(revoked_at__isnull=True)


class ApiKey(models.Model):
    name = models.CharField(max_length=100, help_text="Who uses the key (a system, a person).")
    prefix = models.CharField(max_length=PREFIX_LENGTH, unique=True, editable=False)
    digest = models.CharField(max_length=64, editable=False, help_text="SHA-256 of the key; the key is not stored.")
    scopes = models.JSONField(default=list, help_text="Any of read, upload, curate, admin.")
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True, help_text="Set to revoke the key.")

    objects = ApiKeyQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @classmethod
    def issue(cls, name: str, scopes: list[str]) -> tuple[ApiKey, str]:
        """A new key for name with scopes, and the key itself (shown once: only its digest is kept)."""
        unknown = set(scopes) - set(Scope.values)
        if unknown or not scopes:
            raise ValueError(f"scopes must be some of {', '.join(Scope.values)}; got {', '.join(scopes) or 'none'}")
        prefix = secrets.token_hex(PREFIX_LENGTH // 2)
        key = f"mr_{prefix}_{secrets.token_urlsafe(32)}"
        return cls.objects.create(name=name, prefix=prefix, digest=_digest(key), scopes=sorted(set(scopes))), key

    @classmethod
    def find(cls, key: str) -> ApiKey | None:
        """The active key a client sent, or None (read from the database)."""
        prefix = prefix_of(key)
        found = cls.objects.active().filter(prefix=prefix).first() if prefix else None
        return found if found is not None and found.opens_with(key) else None

    def opens_with(self, key: str) -> bool:
        """Whether key is this key (its digest matches)."""
        return hmac.compare_digest(self.digest, _digest(key))

    def allows(self, scope: str) -> bool:
        return Scope.ADMIN in self.scopes or scope in self.scopes

    def revoke(self) -> None:
        self.revoked_at = timezone.now()
        self.save(update_fields=["revoked_at"])
