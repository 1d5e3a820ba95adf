"""``?q=`` on every list forgives case, accents and tone placement, and ranks whole-name matches first."""

import pytest

from tests.factories import (
    ArticleFactory,
    ConferenceFactory,
    DirectiveFactory,
    OfficialFactory,
    OrganizationFactory,
    TaskFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", ["mai van chinh", "MAI VĂN CHÍNH", "Mai  Văn Chính", "chinh"])
def test_officials_are_found_however_the_name_is_typed(client_with_token, query):
    chinh = OfficialFactory(name="Mai Văn Chính")
    OfficialFactory(name="Nguyễn Văn An")
    found = [o["id"] for o in client_with_token.get("/api/v1/officials/", {"q": query}).json()["results"]]
    assert found == [chinh.pk]


def test_tone_placement_and_d_fold_away(client_with_token):
    body = OrganizationFactory(name="Uỷ ban Kiểm tra Trung ương", other_names=["UBKTTW"])
    for query in ("ủy ban kiểm tra", "uy ban kiem tra", "ubkttw"):
        assert [o["id"] for o in client_with_token.get("/api/v1/organizations/", {"q": query}).json()["results"]] == [
            body.pk
        ]
    directive = DirectiveFactory(code="12-QĐ/TW", title="Quy định về công tác đảng viên khoá XIII")
    found = client_with_token.get("/api/v1/directives/", {"q": "dang vien khóa xiii"}).json()["results"]
    assert [d["id"] for d in found] == [directive.pk]


def test_whole_name_matches_come_first(client_with_token):
    longer = OfficialFactory(name="Lê Minh Hưng Thịnh")
    exact = OfficialFactory(name="Lê Minh Hưng")
    found = [o["id"] for o in client_with_token.get("/api/v1/officials/", {"q": "le minh hung"}).json()["results"]]
    assert found == [exact.pk, longer.pk]


def test_every_list_searches(client_with_token):
    conference = ConferenceFactory(name="Hội nghị sơ kết công tác tổ chức xây dựng Đảng")
    task = TaskFactory(text="Tiếp tục rà soát, bổ sung quy hoạch cán bộ")
    article = ArticleFactory(title="Giao ban công tác tổ chức quý I")
    for url, query, record in (
        ("/api/v1/conferences/", "so ket cong tac", conference),
        ("/api/v1/tasks/", "ra soat bo sung", task),
        ("/api/v1/articles/", "giao ban cong tac", article),
    ):
        assert [r["id"] for r in client_with_token.get(url, {"q": query}).json()["results"]] == [record.pk], url


def test_the_issue_examples_after_loading_the_seeds(client_with_token, shared_dir, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for path in sorted((shared_dir / "seeds").glob("*.txt")):
            client_with_token.post("/api/v1/articles/", path.read_bytes(), content_type="text/plain")
    for query, place in (("phan xuan toan", "Thừa Thiên Huế"), ("pham dai duong", "Phú Yên")):
        (official,) = client_with_token.get("/api/v1/officials/", {"q": query}).json()["results"]
        organizations = [p["organization"] or "" for p in official["positions"]]
        assert any(place in name for name in organizations), (query, organizations)
    duong = client_with_token.get("/api/v1/officials/", {"q": "pham dai duong"}).json()["results"][0]
    post_names = [client_with_token.get(f"/api/v1/posts/{p['post']}/").json()["name"] for p in duong["positions"]]
    assert "Bí thư Tỉnh ủy Phú Yên" in post_names


def test_a_query_that_is_not_text_is_refused(client_with_token):
    assert client_with_token.get("/api/v1/officials/", {"q": "a\x00b"}).status_code == 400
    assert client_with_token.get("/api/v1/officials/", {"q": "x" * 201}).status_code == 400
