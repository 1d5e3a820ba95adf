"""Articles as uploaded, the directives they cite, and the parser that reads them."""
