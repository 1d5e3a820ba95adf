"""Indexes only PostgreSQL can build, as migration operations that do nothing on SQLite: trigram GIN
indexes for case-blind "contains" filters, and orderings with NULLS LAST."""

from __future__ import annotations

from django.db import migrations


def postgres_only_index(table: str, name: str, definition: str) -> migrations.RunPython:
    """``CREATE INDEX name ON table definition`` on PostgreSQL; nothing elsewhere."""

    def forwards(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            if "gin_trgm_ops" in definition:
                schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} {definition}")

    def backwards(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")

    return migrations.RunPython(forwards, backwards)


def trigram_upper_index(table: str, column: str) -> migrations.RunPython:
    """A pg_trgm GIN index on UPPER(column), which a case-blind "contains" filter reads
    (icontains: UPPER(col) LIKE UPPER('%…%'))."""
    return postgres_only_index(
        table, f"{table}_{column}_upper_trgm", f'USING gin (UPPER("{column}"::text) gin_trgm_ops)'
    )
