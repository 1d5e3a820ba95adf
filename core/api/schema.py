"""What the OpenAPI schema says beyond what is inferred: API keys as a bearer scheme, required upload bodies."""

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


class ClientFacingAutoSchema(AutoSchema):
    """Operation descriptions come only from ``extend_schema``: a view's docstring speaks to its maintainers,
    not to the API's clients, and is never published."""

    def get_description(self) -> str:
        return ""
