"""WSGI entry point (gunicorn config.wsgi)."""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

from core.wsgi import ChunkedBodies

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

application = ChunkedBodies(get_wsgi_application(), limit=settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
