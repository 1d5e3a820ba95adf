"""The parser's word lists, read once from ``words/`` and turned into pattern pieces.

Vocabulary (titles, bodies, surnames, places, verbs, kinds of document and of
meeting) lives in data files so that adding a word is a data change: a ``.txt``
file holds one entry per line (``#`` starts a comment), a ``.toml`` file a few
named lists.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

WORDS = Path(__file__).resolve().parent / "words"


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of ``words/<name>.txt``, in file order."""
    lines = (WORDS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


@cache
def table(name: str) -> dict:
    """The contents of ``words/<name>.toml``."""
    return tomllib.loads((WORDS / f"{name}.toml").read_text(encoding="utf-8"))


def alternation(words: tuple[str, ...] | list[str], first_letter_any_case: bool = False) -> str:
    """A regex alternation of the words, longest first so that no entry hides a longer one."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if not first_letter_any_case:
        return "|".join(map(re.escape, ordered))
    return "|".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in ordered)


@dataclass(frozen=True)
class DocumentKind:
    key: str
    label: str
    words: tuple[str, ...]
    symbols: tuple[str, ...]
    party: bool


@cache
def document_kinds() -> tuple[DocumentKind, ...]:
    """Every kind of document, in the order of ``words/directive_kinds.toml``."""
    return tuple(
        DocumentKind(
            key=key,
            label=spec["label"],
            words=tuple(spec["words"]),
            symbols=tuple(spec.get("symbols", ())),
            party=bool(spec.get("party", False)),
        )
        for key, spec in table("directive_kinds").items()
    )
