"""``/health/`` reports the database, and with Redis the broker, the cache and whether a worker answers."""

import pytest
from django.conf import settings

from tests.live_worker import LiveWorker, SendingToRealBroker, require_real_services


def health(client) -> tuple[int, dict]:
    response = client.get("/health/", {"format": "json"})
    return response.status_code, response.json()


@pytest.mark.django_db
def test_health_reports_the_database(client):
    status, checks = health(client)
    database = next(v for k, v in checks.items() if k.startswith("Database"))
    assert database == "OK"
    if not settings.REDIS_URL:
        assert (status, len(checks)) == (200, 1)  # jobs run in-process: nothing else to check


@pytest.mark.worker
def test_no_worker_is_an_error_and_a_running_one_is_healthy(client, transactional_db, tmp_path):
    require_real_services()
    worker = LiveWorker(tmp_path)
    with SendingToRealBroker(worker.queue):  # the check asks for a worker on this queue
        status, checks = health(client)
        assert status == 500
        assert next(v for k, v in checks.items() if k.startswith("Ping")) != "OK"
        assert all(v == "OK" for k, v in checks.items() if not k.startswith("Ping")), checks
        worker.start()
        try:
            for _ in range(15):
                status, checks = health(client)
                if status == 200:
                    break
            assert status == 200, checks
        finally:
            worker.stop()
