"""Directive codes whose issuer was stored spelt "TƯ" take the parser's spelling, "TW": one document, one code.

A record with no "TW" twin is renamed. Where a twin exists, both stay as they are and curators are asked,
in the review queue, whether they are one document (they may not be: party numbering restarts each term),
so that nothing a curator set is moved without them.
"""

from django.db import migrations

from core.search import fold


def _twin_code(code: str) -> str:
    return f"{code[: -len('TƯ')]}TW"


def spell_tu_as_tw(apps, schema_editor):
    Directive = apps.get_model("documents", "Directive")
    ReviewItem = apps.get_model("core", "ReviewItem")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for directive in Directive.objects.filter(code__endswith="/TƯ").order_by("pk"):
        code = _twin_code(directive.code)
        twin = Directive.objects.filter(code=code, merged_into__isnull=True).order_by("pk").first()
        if twin is None:
            directive.code = code
            directive.search_text = fold(directive.code, directive.number, directive.title, directive.issued_by_name)
            directive.save(update_fields=["code", "search_text"])
            continue
        content_type, _ = ContentType.objects.get_or_create(app_label="documents", model="directive")
        ReviewItem.objects.get_or_create(
            reason="possible_duplicate",
            content_type=content_type,
            object_id=directive.pk,
            status="open",
            defaults={"other_id": twin.pk, "detail": f"{directive.code} may be {code}: 'TƯ' is 'TW' spelt in full."},
        )


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0004_list_indexes"),
        ("core", "0004_present_after_turns_by_fields"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(spell_tu_as_tw, migrations.RunPython.noop)]
