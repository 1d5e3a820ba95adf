"""The parser version changes whenever a file that shapes the parser's output changes."""

import shutil
from pathlib import Path

import documents.extraction as extraction_package
from documents.extraction import PARSER_VERSION, parse_text
from documents.extraction.version import RELEASE, fingerprint

PACKAGE = Path(extraction_package.__file__).resolve().parent


def test_version_is_the_release_and_the_fingerprint_of_the_package():
    assert f"{RELEASE}+{fingerprint(PACKAGE)[:8]}" == PARSER_VERSION
    assert parse_text("Hội nghị giao ban.").parser_version == PARSER_VERSION


def test_changing_any_rule_or_word_list_changes_the_fingerprint(tmp_path):
    copy = tmp_path / "extraction"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = fingerprint(copy)
    assert fingerprint(copy) == before
    shaping = sorted(p for p in copy.rglob("*") if p.suffix in {".py", ".txt"})
    assert any(p.suffix == ".py" for p in shaping)
    for path in shaping:
        original = path.read_bytes()
        path.write_bytes(original + b"\n# changed\n")
        assert fingerprint(copy) != before, path.name
        path.write_bytes(original)
    assert fingerprint(copy) == before


def test_compiled_caches_do_not_change_the_fingerprint(tmp_path):
    copy = tmp_path / "extraction"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = fingerprint(copy)
    (copy / "__pycache__").mkdir()
    (copy / "__pycache__" / "pipeline.cpython-311.pyc").write_bytes(b"\x00compiled")
    assert fingerprint(copy) == before
