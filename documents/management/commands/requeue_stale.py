"""`manage.py requeue_stale`: send again the parse of articles that wait too long or whose worker died."""

from django.core.management.base import BaseCommand

from documents.services.claims import requeue_stale


class Command(BaseCommand):
    help = "Send the parse job again for queued articles left unsent or overdue, and for parses whose claim expired."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=1000, help="At most this many articles in one run.")

    def handle(self, *args, **options):
        sent = requeue_stale(limit=options["limit"])
        self.stdout.write(f"{sent} parse job(s) sent.")
