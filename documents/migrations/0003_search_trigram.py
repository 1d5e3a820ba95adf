"""Trigram (pg_trgm) GIN indexes for ?q= on PostgreSQL; nothing on SQLite."""

from django.db import migrations

from core.search import trigram_index


class Migration(migrations.Migration):
    dependencies = [("documents", "0002_initial")]

    operations = [
        trigram_index("documents_article"),
        trigram_index("documents_directive"),
    ]
