"""The export for people outside Python: CSV with a BOM, XLSX, releases.csv and a Frictionless
data package, read back and compared with the snapshots row for row."""

from __future__ import annotations

import re

import openpyxl
import pandas as pd
import pytest
from frictionless import validate

from pipeline.cli import main
from pipeline.export import run
from pipeline.snapshot import list_snapshots


@pytest.fixture(scope="module")
def exported(archived_snapshots, tmp_path_factory):
    return run(archived_snapshots, tmp_path_factory.mktemp("export") / "odop")


def as_text(frame: pd.DataFrame) -> list[list[str]]:
    return [[shown(v) for v in row] for row in frame.astype("string").fillna("").values.tolist()]


def shown(value) -> str:
    """A cell as a spreadsheet shows it: 96.0 and 96 alike."""
    text = "" if value is None else str(value)
    return f"{float(text):g}" if re.fullmatch(r"\d+\.\d+", text) else text


def test_the_data_package_is_valid(exported):
    report = validate(exported / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_csv_reads_back_row_for_row(exported, archived_snapshots):
    for snap in list_snapshots(archived_snapshots):
        path = exported / "snapshots" / f"{snap.source}_{snap.release}.csv"
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM that tells Excel it is UTF-8
        back = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        want = snap.read()
        assert len(back) == snap.meta["rows"]
        assert set(back["source"]) == {snap.source} and set(back["release"]) == {snap.release.isoformat()}
        assert as_text(back[list(want.columns)]) == as_text(want)
    latest = pd.read_csv(exported / "latest/odop-2022-01.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert "Kamrup ®" in set(latest["district"])  # text beyond ASCII survives


def test_xlsx_has_a_sheet_per_source_and_a_readme(exported, archived_snapshots):
    book = openpyxl.load_workbook(exported / "latest.xlsx", read_only=True)
    assert book.sheetnames == ["datagovin-odop", "investindia-odop-v31", "odop-2022-01", "README"]
    for snap in list_snapshots(archived_snapshots):
        rows = list(book[snap.source].iter_rows(values_only=True))
        header = list(rows[0])
        cells = [[shown(v) for v in row] for row in rows[1:]]
        want = snap.read()
        assert [[row[header.index(c)] for c in want.columns] for row in cells] == as_text(want)
    readme = {r[0]: r[1] for r in book["README"].iter_rows(values_only=True) if r[0]}
    assert readme["district_lgd"] == "LGD code of the district; empty when unresolved"
    assert readme["sheet odop-2022-01"].startswith("List of Products Identified under One District One Product")
    book.close()


def test_releases_index(exported):
    releases = pd.read_csv(exported / "releases.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert releases[["source", "release", "rows", "districts"]].values.tolist() == [
        ["datagovin-odop", "2025-07-26", "1241", "773"], ["investindia-odop-v31", "2025-07-07", "1241", "773"],
        ["odop-2022-01", "2022-01-24", "790", "748"]]
    assert releases.loc[2, "raw_sha256"] == "dc803d10e73f5d4f8a6c881732424502b1697c5b740c28da8017c734d8d0e923"


def test_a_failed_export_keeps_the_last_one(exported, tmp_path, capsys):
    before = {p: p.read_bytes() for p in exported.rglob("*") if p.is_file()}
    assert main(["export", "--data-dir", str(tmp_path / "empty"), "--out", str(exported)]) == 2
    assert "no snapshots in" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in exported.rglob("*") if p.is_file()} == before
