"""Trigram (pg_trgm) GIN indexes for ?q= on PostgreSQL; nothing on SQLite."""

from django.db import migrations

from core.search import trigram_index


class Migration(migrations.Migration):
    dependencies = [("people", "0001_initial")]

    operations = [
        trigram_index("people_official"),
        trigram_index("people_organization"),
        trigram_index("people_post"),
    ]
