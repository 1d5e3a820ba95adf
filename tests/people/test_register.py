"""The register: generic bodies take the article's place, namesakes stay two people, one post per title."""

import pytest

from core.review import ReviewItem, ReviewReason
from documents.extraction import parse_text
from documents.management.commands.extract import HTML_SUFFIXES, upload_of
from documents.services.importer import import_extraction
from documents.services.ingest import ingest_article
from people.importing.organizations import OrganizationResolver
from people.models import Official, Organization, Position
from people.services import is_generic_body, placed_name, resolve_organization
from tests.factories import article_from_text

pytestmark = pytest.mark.django_db


def imported(text: str):
    article = article_from_text(text)
    import_extraction(article, parse_text(article.text))
    return article


def test_namesakes_in_two_provinces_stay_two_people():
    imported(
        "Sáng 3/4, Ban Thường vụ Tỉnh ủy Lâm Đồng tổ chức Hội nghị giao ban. "
        "Đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy Lâm Đồng chủ trì Hội nghị."
    )
    imported(
        "Sáng 5/4, Ban Thường vụ Tỉnh ủy Kon Tum tổ chức Hội nghị sơ kết. "
        "Đồng chí Nguyễn Văn Hùng, Chủ tịch UBND tỉnh Kon Tum chủ trì Hội nghị."
    )
    hung = Official.objects.filter(name="Nguyễn Văn Hùng")
    assert hung.count() == 2
    places = {frozenset(Position.objects.filter(official=o).values_list("organization__name", flat=True)) for o in hung}
    assert places == {frozenset({"Tỉnh ủy Lâm Đồng"}), frozenset({"UBND tỉnh Kon Tum"})}
    flagged = ReviewItem.objects.get(reason=ReviewReason.POSSIBLE_DUPLICATE)
    assert {flagged.object_id, flagged.other_id} == set(hung.values_list("pk", flat=True))


def test_one_person_in_the_same_body_across_articles_is_one_official():
    for day in (3, 10):
        imported(
            f"Ngày {day}/4, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban. "
            "Đồng chí Mai Văn Chính, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương chủ trì Hội nghị."
        )
    assert Official.objects.filter(name="Mai Văn Chính").count() == 1


def test_a_generic_body_takes_the_place_of_the_body_that_held_the_meeting():
    imported(
        "Ngày 5/4, Ban Thường vụ Tỉnh ủy Cao Bằng tổ chức Hội nghị giao ban. "
        "Đồng chí Trần Hồng Minh, Bí thư Tỉnh ủy chủ trì Hội nghị."
    )
    (position,) = Position.objects.filter(official__name="Trần Hồng Minh")
    assert position.organization.name == "Tỉnh ủy Cao Bằng"
    assert placed_name("Thành ủy", "Hà Nội") == "Thành ủy Hà Nội"
    assert placed_name("Tỉnh ủy", "Hà Nội") == "Tỉnh ủy"  # a city has no Tỉnh ủy: left for a person
    assert placed_name("Ban Tổ chức Tỉnh ủy", "Long An") == "Ban Tổ chức Tỉnh ủy Long An"


def test_a_generic_body_without_a_place_is_never_shared_between_articles():
    for name in ("Nguyễn Văn A", "Lê Văn B"):
        imported(f"Hội nghị giao ban được tổ chức hôm nay. Đồng chí {name}, Bí thư Tỉnh ủy phát biểu tại Hội nghị.")
    bodies = Organization.objects.filter(name="Tỉnh ủy")
    assert bodies.count() == 2
    assert all(ReviewItem.objects.filter(reason=ReviewReason.GENERIC_BODY, object_id=b.pk).exists() for b in bodies)


def test_no_generic_body_links_positions_of_two_articles_after_loading_the_corpus(
    shared_dir, django_capture_on_commit_callbacks
):
    files = sorted(p for p in (shared_dir / "corpus").rglob("*") if p.suffix in {".txt", *HTML_SUFFIXES})
    files += sorted((shared_dir / "seeds").glob("*.txt"))
    with django_capture_on_commit_callbacks(execute=True):
        for path in files:
            ingest_article(upload_of(path))
    generic = [o for o in Organization.objects.filter(merged_into__isnull=True) if is_generic_body(o.name)]
    assert generic
    for body in generic:
        articles = set(Position.objects.filter(organization=body).values_list("evidence__article", flat=True))
        assert len(articles - {None}) <= 1, (body.name, articles)


def test_organisations_know_their_kind_level_parent_and_other_names(client_with_token):
    from people.services import resolve_organization

    board = resolve_organization("Ban Tổ chức Tỉnh ủy Long An")
    assert (board.kind, board.level, board.parent.name) == ("party_board", "province", "Tỉnh ủy Long An")
    assert (board.parent.kind, board.parent.level) == ("party_committee", "province")
    department = resolve_organization("Vụ Địa phương II, Ban Tổ chức Trung ương")
    assert (department.parent.name, department.kind, department.level) == (
        "Ban Tổ chức Trung ương",
        "party_board",
        "central",
    )
    assert resolve_organization("BTCTW") == resolve_organization("Ban Tổ chức TW") == department.parent
    assert resolve_organization("Trung ương Đảng").name == "Ban Chấp hành Trung ương Đảng"
    children = client_with_token.get("/api/v1/organizations/", {"parent": board.parent.pk}).json()["results"]
    assert [c["id"] for c in children] == [board.pk]
    central_boards = client_with_token.get("/api/v1/organizations/", {"kind": "party_board", "level": "central"}).json()
    assert {o["name"] for o in central_boards["results"]} == {"Ban Tổ chức Trung ương", department.name}


def test_one_import_looks_a_body_up_once(django_assert_num_queries):
    one_import = OrganizationResolver()
    first = one_import.get("Ban Tổ chức Tỉnh ủy Long An")
    with django_assert_num_queries(0):
        again = one_import.get("Ban Tổ chức Tỉnh ủy", place="Long An")
    assert again == first and first.name == "Ban Tổ chức Tỉnh ủy Long An"
    with django_assert_num_queries(1):
        assert resolve_organization("Ban Tổ chức Tỉnh ủy Long An") == first
