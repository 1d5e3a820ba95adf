"""Settings of the read bench's gunicorn: the local settings with the bench's two floor views routed."""

from config.settings.local import *  # noqa: F403

ROOT_URLCONF = "scripts.bench_urls"
