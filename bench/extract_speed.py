"""Extraction speed and memory: ours against pdfplumber extract_tables() and camelot lattice,
on the same file in the same run (ratios, as machines are noisy), plus a generated 500-page list.

Run: make bench   (prints figures; writes nothing but a temporary file)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline.sources import load_sources
from pipeline.store import find_by_sha256

ROOT = Path(__file__).resolve().parents[1]


def real_list() -> Path:
    """The January 2022 list, by its pinned sha256: from the raw store (after `make refresh`) or the
    seed folder (ODOP_SEED, or ../shared/reference)."""
    pin = next(s for s in load_sources(ROOT / "sources.yaml") if s.id == "odop-2022-01").sha256
    folders = [ROOT / "data/raw/odop-2022-01", Path(os.environ.get("ODOP_SEED") or ROOT.parent / "shared/reference")]
    for folder in folders:
        if found := find_by_sha256(folder, pin):
            return found
    sys.exit(f"bench: the January 2022 list (sha256 {pin}) is in none of {', '.join(map(str, folders))}; "
             "run `make refresh` (with network or --seed DIR) first")

# Each measurement runs in a fresh process so that peak memory (ru_maxrss) is its own.
CHILD = r"""
import json, resource, sys, time
kind, path = sys.argv[1], sys.argv[2]
t = time.perf_counter()
if kind.startswith("ours"):
    from pipeline.extract import ExtractSettings, extract
    layer = kind.split(":")[1]
    rows = len(extract(path, ExtractSettings(text_layer=layer, workers=int(sys.argv[3]))).rows)
elif kind == "pdfplumber":
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        rows = sum(len(t) for p in pdf.pages for t in p.extract_tables())
elif kind == "camelot":
    import camelot
    rows = sum(t.df.shape[0] for t in camelot.read_pdf(path, pages="all", flavor="lattice"))
elif kind == "pdfium-chars":
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path); rows = 0
    for page in pdf:
        tp = page.get_textpage(); rows += tp.count_chars()
        for i in range(tp.count_chars()): tp.get_charbox(i)
seconds = time.perf_counter() - t
print(json.dumps({"seconds": seconds, "rows": rows, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(kind: str, path: Path, workers: int = 0) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, kind, str(path), str(workers)], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def make_long_list(path: Path, pages: int) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.fixtures.lists import ruled_list

    rows = [(str(i), "Uttar Pradesh", f"District {i % 75}", f"Product number {i} of a long list") for i in range(1, pages * 38)]
    ruled_list(path, ["Sr. No", "State Name", "District Name", "Product Name"], rows, [50, 130, 130, 200])


def main() -> None:
    pages, real = 16, real_list()
    print(f"real list: {real} ({pages} pages)", file=sys.stderr)
    results = {k: measure(k, real, 1) for k in ("ours:pdfium", "ours:pdfplumber", "pdfplumber", "camelot", "pdfium-chars")}
    ours = results["ours:pdfium"]["seconds"]
    for kind, r in results.items():
        print(f"  {kind:16} {r['seconds']:6.2f} s  {pages / r['seconds']:7.1f} pages/s  peak {r['peak_mb']:6.0f} MB  rows {r['rows']}")
    print(f"  ratio ours / camelot lattice            {ours / results['camelot']['seconds']:.2f} (target <= 0.25)")
    print(f"  ratio ours / pdfplumber extract_tables  {ours / results['pdfplumber']['seconds']:.2f} (target <= 0.33)")
    print(f"  ratio ours / reading every char (pdfium) {ours / results['pdfium-chars']['seconds']:.1f}")

    with tempfile.TemporaryDirectory() as tmp:
        long_pdf = Path(tmp) / "long.pdf"
        t = time.perf_counter()
        make_long_list(long_pdf, 500)
        print(f"generated 500-page list in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        one, two = measure("ours:pdfium", long_pdf, 1), measure("ours:pdfium", long_pdf, 2)
        for label, r in (("1 worker", one), ("2 workers", two)):
            print(f"  500 pages, {label:9} {r['seconds']:6.2f} s  {500 / r['seconds']:6.1f} pages/s  peak {r['peak_mb']:5.0f} MB  rows {r['rows']}")
        print(f"  speed-up with 2 workers {one['seconds'] / two['seconds']:.2f}x")


if __name__ == "__main__":
    main()
