"""Trigram (pg_trgm) GIN indexes for ?q= on PostgreSQL; nothing on SQLite."""

from django.db import migrations

from core.search import trigram_index


class Migration(migrations.Migration):
    dependencies = [("meetings", "0001_initial")]

    operations = [
        trigram_index("meetings_conference"),
    ]
