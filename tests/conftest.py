"""Shared fixtures: the real documents shipped in data/raw, and data directories to refresh into."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
JAN_2022_PDF = ROOT / "data/raw/odop-2022-01/dc803d10e73f5d4f8a6c881732424502b1697c5b740c28da8017c734d8d0e923.pdf"
DATAGOVIN_XLSX = ROOT / "data/raw/datagovin-odop/5069cfa3ac771038db437504682d1f049da46884a9b51a40df36206341b33ed2.xlsx"


@pytest.fixture
def shipped_data(tmp_path) -> Path:
    """A data directory holding the two shipped raw releases, as on a fresh clone."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data/raw", data / "raw")
    return data


@pytest.fixture(scope="session")
def shipped_snapshots(tmp_path_factory) -> Path:
    """Snapshots of the two shipped releases, refreshed offline once for the session."""
    from pipeline.refresh import refresh
    from pipeline.sources import load_sources

    data = tmp_path_factory.mktemp("shipped") / "data"
    shutil.copytree(ROOT / "data/raw", data / "raw")
    sources = [s for s in load_sources(ROOT / "sources.yaml") if s.id in ("odop-2022-01", "datagovin-odop")]
    outcomes = refresh(sources, data, offline=True)
    assert [o.status for o in outcomes] == ["new", "new"], outcomes
    return data
