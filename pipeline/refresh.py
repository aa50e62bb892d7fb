"""Refresh: fetch, extract, normalise, validate and snapshot every selected source.

One source failing never stops the others; each ends with one outcome line that says what
happened and why.
"""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import diff, normalise, snapshot, validate
from .extract import ExtractionError, document_date, extract
from .fetch import FetchError, FetchSettings, fetch
from .sources import Source
from .store import RawStore, data_lock

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    source: str
    status: str  # new | unchanged | failed
    release: str = ""
    rows: int | None = None
    districts: int | None = None
    raw: str = ""  # downloaded | not modified | from cache
    note: str = ""
    warnings: list[str] = field(default_factory=list)
    change: str = ""  # one-line diff against the previous snapshot

    @property
    def ok(self) -> bool:
        return self.status != "failed"


def refresh(sources: list[Source], data_dir: Path, offline: bool = False,
            fetch_settings: FetchSettings = FetchSettings(), lock_wait: float = 0.0) -> list[Outcome]:
    with data_lock(data_dir, wait=lock_wait):
        return [refresh_source(s, data_dir, offline, fetch_settings) for s in sources]


def refresh_source(source: Source, data_dir: Path, offline: bool = False,
                   fetch_settings: FetchSettings = FetchSettings()) -> Outcome:
    started = time.perf_counter()
    try:
        outcome = _refresh(source, Path(data_dir), offline, fetch_settings)
    except (FetchError, ExtractionError, snapshot.SnapshotError, ValueError) as exc:
        outcome = Outcome(source.id, "failed", note=str(exc).removeprefix(f"{source.id}: "))
    log.info("%s: %s (%.1f s)", source.id, outcome.status, time.perf_counter() - started)
    return outcome


def _refresh(source: Source, data_dir: Path, offline: bool, fetch_settings: FetchSettings) -> Outcome:
    # Load: the current raw file, and the snapshots made from it before.
    fetched = fetch(source, data_dir, fetch_settings, offline=offline)
    raw_path = RawStore(data_dir, source.id).path(fetched.entry)
    note = f"{fetched.status}: {fetched.note}" if fetched.status == "from cache" else ""
    if source.sha256 and fetched.entry.sha256 != source.sha256:
        note = "; ".join(filter(None, [note, f"sha256 differs from the one declared in sources.yaml ({source.sha256[:12]}...)"]))
    previous = snapshot.list_snapshots(data_dir, source.id)
    for snap in previous:
        if snap.meta.get("raw_sha256") == fetched.entry.sha256:
            return Outcome(source.id, "unchanged", snap.release.isoformat(), snap.meta["rows"], snap.meta["districts"],
                           fetched.status, note, snap.meta.get("warnings", []))

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
    extraction = extract(raw_path, source.extract)
    validate.check_columns(extraction.rows, str(raw_path))
    rows, place_warnings = normalise.run(extraction.rows)
    warnings = validate.check_serials(rows) + validate.check_totals(rows, source.stated_totals) + place_warnings

    # Save: a new immutable snapshot.
    meta = {
        "title": source.title,
        "publisher": source.publisher,
        "raw_sha256": fetched.entry.sha256,
        "raw_url": fetched.entry.url,
        "raw_fetched_at": fetched.entry.fetched_at,
        "raw_bytes": fetched.entry.bytes,
        "extractor": {"format": source.format, "pages": extraction.pages, **asdict(source.extract)},
        "rows": len(rows),
        "districts": validate.district_count(rows),
        "stated_totals": asdict(source.stated_totals),
        "warnings": warnings,
    }
    snap = snapshot.write(data_dir, source.id, release, rows, meta)
    change = ""
    if previous:
        last = previous[-1]
        change = diff.compare(last.read(), rows, last.meta, meta, last.id, snap.id).one_line()
    return Outcome(source.id, "new", release.isoformat(), len(rows), meta["districts"], fetched.status, note, warnings, change)
