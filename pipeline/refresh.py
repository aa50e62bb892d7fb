"""Refresh: fetch, extract, normalise, validate and snapshot every selected source.

Reference sources (the LGD directory) are fetched first: the gazetteer is built from them. One
source failing never stops the others; each ends with one outcome line that says what happened
and why.
"""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from . import diff, normalise, quality, snapshot, validate
from .extract import ExtractionError, document_date, extract
from .fetch import FetchError, FetchSettings, fetch
from .gazetteer import Gazetteer, gazetteer
from .sources import Source
from .store import MissingFileError, RawStore, data_lock, remove_partial_downloads

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    source: str
    status: str  # new | unchanged | stale (its URLs failed: the stored copy was used) | failed
    release: str = ""
    rows: int | None = None
    districts: int | None = None
    raw: str = ""  # downloaded | not modified | pinned | from cache | seeded
    note: str = ""
    warnings: list[str] = field(default_factory=list)
    change: str = ""  # one-line diff against the previous snapshot
    needs_review: bool = False  # the snapshot's quality report doubts a row
    doubts: int = 0  # findings that may be misreadings
    notes: int = 0  # findings of what the publisher printed

    @property
    def ok(self) -> bool:
        return self.status != "failed"


# `refresh` exit statuses, documented in the README and `refresh --help`
EXIT_OK, EXIT_FAILED, EXIT_STALE = 0, 2, 3


def exit_status(outcomes: list[Outcome]) -> int:
    """2 when a source failed; else 3 when one is stale (a scheduled job should notice that a
    publisher moved its file); else 0."""
    if any(o.status == "failed" for o in outcomes):
        return EXIT_FAILED
    return EXIT_STALE if any(o.status == "stale" for o in outcomes) else EXIT_OK


def refresh(sources: list[Source], data_dir: Path, offline: bool = False, fetch_overrides: dict | None = None,
            lock_wait: float = 0.0, seed: Path | None = None, only: list[str] | None = None) -> list[Outcome]:
    """Refresh the lists in `only` (default: all), after every reference source they read.
    `fetch_overrides` (FetchSettings fields) apply to every source, over sources.yaml."""
    references = [s for s in sources if s.kind == "reference"]
    lists = [s for s in sources if s.kind == "list" and (only is None or s.id in only)]

    def settings(source: Source) -> FetchSettings:
        return FetchSettings.from_dict(fetch_overrides, source.fetch)

    with data_lock(data_dir, wait=lock_wait):
        for leftover in remove_partial_downloads(data_dir) + snapshot.remove_partial_writes(data_dir):
            log.info("removed %s, left by an interrupted refresh", leftover)
        outcomes = [refresh_reference(s, data_dir, offline, settings(s), seed) for s in references]
        places = lambda: gazetteer(data_dir, sources)  # noqa: E731 (read only when a list needs it)
        return outcomes + [refresh_source(s, data_dir, places, offline, settings(s), seed) for s in lists]


def _stale(fetched, offline: bool) -> bool:
    """The network was tried and failed, and the stored copy stood in."""
    return fetched.status == "from cache" and not offline


def refresh_reference(source: Source, data_dir: Path, offline: bool = False,
                      fetch_settings: FetchSettings | None = None, seed: Path | None = None) -> Outcome:
    """Bring a reference file into the raw store; nothing is snapshotted."""
    try:
        fetched = fetch(source, Path(data_dir), fetch_settings, offline=offline, seed=seed)
    except FetchError as exc:
        return Outcome(source.id, "failed", note=str(exc).removeprefix(f"{source.id}: "))
    status = "new" if fetched.status in ("downloaded", "seeded") else "stale" if _stale(fetched, offline) else "unchanged"
    note = f"{fetched.status}: {fetched.note}" if fetched.status == "from cache" else ""
    return Outcome(source.id, status, raw=fetched.status, note=note)


