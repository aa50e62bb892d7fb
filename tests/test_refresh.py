"""The whole pipeline end to end, from a real HTTP server on 127.0.0.1 and offline from data/raw."""

import json
import shutil

import pyarrow.parquet as pq

from pipeline.cli import main
from pipeline.snapshot import SCHEMA

from .conftest import JAN_2022_PDF, ROOT


def test_refresh_from_a_local_server(httpserver, tmp_path):
    httpserver.expect_request("/odop.pdf").respond_with_data(JAN_2022_PDF.read_bytes(), content_type="application/pdf")
    (tmp_path / "sources.yaml").write_text(f"""sources:
  - id: odop-2022-01
    title: List of Products Identified under One District One Product Initiative
    publisher: Ministry of Commerce and Industry
    url: {httpserver.url_for("/odop.pdf")}
    format: pdf
    release_date: document
""")
    data = tmp_path / "data"
    assert main(["refresh", "--sources", str(tmp_path / "sources.yaml"), "--data-dir", str(data)]) == 0
    path = data / "snapshots/source=odop-2022-01/release=2022-01-24/products.parquet"
    table = pq.read_table(path)
    assert table.schema.remove_metadata() == SCHEMA.remove_metadata()
    frame = table.to_pandas()
    assert len(frame) == 790
    assert frame["serial"].astype(int).tolist() == list(range(1, 791))
    assert frame["state"].nunique() == 36
    rows = frame.set_index("serial")
    assert tuple(rows.loc["44", ["state", "district", "product", "state_lgd"]]) == ("Arunachal Pradesh", "Capital Complex - Itanagar", "Tourism", 12)
    assert tuple(rows.loc["14", ["district", "district_name", "district_lgd", "product"]]) == ("Visakhapatanam", "Visakhapatanam", 520, "Aaraku Coffee")
    assert tuple(rows.loc["790", ["state_name", "district_name", "district_lgd"]]) == ("West Bengal", "Paschim Bardhaman", 704)
    meta = json.loads((path.parent / "_snapshot.json").read_text())
    assert meta["raw_sha256"] == "dc803d10e73f5d4f8a6c881732424502b1697c5b740c28da8017c734d8d0e923"
    assert (meta["rows"], meta["schema_version"]) == (790, 1)
    assert json.loads(table.schema.metadata[b"odop"])["raw_sha256"] == meta["raw_sha256"]
    raw = data / "raw/odop-2022-01"
    assert (raw / f"{meta['raw_sha256']}.pdf").read_bytes() == JAN_2022_PDF.read_bytes()
    assert json.loads((raw / "manifest.json").read_text())["files"][0]["url"] == httpserver.url_for("/odop.pdf")


def test_make_refresh_offline_on_a_fresh_clone(tmp_path, capsys):
    """The shipped releases are snapshotted, the live sources fail in one line each, exit 2."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data/raw", data / "raw")
    args = ["refresh", "--sources", str(ROOT / "sources.yaml"), "--data-dir", str(data), "--offline"]
    assert main(args) == 2
    err = capsys.readouterr().err
    for live in ("investindia-odop-v32", "dpiit-odop-2024-08-07", "dgft-deh-products"):
        assert f"{live}: offline and no cached copy" in err
    assert main(["snapshots", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "odop-2022-01@2022-01-24" in out and "790" in out
    assert "datagovin-odop@2025-07-26" in out and "1,241" in out
    before = {p: p.read_bytes() for p in (data / "snapshots").rglob("*") if p.is_file()}
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("unchanged") == 2
    assert {p: p.read_bytes() for p in (data / "snapshots").rglob("*") if p.is_file()} == before


def test_extract_command_writes_csv(tmp_path, capsys):
    assert main(["extract", str(JAN_2022_PDF)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "serial,state,district,product,sector,category,source_district_lgd,page"
    assert len(lines) == 791
    out = tmp_path / "rows.parquet"
    assert main(["extract", str(JAN_2022_PDF), "-o", str(out)]) == 0
    assert pq.read_table(out).num_rows == 790


def test_extract_command_reports_bad_input(tmp_path, capsys):
    bad = tmp_path / "page.pdf"
    bad.write_text("<html><body>Error</body></html>")
    assert main(["extract", str(bad)]) == 2
    assert "found an HTML page" in capsys.readouterr().err
