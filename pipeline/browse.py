"""Browse: the dataset as one SQLite file and a Datasette site over it.

People who follow these lists look things up: which products a district has, which districts
share a product, what changed for one state, with a link they can send. `write_sqlite` puts every
snapshot's products, the releases, each release's changes against the one before and the quality
findings into one SQLite file (built with sqlite-utils: foreign keys, indexes on places and codes,
full-text search on products and places); `write_metadata` describes it for Datasette in the same
words as the data package, with facets and canned queries; `serve` opens it (Datasette is an
optional extra: `pip install 'odop-pipeline[serve]'`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from . import diff

SQLITE_NAME, METADATA_NAME = "odop.sqlite", "metadata.json"
DATABASE = SQLITE_NAME.removesuffix(".sqlite")
SEARCHED = ["product", "district", "state", "district_name", "state_name"]
INDEXED = [["state_name"], ["district_name"], ["state_lgd"], ["district_lgd"], ["product_key"]]
FACETS = ["source", "release", "state_name", "sector", "category", "review"]
SNAPSHOT = {"snapshot": "The snapshot: SOURCE@RELEASE-DATE, the key of the releases table"}
CHANGE_COLUMNS = {
    "source": "Id of the source list", "release": "Release date of the newer list",
    "previous_release": "Release date of the list it is compared with (the source's one before)",
    "change": "district added, removed or renamed; product added, removed or renamed",
    "state": "State", "state_lgd": "LGD code of the state", "district_lgd": "LGD code of the district",
    "district_old": "District as the older list prints it", "district_new": "District as the newer list prints it",
    "product_old": "Product as the older list prints it", "product_new": "Product as the newer list prints it",
    "similarity": "How alike a renamed product's two names are (0-100)",
}
FINDING_COLUMNS = {
    "source": "Id of the source list", "release": "Release date of the list", "check": "Which check of the quality report",
    "kind": "doubt (the reading may be wrong), note (the publisher printed it so) or reviewed",
    "rows": "The rows it concerns (the products table's row), as a JSON list", "page": "Page (or sheet row) where it shows",
    "detail": "What was found, in words",
}
QUERIES = {
    "district_over_releases": {
        "title": "A district's products, release by release",
        "sql": "select source, release, state_name, district_name, product, category, review from products "
               "where district_name like '%' || :district || '%' or district like '%' || :district || '%' "
               "order by source, release, state_name, district_name, row",
    },
    "added_or_removed": {
        "title": "Products added or removed in a source's latest release",
        "sql": "select change, state, coalesce(district_new, district_old) as district, coalesce(product_new, product_old) as product "
               "from changes where source = :source and change in ('product added', 'product removed') "
               "and release = (select max(release) from releases where source = :source) order by change, state, district",
    },
    "districts_sharing_a_product": {
        "title": "Products that several districts share, in a source's latest release",
        "sql": "select product_key, count(distinct coalesce(district_lgd, state || '|' || district)) as districts, "
               "group_concat(distinct district_name) as district_names from products where source = :source "
               "and release = (select max(release) from releases where source = :source) "
               "group by product_key having districts > 1 order by districts desc, product_key",
    },
}


def _records(frame: pd.DataFrame) -> list[dict]:
    """Rows as plain dicts, gaps as None (SQLite NULL), numbers as Python numbers."""
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def write_sqlite(path: Path, snapshots, frames: dict[str, pd.DataFrame], releases: pd.DataFrame) -> None:
    """The SQLite file of an export: products of every snapshot, releases, changes, findings."""
    import sqlite_utils

    db = sqlite_utils.Database(path, recreate=True)
    # every table names its snapshot ("odop-2022-01@2022-01-24"), the key of releases
    db["releases"].insert_all(_records(releases.assign(snapshot=releases["source"] + "@" + releases["release"])), pk="snapshot")
    keys = [("snapshot", "releases", "snapshot")]
    products = pd.concat([frames[s.id].assign(snapshot=s.id) for s in snapshots], ignore_index=True)
    db["products"].insert_all(_records(products), pk=("snapshot", "row"), foreign_keys=keys, batch_size=1000)
    for columns in INDEXED:
        db["products"].create_index(columns)
    db["products"].enable_fts(SEARCHED, create_triggers=True)
    db["changes"].create({"snapshot": str} | {name: str for name in CHANGE_COLUMNS} | {"state_lgd": int, "district_lgd": int,
                         "similarity": float}, foreign_keys=keys)
    db["changes"].insert_all(_changes(snapshots, frames))
    db["findings"].create({"snapshot": str} | {name: str for name in FINDING_COLUMNS} | {"page": int}, foreign_keys=keys)
    db["findings"].insert_all({"snapshot": s.id, "source": s.source, "release": s.release.isoformat(), "check": f["check"], "kind": f["kind"],
                               "rows": json.dumps(f["rows"]), "page": f.get("page"), "detail": f["detail"]}
                              for s in snapshots for f in (s.meta.get("quality") or {}).get("findings", []))
    db.conn.close()


def _changes(snapshots, frames: dict[str, pd.DataFrame]):
    """Each snapshot against the same source's one before it."""
    for old, new in zip(snapshots, snapshots[1:]):
        if old.source != new.source:
            continue
        changes = diff.compare(frames[old.id], frames[new.id], old.meta, new.meta, old.id, new.id).changes
        changes = changes.assign(snapshot=new.id, source=new.source, release=new.release.isoformat(),
                                 previous_release=old.release.isoformat())
        yield from _records(changes[["snapshot", *(c for c in CHANGE_COLUMNS if c in changes)]])


def write_metadata(path: Path, snapshots, product_columns: dict[str, str], release_columns: dict[str, str], licence: dict) -> None:
    """Datasette's metadata: titles and descriptions of every table and column, licence, sources,
    facets and canned queries."""
    sources = {s.source: s for s in snapshots}
    metadata = {
        "title": "One District One Product (ODOP) lists of India",
        "description": "Every published ODOP list as clean, comparable data: one row per (state, district, product), "
                       "with canonical places and LGD codes, the changes between releases and the quality report.",
        "license": licence["title"], "license_url": licence["path"],
        "source": "; ".join(s.meta.get("title", name) for name, s in sources.items()),
        "source_url": next((s.meta.get("raw_url") for s in sources.values() if s.meta.get("raw_url")), ""),
        "databases": {DATABASE: {
            "tables": {
                "products": {"description": "One row per product of each snapshot", "columns": SNAPSHOT | product_columns,
                             "facets": FACETS, "sort": "row", "fts_table": "products_fts"},
                "releases": {"description": "One row per snapshot: counts, stated totals and provenance", "columns": SNAPSHOT | release_columns},
                "changes": {"description": "What changed in each release against the source's one before", "columns": SNAPSHOT | CHANGE_COLUMNS,
                            "facets": ["source", "release", "change", "state"]},
                "findings": {"description": "The quality report of each snapshot: doubts and notes", "columns": SNAPSHOT | FINDING_COLUMNS,
                             "facets": ["source", "release", "kind", "check"]},
            },
            "queries": QUERIES,
        }},
    }
    path.write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def serve_command(export_dir: Path, port: int, host: str = "127.0.0.1") -> list[str]:
    """The command that serves an export with Datasette."""
    import sys

    return [sys.executable, "-m", "datasette", "serve", str(export_dir / SQLITE_NAME), "--metadata",
            str(export_dir / METADATA_NAME), "--host", host, "--port", str(port)]
