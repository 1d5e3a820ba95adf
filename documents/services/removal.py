"""Deleting an article. What only it founded goes with it, as a re-parse that found nothing would remove it
(its meeting, the people, positions, posts, bodies and documents no other article shows); what other
articles show stays. An article whose records a curator set cannot be deleted: they would go with it.
"""

from __future__ import annotations

from django.db import transaction

from core.review import close_about
from documents.extraction.result import ArticleMeta, Extraction
from documents.extraction.version import PARSER_VERSION
from documents.models import Article
from documents.services.importer import import_extraction
from meetings.models import Conference, Participant
from tasks.models import Task


class ArticleInUse(Exception):
    """The article founds records a curator set."""


def curated_records_of(article: Article) -> list[str]:
    """What a curator set that would go with the article: its meeting, a role in it, a task."""
    found = []
    if Conference.objects.filter(article=article).exclude(locked_fields=[]).exists():
        found.append("its meeting")
    roles = Participant.objects.filter(conference__article=article).exclude(locked_fields=[]).count()
    if roles:
        found.append(f"{roles} role(s) at its meeting")
    tasks = Task.objects.filter(article=article).exclude(locked_fields=[]).count()
    if tasks:
        found.append(f"{tasks} task(s)")
    return found


@transaction.atomic
def delete_article(article: Article) -> None:
    """Deletes the article and what only it founded; refuses (ArticleInUse) when a curator set any of it."""
    curated = curated_records_of(article)
    if curated:
        raise ArticleInUse(
            f"Article {article.pk} cannot be deleted: a curator set {', '.join(curated)}. "
            "Undo the curation first, or keep the article."
        )
    stored = Article.objects.only("pk", "text", "content_type").get(pk=article.pk)
    nothing = Extraction(
        article=ArticleMeta(),
        conference=None,
        officials=[],
        directives=[],
        tasks=[],
        parser_version=PARSER_VERSION,
        text=stored.text,
        content_type=stored.content_type,
    )
    import_extraction(stored, nothing)
    Article.objects.filter(pk=stored.pk).delete()
    close_about(Article, [stored.pk], "The article was deleted.")
