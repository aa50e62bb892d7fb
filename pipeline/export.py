"""Export: a release of the dataset for people outside Python (CSV, Excel, a data package).

Writes, for every snapshot and for a `latest` view (the newest snapshot of each source):
CSV in UTF-8 with a byte order mark (so Excel shows Devanagari and diacritics), XLSX (one sheet
per source and a README sheet with provenance and column descriptions), a `releases.csv` index,
a Frictionless Data Package (`datapackage.json`) describing every file, and `odop.sqlite` with
its Datasette `metadata.json` (browse.py) to look things up. The export folder is
written beside its destination and renamed into place: a failed export leaves the last one whole.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from . import __version__, browse
from .snapshot import SCHEMA, Snapshot, list_snapshots
from .store import make_readable

# What each column holds, for the XLSX README sheet and the data package's Table Schema.
COLUMNS = {
    "source": "Id of the source list in sources.yaml",
    "release": "Release date of the list (YYYY-MM-DD)",
    "row": "Row number in the list, 1..n",
    "serial": "Serial number as printed",
    "state": "State or union territory as printed",
    "district": "District as printed",
    "product": "Product as printed, one per row",
    "sector": "Sector, one spelling per sector",
    "category": "Category (Primary, Secondary, Tertiary, Others), where the list gives one",
    "page": "Page of the PDF (for a spreadsheet: its row number) the row was read from",
    "state_name": "Canonical state name",
    "state_lgd": "LGD code of the state",
    "state_match": "How the state was matched: exact, alias, variant, fuzzy or unresolved",
    "district_name": "Canonical district name (LGD)",
    "district_lgd": "LGD code of the district; empty when unresolved",
    "district_match": "How the district was matched: exact, alias, variant, fuzzy or unresolved",
    "district_match_score": "Similarity (0-100) of a fuzzy match",
    "source_district_lgd": "LGD code the list itself states, if any",
    "ocr_confidence": "For a list read by OCR (a scan): the least recognition confidence (0-1) of the row's words; empty for a text layer",
    "product_key": "Product name folded for matching across releases",
    "review": "Why this row may be misread (empty when it is trusted): line break unsettled, serial skips, ...",
}
RELEASE_COLUMNS = {
    "source": "Id of the source list in sources.yaml",
    "release": "Release date of the list (YYYY-MM-DD)",
    "title": "Title of the list",
    "publisher": "Who published it",
    "rows": "Products (rows) extracted",
    "districts": "Districts (by LGD code, else by printed name)",
    "stated_products": "Products the publisher stated",
    "stated_districts": "Districts the publisher stated",
    "warnings": "Findings of the checks, kept in the snapshot's metadata",
    "needs_review": "Whether the quality report doubts a row of this snapshot (see its review column)",
    "raw_sha256": "sha256 of the file the rows were read from",
    "url": "Where that file was published",
}
_TYPES = {"int32": "integer", "float": "number", "string": "string"}
LICENCE = {"name": "GODL-India", "title": "Government Open Data License - India",
           "path": "https://www.data.gov.in/Godl"}


def run(data_dir: Path, out_dir: Path) -> Path:
    """Export every snapshot under data_dir to out_dir; return out_dir."""
    # Load
    snapshots = list_snapshots(data_dir)
    if not snapshots:
        raise FileNotFoundError(f"no snapshots in {data_dir}; run `make refresh` first")
    frames = {snap.id: _frame(snap) for snap in snapshots}
    latest = {snap.source: snap for snap in snapshots}  # list_snapshots sorts by (source, release)

    # Process and save, into a temporary folder renamed into place
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}."))
    make_readable(tmp, directory=True)
    try:
        resources = []
        for snap in snapshots:
            resources.append(_write_csv(tmp, f"snapshots/{_file_id(snap)}.csv", frames[snap.id], snap, "snapshot"))
        for source, snap in latest.items():
            resources.append(_write_csv(tmp, f"latest/{source}.csv", frames[snap.id], snap, "latest"))
        releases = _releases(snapshots)
        _csv(releases, tmp / "releases.csv")
        resources.append(_resource("releases", "releases.csv", releases, RELEASE_COLUMNS, ["source", "release"],
                                   "One row per snapshot: counts, stated totals and provenance"))
        _write_xlsx(tmp / "latest.xlsx", {s: frames[snap.id] for s, snap in latest.items()}, list(latest.values()))
        for snap in snapshots:
            _write_xlsx(tmp / "snapshots" / f"{_file_id(snap)}.xlsx", {snap.source: frames[snap.id]}, [snap])
        (tmp / "datapackage.json").write_text(json.dumps(_package(resources, snapshots), indent=2, ensure_ascii=False) + "\n")
        browse.write_sqlite(tmp / browse.SQLITE_NAME, snapshots, frames, releases)
        browse.write_metadata(tmp / browse.METADATA_NAME, snapshots, COLUMNS, RELEASE_COLUMNS, LICENCE)
        for path in tmp.rglob("*"):
            make_readable(path, directory=path.is_dir())
        old = out_dir.with_name(f".{out_dir.name}.old")
        if out_dir.exists():
            shutil.rmtree(old, ignore_errors=True)
            out_dir.rename(old)
        tmp.rename(out_dir)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out_dir


def _file_id(snap: Snapshot) -> str:
    return f"{snap.source}_{snap.release.isoformat()}"


def _frame(snap: Snapshot) -> pd.DataFrame:
    rows = snap.read()
    # a 32-bit 92.7 is 92.69999694824219 to Excel: scores carry one decimal
    rows["district_match_score"] = rows["district_match_score"].astype("Float64").round(1)
    rows.insert(0, "release", snap.release.isoformat())
    rows.insert(0, "source", snap.source)
    return rows


def _csv(frame: pd.DataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\r\n")


def _write_csv(root: Path, name: str, frame: pd.DataFrame, snap: Snapshot, kind: str) -> dict:
    _csv(frame, root / name)
    what = "newest snapshot" if kind == "latest" else "snapshot"
    resource = _resource(name.removesuffix(".csv").replace("/", "-").replace("_", "-").lower(), name, frame, COLUMNS,
                         ["source", "release", "row"], f"{snap.meta.get('title', snap.source)}: {what} of {snap.release}")
    resource["schema"]["foreignKeys"] = [{"fields": ["source", "release"],
                                          "reference": {"resource": "releases", "fields": ["source", "release"]}}]
    return resource


def _resource(name: str, path: str, frame: pd.DataFrame, descriptions: dict, key: list[str], title: str) -> dict:
    arrow = {f.name: str(f.type) for f in SCHEMA}
    fields = []
    for column in frame.columns:
        kind = "date" if column == "release" else "boolean" if pd.api.types.is_bool_dtype(frame[column]) else _TYPES.get(
            arrow.get(column, ""), "integer" if pd.api.types.is_integer_dtype(frame[column]) else "string")
        fields.append({"name": column, "type": kind, "description": descriptions[column]})
    return {"name": name, "path": path, "title": title, "format": "csv", "mediatype": "text/csv", "encoding": "utf-8-sig",
            "schema": {"fields": fields, "primaryKey": key, "missingValues": [""]}}


def _releases(snapshots: list[Snapshot]) -> pd.DataFrame:
    records = []
    for snap in snapshots:
        meta, stated = snap.meta, snap.meta.get("stated_totals") or {}
        records.append({"source": snap.source, "release": snap.release.isoformat(), "title": meta.get("title", ""),
                        "publisher": meta.get("publisher", ""), "rows": meta["rows"], "districts": meta["districts"],
                        "stated_products": stated.get("products"), "stated_districts": stated.get("districts"),
                        "warnings": len(meta.get("warnings", [])), "needs_review": bool(meta.get("needs_review", False)),
                        "raw_sha256": meta["raw_sha256"], "url": meta.get("raw_url", "")})
    frame = pd.DataFrame(records, columns=list(RELEASE_COLUMNS))
    for column in ("stated_products", "stated_districts"):
        frame[column] = frame[column].astype("Int64")
    return frame


def _write_xlsx(path: Path, sheets: dict[str, pd.DataFrame], snapshots: list[Snapshot]) -> None:
    """One sheet per source, then a README sheet: provenance of each and what the columns hold."""
    path.parent.mkdir(parents=True, exist_ok=True)
    readme = [["ODOP lists as clean, comparable data", ""], ["made by", f"odop-pipeline {__version__}"], ["", ""]]
    for snap in snapshots:
        readme += [[f"sheet {snap.source}", f"{snap.meta.get('title', '')} ({snap.meta.get('publisher', '')})"],
                   ["release", snap.release.isoformat()], ["rows", snap.meta["rows"]], ["from", snap.meta.get("raw_url", "")],
                   ["sha256", snap.meta["raw_sha256"]], ["", ""]]
    readme += [["column", "what it holds"]] + [[name, text] for name, text in COLUMNS.items()]
    with pd.ExcelWriter(path, engine="openpyxl") as book:
        for name, frame in sheets.items():
            cells = frame.astype(object).where(frame.notna(), None)  # codes stay whole numbers, gaps stay empty
            cells.to_excel(book, sheet_name=name[:31], index=False)
            book.sheets[name[:31]].freeze_panes = "A2"
        pd.DataFrame(readme).to_excel(book, sheet_name="README", index=False, header=False)


def _package(resources: list[dict], snapshots: list[Snapshot]) -> dict:
    sources, seen = [], set()
    for snap in snapshots:
        if snap.source not in seen:
            seen.add(snap.source)
            sources.append({"title": snap.meta.get("title", snap.source), "path": snap.meta.get("raw_url", "")})
    return {
        "name": "odop-lists",
        "title": "One District One Product (ODOP) lists of India, as clean, comparable data",
        "description": "One row per (state, district, product) of each published ODOP list, with canonical "
                       "state and district names and LGD codes. Made by odop-pipeline from the publishers' files.",
        "version": __version__,
        "licenses": [LICENCE],
        "sources": sources,
        "resources": resources,
    }
