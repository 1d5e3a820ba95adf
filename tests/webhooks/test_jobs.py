"""Events from the parse: an upload is announced as parsed or failed, by the in-process jobs and by a real worker."""

import pytest

from webhooks.models import Delivery, Subscription
from webhooks.signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify

SEED = "seeds/000_0d163578645c4766.txt"


def _upload(client, body: bytes):
    response = client.post("/api/v1/articles/", body, content_type="text/plain; charset=utf-8")
    assert response.status_code == 202, response.content
    return response.json()["id"]


@pytest.mark.django_db
def test_an_upload_is_announced_parsed(receiver, client_with_token, shared_dir, django_capture_on_commit_callbacks):
    subscription = Subscription.objects.create(url=receiver.url, events=["article.parsed", "conference.changed"])
    with django_capture_on_commit_callbacks(execute=True):
        article_id = _upload(client_with_token, (shared_dir / SEED).read_bytes())
    events = {r.json["event"]: r for r in receiver.wait_for(2)}
    parsed = events["article.parsed"]
    assert parsed.json["record"]["id"] == article_id
    assert verify(subscription.secret, parsed.headers[TIMESTAMP_HEADER], parsed.body, parsed.headers[SIGNATURE_HEADER])
    conference = client_with_token.get(f"/api/v1/articles/{article_id}/").json()["conference"]
    assert events["conference.changed"].json["record"]["id"] == conference


@pytest.mark.django_db
def test_an_upload_that_fails_is_announced_failed(
    receiver, client_with_token, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(*args, **kwargs):
        raise ValueError("the parser broke")

    monkeypatch.setattr("documents.services.parsing.extraction_for", broken)
    Subscription.objects.create(url=receiver.url, events=["article.failed", "article.parsed"])
    with django_capture_on_commit_callbacks(execute=True):
        article_id = _upload(client_with_token, "Hội nghị giao ban công tác tổ chức xây dựng Đảng.".encode())
    [failed] = receiver.wait_for(1)
    assert (failed.json["event"], failed.json["record"]["id"]) == ("article.failed", article_id)


@pytest.mark.worker
def test_a_real_worker_announces_an_upload_signed(live_worker, receiver, client_with_token, shared_dir):
    subscription = Subscription.objects.create(url=receiver.url, events=["article.parsed"])
    article_id = _upload(client_with_token, (shared_dir / SEED).read_bytes())
    [parsed] = receiver.wait_for(1, seconds=90)
    assert parsed.json["event"] == "article.parsed"
    assert parsed.json["record"]["id"] == article_id
    assert verify(subscription.secret, parsed.headers[TIMESTAMP_HEADER], parsed.body, parsed.headers[SIGNATURE_HEADER])
    assert client_with_token.get(f"/api/v1/articles/{article_id}/").json()["status"] == "parsed"
    assert Delivery.objects.get().status == "delivered"
