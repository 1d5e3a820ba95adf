"""Sending deliveries: signed, retried after a failure, in order per record, swept when a job was lost."""

import datetime as dt
import threading

import pytest
from django.db import transaction
from django.utils import timezone

from core.merging import merge
from tests.factories import OfficialFactory
from webhooks.events import emit
from webhooks.models import Delivery, DeliveryStatus, Subscription
from webhooks.services import deliver_next, send_due
from webhooks.signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify

pytestmark = pytest.mark.django_db


def subscribe(receiver, *events: str, **fields) -> Subscription:
    return Subscription.objects.create(url=receiver.url, events=list(events), **fields)


def signed_by(request, subscription: Subscription) -> bool:
    headers = request.headers
    return verify(subscription.secret, headers[TIMESTAMP_HEADER], request.body, headers[SIGNATURE_HEADER])


def test_an_event_reaches_its_subscriber_signed(receiver, django_capture_on_commit_callbacks):
    subscription = subscribe(receiver, "task.changed")
    with django_capture_on_commit_callbacks(execute=True):
        emit("task.changed", "task", 7)
    [request] = receiver.wait_for(1)
    assert signed_by(request, subscription)
    assert request.headers["X-Webhook-Event"] == "task.changed"
    assert request.json["event"] == "task.changed"
    assert request.json["record"] == {"type": "task", "id": 7, "url": "http://localhost:8000/api/v1/tasks/7/"}
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("delivered", 1, 200)
    assert request.json["id"] == str(delivery.event_id) == request.headers["X-Webhook-Id"]


def test_a_500_is_tried_again_as_the_same_event(receiver, settings, django_capture_on_commit_callbacks):
    settings.WEBHOOK_RETRY_BASE = 0
    subscription = subscribe(receiver, "task.changed")
    receiver.answers = [500]
    with django_capture_on_commit_callbacks(execute=True):
        emit("task.changed", "task", 7)
    first, second = receiver.wait_for(2)
    assert first.headers["X-Webhook-Id"] == second.headers["X-Webhook-Id"]
    assert [first.headers["X-Webhook-Attempt"], second.headers["X-Webhook-Attempt"]] == ["1", "2"]
    assert signed_by(first, subscription) and signed_by(second, subscription)
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("delivered", 2, 200)


def test_the_next_delivery_about_a_record_waits_for_the_one_before(receiver, django_capture_on_commit_callbacks):
    loser, survivor = OfficialFactory(name="Nguyễn Văn A"), OfficialFactory(name="Nguyễn Văn B")
    subscription = subscribe(receiver, "official.changed", "record.merged")
    receiver.answers = [500, 500]  # the survivor's change and the loser's
    with django_capture_on_commit_callbacks(execute=True):
        merge(loser, survivor)
    about_loser = [r for r in receiver.requests if r.json["record"]["id"] == loser.pk]
    # The loser's change failed and waits to be tried again; its merge waits behind it.
    assert [r.json["event"] for r in about_loser] == ["official.changed"]
    assert Delivery.objects.filter(record_id=loser.pk, event="record.merged", status="pending").exists()

    Delivery.objects.filter(record_id=loser.pk).update(next_attempt_at=timezone.now())
    assert deliver_next(subscription.pk, "official", loser.pk) == "idle"
    about_loser = [r for r in receiver.requests if r.json["record"]["id"] == loser.pk]
    assert [r.json["event"] for r in about_loser] == ["official.changed", "official.changed", "record.merged"]
    assert about_loser[-1].json["survivor"]["id"] == survivor.pk


def test_a_delivery_given_up_stays_logged_as_failed(receiver, settings, django_capture_on_commit_callbacks):
    settings.WEBHOOK_RETRY_BASE, settings.WEBHOOK_MAX_ATTEMPTS = 0, 3
    subscribe(receiver, "task.changed")
    receiver.answers = [500, 503, 502]
    with django_capture_on_commit_callbacks(execute=True):
        emit("task.changed", "task", 7)
    receiver.wait_for(3)
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("failed", 3, 502)
    assert "502" in delivery.last_error


