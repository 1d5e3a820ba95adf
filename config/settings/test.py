"""Settings for the test suite: the environment still picks the database."""

import os

from config.settings.base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
API_OPEN_READS = False
# Tests drive jobs in-process unless a test starts a real worker itself.
CELERY_TASK_ALWAYS_EAGER = True
# ... and webhook deliveries in the test's own thread, inside its transaction.
WEBHOOK_SEND_IN_BACKGROUND = False
# Static files are not collected for tests; WhiteNoise would warn on every request.
MIDDLEWARE = [m for m in MIDDLEWARE if "whitenoise" not in m]  # noqa: F405
# Budgets high enough for the suite; the throttle tests set their own.
_RATES = dict.fromkeys(["read", "upload", "curate", "admin"], "100000/min")
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": _RATES}  # noqa: F405
# Each run counts in its own cache space.
CACHES = {"default": {**CACHES["default"], "KEY_PREFIX": f"mr-test-{os.getpid()}"}}  # noqa: F405
