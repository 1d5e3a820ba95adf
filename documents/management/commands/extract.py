"""`manage.py extract FILE…`: print the extraction of each article file (text or HTML)."""

import datetime as dt
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from documents.extraction import UndecodableUpload
from documents.services.ingest import UnsupportedArticleType, Upload, UploadTooLarge, extract_upload

HTML_SUFFIXES = {".html", ".htm"}


def upload_of(path: Path, published: dt.date | None = None) -> Upload:
    """A file as an upload: HTML by its suffix (or, read as text, by its look), in the charset it declares."""
    content_type = "text/html" if path.suffix.lower() in HTML_SUFFIXES else "text/plain"
    return Upload(raw=path.read_bytes(), content_type=content_type, published=published)


class Command(BaseCommand):
    help = "Parse article files and print one meeting-records/1 extraction per file, in order."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--format", choices=["json", "jsonl"], default="json")
        parser.add_argument(
            "--published",
            type=dt.date.fromisoformat,
            default=None,
            help="Publication date (YYYY-MM-DD) for day-and-month dates in the text.",
        )

    def handle(self, *args, **options):
        results = []
        for path in options["files"]:
            try:
                upload = upload_of(path, options["published"])
            except OSError as exc:
                raise CommandError(f"{path}: {exc.strerror}") from exc
            try:
                results.append(extract_upload(upload).to_json())
            except (UndecodableUpload, UploadTooLarge, UnsupportedArticleType) as exc:
                raise CommandError(f"{path}: {exc}") from exc
        if options["format"] == "jsonl":
            for item in results:
                self.stdout.write(json.dumps(item, ensure_ascii=False))
        else:
            payload = results[0] if len(results) == 1 else results
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
