"""The whole pipeline end to end, from a real HTTP server on 127.0.0.1 and offline from a seed folder."""

import json
import re

import pyarrow.parquet as pq
from werkzeug import Response

from pipeline.cli import main
from pipeline.snapshot import SCHEMA

from .conftest import ROOT, SOURCES, real_file

LGD = [s for s in SOURCES if s.kind == "reference"]
LIVE = ("investindia-odop-v32", "dpiit-odop-2024-08-07", "dgft-deh-products")


def test_refresh_from_a_local_server(httpserver, tmp_path, jan_2022_pdf):
    """Every file from the server: the LGD directory's two tables, then the list."""
    for ref in LGD:
        httpserver.expect_request(f"/{ref.id}.csv").respond_with_data(real_file(ref.id).read_bytes(), content_type="text/csv")
    httpserver.expect_request("/odop.pdf").respond_with_data(jan_2022_pdf.read_bytes(), content_type="application/pdf")
    references = "".join(f"""
  - id: {ref.id}
    kind: reference
    title: {ref.title}
    publisher: LGD
    url: {httpserver.url_for(f"/{ref.id}.csv")}
    format: csv
    sha256: {ref.sha256}
""" for ref in LGD)
    (tmp_path / "sources.yaml").write_text(f"""sources:{references}
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
    assert (raw / f"{meta['raw_sha256']}.pdf").read_bytes() == jan_2022_pdf.read_bytes()
    assert json.loads((raw / "manifest.json").read_text())["files"][0]["url"] == httpserver.url_for("/odop.pdf")


def test_make_refresh_offline_from_the_seed(tmp_path, seed_dir, capsys):
    """As `make refresh` on a fresh clone without network: the archived releases come from the
    seed folder, the live sources fail in one line each naming the URL, exit 2."""
    data = tmp_path / "data"
    args = ["refresh", "--sources", str(ROOT / "sources.yaml"), "--data-dir", str(data), "--seed", str(seed_dir)]
    assert main(args) == 2
    err = capsys.readouterr().err
    for source in SOURCES:
        if source.id in LIVE:
            assert f"{source.id}: {source.url}: unreachable (cannot resolve host" in err
    for ident in ("lgd-districts", "odop-2022-01"):
        manifest = json.loads((data / "raw" / ident / "manifest.json").read_text())
        assert manifest["files"][0]["seeded_from"] == str(seed_dir.resolve())
    assert main(["snapshots", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "odop-2022-01@2022-01-24\t790\t748" in out and "datagovin-odop@2025-07-26\t1241\t773" in out
    before = {p: p.read_bytes() for p in (data / "snapshots").rglob("*") if p.is_file()}
    assert main(args) == 2
    err = capsys.readouterr().err
    # a pinned file stored intact is current: no network asked, nothing stale, nothing written
    assert len(re.findall(r" unchanged +pinned", err)) == 5 and "stale" not in err, err  # two reference files, three lists
    assert {p: p.read_bytes() for p in (data / "snapshots").rglob("*") if p.is_file()} == before
    archived = args + ["--only", "odop-2022-01", "datagovin-odop", "investindia-odop-v31"]
    assert main(archived) == 0 and main(archived) == 0  # the same exit, run after run


def test_a_damaged_pinned_copy_is_taken_again(tmp_path, seed_dir, caplog):
    data = tmp_path / "data"
    args = ["refresh", "--sources", str(ROOT / "sources.yaml"), "--data-dir", str(data), "--seed", str(seed_dir), "--only", "odop-2022-01"]
    assert main(args) == 0
    stored = next((data / "raw" / "odop-2022-01").glob("*.pdf"))
    stored.write_bytes(b"%PDF-1.4 damaged")
    assert main(args) == 0
    assert "is damaged (its sha256 is not the pin); fetching it again" in caplog.text
    assert stored.read_bytes().startswith(b"%PDF") and len(stored.read_bytes()) > 1000


def test_refresh_with_an_empty_seed_names_every_missing_file(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    data = tmp_path / "data"
    assert main(["refresh", "--sources", str(ROOT / "sources.yaml"), "--data-dir", str(data), "--seed", str(empty)]) == 2
    lines = [line for line in capsys.readouterr().err.splitlines() if ": https://" in line or ": http://" in line]
    for source in SOURCES:  # one line each, naming the URL and what the seed lacked
        line = next(line for line in lines if line.startswith(f"{source.id}: {source.url}: unreachable"))
        if source.sha256:
            assert line.endswith(f"not in the seed folder {empty} (no file with sha256 {source.sha256})")
        else:
            assert line.endswith(f"no sha256 pin in sources.yaml, so the seed folder {empty} cannot vouch for a file")
    assert not (data / "snapshots").exists()


def test_a_list_without_the_lgd_directory_says_how_to_get_it(tmp_path, jan_2022_pdf, capsys):
    seed = tmp_path / "seed"
    seed.mkdir()
    (seed / "list.pdf").write_bytes(jan_2022_pdf.read_bytes())
    data = tmp_path / "data"
    args = ["refresh", "--sources", str(ROOT / "sources.yaml"), "--data-dir", str(data), "--seed", str(seed), "--only", "odop-2022-01"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert ("odop-2022-01: cannot place districts: lgd-states: no copy with sha256 "
            "e355f4179744d36813031fa75e08e2e72e9b1009b7c3e4604031ffb909eef500 in ") in err
    assert "get it with: python -m pipeline refresh --only lgd-states (offline: add --seed DIR, a folder holding it)" in err
    assert not (data / "snapshots").exists()


def test_extract_command_writes_csv(tmp_path, capsys, jan_2022_pdf):
    assert main(["extract", str(jan_2022_pdf)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "serial,state,district,product,sector,category,source_district_lgd,page,ocr_confidence,review"
    assert len(lines) == 791
    out = tmp_path / "rows.parquet"
    assert main(["extract", str(jan_2022_pdf), "-o", str(out)]) == 0
    assert pq.read_table(out).num_rows == 790


def test_extract_command_reports_bad_input(tmp_path, capsys):
    bad = tmp_path / "page.pdf"
    bad.write_text("<html><body>Error</body></html>")
    assert main(["extract", str(bad)]) == 2
    assert "found an HTML page" in capsys.readouterr().err


def test_summary_holds_the_diff_against_the_previous_release(httpserver, tmp_path):
    from .fixtures.lists import ruled_list

    header = ["Sr. No", "State Name", "District Name", "Product Name"]
    first = [("1", "Kerala", "Idukki", "Cardamom"), ("2", "Kerala", "Wayanad", "Coffee"), ("3", "Goa", "North Goa", "Cashew")]
    second = first + [("4", "Sikkim", "Gangtok", "Large Cardamom")]
    references = "".join(f"""
  - {{id: {ref.id}, kind: reference, title: LGD, publisher: LGD, format: csv, sha256: {ref.sha256}, url: '{httpserver.url_for(f"/{ref.id}.csv")}'}}""" for ref in LGD)
    for ref in LGD:
        httpserver.expect_request(f"/{ref.id}.csv").respond_with_data(real_file(ref.id).read_bytes())
    httpserver.expect_request("/list.pdf").respond_with_handler(  # whatever the list is at the time
        lambda request: Response((tmp_path / "list.pdf").read_bytes(), content_type="application/pdf"))
    summary, data = tmp_path / "summary.md", tmp_path / "data"
    for release, rows in (("2025-01-01", first), ("2025-06-01", second)):
        ruled_list(tmp_path / "list.pdf", header, rows, [50, 130, 130, 200])
        (tmp_path / "sources.yaml").write_text(f"""sources:{references}
  - {{id: state-list, title: A state's list, publisher: A department, format: pdf, release_date: {release}, url: '{httpserver.url_for("/list.pdf")}'}}
""")
        args = ["refresh", "--sources", str(tmp_path / "sources.yaml"), "--data-dir", str(data), "--summary", str(summary)]
        assert main(args) == 0
    text = summary.read_text()
    assert text.count("# ODOP refresh") == 2  # appended, as a job summary is
    assert "| state-list | 2025-06-01 | 4 | 4 | **new** | ok | downloaded |" in text
    assert "# state-list@2025-01-01 -> state-list@2025-06-01" in text
    assert "| products | 3 | 4 | +1 |" in text and "- Gangtok" in text
