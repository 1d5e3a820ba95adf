"""The one way names are folded for matching: two spellings of a name fold to the same key."""

import re
import unicodedata

_HONORIFIC = re.compile(r"^(?:đồng chí|đ/c|ông|bà)\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def clean_name(name: str) -> str:
    """A name for display: NFC, single-spaced, trimmed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", name)).strip()


def name_key(name: str) -> str:
    """How two spellings of one name are matched: NFC, case-folded, single-spaced, no leading honorific."""
    text = unicodedata.normalize("NFC", name).casefold()
    return _SPACES.sub(" ", _HONORIFIC.sub("", text.strip())).strip(" .,;:")


def search_key(name: str) -> str:
    """A name with no marks at all: case, accents, tones and their placement ("uỷ"/"ủy") and đ/Đ fold away.

    Two names with one search key may be one name spelt with a slip, or two people: a hint, not an identity.
    """
    text = name_key(name).replace("đ", "d")
    bare = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare)


_OLD_TONE = re.compile(r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?!\w)")
_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


def _move_tone(match: re.Match[str]) -> str:
    vowel, marked = match.group(1), unicodedata.normalize("NFD", match.group(2))
    tone = next((ch for ch in marked if ch in _TONES), "")
    plain = "".join(ch for ch in marked if ch not in _TONES)
    return unicodedata.normalize("NFC", vowel + tone + plain)


def modern_tones(text: str) -> str:
    """Tone marks where current spelling puts them: "uỷ" → "ủy", "hoà" → "hòa", "khoá" → "khóa"."""
    return _OLD_TONE.sub(_move_tone, unicodedata.normalize("NFC", text))
