"""Indexes for every filter and ordering the list API offers (held by tests/core/test_list_query_plans.py)."""

from django.db import migrations, models

from core.indexes import trigram_upper_index


class Migration(migrations.Migration):

    dependencies = [
        ('documents', '0004_list_indexes'),
        ('meetings', '0003_list_indexes'),
        ('tasks', '0002_search_trigram'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='task',
            index=models.Index(fields=['sequence', 'id'], name='tasks_task_sequence_id'),
        ),
        migrations.AddIndex(
            model_name='task',
            index=models.Index(fields=['status', 'id'], name='tasks_task_status_id'),
        ),
        trigram_upper_index('tasks_task', 'assignee'),
        trigram_upper_index('tasks_task', 'text'),
    ]
