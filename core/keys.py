"""API keys: one per client, with scopes, stored hashed; the key itself is shown once, at creation.

A key found is kept in the shared cache (``API_KEY_CACHE_SECONDS``; on by default where the cache is
Redis, which every process shares), so that a request does not read its key's row; saving, revoking or
deleting a key forgets it there at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PREFIX_LENGTH = 8


class Scope(models.TextChoices):
    READ = "read", "Read records"
    UPLOAD = "upload", "Upload and extract articles"
    CURATE = "curate", "Correct records"
    ADMIN = "admin", "Everything"


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
        """The active key a client sent, or None."""
        parts = key.split("_")
        if len(parts) < 3 or parts[0] != "mr" or len(parts[1]) != PREFIX_LENGTH:
            return None
        found = _active_key(parts[1])
        if found is None or not hmac.compare_digest(found.digest, _digest(key)):
            return None
        return found

    def mark_used(self, now: dt.datetime) -> None:
        """Records when the key was last used (the cached copy too, so that the next request need not)."""
        ApiKey.objects.filter(pk=self.pk).update(last_used_at=now)
        self.last_used_at = now
        _remember(self)

    def allows(self, scope: str) -> bool:
        return Scope.ADMIN in self.scopes or scope in self.scopes

    def revoke(self) -> None:
        self.revoked_at = timezone.now()
        self.save(update_fields=["revoked_at"])


def _cache_key(prefix: str) -> str:
    return f"api-key:{prefix}"


def _remember(key: ApiKey) -> None:
    if settings.API_KEY_CACHE_SECONDS:
        cache.set(_cache_key(key.prefix), key, settings.API_KEY_CACHE_SECONDS)


def _active_key(prefix: str) -> ApiKey | None:
    """The active key of this prefix: from the cache, else read (and kept). An unknown prefix is not kept,
    so that a key issued later is never refused for a while."""
    if settings.API_KEY_CACHE_SECONDS and (cached := cache.get(_cache_key(prefix))) is not None:
        return cached
    found = ApiKey.objects.active().filter(prefix=prefix).first()
    if found is not None:
        _remember(found)
    return found


def forget_keys(prefixes: Iterable[str]) -> None:
    """Drops these keys from the cache: the next request reads them again."""
    cache.delete_many([_cache_key(prefix) for prefix in prefixes])


def revoke_keys(keys: models.QuerySet[ApiKey]) -> int:
    """Revokes the keys not yet revoked, at once for every process; how many."""
    prefixes = list(keys.filter(revoked_at__isnull=True).values_list("prefix", flat=True))
    count = ApiKey.objects.filter(prefix__in=prefixes, revoked_at__isnull=True).update(revoked_at=timezone.now())
    forget_keys(prefixes)
    return count


@receiver(post_save, sender=ApiKey, dispatch_uid="core:api-key:saved")
@receiver(post_delete, sender=ApiKey, dispatch_uid="core:api-key:deleted")
def _forget_changed_key(sender: type[ApiKey], instance: ApiKey, **kwargs) -> None:
    forget_keys([instance.prefix])
