"""The layout fuzzer as an oracle: N random lists (tests/fixtures/fuzz.py), each extracted and
scored against its truth. Prints a line per document (seed, F1, verdict), the failures with their
seeds and choices, and a summary; exits 1 when it falls short of the goal:

- at least 99% of text documents read exactly (multiset F1 1.0 on state, district, product), and
  every scan (one document in ten, printed and scanned) at F1 0.98 or more;
- every document with a wrong row is flagged (its quality report doubts a row);
- the review flags: on documents read exactly, at most 1% of rows doubted; on documents with
  wrong rows, at least 90% of wrong rows doubted, and at most 3 doubted rows per wrong row.

A document its producer fails to print (LibreOffice or Chromium killed or timed out on a loaded
machine) is reported with its seed and not counted: it holds nothing to read.

Usage: python bench/fuzz.py [N] [SEED] [--keep DIR] [--producers reportlab,chromium,writer,calc] [--no-scans]
(make fuzz N=500 SEED=1)
Places are checked when ODOP_SEED (or ../shared/reference) holds the LGD directory.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import sys
import tempfile
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fixtures.fuzz import describe, document, render, truth  # noqa: E402
from tests.layout_score import norm  # noqa: E402

GOAL_EXACT = 0.99  # of text documents read exactly
GOAL_SCAN_F1 = 0.98  # every scan


def places():
    """The gazetteer from the LGD files in the seed folder, or None."""
    from pipeline.gazetteer import _gazetteer
    from pipeline.sources import load_sources
    from pipeline.store import find_by_sha256

    seed = Path(os.environ.get("ODOP_SEED") or ROOT.parent / "shared" / "reference")
    pins = {s.id: s.sha256 for s in load_sources(ROOT / "sources.yaml") if s.kind == "reference"}
    files = [find_by_sha256(seed, pins[i]) for i in ("lgd-states", "lgd-districts")]
    return _gazetteer(*files) if all(files) else None


def installed_producers() -> tuple[str, ...]:
    """reportlab always; Chromium and LibreOffice Writer and Calc when their programs are on PATH."""
    programs = {"chromium": "chromium", "writer": "soffice", "calc": "soffice"}
    missing = [p for p, program in programs.items() if not shutil.which(program)]
    if missing:
        print(f"fuzz: {', '.join(missing)} not installed: their documents are not drawn "
              "(apt-get install chromium libreoffice-writer-nogui libreoffice-calc-nogui)", file=sys.stderr)
    return ("reportlab",) + tuple(p for p in programs if p not in missing)


def score(seed: int, keep: Path | None, producers: tuple[str, ...], scans: bool) -> dict:
    from pipeline import normalise, quality
    from pipeline.extract import ExtractionError, extract

    spec = document(seed, producers, scans)
    with tempfile.TemporaryDirectory() as tmp:
        try:
            pdf = render(spec, (keep or Path(tmp)) / f"fuzz-{seed}")
        except Exception as exc:  # the producer failed (a program killed or timed out under load): no document to score
            return {"seed": seed, "undrawn": f"{type(exc).__name__}: {exc}".splitlines()[0], "spec": describe(spec)}
        try:
            extraction = extract(pdf, places=PLACES)
        except ExtractionError as exc:
            return {"seed": seed, "f1": 0.0, "refused": str(exc).split(": ", 1)[-1], "spec": describe(spec), "scan": bool(spec.scan)}
        except Exception as exc:  # a bug: reported with its seed, and the run goes on
            where = traceback.extract_tb(exc.__traceback__)[-1]
            return {"seed": seed, "f1": 0.0, "crashed": f"{type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})",
                    "spec": describe(spec), "scan": bool(spec.scan)}
    rows = normalise.run(extraction.rows, PLACES)[0] if PLACES else None
    report = quality.report(extraction, rows)
    review = report.review_column()
    got_keys = [tuple(norm(r[k]) for k in ("state", "district", "product")) for r in extraction.records]
    want_keys = [tuple(map(norm, t)) for t in truth(spec)]
    got, want = Counter(got_keys), Counter(want_keys)
    wrong = wrong_rows(got_keys, want_keys)
    hit = sum((got & want).values())
    return {
        "seed": seed, "f1": 2 * hit / (sum(got.values()) + sum(want.values())), "rows": len(got_keys),
        "wrong": len(wrong), "missed": sum((want - got).values()), "wrong_flagged": sum(bool(review[n]) for n in wrong),
        "flagged": sum(map(bool, review)), "doubted": report.needs_review, "spec": describe(spec), "scan": bool(spec.scan),
        "examples": [(extraction.records[n]["product"], review[n]) for n in wrong[:3]] + [("MISSED", str(k)) for k in list((want - got))[:3]],
    }


def wrong_rows(got: list[tuple], want: list[tuple]) -> list[int]:
    """The rows read that the truth does not hold, as many of each as it holds too few: of rows
    read alike, those out of place in the truth's order (a row read under the district above it
    repeats that district's row: the repeat is the wrong one, wherever it stands)."""
    aligned = {i for block in difflib.SequenceMatcher(None, got, want, autojunk=False).get_matching_blocks()
               for i in range(block.a, block.a + block.size)}
    extra = Counter(got) - Counter(want)
    wrong = []
    for n in sorted(range(len(got)), key=lambda n: (n in aligned, n)):
        if extra.get(got[n]):
            extra[got[n]] -= 1
            wrong.append(n)
    return sorted(wrong)


