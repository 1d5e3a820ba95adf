"""One JSON error shape for every API failure: ``{"error": code, "detail": message}``."""

import logging

from django.core.exceptions import RequestDataTooBig
from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.response import Response
from rest_framework.views import exception_handler

logger = logging.getLogger(__name__)


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The upload is larger than the service accepts."
    default_code = "payload_too_large"


def json_exception_handler(exc, context):
    if isinstance(exc, RequestDataTooBig):
        exc = PayloadTooLarge()
    response = exception_handler(exc, context)
    if response is None:
        return None
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
