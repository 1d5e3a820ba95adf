"""`manage.py extract FILE…`: print the extraction of each article file (text or HTML)."""

import datetime as dt
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from documents.extraction import parse_html, parse_text
from documents.services.decoding import UndecodableUpload, decode_upload, looks_like_html


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
                raw = path.read_bytes()
            except OSError as exc:
                raise CommandError(f"{path}: {exc.strerror}") from exc
            try:
                text = decode_upload(raw, None)
            except UndecodableUpload as exc:
                raise CommandError(f"{path}: {exc}") from exc
            is_html = path.suffix.lower() in {".html", ".htm"} or looks_like_html(text)
            parse = parse_html if is_html else parse_text
            results.append(parse(text, options["published"]).to_json())
        if options["format"] == "jsonl":
            for item in results:
                self.stdout.write(json.dumps(item, ensure_ascii=False))
        else:
            payload = results[0] if len(results) == 1 else results
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
