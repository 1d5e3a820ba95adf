"""The front door: ``/`` and ``/api/v1/`` say what the service holds and where its documentation is."""

from django.http import HttpRequest, JsonResponse
from django.urls import reverse

RESOURCES = [
    ("articles", "article-list", "Uploaded reports and their parse status; POST to upload."),
    ("conferences", "conference-list", "The meetings the articles report."),
    ("participants", "participant-list", "Who took part in which meeting, in which role."),
    ("officials", "official-list", "People, one record each, with their posts."),
    ("organizations", "organization-list", "Bodies, with their kind, level and parent."),
    ("posts", "post-list", "Titles in organisations, and who held them."),
    ("directives", "directive-list", "Party and state documents cited at the meetings."),
    ("tasks", "task-list", "Tasks set at the meetings."),
    ("review", "review-list", "What needs a person."),
    ("merges", "merge-list", "Records merged into others, undoable."),
    ("tombstones", "tombstone-list", "Records deleted or merged since a time (?updated_since=), for syncs."),
    ("webhooks", "webhook-list", "URLs told of changes as they happen (curate scope)."),
    ("webhook_deliveries", "webhook-delivery-list", "What was sent to each webhook, and its answer."),
    ("extract", "extract", "POST an article to read its extraction without storing it."),
    ("export", "export", "Every record as JSON Lines (?types=, ?updated_since=); each list also at <list>/csv/."),
    ("export_popolo", "export-popolo", "People, organisations, posts and memberships as Popolo JSON."),
]


def api_root(request: HttpRequest) -> JsonResponse:
    def link(name: str) -> str:
        return request.build_absolute_uri(reverse(name))

    return JsonResponse(
        {
            "service": "Meeting records",
            "version": "v1",
            "resources": {key: {"url": link(name), "about": about} for key, name, about in RESOURCES},
            "documentation": {"schema": link("schema"), "swagger_ui": link("swagger-ui"), "redoc": link("redoc")},
            "health": link("health"),
        }
    )
