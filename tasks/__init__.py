"""The domain Task: tasks and priorities set at a meeting (never Celery code)."""
