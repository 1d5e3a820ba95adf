"""Indexes for every filter and ordering the list API offers (held by tests/core/test_list_query_plans.py)."""

from django.db import migrations, models

from core.indexes import postgres_only_index, trigram_upper_index


class Migration(migrations.Migration):

    dependencies = [
        ('documents', '0004_list_indexes'),
        ('meetings', '0002_search_trigram'),
        ('people', '0003_list_indexes'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='conference',
            index=models.Index(fields=['format'], name='meetings_conference_format'),
        ),
        migrations.AddIndex(
            model_name='conference',
            index=models.Index(fields=['kind', 'id'], name='meetings_conference_kind_id'),
        ),
        migrations.AddIndex(
            model_name='participant',
            index=models.Index(fields=['role', 'id'], name='meetings_participant_role_id'),
        ),
        # The list's default order, latest first and undated last (SQLite cannot build NULLS LAST).
        postgres_only_index('meetings_conference', 'meetings_conference_latest', '(date DESC NULLS LAST, id DESC)'),
        trigram_upper_index('meetings_conference', 'organizer_name'),
    ]
