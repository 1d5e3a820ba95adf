"""The Celery application; jobs live in each app's ``jobs.py``."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

app = Celery("meeting_records")
app.config_from_object("django.conf:settings", namespace="CELERY")
# "task" means the domain Task in this project, so Celery code lives in jobs.py.
app.autodiscover_tasks(related_name="jobs")
