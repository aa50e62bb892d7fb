"""Extraction speed and memory against the floor and the other extractors, all in one run (ratios,
as machines are noisy). Targets of issue 15 are printed beside the ratios.

- In-process, on the January 2022 list (16 pages), imports done, best of several runs: ours; the
  pdfium character floor (every character and its box through pypdfium2: what any extractor that
  looks at characters must do); pdfplumber extract_tables(); camelot lattice.
- Whole process: `python -m pipeline extract` against a process that runs camelot lattice, both
  with their bytecode cached (see `wall_seconds`).
- A generated 500-page list: seconds and peak memory on one worker and on all cores.

The quick runs take turns, round after round, and each keeps its best.

Run: make bench   (prints figures; writes nothing but temporary files)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.sources import load_sources  # noqa: E402
from pipeline.store import find_by_sha256  # noqa: E402


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


# Each measurement runs in a fresh process, so that its peak memory (ru_maxrss) is its own. Imports
# come first: the seconds are the work alone, the best of `repeat` runs.
CHILD = r"""
import json, resource, sys, time
kind, path, workers, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
if kind.startswith("ours"):
    import pandas
    from pipeline.extract import ExtractSettings, extract
    settings = ExtractSettings(text_layer=kind.split(":")[1], workers=workers)
    def run():
        return len(extract(path, settings).rows)
elif kind == "pdfplumber":
    import pdfplumber
    def run():
        with pdfplumber.open(path) as pdf:
            return sum(len(t) for p in pdf.pages for t in p.extract_tables())
elif kind == "camelot":
    import camelot
    def run():
        return sum(t.df.shape[0] for t in camelot.read_pdf(path, pages="all", flavor="lattice"))
elif kind == "pdfium-chars":
    import pypdfium2 as pdfium
    def run():
        pdf, count = pdfium.PdfDocument(path), 0
        for page in pdf:
            textpage = page.get_textpage()
            count += textpage.count_chars()
            for i in range(textpage.count_chars()):
                textpage.get_charbox(i)
        return count
times = []
for _ in range(repeat):
    start = time.perf_counter()
    rows = run()
    times.append(time.perf_counter() - start)
peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
print(json.dumps({"seconds": min(times), "rows": rows, "peak_mb": peak / 1024}))
"""


def measure(kind: str, path: Path, workers: int = 1, repeat: int = 1) -> dict:
    """Seconds (best of `repeat`), rows (characters for the floor) and peak memory of one extractor,
    in a process of its own (the peak of its largest worker when it has workers)."""
    out = subprocess.run([sys.executable, "-c", CHILD, kind, str(path), str(workers), str(repeat)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def best_of_rounds(runs: dict[str, tuple[str, Path, int, int]], rounds: int) -> dict[str, dict]:
    """`measure` of each run (label: kind, path, workers, repeat), the best of `rounds`, the runs
    taking turns: a busy spell on the machine then falls on all of them, not on one."""
    results: dict[str, dict] = {}
    for _ in range(rounds):
        for label, (kind, path, workers, repeat) in runs.items():
            run = measure(kind, path, workers, repeat)
            if label not in results or run["seconds"] < results[label]["seconds"]:
                results[label] = run
    return results


def wall_seconds(command: list[str], repeat: int, pycache: Path) -> float:
    """Best wall-clock seconds of a whole process, start-up and imports included, after a run that
    is not timed. Bytecode is cached (in `pycache`), as Python does for a user after the first run,
    even where PYTHONDONTWRITEBYTECODE is set (as on some CI machines): compiling the modules again
    at every start is not what a user waits for."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    times = []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, cwd=ROOT, env=env)
        times.append(time.perf_counter() - start)
    return min(times[1:])


