"""How the OpenAPI schema describes API keys: an HTTP bearer scheme (``Token`` is accepted too)."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension


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
