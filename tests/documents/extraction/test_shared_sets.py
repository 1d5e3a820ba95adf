"""The parser against the shared sets: gold scores hold, every corpus article parses and is grounded."""

import importlib.util
import json
from pathlib import Path

import pytest

from documents.extraction import parse_html, parse_text, prepare_text
from documents.extraction.textview import modernise_tones


def _score_module(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _parse_file(path: Path) -> dict:
    raw = path.read_text(encoding="utf-8")
    return (parse_html(raw) if path.suffix == ".html" else parse_text(raw)).to_json()


@pytest.mark.parametrize("gold_set", ["gold", "gold-corpus"])
def test_gold_scores_hold(shared_dir, tmp_path, gold_set):
    score = _score_module(shared_dir)
    gold_dir = shared_dir / "eval" / gold_set
    for gold_path in sorted(gold_dir.glob("*.json")):
        source = shared_dir / json.loads(gold_path.read_text(encoding="utf-8"))["source"]
        (tmp_path / gold_path.name).write_text(json.dumps(_parse_file(source), ensure_ascii=False), encoding="utf-8")
    figures_path = tmp_path / "figures.json"
    score.main(["--gold", str(gold_dir), "--pred", str(tmp_path), "--json", str(figures_path)])
    figures = json.loads(figures_path.read_text())
    assert figures["overall"] >= 0.95
    for measure in ("officials", "directives", "tasks"):
        assert figures[measure]["f1"] >= 0.90, measure
    assert figures["positions"]["f1"] >= 0.90
    for fields in ("conference", "article", "directive_fields"):
        assert figures[fields]["accuracy"] >= 0.90, fields
    assert figures["grounding"]["accuracy"] == 1.0


def _corpus(shared: Path) -> list[Path]:
    corpus = shared / "corpus"
    return [
        *sorted((corpus / "articles").glob("*.txt")),
        *sorted((corpus / "html").glob("*.html")),
        *sorted((corpus / "more").glob("*.txt")),
        *sorted((corpus / "more").glob("*.html")),
    ]


def _key_of(kind: str, item: dict) -> str:
    if kind == "officials":
        return item["name"].split()[-1]
    if kind == "directives":
        return item["number"] or ""
    return item["text"].split()[0]


@pytest.mark.parametrize("kind", ["officials", "directives", "tasks"])
def test_every_corpus_article_parses_with_spans_inside_the_text(shared_dir, kind):
    for path in _corpus(shared_dir):
        result = _parse_file(path)
        text = result.get("text") or prepare_text(path.read_text(encoding="utf-8"))
        for item in result[kind]:
            assert item["spans"], (path.name, item)
            for start, end in item["spans"]:
                assert 0 <= start < end <= len(text), (path.name, item)
                quoted = modernise_tones(text[start:end].replace("_", " ")).casefold()
                assert _key_of(kind, item).casefold()[:3] in quoted, (path.name, kind, quoted, item)