def test_a_redirect_is_a_failed_attempt(receiver, django_capture_on_commit_callbacks):
    subscribe(receiver, "task.changed")
    receiver.answers = [302]
    with django_capture_on_commit_callbacks(execute=True):
        emit("task.changed", "task", 7)
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("pending", 1, 302)
    assert delivery.next_attempt_at > timezone.now()


def test_a_change_rolled_back_notifies_no_one(receiver, django_capture_on_commit_callbacks):
    subscribe(receiver, "official.changed")
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        OfficialFactory(name="Trần Thị C")
        raise RuntimeError("the import failed")
    assert not Delivery.objects.exists()
    assert not receiver.requests


def test_a_saved_record_is_reported_once_per_subscriber(receiver, django_capture_on_commit_callbacks):
    first, second = subscribe(receiver, "official.changed"), subscribe(receiver, "official.changed", "task.changed")
    subscribe(receiver, "task.changed")
    subscribe(receiver, "official.changed", active=False)
    with django_capture_on_commit_callbacks(execute=True):
        official = OfficialFactory(name="Lê Văn D")
        official.name = "Lê Văn Đ"
        official.save()
    deliveries = Delivery.objects.order_by("subscription_id")
    assert [(d.subscription_id, d.event, d.record_id) for d in deliveries] == [
        (first.pk, "official.changed", official.pk),
        (second.pk, "official.changed", official.pk),
    ]
    assert len(receiver.requests) == 2


def test_the_sweep_sends_what_no_job_sent(receiver, settings):
    subscription = subscribe(receiver, "task.changed")
    long_ago = timezone.now() - dt.timedelta(seconds=settings.WEBHOOK_SWEEP_GRACE + 60)
    lost = Delivery.objects.create(
        subscription=subscription, event="task.changed", record_type="task", record_id=3, next_attempt_at=long_ago
    )
    died = Delivery.objects.create(
        subscription=subscription,
        event="task.changed",
        record_type="task",
        record_id=4,
        status=DeliveryStatus.SENDING,
        claimed_until=timezone.now() - dt.timedelta(seconds=1),
    )
    assert send_due() == 2
    assert sorted(r.json["record"]["id"] for r in receiver.wait_for(2)) == [3, 4]
    assert set(Delivery.objects.filter(pk__in=[lost.pk, died.pk]).values_list("status", flat=True)) == {"delivered"}


def test_a_live_claim_is_left_to_its_run(receiver):
    subscription = subscribe(receiver, "task.changed")
    Delivery.objects.create(
        subscription=subscription,
        event="task.changed",
        record_type="task",
        record_id=5,
        status=DeliveryStatus.SENDING,
        claimed_until=timezone.now() + dt.timedelta(seconds=60),
    )
    assert send_due() == 0
    assert deliver_next(subscription.pk, "task", 5) == "busy"
    assert not receiver.requests


def test_without_a_broker_a_thread_sends_after_the_commit(receiver, settings, transactional_db):
    settings.WEBHOOK_SEND_IN_BACKGROUND = True
    subscription = subscribe(receiver, "task.changed")
    with transaction.atomic():
        emit("task.changed", "task", 9)
        assert not receiver.requests
    [request] = receiver.wait_for(1, seconds=10)
    assert signed_by(request, subscription)
    for _ in range(50):
        if Delivery.objects.get().status == "delivered":
            break
        threading.Event().wait(0.1)
    assert Delivery.objects.get().status == "delivered"


def test_a_failing_cache_does_not_fail_the_change(receiver, monkeypatch, django_capture_on_commit_callbacks):
    def broken(*args, **kwargs):
        raise ConnectionError("the cache is down")

    subscription = subscribe(receiver, "official.changed")
    monkeypatch.setattr("webhooks.events.cache.get", broken)
    monkeypatch.setattr("webhooks.events.cache.set", broken)
    with django_capture_on_commit_callbacks(execute=True):
        official = OfficialFactory(name="Phạm Văn G")
    [request] = receiver.wait_for(1)
    assert request.json["record"]["id"] == official.pk
    assert signed_by(request, subscription)
