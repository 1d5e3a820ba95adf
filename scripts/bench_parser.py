"""Parser speed on one core: articles per second over seeds and corpus, the slowest article,
and how parse time grows with text length (it must stay linear: no regex backtracking blow-up).

Run: make bench (or .venv/bin/python scripts/bench_parser.py [--shared ../shared] [--rounds 5]).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from documents.extraction import parse_html, parse_text  # noqa: E402


def load(shared: Path) -> list[tuple[str, str, bool]]:
    corpus = shared / "corpus"
    files = sorted((shared / "seeds").glob("*.txt")) + sorted((corpus / "articles").glob("*.txt"))
    files += sorted((corpus / "more").glob("*.txt"))
    html = sorted((corpus / "html").glob("*.html")) + sorted((corpus / "more").glob("*.html"))
    return [(p.name, p.read_text(encoding="utf-8"), False) for p in files] + [
        (p.name, p.read_text(encoding="utf-8"), True) for p in html
    ]


_WORD = re.compile(r"\w+")
_CODE_LIKE = re.compile(r"\d+\s*[-/]\s*[A-ZĐ][\w/-]*")


def bare_pass(bodies: list[str]) -> int:
    """What any reader of the text must do at least: normalise it and walk its words once."""
    count = 0
    for body in bodies:
        text = unicodedata.normalize("NFC", body)
        count += sum(1 for _ in _WORD.finditer(text)) + sum(1 for _ in _CODE_LIKE.finditer(text))
    return count


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    articles = load(args.shared)
    texts = [(name, body) for name, body, is_html in articles if not is_html]
    for _, body in texts:  # warm up regex caches
        parse_text(body)

    per_article: dict[str, list[float]] = {name: [] for name, _ in texts}
    totals = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        for name, body in texts:
            per_article[name].append(timed(parse_text, body))
        totals.append(time.perf_counter() - start)
    best = min(totals)
    medians = {name: statistics.median(times) for name, times in per_article.items()}
    slowest = max(medians, key=medians.get)
    print(f"plain-text articles: {len(texts)} (seeds, corpus, more), {args.rounds} rounds, one process, one core")
    print(f"throughput: {len(texts) / best:,.0f} articles/s (best round {best * 1000:.1f} ms)")
    print(f"median article: {statistics.median(medians.values()) * 1000:.2f} ms")
    print(f"slowest article: {slowest} {medians[slowest] * 1000:.2f} ms (target: under 50 ms)")
    floor = min(timed(bare_pass, [body for _, body in texts]) for _ in range(args.rounds))
    print(
        f"floor, a bare regex pass (NFC, every word, every code-like token) over the same texts: "
        f"{len(texts) / floor:,.0f} articles/s; the parser takes {best / floor:.1f}x the floor"
    )

    html = [(name, body) for name, body, is_html in articles if is_html]
    if html:
        html_times = [min(timed(parse_html, body) for _ in range(2)) for _, body in html]
        print(
            f"HTML pages: {len(html)}, median {statistics.median(html_times) * 1000:.1f} ms, "
            f"slowest {max(html_times) * 1000:.1f} ms (main-text extraction included)"
        )

    print("\nadversarial shapes (upload limit 2 MB): time at 100 KB, 1 MB and 2 MB, and the ratios")
    print("  (linear: 1 MB / 100 KB about 10, 2 MB / 1 MB about 2)")
    longest = max((body for _, body in texts), key=len)
    for label, unit in adversarial_units(longest).items():
        adversarial_check(label, unit)

    base_name, base = max(texts, key=lambda item: len(item[1]))
    print(f"\nlinear-time check on {base_name} ({len(base):,} characters), repeated as paragraphs:")
    linear_check(base, "\n")
    print("the same, as one paragraph with no line breaks:")
    linear_check(base.replace("\n", " "), " ")
    return 0


def adversarial_units(article: str) -> dict[str, str]:
    """Repeating units of text that once made a rule backtrack or rescan (each grows to 2 MB)."""
    return {
        "repeated brackets": "( ",
        "repeated name-title clauses": (
            "đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Phó Trưởng ban Tổ chức Trung ương, "
        ),
        "one giant paragraph": article.replace("\n", " ") + " ",
        "no spaces": "Hộinghịgiaobanđồngchí",
        "repeated open quotes": "“ ",
        "repeated list openers": "Một là, Hai là, Thứ nhất, ",
        "repeated document codes": "số 1-NQ/TW, ",
        "many short lines": "Hội nghị\n",
    }


def adversarial_check(label: str, unit: str) -> None:
    sizes = {"100 KB": 100 * 1024, "1 MB": 1024 * 1024, "2 MB": 2 * 1024 * 1024}
    took = {}
    for size_label, size in sizes.items():
        repeats = max(1, size // len(unit.encode()))
        took[size_label] = timed(parse_text, "Hội nghị giao ban\n\n" + unit * repeats)
    print(
        f"  {label:<28} " + "  ".join(f"{k} {v:6.2f} s" for k, v in took.items()) + f"   ratios "
        f"{took['1 MB'] / took['100 KB']:5.1f} {took['2 MB'] / took['1 MB']:4.1f}",
        flush=True,
    )


def linear_check(base: str, joiner: str) -> None:
    single = min(timed(parse_text, base) for _ in range(3))
    for factor in (10, 100):
        long_text = joiner.join([base] * factor)
        took = min(timed(parse_text, long_text) for _ in range(2))
        ratio = took / single
        print(
            f"  x{factor:<4} {len(long_text):>10,} chars  {took * 1000:9.1f} ms  time ratio {ratio:6.1f} "
            f"(linear would be {factor})"
        )


if __name__ == "__main__":
    raise SystemExit(main())
