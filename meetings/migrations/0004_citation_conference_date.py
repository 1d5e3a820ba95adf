"""A citation keeps its conference's date, so that a directive's citations sort by it through one index."""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery

from core.indexes import postgres_only_index


def copy_dates(apps, schema_editor):
    Conference = apps.get_model("meetings", "Conference")
    DirectiveMention = apps.get_model("meetings", "DirectiveMention")
    date = Conference.objects.filter(pk=OuterRef("conference_id")).values("date")[:1]
    DirectiveMention.objects.filter(conference__isnull=False).update(conference_date=Subquery(date))


class Migration(migrations.Migration):

    dependencies = [
        ('meetings', '0003_list_indexes'),
    ]

    operations = [
        migrations.AddField(
            model_name='directivemention',
            name='conference_date',
            field=models.DateField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(copy_dates, migrations.RunPython.noop),
        # A directive's citations, latest meeting first, undated last (SQLite cannot build NULLS LAST).
        postgres_only_index(
            'meetings_directivemention',
            'meetings_directivemention_latest',
            '(directive_id, conference_date DESC NULLS LAST, article_id DESC, start)',
        ),
    ]
