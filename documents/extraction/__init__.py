"""The meeting-article parser: an upload or text in, typed ``meeting-records/1`` extraction out.

Pure Python (no Django), so the worker, the API and the command line share it
and it is tested without a database.
"""

from documents.extraction.decoding import UndecodableUpload
from documents.extraction.pipeline import parse_text
from documents.extraction.reading import Source, extract_upload, parse_html, parse_source, read_upload
from documents.extraction.result import SCHEMA, Extraction
from documents.extraction.textview import prepare_text
from documents.extraction.version import PARSER_VERSION

__all__ = [
    "PARSER_VERSION",
    "SCHEMA",
    "Extraction",
    "Source",
    "UndecodableUpload",
    "extract_upload",
    "parse_html",
    "parse_source",
    "parse_text",
    "prepare_text",
    "read_upload",
]
