"""Place resolution on lists of districts as other publishers spell them: correct, wrong and
unresolved pairs, and the leave-one-out count (names that would be guessed when their own district
is missing from the gazetteer; it must stay 0). Reads the truth lists from the seed folder.

Run: make bench   (prints figures; writes nothing)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.gazetteer import gazetteer  # noqa: E402
from pipeline.refresh import refresh  # noqa: E402
from pipeline.sources import load_sources  # noqa: E402
from tests.places_truth import leave_one_out, score  # noqa: E402

SEED = Path(os.environ.get("ODOP_SEED") or ROOT.parent / "shared/reference")


def main() -> None:
    sources = load_sources(ROOT / "sources.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        refresh(sources, Path(tmp), offline=True, seed=SEED, only=[])
        places = gazetteer(Path(tmp), sources)
    from collections import Counter

    layers = Counter(n.layer for n in places.names if n.state_lgd is not None)
    print("district names by source: " + ", ".join(f"{layer} {count}" for layer, count in layers.most_common()))
    lists = sorted((SEED / "places-unseen").glob("*.truth.csv")) + [ROOT / "tests/fixtures/places_as_written.csv"]
    if not lists:
        sys.exit(f"bench: no truth lists in {SEED / 'places-unseen'}; set ODOP_SEED")
    print(f"{'list':28} {'pairs':>6} {'correct':>8} {'wrong':>6} {'unresolved':>10} {'left out, guessed':>18} {'seconds':>8}")
    for path in lists:
        truth = pd.read_csv(path, dtype=str, keep_default_na=False)
        started = time.perf_counter()
        result = score(places, truth)
        seconds = time.perf_counter() - started
        guessed = leave_one_out(places, truth)
        print(f"{path.name:28} {result['pairs']:6} {result['correct']:8.3f} {len(result['wrong']):6} "
              f"{len(result['unresolved']):10} {len(guessed):18} {seconds:8.2f}")


if __name__ == "__main__":
    main()
