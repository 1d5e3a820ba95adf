"""`manage.py reparse`: parse again every article not on the current parser version, in batches, with progress."""

from django.core.management.base import BaseCommand

from documents.extraction import PARSER_VERSION
from documents.services.reparse import articles_to_reparse, reparse_in_batches


class Command(BaseCommand):
    help = (
        "Queue a new parse of the articles not on the current parser version (or of those named), sending the jobs "
        "in batches. Articles already on the current version are skipped, so running it again resumes."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--all", action="store_true", help="Every article, current version included.")
        which.add_argument("--parser-version-below", metavar="V", help="Only articles parsed by a release below V.")
        which.add_argument("--ids", nargs="+", type=int, metavar="ID", help="Only these articles.")
        parser.add_argument("--batch", type=int, default=500, help="Jobs sent at a time (default 500).")

    def handle(self, *args, **options):
        rows = articles_to_reparse(ids=options["ids"], below=options["parser_version_below"], everything=options["all"])
        total = rows.count()
        self.stdout.write(f"{total} article(s) to parse again with parser {PARSER_VERSION}.")
        for done, total in reparse_in_batches(rows, batch=max(1, options["batch"])):
            filled = int(30 * done / total)
            self.stdout.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total}", ending="")
            self.stdout.flush()
        self.stdout.write("\nQueued. Watch GET /api/v1/articles/?status=queued, or the admin's list by status.")
