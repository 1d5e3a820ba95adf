"""End to end: a real celery worker on Redis parses an uploaded seed article into PostgreSQL."""

import time

import pytest


def _wait_for(client, url: str, seconds: float = 90) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        body = client.get(url).json()
        if body["status"] in ("parsed", "failed"):
            return body
        time.sleep(0.3)
    raise AssertionError(f"{url} was not parsed within {seconds} s: {body['status']}")


@pytest.mark.worker
def test_worker_turns_an_uploaded_seed_into_linked_records(live_worker, client_with_token, shared_dir):
    seed = (shared_dir / "seeds" / "000_0d163578645c4766.txt").read_bytes()
    response = client_with_token.post("/api/v1/articles/", seed, content_type="text/plain; charset=utf-8")
    assert response.status_code == 202
    assert response.json()["status"] == "queued"
    article = _wait_for(client_with_token, response["Location"])
    assert article["status"] == "parsed", article["error"]
    assert live_worker.process.poll() is None, "the worker died"

    conference = client_with_token.get(f"/api/v1/conferences/{article['conference']}/").json()
    assert conference["kind"] == "giao_ban"
    assert conference["date"] == "2023-04-03"
    chair = next(p for p in conference["participants"] if p["role"] == "chair")
    assert chair["name"] == "Mai Văn Chính"
    assert {d["code"] for d in conference["directives"]} >= {"50-KL/TW", "18-NQ/TW"}
    assert len(conference["tasks"]) >= 2

    official = client_with_token.get(f"/api/v1/officials/{chair['official']}/").json()
    assert "Ủy viên Trung ương Đảng" in {p["text"] for p in official["positions"]}
    directive = next(d for d in conference["directives"] if d["code"] == "50-KL/TW")
    cited = client_with_token.get(f"/api/v1/directives/{directive['id']}/").json()
    assert [c["id"] for c in cited["conferences"]] == [conference["id"]]
    tasks = client_with_token.get("/api/v1/tasks/", {"conference": conference["id"]}).json()
    assert tasks["count"] == len(conference["tasks"])

    again = client_with_token.post("/api/v1/articles/", seed, content_type="text/plain; charset=utf-8")
    assert again.status_code == 200
    assert again.json()["id"] == article["id"]
