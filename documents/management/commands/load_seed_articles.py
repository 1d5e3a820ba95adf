"""`manage.py load_seed_articles`: upload the seed articles when the database has none."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from documents.models import Article
from documents.services.ingest import Upload, ingest_article


class Command(BaseCommand):
    help = "Load the seed articles (../shared/seeds by default) into an empty database and parse them."

    def add_arguments(self, parser):
        parser.add_argument("--directory", type=Path, default=None, help="Where the .txt seed articles are.")
        parser.add_argument("--force", action="store_true", help="Load even when articles exist.")

    def handle(self, *args, **options):
        directory = options["directory"] or settings.SEED_ARTICLES_DIR
        if Article.objects.exists() and not options["force"]:
            self.stdout.write("Articles exist already; no seeds loaded.")
            return
        files = sorted(Path(directory).glob("*.txt")) if Path(directory).is_dir() else []
        if not files:
            self.stdout.write(self.style.WARNING(f"No seed articles in {directory}."))
            return
        for path in files:
            article, created = ingest_article(Upload(raw=path.read_bytes(), content_type="text/plain"))
            article.refresh_from_db()
            state = "loaded" if created else "already there"
            self.stdout.write(f"{path.name}: article {article.pk} {state}, {article.status}")
