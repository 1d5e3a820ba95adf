"""Webhooks over the API: only curators see or change them; the secret is shown once; a delivery can be replayed."""

import pytest
from rest_framework.test import APIClient

from core.keys import ApiKey
from webhooks.events import emit
from webhooks.models import Delivery, Subscription

pytestmark = pytest.mark.django_db


def client_with(*scopes: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {ApiKey.issue('client', list(scopes))[1]}")
    return client


def test_subscriptions_need_the_curate_scope():
    assert client_with("read", "upload").get("/api/v1/webhooks/").status_code == 403
    assert client_with("read").get("/api/v1/webhook-deliveries/").status_code == 403
    refused = client_with("read").post("/api/v1/webhooks/", {"url": "https://example.org/h"}, format="json")
    assert refused.status_code == 403
    assert client_with("curate").get("/api/v1/webhooks/").status_code == 200


def test_a_new_subscription_shows_its_secret_once():
    client = client_with("curate")
    created = client.post(
        "/api/v1/webhooks/", {"url": "https://example.org/hook", "events": ["task.changed"]}, format="json"
    )
    assert created.status_code == 201, created.json()
    body = created.json()
    assert len(body["secret"]) >= 32
    assert body["secret"] == Subscription.objects.get(pk=body["id"]).secret
    assert body["created_by"] == "API key client"
    read = client.get(f"/api/v1/webhooks/{body['id']}/").json()
    assert "secret" not in read
    assert read["events"] == ["task.changed"]


def test_a_client_may_choose_the_secret_and_change_it():
    client = client_with("curate")
    body = {"url": "https://example.org/hook", "events": ["task.changed"], "secret": "chosen-by-the-client"}
    created = client.post("/api/v1/webhooks/", body, format="json").json()
    assert created["secret"] == "chosen-by-the-client"
    changed = client.patch(f"/api/v1/webhooks/{created['id']}/", {"secret": "another-long-secret"}, format="json")
    assert changed.status_code == 200
    assert "secret" not in changed.json()
    assert Subscription.objects.get(pk=created["id"]).secret == "another-long-secret"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "ftp://example.org/hook", "events": ["task.changed"]}, "url"),
        ({"url": "https://example.org/hook", "events": []}, "events"),
        ({"url": "https://example.org/hook", "events": ["task.deleted"]}, "events"),
        ({"url": "https://example.org/hook", "events": ["task.changed"], "secret": "short"}, "secret"),
    ],
)
def test_rejects_a_subscription_that_cannot_be_served(body, field):
    response = client_with("curate").post("/api/v1/webhooks/", body, format="json")
    assert response.status_code == 400
    assert response.json()["error"] == "invalid"
    assert field in response.json()["fields"]


def test_deliveries_are_listed_by_subscription_and_status(receiver, django_capture_on_commit_callbacks):
    wanted = Subscription.objects.create(url=receiver.url, events=["task.changed"])
    other = Subscription.objects.create(url=receiver.url, events=["task.changed"], active=False)
    Delivery.objects.create(subscription=other, event="task.changed", record_type="task", record_id=1)
    with django_capture_on_commit_callbacks(execute=True):
        emit("task.changed", "task", 2)
    client = client_with("curate")
    listed = client.get("/api/v1/webhook-deliveries/", {"subscription": wanted.pk, "status": "delivered"}).json()
    assert [(d["record_type"], d["record_id"], d["attempts"]) for d in listed["results"]] == [("task", 2, 1)]
    assert client.get("/api/v1/webhook-deliveries/", {"status": "sent"}).status_code == 400


def test_a_failed_delivery_is_replayed_as_the_same_event(receiver, settings, django_capture_on_commit_callbacks):
    settings.WEBHOOK_RETRY_BASE, settings.WEBHOOK_MAX_ATTEMPTS = 0, 1
    Subscription.objects.create(url=receiver.url, events=["task.changed"])
    receiver.answers = [500]
    with django_capture_on_commit_callbacks(execute=True):
        emit("task.changed", "task", 2)
    failed = Delivery.objects.get()
    assert failed.status == "failed"
    with django_capture_on_commit_callbacks(execute=True):
        replayed = client_with("curate").post(f"/api/v1/webhook-deliveries/{failed.pk}/replay/")
    assert replayed.status_code == 202
    assert replayed.json()["replay_of"] == failed.pk
    first, second = receiver.wait_for(2)
    assert first.headers["X-Webhook-Id"] == second.headers["X-Webhook-Id"] == str(failed.event_id)
    assert Delivery.objects.get(pk=replayed.json()["id"]).status == "delivered"
