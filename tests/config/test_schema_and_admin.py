"""The OpenAPI schema and its offline UIs, and every admin page for staff only."""

import inspect

import jsonschema
import pytest
import yaml
from django.contrib.admin.sites import site
from django.core.management import call_command
from django.urls import reverse

from documents.extraction import PARSER_VERSION
from tests.factories import (
    ArticleFactory,
    ConferenceFactory,
    DirectiveFactory,
    DirectiveMentionFactory,
    OfficialFactory,
    ParticipantFactory,
    PositionEvidenceFactory,
    PositionFactory,
    TaskFactory,
    article_from_file,
)

pytestmark = pytest.mark.django_db


def test_schema_generates_without_warnings(tmp_path):
    out = tmp_path / "schema.yml"
    call_command("spectacular", "--fail-on-warn", "--validate", "--file", str(out))
    text = out.read_text()
    for path in (
        "/api/v1/articles/",
        "/api/v1/articles/{id}/reparse/",
        "/api/v1/conferences/{id}/",
        "/api/v1/directives/",
        "/api/v1/officials/",
        "/api/v1/tasks/{id}/",
    ):
        assert f"{path}:" in text
    assert "text/html" in text and "multipart/form-data" in text
    assert "'413':" in text and "'415':" in text
    schema = yaml.safe_load(text)
    undescribed = [
        (path, method, parameter["name"])
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
        for parameter in operation.get("parameters", [])
        if not parameter.get("description")
    ]
    assert undescribed == []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            assert operation.get("summary"), (path, method)
            assert {"401", "404"} <= set(operation["responses"]) or path.endswith("/schema/"), (path, method)


def test_no_view_docstring_is_published_as_an_operations_description(tmp_path):
    from config.api_v1 import router

    out = tmp_path / "schema.yml"
    call_command("spectacular", "--file", str(out))
    schema = yaml.safe_load(out.read_text())
    docstrings = {
        inspect.getdoc(cls)
        for _, viewset, _ in router.registry
        for cls in viewset.__mro__
        if cls.__module__.split(".")[0] in ("core", "documents", "people", "meetings", "tasks", "webhooks")
    } - {None}
    published = {
        operation.get("description")
        for operations in schema["paths"].values()
        for operation in operations.values()
        if isinstance(operation, dict)
    }
    assert docstrings and not (published & docstrings)


def _json_schema(node):
    """OpenAPI 3.0's ``nullable: true`` as JSON Schema says it: the schema, or null."""
    if isinstance(node, list):
        return [_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _json_schema(value) for key, value in node.items()}
    if node.pop("nullable", False):
        return {"anyOf": [node, {"type": "null"}]}
    return node


def _examples(operation: dict):
    """(where, media schema, example) for each example of an operation's request body and responses."""
    bodies = [("request", operation.get("requestBody", {}))]
    bodies += [(f"response {code}", response) for code, response in operation.get("responses", {}).items()]
    for where, body in bodies:
        for content in body.get("content", {}).values():
            for name, example in content.get("examples", {}).items():
                yield f"{where} {name}", content["schema"], example["value"]


def test_every_example_is_valid_for_its_operation(tmp_path):
    out = tmp_path / "schema.yml"
    call_command("spectacular", "--file", str(out))
    schema = yaml.safe_load(out.read_text())
    checked = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for where, media_schema, value in _examples(operation):
                # The operation's schema as the root of a document holding the components it refers to.
                root = _json_schema({"allOf": [media_schema], "components": schema["components"]})
                errors = [e.message for e in jsonschema.Draft4Validator(root).iter_errors(value)]
                assert not errors, (path, method, where, errors)
                checked.append((path, method, where))
    assert len(checked) >= 8
    assert any(where.startswith("response 200") for _, _, where in checked)


@pytest.mark.parametrize("name", ["schema", "swagger-ui", "redoc"])
def test_docs_are_served_without_a_cdn(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    body = response.content.decode()
    assert "cdn.jsdelivr" not in body and "unpkg.com" not in body


def test_admin_is_for_staff_only(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.fixture
def one_of_each(db):
    """A conference with a chair, a cited directive, a task and a position with evidence."""
    article = ArticleFactory(text="Ban Tổ chức Trung ương tổ chức Hội nghị. Đồng chí Mai Văn Chính chủ trì.")
    conference = ConferenceFactory(article=article)
    chair = ParticipantFactory(conference=conference, official=OfficialFactory(name="Mai Văn Chính"), role="chair")
    PositionEvidenceFactory(position=PositionFactory(official=chair.official), article=article)
    DirectiveMentionFactory(conference=conference)
    TaskFactory(conference=conference).directives.add(DirectiveFactory())
    return conference


def test_every_admin_page_loads(admin_client, admin_user, rf, one_of_each):
    request = rf.get("/admin/")
    request.user = admin_user
    for model, model_admin in site._registry.items():
        opts = model._meta
        changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        assert admin_client.get(changelist).status_code == 200, changelist
        assert admin_client.get(changelist, {"q": "Trung ương"}).status_code == 200, changelist
        add = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
        assert add.status_code == (200 if model_admin.has_add_permission(request) else 403), opts.label
        obj = model.objects.first()
        if obj is not None:
            change = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            assert admin_client.get(change).status_code == 200, change


def test_conference_admin_shows_evidence_as_text(admin_client, one_of_each):
    page = admin_client.get(reverse("admin:meetings_conference_change", args=[one_of_each.pk])).content.decode()
    assert "«Mai Văn Chính»" in page


def test_parse_again_action_queues_the_article(admin_client, shared_dir, django_capture_on_commit_callbacks):
    from documents.models import ArticleStatus

    article = article_from_file(shared_dir / "seeds" / "000_0d163578645c4766.txt", status=ArticleStatus.PARSED)
    assert article.parsed_at is None
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:documents_article_changelist"),
            {"action": "parse_again", "_selected_action": [article.pk]},
        )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == ArticleStatus.PARSED
    assert article.parsed_at is not None
    assert article.parser_version == PARSER_VERSION


def test_a_field_that_may_be_blank_takes_the_empty_string_in_the_schema(tmp_path):
    out = tmp_path / "schema.yml"
    call_command("spectacular", "--file", str(out))
    components = yaml.safe_load(out.read_text())["components"]["schemas"]
    due = components["PatchedTaskStatusUpdateRequest"]["properties"]["due"]
    assert not list(jsonschema.Draft4Validator(due).iter_errors(""))
    assert list(jsonschema.Draft4Validator(due).iter_errors("x" * 201))
