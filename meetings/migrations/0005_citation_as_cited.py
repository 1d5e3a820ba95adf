"""A citation keeps the directive as it cites it (title, issuer, date, term), read from its article's stored
extraction, so that a later parse can correct what an earlier one gave a shared directive."""

import datetime as dt

from django.db import migrations, models


def _cited(item: dict) -> dict:
    """The values the import stores for a citation of the extraction (documents.services.directives)."""
    date = item.get("date")
    return {
        "cited_title": item.get("title") or "",
        "cited_issuer": (item.get("issued_by") or "")[:300],
        "cited_date": dt.date.fromisoformat(date) if date else None,
        "cited_term": (item.get("term") or "")[:10],
    }


def copy_cited(apps, schema_editor):
    Article = apps.get_model("documents", "Article")
    DirectiveMention = apps.get_model("meetings", "DirectiveMention")
    cited = Article.objects.filter(pk__in=DirectiveMention.objects.values("article_id")).only("id", "extraction")
    for article in cited.iterator(chunk_size=200):
        by_start = {}
        for item in (article.extraction or {}).get("directives") or []:
            for start, _end in item.get("spans") or [(0, 0)]:
                by_start[start] = _cited(item)
        mentions = list(DirectiveMention.objects.filter(article_id=article.pk, start__in=by_start))
        for mention in mentions:
            for name, value in by_start[mention.start].items():
                setattr(mention, name, value)
        DirectiveMention.objects.bulk_update(mentions, ["cited_title", "cited_issuer", "cited_date", "cited_term"])


class Migration(migrations.Migration):

    dependencies = [
        ('meetings', '0004_citation_conference_date'),
        ('documents', '0005_directive_codes_spelt_tu'),
    ]

    operations = [
        migrations.AddField(
            model_name='directivemention',
            name='cited_date',
            field=models.DateField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name='directivemention',
            name='cited_issuer',
            field=models.CharField(blank=True, editable=False, max_length=300),
        ),
        migrations.AddField(
            model_name='directivemention',
            name='cited_term',
            field=models.CharField(blank=True, editable=False, max_length=10),
        ),
        migrations.AddField(
            model_name='directivemention',
            name='cited_title',
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.RunPython(copy_cited, migrations.RunPython.noop),
    ]
