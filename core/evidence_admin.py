"""Admin helpers that show an evidence span as the text it quotes."""

from django.contrib import admin
from django.utils.html import format_html


def quote_of(obj, width: int = 160) -> str:
    if obj is None or not getattr(obj, "article_id", None):
        return "—"
    quote = obj.quote
    return quote if len(quote) <= width else quote[: width - 1] + "…"


class EvidenceAdminMixin:
    """Adds a read-only 'evidence' column and field: the quoted span with its offsets."""

    @admin.display(description="evidence")
    def evidence(self, obj) -> str:
        if obj is None or not getattr(obj, "article_id", None):
            return "—"
        return format_html(
            "«{}» <small>[{}:{}) of article {}</small>", quote_of(obj), obj.start, obj.end, obj.article_id
        )
