"""Settings for the test suite: the environment still picks the database."""

from config.settings.base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
API_OPEN_READS = False
# Tests drive jobs in-process unless a test starts a real worker itself.
CELERY_TASK_ALWAYS_EAGER = True
# Static files are not collected for tests; WhiteNoise would warn on every request.
MIDDLEWARE = [m for m in MIDDLEWARE if "whitenoise" not in m]  # noqa: F405
