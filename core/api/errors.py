"""One JSON error shape for every API failure: ``{"error": code, "detail": message}``."""

import logging

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.defaults import page_not_found, server_error
from drf_spectacular.utils import OpenApiResponse
from rest_framework import exceptions, serializers, status
from rest_framework.exceptions import APIException
from rest_framework.response import Response
from rest_framework.views import exception_handler

logger = logging.getLogger(__name__)


class Conflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The resource is busy."
    default_code = "conflict"


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The upload is larger than the service accepts."
    default_code = "payload_too_large"


def json_exception_handler(exc: Exception, context: dict) -> Response | None:
    if isinstance(exc, RequestDataTooBig):
        exc = PayloadTooLarge()
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    response = exception_handler(exc, context)
    if response is None:
        # An unexpected failure still answers in the API's JSON shape; the traceback goes to the log.
        logger.exception("unhandled error in %s", context.get("view"), exc_info=exc)
        return Response({"error": "server_error", "detail": "The service failed; the error is logged."}, status=500)
    data = response.data
    code = getattr(exc, "default_code", "error")
    if isinstance(exc, APIException):
        codes = exc.get_codes()
        if isinstance(codes, str):
            code = codes
    if isinstance(data, dict) and set(data) == {"detail"}:
        body = {"error": code, "detail": data["detail"]}
    else:
        body = {"error": code, "detail": "The request is not valid.", "fields": data}
    return Response(body, status=response.status_code, headers=_headers(response))


def _headers(response: Response) -> dict[str, str]:
    return {k: v for k, v in response.items() if k.lower() in {"www-authenticate", "retry-after", "allow"}}


ERROR_CODES = [
    "invalid",
    "parse_error",
    "not_text",
    "empty_article",
    "unknown_charset",
    "not_authenticated",
    "authentication_failed",
    "permission_denied",
    "not_found",
    "method_not_allowed",
    "not_acceptable",
    "conflict",
    "payload_too_large",
    "unsupported_media_type",
    "throttled",
    "server_error",
]


class ErrorSerializer(serializers.Serializer):
    """The body of every error response."""

    error = serializers.ChoiceField(choices=ERROR_CODES, help_text="What went wrong, for programs.")
    detail = serializers.CharField(help_text="What is wrong, for a person.")
    fields = serializers.DictField(required=False, help_text="Per-field messages for invalid input.")


def error_response(description: str) -> OpenApiResponse:
    return OpenApiResponse(ErrorSerializer, description=description)


ERROR_RESPONSES = {
    400: error_response("The input is not valid."),
    401: error_response("No valid API key (send 'Authorization: Bearer <key>')."),
    403: error_response("The key lacks the scope this needs."),
    404: error_response("No such record."),
    429: error_response("Over the key's budget for this scope; Retry-After says when to try again."),
}


@csrf_exempt  # a write to no route is a JSON 404, not Django's CSRF page
def api_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """404 for any URL: JSON under /api/, Django's page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"error": "not_found", "detail": f"No API endpoint at {request.path}."}, status=404)
    return page_not_found(request, exception)


def api_server_error(request: HttpRequest) -> HttpResponse:
    """500 for any URL: JSON under /api/, Django's page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"error": "server_error", "detail": "The service failed; the error is logged."}, status=500)
    return server_error(request)
