"""Celery jobs for webhooks: send the deliveries about one record, and the sweep that resends lost ones."""

from celery import shared_task

from webhooks.services import deliver_next, send_due


@shared_task(name="webhooks.deliver", acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def deliver_job(subscription_id: int, record_type: str, record_id: int) -> str:
    return deliver_next(subscription_id, record_type, record_id)


@shared_task(name="webhooks.send_due", ignore_result=True)
def send_due_job() -> int:
    """The sweep: a job for every delivery that is due and has none, or whose run died."""
    return send_due()
