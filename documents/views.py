"""API views for articles (upload, read, reparse, extract) and directives."""

from contextlib import contextmanager

from django.urls import reverse
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import APIException, UnsupportedMediaType
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from core.api.errors import ERROR_RESPONSES, Conflict, PayloadTooLarge, error_response
from core.api.exports import CsvExportMixin
from core.api.parsers import BoundedJSONParser
from core.api.viewsets import MergeableViewSet
from core.keys import Scope
from documents import selectors
from documents.api.extraction_schema import ExtractionSerializer
from documents.api.parsers import HtmlParser, PlainTextParser
from documents.api.uploads import upload_from_request
from documents.extraction import UndecodableUpload
from documents.filters import ArticleFilter, DirectiveFilter
from documents.serializers import (
    ARTICLE_JSON_UPLOAD,
    ArticleDetailSerializer,
    ArticleFileUploadSerializer,
    ArticleSummarySerializer,
    ArticleUploadQuerySerializer,
    DirectiveCurationSerializer,
    DirectiveDetailSerializer,
    DirectiveMentionSerializer,
    DirectiveSummarySerializer,
)
from documents.services.ingest import (
    ParseInProgress,
    UnsupportedArticleType,
    Upload,
    UploadTooLarge,
    extract_upload,
    ingest_article,
    request_reparse,
)


class BadUpload(APIException):
    status_code = status.HTTP_400_BAD_REQUEST
    default_detail = "The upload is not a readable article."
    default_code = "not_text"


UPLOAD_DESCRIPTION = """Upload an article. The body is one of:

* `text/plain` or `text/html`: the article itself (charset from the Content-Type, else UTF-8);
  `source_url` and `published` may be given in the query string;
* `multipart/form-data`: a `file` field, with optional `source_url` and `published` fields;
* `application/json`: `{"text": …}` or `{"html": …}`, with optional `source_url` and `published`.

Answers `202 Accepted` with the article and a `Location` header; the parse runs in the background
(poll the article until its `status` is `parsed` or `failed`). The same text uploaded again answers
`200 OK` with the existing article and is not parsed a second time."""


@contextmanager
def refusals_as_api_errors(upload: Upload):
    """The ingest service's refusals, as the API's 413, 415 and 400 answers."""
    try:
        yield
    except UploadTooLarge as exc:
        raise PayloadTooLarge(str(exc)) from exc
    except UnsupportedArticleType as exc:
        raise UnsupportedMediaType(upload.content_type, str(exc)) from exc
    except UndecodableUpload as exc:
        raise BadUpload(str(exc), code=exc.code) from exc


# A raw body is the article itself: text with something in it.
RAW_ARTICLE = {"type": "string", "pattern": "\\S", "description": "The article, in the charset the Content-Type names."}
# What POST /articles/ and POST /extract/ take, and how they refuse it.
UPLOAD_BODIES = {
    "application/json": ARTICLE_JSON_UPLOAD,
    "multipart/form-data": ArticleFileUploadSerializer,
    "text/plain": RAW_ARTICLE,
    "text/html": RAW_ARTICLE,
}
UPLOAD_REFUSALS = {
    413: error_response("The article is over the size limit (ARTICLE_MAX_BYTES, 2 MB by default)."),
    415: error_response("The body is not text/plain, text/html, JSON or multipart."),
    **ERROR_RESPONSES,
}
UPLOAD_PARAMETERS = [ArticleUploadQuerySerializer]


