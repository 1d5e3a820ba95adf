"""Building test rows straight from files, without the upload path."""

import hashlib
from pathlib import Path

from documents.extraction import prepare_text
from documents.extraction.annotations import extraction_from_json
from documents.models import Article
from documents.services.importer import ImportSummary, import_extraction


def article_from_text(text: str, **fields) -> Article:
    stored = prepare_text(text)
    return Article.objects.create(
        raw=text.encode("utf-8"),
        content_type="text/plain",
        text=stored,
        sha256=hashlib.sha256(stored.encode("utf-8")).hexdigest(),
        **fields,
    )


def article_from_file(path: Path, **fields) -> Article:
    return article_from_text(path.read_text(encoding="utf-8"), **fields)


def import_annotation(article: Article, data: dict) -> ImportSummary:
    """Imports a meeting-records/1 JSON document (a gold annotation) onto an article."""
    return import_extraction(article, extraction_from_json(data, article.text))