def refresh_source(source: Source, data_dir: Path, places: Gazetteer | Callable[[], Gazetteer], offline: bool = False,
                   fetch_settings: FetchSettings | None = None, seed: Path | None = None) -> Outcome:
    """Fetch one list and snapshot it if its raw file is new; `places` may be a function that
    builds the gazetteer, called only when there is something to place."""
    started = time.perf_counter()
    try:
        outcome = _refresh(source, Path(data_dir), places, offline, fetch_settings, seed)
    except MissingFileError as exc:
        outcome = Outcome(source.id, "failed", note=f"cannot place districts: {exc}")
    except (FetchError, ExtractionError, snapshot.SnapshotError, ValueError) as exc:
        outcome = Outcome(source.id, "failed", note=str(exc).removeprefix(f"{source.id}: "))
    log.info("%s: %s (%.1f s)", source.id, outcome.status, time.perf_counter() - started)
    return outcome


def _refresh(source: Source, data_dir: Path, places, offline: bool, fetch_settings: FetchSettings | None,
             seed: Path | None) -> Outcome:
    # Load: the current raw file, and the snapshots made from it before.
    fetched = fetch(source, data_dir, fetch_settings, offline=offline, seed=seed)
    raw_path = RawStore(data_dir, source.id).path(fetched.entry)
    note = f"{fetched.status}: {fetched.note}" if fetched.status == "from cache" else ""
    previous = snapshot.list_snapshots(data_dir, source.id)
    for snap in previous:
        if snap.meta.get("raw_sha256") == fetched.entry.sha256:
            kept = snap.meta.get("quality", {})
            return Outcome(source.id, "stale" if _stale(fetched, offline) else "unchanged", snap.release.isoformat(), snap.meta["rows"], snap.meta["districts"],
                           fetched.status, note, snap.meta.get("warnings", []), needs_review=snap.meta.get("needs_review", False),
                           doubts=kept.get("doubts", 0), notes=kept.get("notes", 0))

    release = source.release_date or document_date(raw_path)
    if release is None:
        raise ExtractionError(f"{raw_path}: no release date declared and none recorded in the document")
    if snapshot.release_dir(data_dir, source.id, release).exists():
        raise snapshot.SnapshotError(
            f"a new raw file ({fetched.entry.sha256[:12]}...) has the release date {release} of an existing "
            "snapshot; snapshots are immutable: declare the new release's date in sources.yaml"
        )

    # Process: extract, normalise, validate.
    log.info("%s: extracting %s", source.id, raw_path.name)
    places = places() if callable(places) else places
    extraction = extract(raw_path, source.extract, places)
    validate.check_columns(extraction.rows, str(raw_path))
    rows, place_warnings = normalise.run(extraction.rows, places)
    review = quality.report(extraction, rows, source.stated_totals, source.reviewed)
    rows["review"] = review.review_column()
    warnings = [f"{f.check}: {f.detail}" for f in review.findings if f.check not in ("places", "stated codes")] + place_warnings

    # Save: a new immutable snapshot.
    meta = {
        "title": source.title,
        "publisher": source.publisher,
        "raw_sha256": fetched.entry.sha256,
        "raw_url": fetched.entry.url,
        "raw_fetched_at": fetched.entry.fetched_at,
        "raw_seeded_from": fetched.entry.seeded_from,
        "raw_bytes": fetched.entry.bytes,
        "gazetteer": places.provenance,
        "extractor": {"format": source.format, "pages": extraction.pages, "encoding": extraction.encoding,
                      **asdict(source.extract), "text_layer": extraction.text_layer},
        "rows": len(rows),
        "districts": validate.district_count(rows),
        "stated_totals": asdict(source.stated_totals),
        "warnings": warnings,
        "needs_review": review.needs_review,
        "quality": review.to_dict(),
    }
    snap = snapshot.write(data_dir, source.id, release, rows, meta)
    change = ""
    if previous:
        last = previous[-1]
        change = diff.compare(last.read(), rows, last.meta, meta, last.id, snap.id).one_line()
    status = "stale" if _stale(fetched, offline) else "new"
    if review.needs_review:
        doubted = ", ".join(f"{c.name} ({c.count})" for c in review.checks if c.passed is False)
        log.warning("%s: needs review: %d row(s) doubted by %s; see the review column and _snapshot.json (-v prints the "
                    "report)", snap.id, sum(map(bool, rows["review"])), doubted)
    log.debug("%s: quality report:\n%s", snap.id, "\n".join(review.lines()))
    return Outcome(source.id, status, release.isoformat(), len(rows), meta["districts"], fetched.status, note, warnings, change,
                   review.needs_review, review.count(quality.DOUBT), review.count(quality.NOTE))
