"""What the OpenAPI schema says beyond what is inferred: API keys as a bearer scheme, required upload bodies."""

import re

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema


class ApiKeyScheme(OpenApiAuthenticationExtension):
    target_class = "core.api.authentication.ApiKeyAuthentication"
    name = "ApiKey"

    def get_security_definition(self, auto_schema) -> dict:
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "An API key (`manage.py create_api_key`), as `Authorization: Bearer <key>`; "
            "`Token <key>` is accepted too. Scopes: read, upload, curate, admin.",
        }


# Operations whose body is the article itself: without one there is nothing to take.
BODY_REQUIRED = {"articles_create", "extract_create"}


def require_upload_bodies(result: dict, generator, request, public) -> dict:
    """drf-spectacular postprocessing hook: an upload's request body is required."""
    for path in result.get("paths", {}).values():
        for operation in path.values():
            if isinstance(operation, dict) and operation.get("operationId") in BODY_REQUIRED:
                operation["requestBody"]["required"] = True
    return result


def document_long_request_lines(result: dict, generator, request, public) -> dict:
    """drf-spectacular postprocessing hook: the 414 the server in front (gunicorn) gives for a long request line."""
    refusal = {
        "description": "The request line is longer than the server takes (8190 bytes, with its query string).",
        "content": {"text/html": {"schema": {"type": "string"}}},
    }
    for path in result.get("paths", {}).values():
        for operation in path.values():
            if isinstance(operation, dict) and "responses" in operation:
                operation["responses"].setdefault("414", refusal)
    return result


BLANK = {"type": "string", "maxLength": 0}


def _one_string_schema(node):
    """A blank-allowed string with a pattern that admits "" is that one schema, not a oneOf of it and "".

    drf-spectacular writes ``oneOf: [<string with pattern>, <empty string>]`` for such a field, which
    says "" is invalid (it matches both); our patterns (no NUL) admit "", so the first schema is the truth.
    """
    if isinstance(node, list):
        return [_one_string_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _one_string_schema(value) for key, value in node.items()}
    choices = node.get("oneOf")
    if isinstance(choices, list) and len(choices) == 2 and choices[1] == BLANK:
        first = choices[0]
        pattern = first.get("pattern")
        if first.get("type") == "string" and pattern is not None and re.search(pattern, ""):
            rest = {key: value for key, value in node.items() if key != "oneOf"}
            return {**first, **rest}
    return node


def blank_strings_as_one_schema(result: dict, generator, request, public) -> dict:
    """drf-spectacular postprocessing hook: see ``_one_string_schema``."""
    return _one_string_schema(result)


class ClientFacingAutoSchema(AutoSchema):
    """Operation descriptions come only from ``extend_schema``: a view's docstring speaks to its maintainers,
    not to the API's clients, and is never published."""

    def get_description(self) -> str:
        return ""