def make_long_list(path: Path, pages: int) -> None:
    """A ruled list of `pages` pages (header on each), made in parts of about 25 pages (reportlab
    lays out a long table slowly) and joined."""
    import pypdfium2 as pdfium

    from tests.fixtures.lists import ruled_list

    whole, first, part_rows = pdfium.PdfDocument.new(), 1, 1000
    with tempfile.TemporaryDirectory() as tmp:
        while len(whole) < pages:
            rows = [(str(i), "Uttar Pradesh", f"District {i % 75}", f"Product number {i} of a long list")
                    for i in range(first, first + part_rows)]
            part = Path(tmp) / f"{first}.pdf"
            ruled_list(part, ["Sr. No", "State Name", "District Name", "Product Name"], rows, [50, 130, 130, 200])
            part_pdf = pdfium.PdfDocument(part)
            whole.import_pages(part_pdf, list(range(min(len(part_pdf), pages - len(whole)))))
            first += part_rows
        whole.save(path)


def main() -> None:
    cores = os.cpu_count() or 1
    real, pages = real_list(), 16
    print(f"real list: {real} ({pages} pages), in-process, best of runs", file=sys.stderr)
    fast = {  # label: kind, path, workers, repeat
        "ours:pdfium": ("ours:pdfium", real, 1, 5), f"ours:pdfium, {cores} cores": ("ours:pdfium", real, cores, 5),
        "pdfium character floor": ("pdfium-chars", real, 1, 5),
    }
    slow = {"ours:pdfplumber": ("ours:pdfplumber", real, 1, 1), "pdfplumber": ("pdfplumber", real, 1, 1),
            "camelot": ("camelot", real, 1, 1)}
    results = best_of_rounds(fast, 3) | best_of_rounds(slow, 1)
    print(f"  {'in-process':26} {'seconds':>8} {'pages/s':>8} {'peak MB':>8} {'rows':>6}")
    for label, r in results.items():
        print(f"  {label:26} {r['seconds']:8.3f} {pages / r['seconds']:8.1f} {r['peak_mb']:8.0f} {r['rows']:6}")
    ours = results["ours:pdfium"]["seconds"]
    print(f"  ratio ours / pdfium character floor      {ours / results['pdfium character floor']['seconds']:.2f} "
          "(target <= 1.5; one worker, as the floor)")
    print(f"  ratio ours / camelot lattice             {ours / results['camelot']['seconds']:.3f} (target <= 0.25)")
    print(f"  ratio ours / pdfplumber extract_tables   {ours / results['pdfplumber']['seconds']:.3f} (target <= 0.33)")

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows.csv"
        extract_cli = [sys.executable, "-m", "pipeline", "extract", str(real), "-o", str(out)]
        pycache = Path(tmp) / "pycache"
        no_places = wall_seconds([*extract_cli, "--data-dir", tmp], 3, pycache)
        with_places = wall_seconds([*extract_cli, "--data-dir", str(ROOT / "data")], 3, pycache)
        camelot = wall_seconds([sys.executable, "-c", "import camelot, sys; camelot.read_pdf(sys.argv[1], pages='all', "
                                "flavor='lattice')", str(real)], 2, pycache)
        print("  whole process (start-up and imports included; ours on all cores, as run by default):")
        print(f"    pipeline extract, places not checked  {no_places:6.2f} s")
        print(f"    pipeline extract, places checked      {with_places:6.2f} s  (when data/ holds the LGD directory)")
        print(f"    camelot lattice                       {camelot:6.2f} s")
        print(f"  ratio whole extract / camelot lattice    {no_places / camelot:.3f} (target <= 0.06); "
              f"with places checked {with_places / camelot:.3f}")

        long_pdf = Path(tmp) / "long.pdf"
        start = time.perf_counter()
        long_pages = 500
        make_long_list(long_pdf, long_pages)
        print(f"generated a {long_pages}-page list in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        long_runs = best_of_rounds({"1": ("ours:pdfium", long_pdf, 1, 1), "all": ("ours:pdfium", long_pdf, cores, 1)}, 2)
        one, every = long_runs["1"], long_runs["all"]
        for label, r in (("1 worker", one), (f"{cores} workers", every)):
            print(f"  {long_pages} pages, {label:10} {r['seconds']:6.2f} s  {long_pages / r['seconds']:6.1f} pages/s  "
                  f"peak {r['peak_mb']:5.0f} MB  rows {r['rows']}")
        print(f"  {long_pages} pages on 1 worker: target < 5 s, peak < 300 MB; speed-up on {cores} workers "
              f"{one['seconds'] / every['seconds']:.2f}x")


if __name__ == "__main__":
    main()
