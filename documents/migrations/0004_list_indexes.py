"""Indexes for every filter and ordering the list API offers (held by tests/core/test_list_query_plans.py)."""

import django.db.models.functions.text
from django.db import migrations, models

from core.indexes import trigram_upper_index


class Migration(migrations.Migration):

    dependencies = [
        ('documents', '0003_search_trigram'),
        ('people', '0003_list_indexes'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='article',
            index=models.Index(fields=['published', 'id'], name='documents_article_published_id'),
        ),
        migrations.AddIndex(
            model_name='article',
            index=models.Index(fields=['status', 'id'], name='documents_article_status_id'),
        ),
        migrations.AddIndex(
            model_name='directive',
            index=models.Index(fields=['number'], name='documents_directive_number'),
        ),
        migrations.AddIndex(
            model_name='directive',
            index=models.Index(fields=['kind', 'id'], name='documents_directive_kind_id'),
        ),
        migrations.AddIndex(
            model_name='directive',
            index=models.Index(django.db.models.functions.text.Upper('code'), name='documents_directive_code_upper'),
        ),
        migrations.AddIndex(
            model_name='directive',
            index=models.Index(django.db.models.functions.text.Upper('term'), name='documents_directive_term_upper'),
        ),
        trigram_upper_index('documents_directive', 'issued_by_name'),
    ]
