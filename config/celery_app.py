"""The Celery application; jobs live in each app's ``jobs.py``."""

import os

from celery import Celery
from celery.signals import task_prerun

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

app = Celery("meeting_records")
app.config_from_object("django.conf:settings", namespace="CELERY")
# "task" means the domain Task in this project, so Celery code lives in jobs.py.
app.autodiscover_tasks(related_name="jobs")


@task_prerun.connect
def _usable_database_connection(task=None, **kwargs) -> None:
    """A job starts on the connection the last one used, as a request does: replaced when it broke, when it
    is older than CONN_MAX_AGE, or when its health check fails (Celery itself would open one per job).
    A job run in-process (no broker) runs inside its caller's connection and transaction: left alone."""
    if task is not None and getattr(task.request, "is_eager", False):
        return
    from django.db import close_old_connections

    close_old_connections()
