"""Search that forgives accents, case and tone placement: a folded copy of a record's names, kept on save.

"mai van chinh", "MAI VĂN CHÍNH" and "Mai Văn Chính" fold to one text; so do "uỷ"/"ủy", đ/Đ,
"khoá"/"khóa", and punctuation ("rà soát, bổ sung" is found by "ra soat bo sung"). The folded
text is stored, so SQLite and PostgreSQL give the same results; on PostgreSQL a trigram
(pg_trgm) GIN index makes the substring search fast.
"""

from __future__ import annotations

import re

from django.db import migrations, models

from core.indexes import postgres_only_index
from core.names import search_key

_PUNCTUATION = re.compile(r"[^\w]+")
_SPACES = re.compile(r"\s+")


def fold(*values) -> str:
    """One folded text of the values (lists are joined)."""
    parts = []
    for value in values:
        if isinstance(value, list | tuple):
            parts.extend(str(v) for v in value if v)
        elif value:
            parts.append(str(value))
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", search_key(" ".join(parts)))).strip()


class SearchableModel(models.Model):
    """A model whose ``search_fields`` are kept, folded, in ``search_text``."""

    search_text = models.TextField(blank=True, default="", editable=False, help_text="Folded names, for ?q=.")
    search_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.refresh_search_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and set(update_fields) & set(self.search_fields):
            kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)

    def refresh_search_text(self) -> None:
        self.search_text = fold(*(getattr(self, name) for name in self.search_fields))


def trigram_index(table: str) -> migrations.RunPython:
    """A migration operation: a pg_trgm GIN index on the table's search_text, on PostgreSQL only."""
    return postgres_only_index(table, f"{table}_search_trgm", "USING gin (search_text gin_trgm_ops)")
