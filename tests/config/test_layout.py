"""The house rules of the source tree: small modules, each saying what it is for."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ["config", "core", "documents", "people", "meetings", "tasks", "webhooks", "scripts"]


def source_modules() -> list[Path]:
    return [p for app in APPS for p in (ROOT / app).rglob("*.py") if "migrations" not in p.parts]


def test_no_module_is_longer_than_300_lines():
    long = {str(p.relative_to(ROOT)): n for p in source_modules() if (n := len(p.read_text().splitlines())) > 300}
    assert not long


def test_every_module_has_a_docstring():
    missing = [
        str(p.relative_to(ROOT))
        for p in source_modules()
        if p.read_text().strip() and ast.get_docstring(ast.parse(p.read_text())) is None
    ]
    assert not missing
