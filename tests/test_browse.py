"""The export as one SQLite file, served by Datasette: facets and search through its JSON API give
what the snapshots say, and the table page loads in a real browser."""

from __future__ import annotations

import json
import shutil
import socket
import sqlite3
import subprocess
import time
import urllib.request

import os

import pandas as pd
import pytest
import sqlite_utils

from pipeline.browse import SQLITE_NAME, serve_command
from pipeline.cli import main
from pipeline.snapshot import list_snapshots


@pytest.fixture(scope="module")
def exported(archived_snapshots, tmp_path_factory):
    out = tmp_path_factory.mktemp("browse") / "export"
    assert main(["export", "--data-dir", str(archived_snapshots), "--out", str(out)]) == 0
    return out


def test_the_sqlite_rows_equal_the_snapshots(exported, archived_snapshots):
    db = sqlite3.connect(exported / SQLITE_NAME)
    for snap in list_snapshots(archived_snapshots):
        rows = pd.read_sql("select * from products where source = ? and release = ? order by row", db,
                           params=(snap.source, snap.release.isoformat()))
        want = snap.read()
        assert len(rows) == len(want) == snap.meta["rows"]
        for column in ("row", "state", "district", "product", "state_name", "district_name", "review"):
            assert rows[column].tolist() == want[column].astype(object).where(want[column].notna(), None).tolist(), column
        assert rows["district_lgd"].astype("Int64").tolist() == want["district_lgd"].astype("Int64").tolist()
    releases = db.execute("select source, release, rows from releases order by source").fetchall()
    assert releases == [("datagovin-odop", "2025-07-26", 1241), ("investindia-odop-v31", "2025-07-07", 1241), ("odop-2022-01", "2022-01-24", 790)]
    assert [(fk.column, fk.other_table, fk.other_column) for fk in sqlite_utils.Database(db).table("products").foreign_keys] == [
        ("snapshot", "releases", "snapshot")]
    assert db.execute("select count(*) from findings where source = 'odop-2022-01' and kind = 'note'").fetchone()[0] >= 3
    assert db.execute("pragma foreign_key_check").fetchall() == []  # every row's snapshot is a release
    db.close()


def test_a_new_export_replaces_the_file_whole(exported, archived_snapshots, tmp_path):
    before = (exported / SQLITE_NAME).stat().st_ino
    assert main(["export", "--data-dir", str(archived_snapshots), "--out", str(exported)]) == 0
    assert (exported / SQLITE_NAME).stat().st_ino != before  # a new file renamed into place, not rewritten
    sqlite3.connect(exported / SQLITE_NAME).execute("select count(*) from products").fetchone()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def datasette(exported):
    port = free_port()
    process = subprocess.Popen(serve_command(exported, port), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("Datasette did not start: " + process.stderr.read())
    yield base
    process.terminate()
    process.wait(timeout=10)


def get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def test_facets_and_search_say_what_the_snapshot_says(datasette, archived_snapshots):
    snap = next(s for s in list_snapshots(archived_snapshots) if s.source == "odop-2022-01")
    rows = snap.read()
    found = get(f"{datasette}/odop/products.json?source=odop-2022-01&_facet=state_name&_size=0")
    facet = {f["value"]: f["count"] for f in found["facet_results"]["state_name"]["results"]}
    assert found["filtered_table_rows_count"] == 790
    assert facet["Kerala"] == (rows["state_name"] == "Kerala").sum() and facet["Uttar Pradesh"] == (rows["state_name"] == "Uttar Pradesh").sum()
    searched = get(f"{datasette}/odop/products.json?source=odop-2022-01&_search=cardamom&_size=0")
    assert searched["filtered_table_rows_count"] == rows["product"].str.contains(r"\bcardamom\b", case=False).sum() > 0
    canned = get(f"{datasette}/odop/districts_sharing_a_product.json?source=odop-2022-01&_shape=array")
    assert canned and canned[0]["districts"] > 1


def test_the_table_page_loads_in_a_browser(datasette):
    if shutil.which("chromium") is None:
        message = "Debian's chromium is not installed (apt-get install chromium; .ci/run installs it)"
        pytest.fail(message) if os.environ.get("CI", "").lower() == "true" else pytest.skip(message)
    page = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--enable-logging=stderr",
                           "--v=0", "--virtual-time-budget=5000", "--dump-dom", f"{datasette}/odop/products?_facet=state_name"],
                          capture_output=True, text=True, timeout=120)
    assert page.returncode == 0, page.stderr[-2000:]
    assert 'class="rows-and-columns"' in page.stdout and "facet-results" in page.stdout
    assert "Uncaught" not in page.stderr and "Internal Server Error" not in page.stdout
