"""Extraction accuracy on lists with known truth: multiset F1 of (state, district, product) per
text layer, and whether the quality report flags the list.

Run: python bench/layouts.py [DIR ...]   (default: tests/fixtures/layouts)
A folder holds NAME.pdf with NAME.truth.csv beside it, as tests/fixtures/layouts/make.py writes
them; `make.py --rows LIST.csv --out DIR` prints any list in every layout. Places are checked when
data/raw holds the LGD directory (after `make refresh`).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import normalise, quality  # noqa: E402
from pipeline.extract import ExtractSettings, extract  # noqa: E402
from pipeline.gazetteer import gazetteer  # noqa: E402
from pipeline.sources import load_sources  # noqa: E402
from pipeline.store import MissingFileError  # noqa: E402
from tests.layout_score import score  # noqa: E402

LAYERS = ("pdfium", "pdfplumber")


def main(folders: list[Path]) -> None:
    try:
        places = gazetteer(ROOT / "data", load_sources(ROOT / "sources.yaml"))
    except MissingFileError as exc:
        print(f"places not checked: {exc}", file=sys.stderr)
        places = None
    print(f"{'list':40} " + " ".join(f"{layer:>10}" for layer in LAYERS) + "  quality report (pdfium)")
    worst = 1.0
    for folder in folders:
        for pdf in sorted(folder.glob("*.pdf")):
            scores = [score(pdf, layer)[0] for layer in LAYERS]
            worst = min(worst, *scores)
            extraction = extract(pdf, ExtractSettings(text_layer="pdfium"))
            rows = normalise.run(extraction.rows, places)[0] if places else None
            report = quality.report(extraction, rows)
            failed = ", ".join(f"{c.name} ({c.count})" for c in report.checks if c.passed is False)
            flag = f"needs review: {failed}" if report.needs_review else "ok"
            unflagged = " <- below 0.999 and not flagged" if min(scores) < 0.999 and not report.needs_review else ""
            print(f"{pdf.name:40} " + " ".join(f"{s:10.4f}" for s in scores) + f"  {flag}{unflagged}")
    print(f"lowest F1: {worst:.4f}")


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or [ROOT / "tests/fixtures/layouts"])