PLACES = None  # the gazetteer, built once in each worker process


def _init() -> None:
    global PLACES
    PLACES = places()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=100)
    parser.add_argument("seed", nargs="?", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="keep the generated PDFs and truths in this folder")
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--producers", help="comma-separated, of reportlab, chromium, writer, calc (default: those installed)")
    parser.add_argument("--no-scans", action="store_true", help="draw no scans (OCR takes seconds a page)")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    seeds = [args.seed * 100_000 + i for i in range(args.n)]
    producers = tuple(args.producers.split(",")) if args.producers else installed_producers()
    with ProcessPoolExecutor(args.workers, initializer=_init) as pool:
        results = list(pool.map(score, seeds, [args.keep] * len(seeds), [producers] * len(seeds),
                                [not args.no_scans] * len(seeds), chunksize=4))
    undrawn = [r for r in results if "undrawn" in r]
    for r in undrawn:
        print(f"seed {r['seed']:>9}  not drawn: {r['undrawn']}")
    results = [r for r in results if "undrawn" not in r]
    for r in results:
        verdict = "refused: " + r["refused"] if "refused" in r else "CRASHED: " + r["crashed"] if "crashed" in r else "exact" if r["f1"] == 1 else (
            f"{r['wrong']} wrong, {r['missed']} missed, {'flagged' if r['doubted'] else 'NOT FLAGGED'}")
        print(f"seed {r['seed']:>9}  F1 {r['f1']:.4f}  {verdict}" + (f"  ({r['flagged']} rows doubted)" if r.get("flagged") else ""))
    failures = [r for r in results if r["f1"] < 1]
    if failures:
        print("\nfailures:")
        for r in failures:
            print(f"- seed {r['seed']} F1 {r['f1']:.4f}: {r['spec']}")
            for product, why in r.get("examples", []):
                print(f"    {product!r}  [{why}]")
    texts = [r for r in results if not r["scan"]]
    scans = [r for r in results if r["scan"]]
    read = [r for r in results if "refused" not in r and "crashed" not in r]
    crashed = [r for r in results if "crashed" in r]
    exact = [r for r in read if r["f1"] == 1]
    exact_texts = [r for r in exact if not r["scan"]]
    scans_read = [r for r in scans if r["f1"] >= GOAL_SCAN_F1]
    wrong = [r for r in read if r["f1"] < 1]
    unflagged = [r for r in wrong if not r["doubted"]]
    quiet = [r for r in exact if r["flagged"] > 0.01 * r["rows"]]
    wrong_rows = sum(r["wrong"] for r in wrong)
    caught = sum(r["wrong_flagged"] for r in wrong)
    flagged_on_wrong = sum(r["flagged"] for r in wrong)
    print(f"\n{len(exact_texts)}/{len(texts)} text documents read exactly ({len(exact_texts) / max(1, len(texts)):.1%}); "
          f"{len(scans_read)}/{len(scans)} scans at F1 >= {GOAL_SCAN_F1}; {len(results) - len(read) - len(crashed)} refused; "
          f"{len(crashed)} crashed; " + (f"{len(undrawn)} not drawn (the producer failed: not counted); " if undrawn else "") +
          f"{len(wrong)} with wrong rows, {len(unflagged)} of them not flagged")
    print(f"review flags: exact documents with over 1% of rows doubted: {len(quiet)}; wrong rows doubted: "
          f"{caught}/{wrong_rows} ({caught / wrong_rows if wrong_rows else 1:.1%}); doubted rows per wrong row: "
          f"{flagged_on_wrong / wrong_rows if wrong_rows else 0:.2f}")
    ok = (not crashed and len(exact_texts) >= GOAL_EXACT * len(texts) and len(scans_read) == len(scans) and not unflagged and not quiet
          and (not wrong_rows or (caught >= 0.9 * wrong_rows and flagged_on_wrong <= 3 * wrong_rows)))
    print("goal met" if ok else "goal NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
