"""Request parsers that hand raw text or HTML bodies to the upload view as bytes."""

from rest_framework.parsers import BaseParser


class RawBodyParser(BaseParser):
    """Returns the body untouched; the view decodes it with the declared charset."""

    def parse(self, stream, media_type=None, parser_context=None) -> bytes:
        return stream.read() if stream is not None else b""


class PlainTextParser(RawBodyParser):
    media_type = "text/plain"


class HtmlParser(RawBodyParser):
    media_type = "text/html"
