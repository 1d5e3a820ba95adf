"""The meeting-article parser: text in, typed ``meeting-records/1`` extraction out.

Pure Python (no Django), so the worker, the API and the command line share it
and it is tested without a database.
"""

from documents.extraction.pipeline import PARSER_VERSION, parse_html, parse_text
from documents.extraction.result import SCHEMA, Extraction
from documents.extraction.textview import prepare_text

__all__ = ["PARSER_VERSION", "SCHEMA", "Extraction", "parse_html", "parse_text", "prepare_text"]
