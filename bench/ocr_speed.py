"""OCR speed: pages per second for lists published as scans, on one worker and on all cores, with
the same list's text-layer extraction in the same run as the baseline (a ratio: machines are noisy).

The scan of the January 2022 list is made here as tests/fixtures/scans/make.py makes the fixtures
(200 dpi, turned 0.8 degrees, noise, JPEG), in a temporary folder.
Run: make bench
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests/fixtures/scans"))

from bench.extract_speed import measure, real_list  # noqa: E402

FIXTURE = ROOT / "tests/fixtures/scans/writer_ruled.serif.200dpi.pdf"


def scan_of(pdf: Path, folder: Path) -> Path:
    import make  # tests/fixtures/scans/make.py

    make.LAYOUTS, make.HERE = pdf.parent, folder
    make.make("scan", pdf.stem, 200, 0.8, 10, 55)
    return folder / "scan.pdf"


def main() -> None:
    import pypdfium2 as pdfium

    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        real = real_list()
        scan = scan_of(real, Path(tmp))
        runs = [("fixture, 1 worker", FIXTURE, 1), (f"January 2022 list, {cores} workers", scan, cores)]
        text = measure("ours:pdfium", real, 1)
        print(f"{'scan':36} {'pages':>6} {'rows':>6} {'seconds':>8} {'pages/s':>8} {'peak MB':>8}")
        for label, path, workers in runs:
            pages = len(pdfium.PdfDocument(str(path)))
            r = measure("ours:pdfium", path, workers)
            print(f"{label:36} {pages:6d} {r['rows']:6d} {r['seconds']:8.1f} {pages / r['seconds']:8.2f} {r['peak_mb']:8.0f}")
        print(f"the same list through its text layer: {text['rows']} rows in {text['seconds']:.2f} s; "
              f"OCR on {cores} cores / text layer: {r['seconds'] / text['seconds']:.0f}x; "
              f"an 18-page scan at this rate: {18 * r['seconds'] / pages:.0f} s (target < 60 s)")


if __name__ == "__main__":
    main()
