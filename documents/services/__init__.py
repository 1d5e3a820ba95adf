"""Business logic for articles: decoding uploads, ingest, parsing and import."""
