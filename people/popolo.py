"""The register as Popolo JSON (https://www.popoloproject.com): persons, organizations, posts, memberships.

Each official is a person, each organisation an organization (with its parent),
each post a post, and each position an official holds a membership, linked to
its post and organisation when the parse resolved them. Ids are the API's,
prefixed by kind ("person/12"), so they are unique across the document. Merged
records are left out: their names live on as the survivor's ``other_names``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from django.http import StreamingHttpResponse
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.views import APIView

from core.api.errors import ERROR_RESPONSES
from core.api.exports import ExportErrorsAsJsonMixin, chunked
from people.models import Official, Organization, Position, Post


def _ref(kind: str, pk: int | None) -> str | None:
    return f"{kind}/{pk}" if pk is not None else None


def _names(names: list[str]) -> list[dict[str, str]]:
    return [{"name": name} for name in names]


def person(official: Official) -> dict:
    return {"id": _ref("person", official.pk), "name": official.name, "other_names": _names(official.other_names)}


def organization(body: Organization) -> dict:
    return {
        "id": _ref("organization", body.pk),
        "name": body.name,
        "other_names": _names(body.other_names),
        "classification": body.kind,
        "parent_id": _ref("organization", body.parent_id),
    }


def post(row: Post) -> dict:
    return {
        "id": _ref("post", row.pk),
        "label": row.name,
        "role": row.title,
        "organization_id": _ref("organization", row.organization_id),
    }


def membership(position: Position) -> dict:
    return {
        "id": _ref("membership", position.pk),
        "person_id": _ref("person", position.official_id),
        "organization_id": _ref("organization", position.organization_id),
        "post_id": _ref("post", position.post_id),
        "role": position.title,
        "label": position.text,
    }


def popolo_document() -> Iterator[str]:
    """The Popolo document, written a record at a time."""
    standing = {"merged_into__isnull": True}
    sections = [
        ("persons", Official.objects.filter(**standing).order_by("pk"), person),
        ("organizations", Organization.objects.filter(**standing).order_by("pk"), organization),
        ("posts", Post.objects.filter(**standing).order_by("pk"), post),
        ("memberships", Position.objects.filter(official__merged_into__isnull=True).order_by("pk"), membership),
    ]
    for number, (name, rows, shape) in enumerate(sections):
        yield ("{" if number == 0 else "],") + json.dumps(name) + ":["
        for index, row in enumerate(chunked(rows)):
            yield ("," if index else "") + json.dumps(shape(row), ensure_ascii=False)
    yield "]}\n"


class PopoloOtherNameSerializer(serializers.Serializer):
    name = serializers.CharField()


class PopoloPersonSerializer(serializers.Serializer):
    id = serializers.CharField(help_text="person/<official id>")
    name = serializers.CharField()
    other_names = PopoloOtherNameSerializer(many=True)


class PopoloOrganizationSerializer(serializers.Serializer):
    id = serializers.CharField(help_text="organization/<organisation id>")
    name = serializers.CharField()
    other_names = PopoloOtherNameSerializer(many=True)
    classification = serializers.CharField(help_text="The organisation's kind.")
    parent_id = serializers.CharField(allow_null=True)


class PopoloPostSerializer(serializers.Serializer):
    id = serializers.CharField(help_text="post/<post id>")
    label = serializers.CharField()
    role = serializers.CharField()
    organization_id = serializers.CharField(allow_null=True)


class PopoloMembershipSerializer(serializers.Serializer):
    id = serializers.CharField(help_text="membership/<position id>")
    person_id = serializers.CharField()
    organization_id = serializers.CharField(allow_null=True)
    post_id = serializers.CharField(allow_null=True)
    role = serializers.CharField()
    label = serializers.CharField(help_text="The position as written.")


class PopoloExportSerializer(serializers.Serializer):
    persons = PopoloPersonSerializer(many=True)
    organizations = PopoloOrganizationSerializer(many=True)
    posts = PopoloPostSerializer(many=True)
    memberships = PopoloMembershipSerializer(many=True)


class PopoloExportView(ExportErrorsAsJsonMixin, APIView):
    @extend_schema(
        summary="People, organisations, posts and memberships as one Popolo JSON document (streamed)",
        responses={200: PopoloExportSerializer, **ERROR_RESPONSES},
    )
    def get(self, request):
        response = StreamingHttpResponse(popolo_document(), content_type="application/json")
        response["Content-Disposition"] = 'attachment; filename="popolo.json"'
        return response
