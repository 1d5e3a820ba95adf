"""Scalar subqueries the read selectors annotate rows with, written out as SQL: a count of related rows, and
the quote of an evidence span cut from its article's text.

Both could be built from ``Subquery`` and ``OuterRef``, and were: the SQL is the same, but Django then
builds, resolves and compiles a whole inner query for every read, which cost more processor time than
running it (about 0.3 ms each, against 0.05 ms for these). A count of the annotated rows drops them, as it
drops any annotation it does not filter on.
"""

from __future__ import annotations

from django.db import models
from django.db.models import F


class _Correlated(models.Expression):
    """A subquery over ``model``'s table that reads columns of the outer row (its source expressions)."""

    def __init__(self, model: type[models.Model], *outer: str, output_field: models.Field) -> None:
        super().__init__(output_field=output_field)
        self.model = model
        self.outer = [F(name) for name in outer]

    def get_source_expressions(self) -> list:
        return self.outer

    def set_source_expressions(self, expressions: list) -> None:
        self.outer = list(expressions)

    def _column(self, connection, field: str, alias: str | None = None) -> str:
        quote = connection.ops.quote_name
        return f"{quote(alias or self.model._meta.db_table)}.{quote(self.model._meta.get_field(field).column)}"


class CountOf(_Correlated):
    """How many ``model`` rows point at the outer row through the foreign key ``field`` (distinct values of
    ``distinct`` only, when given): ``(SELECT COUNT(*) FROM model WHERE model.field = outer.pk)``."""

    def __init__(self, model: type[models.Model], field: str, distinct: str | None = None) -> None:
        super().__init__(model, "pk", output_field=models.IntegerField())
        self.link, self.distinct = field, distinct

    def as_sql(self, compiler, connection):
        outer_pk, params = compiler.compile(self.outer[0])
        # Aliased, so that a table counting its own rows (a body's sub-bodies) still reads the outer row.
        alias = "counted"
        counted = f"DISTINCT {self._column(connection, self.distinct, alias)}" if self.distinct else "*"
        table = f"{connection.ops.quote_name(self.model._meta.db_table)} {connection.ops.quote_name(alias)}"
        where = f"{self._column(connection, self.link, alias)} = {outer_pk}"
        return f"(SELECT COUNT({counted}) FROM {table} WHERE {where})", params


class QuoteOf(_Correlated):
    """The outer evidence row's quote, ``article.text[start:end]``, cut in SQL from ``article_model``'s text."""

    def __init__(self, article_model: type[models.Model]) -> None:
        super().__init__(article_model, "start", "end", "article_id", output_field=models.TextField())

    def as_sql(self, compiler, connection):
        (start, start_params), (end, end_params), (article, article_params) = map(compiler.compile, self.outer)
        text, pk = self._column(connection, "text"), self._column(connection, self.model._meta.pk.name)
        table = connection.ops.quote_name(self.model._meta.db_table)
        sql = f"(SELECT SUBSTR({text}, {start} + 1, {end} - {start}) FROM {table} WHERE {pk} = {article})"
        return sql, (*start_params, *end_params, *start_params, *article_params)
