"""Snapshot: dated, immutable Parquet files of one release of one source.

data/snapshots/source=SOURCE/release=YYYY-MM-DD/products.parquet, Hive-style, so pandas,
DuckDB and Polars read the whole folder at once; _snapshot.json beside it (and the same in the
Parquet metadata) says where the rows came from. A snapshot is written once: a temporary folder
renamed into place, never overwritten.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import __version__
from .store import atomic_write_json, make_readable

SCHEMA_VERSION = 1
SCHEMA = pa.schema(
    [
        pa.field("row", pa.int32(), nullable=False),
        pa.field("serial", pa.string()),
        pa.field("state", pa.string(), nullable=False),
        pa.field("district", pa.string(), nullable=False),
        pa.field("product", pa.string(), nullable=False),
        pa.field("sector", pa.string()),
        pa.field("category", pa.string()),
        pa.field("page", pa.int32()),
        pa.field("state_name", pa.string()),
        pa.field("state_lgd", pa.int32()),
        pa.field("state_match", pa.string()),
        pa.field("district_name", pa.string()),
        pa.field("district_lgd", pa.int32()),
        pa.field("district_match", pa.string(), nullable=False),
        pa.field("district_match_score", pa.float32()),
        pa.field("source_district_lgd", pa.int32()),
        pa.field("ocr_confidence", pa.float32()),
        pa.field("product_key", pa.string(), nullable=False),
        pa.field("review", pa.string()),
    ],
    metadata={"description": "One row per (state, district, product) of a published ODOP list"},
)
FILE_NAME = "products.parquet"
META_NAME = "_snapshot.json"  # the underscore keeps it out of readers of the Parquet folder


class SnapshotError(RuntimeError):
    pass


@dataclass
class Snapshot:
    source: str
    release: dt.date
    path: Path  # the release folder
    meta: dict

    @property
    def id(self) -> str:
        return f"{self.source}@{self.release.isoformat()}"

    def read(self) -> pd.DataFrame:
        return read_parquet(self.path / FILE_NAME)


def read_parquet(path: Path) -> pd.DataFrame:
    """A snapshot file as pandas, codes as nullable integers (not floats with NaN)."""
    nullable = {pa.int32(): pd.Int32Dtype(), pa.float32(): pd.Float32Dtype()}
    return pq.read_table(path, schema=SCHEMA).to_pandas(types_mapper=nullable.get)


def release_dir(data_dir: Path, source: str, release: dt.date) -> Path:
    return Path(data_dir) / "snapshots" / f"source={source}" / f"release={release.isoformat()}"


def write(data_dir: Path, source: str, release: dt.date, rows: pd.DataFrame, meta: dict) -> Snapshot:
    """Write a new snapshot; refuse to touch one that exists."""
    final = release_dir(data_dir, source, release)
    if final.exists():
        raise SnapshotError(f"snapshot {source}@{release} exists already with other content; snapshots are immutable")
    # codes as pandas' nullable integers, so that pandas reads them back as such, not as floats
    codes = {f.name: "Int32" for f in SCHEMA if f.type == pa.int32()}
    table = pa.Table.from_pandas(rows[SCHEMA.names].astype(codes), schema=SCHEMA, preserve_index=False)
    meta = {"pipeline_version": __version__, "schema_version": SCHEMA_VERSION, "source": source, "release": release.isoformat(), **meta}
    table = table.replace_schema_metadata({**table.schema.metadata, **SCHEMA.metadata, b"odop": json.dumps(meta, default=str).encode()})
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=final.parent, prefix=f".release={release.isoformat()}."))
    make_readable(tmp, directory=True)
    try:
        pq.write_table(table, tmp / FILE_NAME, compression="zstd")
        atomic_write_json(tmp / META_NAME, meta)
        os.rename(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return Snapshot(source, release, final, meta)


def remove_partial_writes(data_dir: Path) -> list[Path]:
    """Delete the temporary folders of snapshots that a killed refresh left half-written (never
    a finished snapshot: those are renamed into place whole). Only safe under the data lock."""
    leftovers = sorted((Path(data_dir) / "snapshots").glob("source=*/.release=*"))
    for path in leftovers:
        shutil.rmtree(path, ignore_errors=True)
    return leftovers


def list_snapshots(data_dir: Path, source: str | None = None) -> list[Snapshot]:
    root = Path(data_dir) / "snapshots"
    out = []
    for meta_path in sorted(root.glob(f"source={source or '*'}/release=*/{META_NAME}")):
        folder = meta_path.parent
        meta = json.loads(meta_path.read_text())
        out.append(Snapshot(folder.parent.name.split("=", 1)[1], dt.date.fromisoformat(folder.name.split("=", 1)[1]), folder, meta))
    return sorted(out, key=lambda s: (s.source, s.release))


def find(data_dir: Path, ref: str) -> Snapshot:
    """A snapshot by id (SOURCE@YYYY-MM-DD, or SOURCE for its latest) or by path."""
    path = Path(ref)
    if path.exists():
        folder = path.parent if path.is_file() else path
        meta_path = folder / META_NAME
        if not meta_path.exists():
            raise SnapshotError(f"{ref}: not a snapshot folder (no {META_NAME})")
        meta = json.loads(meta_path.read_text())
        return Snapshot(meta["source"], dt.date.fromisoformat(meta["release"]), folder, meta)
    source, _, release = ref.partition("@")
    candidates = [s for s in list_snapshots(data_dir, source) if not release or s.release.isoformat() == release]
    if not candidates:
        known = ", ".join(s.id for s in list_snapshots(data_dir)) or "none"
        raise SnapshotError(f"no snapshot {ref!r} in {data_dir} (known: {known})")
    return candidates[-1]
