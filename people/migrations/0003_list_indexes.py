"""Indexes for every filter and ordering the list API offers (held by tests/core/test_list_query_plans.py)."""

from django.db import migrations, models

from core.indexes import trigram_upper_index


class Migration(migrations.Migration):

    dependencies = [
        ('people', '0002_search_trigram'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='official',
            index=models.Index(fields=['name', 'id'], name='people_official_name_id'),
        ),
        migrations.AddIndex(
            model_name='organization',
            index=models.Index(fields=['name', 'id'], name='people_org_name_id'),
        ),
        migrations.AddIndex(
            model_name='post',
            index=models.Index(fields=['name', 'id'], name='people_post_name_id'),
        ),
        trigram_upper_index('people_post', 'name'),
        trigram_upper_index('people_post', 'title'),
        trigram_upper_index('people_position', 'text'),
    ]
