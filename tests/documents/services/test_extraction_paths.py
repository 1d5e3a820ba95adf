"""The command line, POST /api/v1/extract/ and the worker give one extraction for every shared corpus file."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from documents.management.commands.extract import HTML_SUFFIXES, upload_of
from documents.models import Article
from documents.services.ingest import ingest_article

pytestmark = pytest.mark.django_db


def corpus_files(shared: Path) -> list[Path]:
    corpus = shared / "corpus"
    return sorted(p for p in corpus.rglob("*") if p.suffix in {".txt", *HTML_SUFFIXES})


def by_command_line(path: Path) -> dict:
    out = io.StringIO()
    call_command("extract", str(path), "--format", "jsonl", stdout=out)
    return json.loads(out.getvalue())


def by_api(client, path: Path) -> dict:
    content_type = "text/html" if path.suffix in HTML_SUFFIXES else "text/plain"
    response = client.post("/api/v1/extract/", data=path.read_bytes(), content_type=content_type)
    assert response.status_code == 200, (path.name, response.content[:300])
    return response.json()


def by_worker(path: Path, capture_on_commit) -> dict:
    with capture_on_commit(execute=True):  # the parse job runs in-process under the test settings
        article, _ = ingest_article(upload_of(path))
    article = Article.objects.get(pk=article.pk)
    assert article.status == "parsed", (path.name, article.error)
    return article.extraction


def test_three_paths_give_one_extraction_for_every_corpus_file(
    shared_dir, client_with_token, django_capture_on_commit_callbacks
):
    files = corpus_files(shared_dir)
    assert len(files) > 100, "the shared corpus is smaller than expected"
    for path in files:
        expected = by_command_line(path)
        assert by_api(client_with_token, path) == expected, path.name
        assert by_worker(path, django_capture_on_commit_callbacks) == expected, path.name
