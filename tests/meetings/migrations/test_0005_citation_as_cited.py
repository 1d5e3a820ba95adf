"""Stored citations take what they cite from their article's stored extraction."""

import datetime as dt

BEFORE = [("meetings", "0004_citation_conference_date"), ("documents", "0005_directive_codes_spelt_tu")]
AFTER = [("meetings", "0005_citation_as_cited")]


def test_each_citation_takes_its_values_from_the_articles_extraction(migrator):
    migrator.migrate(BEFORE)
    old = migrator.apps(BEFORE)
    Article = old.get_model("documents", "Article")
    Directive = old.get_model("documents", "Directive")
    DirectiveMention = old.get_model("meetings", "DirectiveMention")
    cited = {"code": "50-KL/TW", "kind": "ket_luan", "number": "50", "issued_by": "Bộ Chính trị", "date": "2023-02-28"}
    extraction = {
        "directives": [
            {**cited, "term": None, "title": "sắp xếp tổ chức bộ máy", "spans": [[10, 20], [40, 50]]},
            {"code": None, "kind": "chi_thi", "number": "35", "issued_by": None, "date": None, "term": "XII",
             "title": None, "spans": []},
        ]
    }
    article = Article.objects.create(text="x" * 60, raw=b"x", sha256="a" * 64, extraction=extraction)
    unparsed = Article.objects.create(text="y" * 60, raw=b"y", sha256="b" * 64, extraction={})
    fifty = Directive.objects.create(kind="ket_luan", number="50", code="50-KL/TW")
    thirty_five = Directive.objects.create(kind="chi_thi", number="35")
    for start in (10, 40):
        DirectiveMention.objects.create(article=article, directive=fifty, start=start, end=start + 10)
    DirectiveMention.objects.create(article=article, directive=thirty_five, start=0, end=0)
    DirectiveMention.objects.create(article=unparsed, directive=fifty, start=5, end=9)

    migrator.migrate(AFTER)
    new = migrator.apps(AFTER)
    DirectiveMention = new.get_model("meetings", "DirectiveMention")

    values = ("cited_title", "cited_issuer", "cited_date", "cited_term")
    rows = {(m.article_id, m.start): m for m in DirectiveMention.objects.all()}
    for start in (10, 40):
        row = rows[(article.pk, start)]
        assert [getattr(row, v) for v in values] == ["sắp xếp tổ chức bộ máy", "Bộ Chính trị", dt.date(2023, 2, 28), ""]
    assert [getattr(rows[(article.pk, 0)], v) for v in values] == ["", "", None, "XII"]
    assert [getattr(rows[(unparsed.pk, 5)], v) for v in values] == ["", "", None, ""]
