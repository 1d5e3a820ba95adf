"""`manage.py create_api_key NAME --scopes read,upload`: issue an API key and print it (the only time it is shown)."""

from django.core.management.base import BaseCommand, CommandError

from core.keys import ApiKey, Scope


class Command(BaseCommand):
    help = "Issue an API key for a client and print it once; only its hash is stored."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Who uses the key.")
        parser.add_argument(
            "--scopes",
            default="read",
            help=f"Comma-separated, any of {', '.join(Scope.values)} (default: read).",
        )

    def handle(self, *args, **options):
        scopes = [s.strip() for s in options["scopes"].split(",") if s.strip()]
        try:
            _, key = ApiKey.issue(options["name"], scopes)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(key)
