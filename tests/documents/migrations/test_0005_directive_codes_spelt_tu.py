"""Stored directive codes spelt "TƯ" take the spelling "TW": renamed when alone, put to curators when a twin exists."""

BEFORE = [("documents", "0004_list_indexes")]
AFTER = [("documents", "0005_directive_codes_spelt_tu")]


def test_a_code_spelt_tu_is_renamed_unless_a_twin_holds_the_tw_code(migrator):
    migrator.migrate(BEFORE)
    old = migrator.apps(BEFORE)
    Directive = old.get_model("documents", "Directive")
    alone = Directive.objects.create(kind="quy_dinh", number="164", code="164-QĐ/TƯ", title="chế độ bồi dưỡng")
    spelt_tu = Directive.objects.create(kind="quyet_dinh", number="218", code="218-QĐ/TƯ")
    twin = Directive.objects.create(kind="quyet_dinh", number="218", code="218-QĐ/TW")

    migrator.migrate(AFTER)
    new = migrator.apps(AFTER)
    Directive = new.get_model("documents", "Directive")
    ReviewItem = new.get_model("core", "ReviewItem")

    renamed = Directive.objects.get(pk=alone.pk)
    assert (renamed.code, renamed.search_text) == ("164-QĐ/TW", "164 qd tw 164 che do boi duong")
    assert Directive.objects.get(pk=spelt_tu.pk).code == "218-QĐ/TƯ"  # left for a curator
    item = ReviewItem.objects.get(object_id=spelt_tu.pk)
    assert (item.reason, item.status, item.other_id) == ("possible_duplicate", "open", twin.pk)
    assert not ReviewItem.objects.filter(object_id__in=[alone.pk, twin.pk]).exists()
