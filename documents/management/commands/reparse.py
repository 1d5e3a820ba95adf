"""`manage.py reparse`: parse again every article not on the current parser version, in batches, with progress."""

import time

from django.core.management.base import BaseCommand, CommandError

from documents.extraction import PARSER_VERSION
from documents.services.reparse import ReparseProgress, articles_to_reparse, progress_of, reparse_in_batches

BAR = 30


def bar(done: int, total: int) -> str:
    filled = BAR * done // total if total else BAR
    return f"[{'#' * filled}{'.' * (BAR - filled)}] {done}/{total}"


class Command(BaseCommand):
    help = (
        "Queue a new parse of the articles not on the current parser version (or of those named), sending the jobs "
        "in batches. Articles already on the current version are skipped, so running it again resumes. With --wait, "
        "follow the parses until every article is parsed or failed."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--all", action="store_true", help="Every article, current version included.")
        which.add_argument("--parser-version-below", metavar="V", help="Only articles parsed by a release below V.")
        which.add_argument("--ids", nargs="+", type=int, metavar="ID", help="Only these articles.")
        parser.add_argument("--batch", type=int, default=500, help="Jobs sent at a time (default 500).")
        parser.add_argument(
            "--wait",
            action="store_true",
            help="Show the parses' progress until none is left to come; exit 1 if any failed. Interrupting "
            "stops the watching only: the jobs stay queued.",
        )
        parser.add_argument("--poll", type=float, default=2.0, help="Seconds between looks with --wait (default 2).")
        parser.add_argument(
            "--timeout", type=float, metavar="SECONDS", help="With --wait, stop watching after this long (exit 1)."
        )

    def handle(self, *args, **options):
        rows = articles_to_reparse(ids=options["ids"], below=options["parser_version_below"], everything=options["all"])
        ids = list(rows.values_list("pk", flat=True))
        self.stdout.write(f"{len(ids)} article(s) to parse again with parser {PARSER_VERSION}.")
        for sent, total in reparse_in_batches(ids, batch=max(1, options["batch"])):
            self._line(f"sent {bar(sent, total)}")
        if not options["wait"]:
            self.stdout.write("\nQueued. Watch GET /api/v1/articles/?status=queued, or the admin's list by status.")
            return
        progress = self._follow(ids, poll=max(0.1, options["poll"]), timeout=options["timeout"])
        if progress.waiting:
            raise CommandError(
                f"{progress.waiting} article(s) still to come after {options['timeout']:g} s: their jobs stay queued "
                "(GET /api/v1/articles/?status=queued lists them)."
            )
        if progress.failed:
            raise CommandError(
                f"{progress.failed} article(s) failed: GET /api/v1/articles/?status=failed lists them with the error."
            )

    def _follow(self, ids: list[int], poll: float, timeout: float | None) -> ReparseProgress:
        self.stdout.write("")
        started = time.monotonic()
        finished_before = None  # what was finished at the first look: the rate counts what came after
        while True:
            progress = progress_of(ids)
            finished = progress.parsed + progress.failed
            if finished_before is None:
                finished_before = finished
            elapsed = time.monotonic() - started
            rate = (finished - finished_before) / elapsed if elapsed > 0 else 0.0
            left = f", about {progress.waiting / rate:.0f} s left" if rate > 0 and progress.waiting else ""
            self._line(f"parsed {bar(finished, progress.total)} ({progress.failed} failed, {rate:.1f}/s{left})")
            if not progress.waiting:
                self.stdout.write(f"\nDone in {elapsed:.0f} s: {progress.parsed} parsed, {progress.failed} failed.")
                return progress
            if timeout is not None and elapsed >= timeout:
                self.stdout.write("")
                return progress
            time.sleep(poll)

    def _line(self, text: str) -> None:
        self.stdout.write(f"\r{text}", ending="")
        self.stdout.flush()
