"""App configuration for core."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "API keys and shared plumbing"

    def ready(self) -> None:
        from core.api import schema  # noqa: F401  registers the API key scheme with drf-spectacular
