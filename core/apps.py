"""App configuration for core."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("API keys, merges and the review queue")

    def ready(self) -> None:
        from core import key_cache, tombstones
        from core.api import schema  # noqa: F401  registers the API key scheme with drf-spectacular

        tombstones.connect()
        key_cache.connect()