@extend_schema_view(
    list=extend_schema(summary="List articles", responses={200: ArticleSummarySerializer, **ERROR_RESPONSES}),
    retrieve=extend_schema(
        summary="Read an article with its text and last extraction",
        responses={200: ArticleDetailSerializer, **ERROR_RESPONSES},
    ),
)
class ArticleViewSet(
    CsvExportMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    write_scope = Scope.UPLOAD
    list_selector = staticmethod(selectors.article_list)
    list_serializer_class = csv_serializer_class = ArticleSummarySerializer
    filterset_class = ArticleFilter
    ordering_fields = ["created_at", "published", "id", "status", "updated_at"]
    ordering = ["-created_at", "-id"]
    parser_classes = [BoundedJSONParser, MultiPartParser, PlainTextParser, HtmlParser]

    def get_queryset(self):
        return selectors.article_detail() if self.action in ("retrieve", "reparse") else self.list_selector()

    def get_serializer_class(self):
        return ArticleSummarySerializer if self.action == "list" else ArticleDetailSerializer

    @extend_schema(
        summary="Upload an article",
        description=UPLOAD_DESCRIPTION,
        request=UPLOAD_BODIES,
        parameters=UPLOAD_PARAMETERS,
        responses={
            202: OpenApiResponse(ArticleDetailSerializer, description="Stored; the parse is queued."),
            200: OpenApiResponse(ArticleDetailSerializer, description="The same text was uploaded before."),
            **UPLOAD_REFUSALS,
        },
        examples=[
            OpenApiExample(
                "JSON",
                value={"text": "Ngày 03/4, Ban Tổ chức Trung ương tổ chức Hội nghị…"},
                request_only=True,
                media_type="application/json",
            )
        ],
    )
    def create(self, request, *args, **kwargs):
        upload = upload_from_request(request)
        with refusals_as_api_errors(upload):
            article, created = ingest_article(upload)
        # Read again as a detail is (its meeting with it, not the upload's bytes): the parse may have begun.
        article = selectors.article_detail().get(pk=article.pk)
        body = ArticleDetailSerializer(article, context=self.get_serializer_context()).data
        location = request.build_absolute_uri(reverse("article-detail", args=[article.pk]))
        code = status.HTTP_202_ACCEPTED if created else status.HTTP_200_OK
        return Response(body, status=code, headers={"Location": location})

    @extend_schema(
        summary="Parse an article again",
        description="Queues another parse, for example after a parser upgrade. 409 while a parse is running.",
        request=None,
        responses={
            202: ArticleDetailSerializer,
            409: error_response("The article is being parsed right now."),
            **ERROR_RESPONSES,
        },
    )
    @action(detail=True, methods=["post"])
    def reparse(self, request, pk=None):
        article = self.get_object()
        try:
            article = request_reparse(article)
        except ParseInProgress as exc:
            raise Conflict(str(exc)) from exc
        body = ArticleDetailSerializer(article, context=self.get_serializer_context()).data
        return Response(body, status=status.HTTP_202_ACCEPTED)


@extend_schema_view(
    list=extend_schema(summary="List directives", responses={200: DirectiveSummarySerializer, **ERROR_RESPONSES}),
    retrieve=extend_schema(
        summary="Read a directive with the conferences that cited it",
        responses={200: DirectiveDetailSerializer, **ERROR_RESPONSES},
    ),
    partial_update=extend_schema(
        summary="Correct a directive (each field set is kept through re-parses)",
        request=DirectiveCurationSerializer,
        responses={200: DirectiveDetailSerializer, **ERROR_RESPONSES},
    ),
)
class DirectiveViewSet(MergeableViewSet):
    filterset_class = DirectiveFilter
    ordering_fields = ["code", "issue_date", "id", "kind", "updated_at"]
    ordering = ["code", "issue_date", "id"]
    list_selector = staticmethod(selectors.directive_list)
    detail_selector = staticmethod(selectors.directive_detail)
    list_serializer_class = DirectiveSummarySerializer
    detail_serializer_class = DirectiveDetailSerializer
    curation_serializer_class = DirectiveCurationSerializer

    @extend_schema(
        summary="Every citation of this directive, latest conference first",
        responses={200: DirectiveMentionSerializer(many=True), **ERROR_RESPONSES},
        filters=False,
    )
    @action(detail=True, methods=["get"], filter_backends=[])
    def citations(self, request, pk=None):
        page = self.paginate_queryset(selectors.citations_of(self.get_object()))
        return self.get_paginated_response(DirectiveMentionSerializer(page, many=True).data)


class ExtractionView(APIView):
    """Parses an article without storing it."""

    write_scope = Scope.UPLOAD
    parser_classes = [BoundedJSONParser, MultiPartParser, PlainTextParser, HtmlParser]

    @extend_schema(
        summary="Parse an article without storing it",
        description="Takes the same bodies as `POST /articles/` and answers the meeting-records/1 extraction "
        "(spans index the article text; for HTML the extraction carries that text as `text`).",
        request=UPLOAD_BODIES,
        parameters=UPLOAD_PARAMETERS,
        responses={
            200: OpenApiResponse(ExtractionSerializer, description="The extraction, meeting-records/1."),
            **UPLOAD_REFUSALS,
        },
    )
    def post(self, request):
        upload = upload_from_request(request)
        with refusals_as_api_errors(upload):
            return Response(extract_upload(upload).to_json())
