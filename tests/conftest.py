"""Fixtures shared by the whole suite."""

import json
from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from rest_framework.test import APIClient

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared articles and annotations; a test that needs them fails, loudly, where they are missing."""
    if not (SHARED / "eval").is_dir() or not (SHARED / "corpus").is_dir():
        pytest.fail(
            f"this test reads the shared articles at {SHARED}, which is missing: clone them beside the checkout"
        )
    return SHARED


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user(username="curator", password="unused-password")


@pytest.fixture
def client_with_token(db) -> APIClient:
    """A client whose API key holds every scope."""
    from core.keys import ApiKey

    _, key = ApiKey.issue("test client", ["admin"])
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    return client


@pytest.fixture
def api_key_header(db) -> str:
    """An Authorization header with a key that holds every scope."""
    from core.keys import ApiKey

    return f"Bearer {ApiKey.issue('test client', ['admin'])[1]}"


@pytest.fixture
def live_worker(transactional_db, tmp_path):
    """A real celery worker on Redis, to which the test's jobs are sent (skipped without PostgreSQL and Redis)."""
    from tests.live_worker import LiveWorker, SendingToRealBroker, require_real_services

    require_real_services()
    worker = LiveWorker(tmp_path).start()
    try:
        with SendingToRealBroker(worker.queue):
            yield worker
    finally:
        worker.stop()
        print(f"worker log: {tmp_path}")


@pytest.fixture
def anonymous_client() -> APIClient:
    return APIClient()


def gold_files(shared: Path) -> list[tuple[Path, dict]]:
    out = []
    for path in sorted((shared / "eval" / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out.append((shared / gold["source"], gold))
    return out


@pytest.fixture
def imported_gold(db, shared_dir):
    """Every gold annotation imported onto an article made from its source text."""
    from documents.models import Article
    from tests.factories import article_from_file, import_annotation

    articles = []
    for source, gold in gold_files(shared_dir):
        if source.suffix != ".txt":
            continue
        article = article_from_file(source)
        import_annotation(article, gold)
        Article.objects.filter(pk=article.pk).update(status="parsed")
        articles.append((article, gold))
    return articles


class Migrator:
    """Moves the test database between migration states and gives each state's historical models."""

    def __init__(self) -> None:
        self.executor = MigrationExecutor(connection)

    def migrate(self, targets: list[tuple[str, str]]) -> None:
        self.executor.loader.build_graph()
        self.executor.migrate(targets)

    def apps(self, targets: list[tuple[str, str]]):
        return self.executor.loader.project_state(targets).apps


@pytest.fixture
def migrator(transactional_db):
    """A Migrator; the database is migrated to the latest state again afterwards."""
    helper = Migrator()
    yield helper
    helper.migrate(helper.executor.loader.graph.leaf_nodes())
