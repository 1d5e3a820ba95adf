"""Template tag for the admin index: how many items of each reason wait in the review queue."""

from django import template
from django.db.models import Count

from core.review import ReviewItem, ReviewReason, ReviewStatus

register = template.Library()


@register.simple_tag
def open_review_counts() -> list[tuple[str, str, int]]:
    """(reason, label, count) for every reason with open items."""
    counts = dict(
        ReviewItem.objects.filter(status=ReviewStatus.OPEN).values_list("reason").annotate(n=Count("id")).order_by()
    )
    return [(reason, label, counts[reason]) for reason, label in ReviewReason.choices if counts.get(reason)]
