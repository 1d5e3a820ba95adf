"""Turning uploaded bytes into article text, or a clear reason why not."""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.IGNORECASE)
_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<div|<article|<p[\s>]|<h1)", re.IGNORECASE)


class UndecodableUpload(ValueError):
    """The upload is not text in a charset we can read; ``code`` says how."""

    def __init__(self, message: str, code: str = "not_text"):
        super().__init__(message)
        self.code = code


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.match(text[:500]))


def decode_upload(raw: bytes, charset: str | None) -> str:
    """Bytes to text: the declared charset, else a BOM or <meta charset>, else UTF-8."""
    if not raw.strip():
        raise UndecodableUpload("The article is empty.", code="empty_article")
    wide = (charset or "").lower().replace("-", "").startswith(("utf16", "utf32"))
    if b"\x00" in raw[:8192] and not wide and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise UndecodableUpload("The upload is binary data, not text.")
    if charset is None:
        if raw.startswith(codecs.BOM_UTF8):
            charset = "utf-8-sig"
        elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            charset = "utf-16"
        else:
            meta = _META_CHARSET.search(raw[:4096])
            charset = meta.group(1).decode("ascii") if meta else "utf-8"
    try:
        codec = codecs.lookup(charset)
    except LookupError as exc:
        raise UndecodableUpload(f"Unknown charset {charset!r}.", code="unknown_charset") from exc
    if not getattr(codec, "_is_text_encoding", True):  # rot13, base64, hex, zlib: codecs, but not of text
        raise UndecodableUpload(f"{charset!r} is not a text encoding; send UTF-8.", code="unknown_charset")
    try:
        text = raw.decode(charset)
    except UnicodeDecodeError as exc:
        raise UndecodableUpload(
            f"The upload is not valid {charset} (byte {exc.start}); send UTF-8 or declare the charset."
        ) from exc
    if "\x00" in text:  # a text store cannot hold it, and a text article has none
        raise UndecodableUpload(f"The upload holds a NUL character (at {text.index(chr(0))}); it is not plain text.")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if controls > max(8, len(text[:8192]) // 100):
        raise UndecodableUpload("The upload is binary data, not text.")
    if not text.strip():
        raise UndecodableUpload("The article is empty.", code="empty_article")
    return text
