"""The parser's version: a release number and a fingerprint of everything that shapes its output.

The fingerprint hashes the package's source and word lists, so any change that
can change an extraction gives a new version, and stored extractions show which
parser made them. The release number orders versions for people.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

RELEASE = "1.1"
_SHAPES_OUTPUT = {".py", ".txt", ".toml", ".json"}


def fingerprint(package: Path) -> str:
    """A hash of the files under package that shape the output (path and content, in path order)."""
    digest = hashlib.sha256()
    files = sorted(
        p for p in package.rglob("*") if p.is_file() and p.suffix in _SHAPES_OUTPUT and "__pycache__" not in p.parts
    )
    for path in files:
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()


PARSER_VERSION = f"{RELEASE}+{fingerprint(Path(__file__).resolve().parent)[:8]}"
