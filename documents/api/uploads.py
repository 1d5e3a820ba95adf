"""Reading an article upload out of a request: raw text or HTML, multipart file, or JSON."""

from django.conf import settings
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

from core.api.errors import PayloadTooLarge
from documents.serializers import (
    ArticleFileUploadSerializer,
    ArticleJsonUploadSerializer,
    ArticleUploadQuerySerializer,
)
from documents.services.ingest import Upload

RAW_TYPES = ("text/plain", "text/html")


def upload_from_request(request: Request) -> Upload:
    """The upload in the request, validated; raises a DRF error with a clear message when it is not one."""
    _refuse_oversized_request(request)
    empty = [name for name in ("source_url", "published") if request.query_params.get(name, None) == ""]
    if empty:
        raise ValidationError({name: ["An empty value: leave the parameter out or give one."] for name in empty})
    meta = ArticleUploadQuerySerializer(data=request.query_params)
    meta.is_valid(raise_exception=True)
    media_type = (request.content_type or "").split(";")[0].strip().lower()
    if media_type in RAW_TYPES:
        raw = request.data if isinstance(request.data, bytes) else b""  # an empty body parses to {}
        return Upload(
            raw=raw, content_type=media_type, charset=charset_of(request.content_type), **_metadata(meta.validated_data)
        )
    if media_type == "multipart/form-data":
        _refuse_more_than_one_file(request)
        form = ArticleFileUploadSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        file = form.validated_data["file"]
        file_type = (file.content_type or "").split(";")[0].strip().lower()
        if file_type not in RAW_TYPES:
            file_type = "text/html" if file.name.lower().endswith((".html", ".htm")) else "text/plain"
        return Upload(
            raw=file.read(),
            content_type=file_type,
            charset=charset_of(file.content_type or ""),
            **_metadata(form.validated_data),
        )
    payload = ArticleJsonUploadSerializer(data=request.data)
    payload.is_valid(raise_exception=True)
    data = payload.validated_data
    is_html = "html" in data
    try:
        raw = (data["html"] if is_html else data["text"]).encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate ("\ud800") that JSON allows and Unicode does not
        raise ValidationError(
            {"html" if is_html else "text": [f"Not valid Unicode at character {exc.start}."]}
        ) from exc
    return Upload(raw=raw, content_type="text/html" if is_html else "text/plain", charset="utf-8", **_metadata(data))


def _refuse_more_than_one_file(request: Request) -> None:
    """One upload is one article: a second file, under any name, is refused rather than dropped."""
    files = [(name, f) for name in request.FILES for f in request.FILES.getlist(name)]
    if len(files) > 1:
        names = ", ".join(sorted({name for name, _ in files}))
        raise ValidationError({"file": [f"Send one file per upload; this one holds {len(files)} ({names})."]})


def charset_of(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None


def _metadata(data: dict) -> dict:
    return {"source_url": data.get("source_url") or "", "published": data.get("published")}


def _refuse_oversized_request(request: Request) -> None:
    """Refuses a body far over the limit before reading it; the article itself is checked on ingest."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    # JSON escapes and multipart framing add bytes around the article.
    if length > settings.ARTICLE_MAX_BYTES * 6 + 65536:
        raise PayloadTooLarge(f"The request is {length} bytes; articles are limited to {settings.ARTICLE_MAX_BYTES}.")
