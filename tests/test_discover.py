"""Release discovery against saved landing pages served on 127.0.0.1: find the releases that
sources.yaml lacks, add them keeping every comment, and snapshot them with the dates of their links."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.cli import main
from pipeline.discover import discover, parse_date
from pipeline.fetch import FetchSettings
from pipeline.snapshot import list_snapshots
from pipeline.sources import load_sources

from .conftest import SOURCES, real_file
from .fixtures.lists import ruled_list

HEADER = ["Sr. No", "State Name", "District Name", "Product Name"]
V33 = [("1", "Kerala", "Idukki", "Cardamom"), ("2", "Kerala", "Wayanad", "Coffee"), ("3", "Goa", "North Goa", "Cashew")]
V34 = V33 + [("4", "Sikkim", "Gangtok", "Large Cardamom")]

LANDING = """<!DOCTYPE html><html><head><title>One District One Product</title></head><body>
<h1>ODOP product lists</h1>
<ul>
  <li><a href="/s3fs-public/2025-08/20250819_v32_odop_product_list.pdf">ODOP product list v32</a></li>
  <li><a href="files/20251104_v33_odop_product_list.pdf">ODOP product list v33</a></li>
  <li><a href="{base}/files/v34_odop_product_list.pdf">ODOP product list v34 (as on 10.02.2026)</a></li>
  <li><a href="files/v35_odop_product_list.docx">v35 draft, for comments</a></li>
  <li><a href="/about">About ODOP</a></li>
</ul></body></html>"""

SOURCES_YAML = """# The registry used by this test.
#
# A comment that --add must keep.

fetch: {{retries: 0, read_timeout: 5}}  # the local server answers at once

sources:
{references}
  # the current list, whose landing page announces later releases
  - id: investindia-odop-v32
    title: ODOP product list v32
    publisher: Invest India
    url: {base}/s3fs-public/2025-08/20250819_v32_odop_product_list.pdf
    format: pdf
    release_date: 2025-08-19
    notes: >
      A folded note that must stay folded.
    discover:
      pages: [{pages}]
      link: '{link}'
      id: investindia-odop-v{{version}}
      title: ODOP product list v{{version}}
"""


@pytest.fixture
def site(httpserver, tmp_path):
    """Landing pages, the lists they link to, and a sources.yaml that knows only v32."""
    base = httpserver.url_for("").rstrip("/")
    for name, rows in (("20251104_v33_odop_product_list.pdf", V33), ("v34_odop_product_list.pdf", V34)):
        ruled_list(tmp_path / name, HEADER, rows, [50, 130, 130, 200])
        httpserver.expect_request(f"/odop/files/{name}" if name.startswith("2025") else f"/files/{name}").respond_with_data(
            (tmp_path / name).read_bytes(), content_type="application/pdf")
    httpserver.expect_request("/odop/").respond_with_data(LANDING.format(base=base), content_type="text/html; charset=utf-8")
    httpserver.expect_request("/broken").respond_with_data("<html><title>Error</title></html>", status=500, content_type="text/html")
    references = ""
    for ref in (s for s in SOURCES if s.kind == "reference"):
        httpserver.expect_request(f"/lgd/{ref.id}.csv").respond_with_data(real_file(ref.id).read_bytes(), content_type="text/csv")
        references += f"""  - id: {ref.id}
    kind: reference
    title: {ref.title}
    publisher: LGD
    url: {base}/lgd/{ref.id}.csv
    format: csv
    sha256: {ref.sha256}
"""
    path = tmp_path / "sources.yaml"
    path.write_text(SOURCES_YAML.format(base=base, references=references, pages=f"{base}/odop/, {base}/broken",
                                        link=r"(?:(?P<date>\d{8})_)?v(?P<version>\d+)_odop_product_list\.pdf$"))
    return base, path


def test_discover_finds_the_releases_not_yet_declared(site):
    base, path = site
    found = discover(load_sources(path), FetchSettings(retries=0, read_timeout=2))
    assert [(r.id, r.release_date, r.version, r.url) for r in found.new] == [
        ("investindia-odop-v33", dt.date(2025, 11, 4), "33", f"{base}/odop/files/20251104_v33_odop_product_list.pdf"),  # relative link, date in the URL
        ("investindia-odop-v34", dt.date(2026, 2, 10), "34", f"{base}/files/v34_odop_product_list.pdf"),  # absolute link, date in its text
    ]
    assert [r.id for r in found.known] == ["investindia-odop-v32"]  # a link to a non-PDF and other links are ignored
    assert found.problems == [f"investindia-odop-v32: landing page {base}/broken: HTTP 500 INTERNAL SERVER ERROR"]


def test_add_keeps_every_comment_and_refresh_snapshots_the_new_releases(site, tmp_path, capsys):
    base, path = site
    before = path.read_text()
    assert main(["discover", "--sources", str(path)]) == 2  # a landing page failed: said, and the exit says so
    assert path.read_text() == before  # without --add nothing is written
    assert main(["discover", "--sources", str(path), "--add"]) == 2
    after = path.read_text()
    assert after.startswith(before)  # every line, comment and folded note kept as it was
    assert "added by discover from investindia-odop-v32" in after
    sources = {s.id: s for s in load_sources(path)}
    assert sources["investindia-odop-v33"].release_date == dt.date(2025, 11, 4)
    assert sources["investindia-odop-v34"].url == f"{base}/files/v34_odop_product_list.pdf"
    capsys.readouterr()
    assert main(["discover", "--sources", str(path)]) == 2
    assert "add them with" not in capsys.readouterr().err  # nothing new the second time

    data = tmp_path / "data"
    main(["refresh", "--sources", str(path), "--data-dir", str(data), "--retries", "0",
          "--only", "investindia-odop-v33", "investindia-odop-v34"])
    snapshots = {s.id: s.meta["rows"] for s in list_snapshots(data)}
    assert snapshots == {"investindia-odop-v33@2025-11-04": 3, "investindia-odop-v34@2026-02-10": 4}


def test_refresh_discover_does_both_in_one_go(site, tmp_path):
    base, path = site
    data = tmp_path / "data"
    main(["refresh", "--discover", "--sources", str(path), "--data-dir", str(data), "--retries", "0"])
    assert {s.id for s in list_snapshots(data)} == {"investindia-odop-v33@2025-11-04", "investindia-odop-v34@2026-02-10"}


@pytest.mark.parametrize("text, date", [("20250819", dt.date(2025, 8, 19)), ("19.08.2025", dt.date(2025, 8, 19)),
                                        ("19 August 2025", dt.date(2025, 8, 19)), ("2025-08-19", dt.date(2025, 8, 19)),
                                        ("v32", None)])
def test_release_dates_as_publishers_print_them(text, date):
    assert parse_date(text) == date


def test_a_link_without_the_date_its_name_needs_is_reported_not_guessed():
    from dataclasses import replace

    from pipeline.discover import releases_on_page
    from pipeline.sources import Discover

    source = replace(SOURCES[0], kind="list", discover=Discover(("https://example.gov.in/odop/",), r"odop_(?P<date>\d{8})?\w*\.pdf$",
                                                                "odop-{date:%Y-%m-%d}", "ODOP {date:%d %B %Y}"))
    html = '<a href="odop_20250401.pdf">list</a> <a href="odop_latest.pdf">latest list</a>'
    releases, problems, _ = releases_on_page(source, "https://example.gov.in/odop/", html)
    assert [(r.id, r.title) for r in releases] == [("odop-2025-04-01", "ODOP 01 April 2025")]
    assert problems == ["lgd-states: https://example.gov.in/odop/odop_latest.pdf: cannot name this release from its link "
                        "(unsupported format string passed to NoneType.__format__); no date in its URL or text?"]


DRUPAL = """<html><body><div class="field--name-field-files">
<a href="/s3fs-public/2025-08/20250819_v32_odop_product_list.pdf">ODOP product list v32</a>
<a href="/sites/default/files/2025-11/20251104_v33_odop_product_list.pdf">ODOP Product List (v33)</a>
<a href="{base}/sites/default/files/2026-02/20260210_V34_ODOP_Product_List.pdf">Updated ODOP Product List</a>
<a href="/sites/default/files/2026-03/20260301_v35_odop_product_list.pdf?VersionId=Qk3x9a">ODOP list v35</a>
<a href="/sites/default/files/2026-03/20260301_v35_odop_product_list.pdf">ODOP list v35 (same file)</a>
<a href="/sites/default/files/2026-04/20260401_v36_odop_product_list.PDF">v36</a>
<a href="/sites/default/files/2026-05/20260501_v37_odop_product_list.docx">v37, editable</a>
<a href="/sites/default/files/2026-06/20260601_v38_odop_product_list_0.pdf#page=1">ODOP Product List v38</a>
<a href="/sites/default/files/2025-01/ODOP_Brochure.pdf">ODOP brochure</a>
<a href="/sites/default/files/2026-07/ODOP%20Product%20List%20-%20July%202026.pdf">ODOP Product List, July 2026</a>
</div></body></html>"""
NEW_RELEASES = {"33": "/sites/default/files/2025-11/20251104_v33_odop_product_list.pdf",
                "34": "/sites/default/files/2026-02/20260210_V34_ODOP_Product_List.pdf",
                "35": "/sites/default/files/2026-03/20260301_v35_odop_product_list.pdf",
                "36": "/sites/default/files/2026-04/20260401_v36_odop_product_list.PDF",
                "38": "/sites/default/files/2026-06/20260601_v38_odop_product_list_0.pdf"}


def test_links_are_matched_as_a_reader_sees_them(httpserver, tmp_path, capsys):
    """Capitals, an S3 query, an upper-case extension, Drupal's "_0" and a #fragment: each is a
    release; a .docx and a brochure are not; the same file linked twice is one release; a list
    whose name fits no pattern is reported as passed over."""
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/odop/").respond_with_data(DRUPAL.format(base=base), content_type="text/html")
    rows = V34
    for version, path in NEW_RELEASES.items():
        rows = rows + [(str(len(rows) + 1), "Goa", "South Goa", f"Product of v{version}")]
        ruled_list(tmp_path / f"v{version}.pdf", HEADER, rows, [50, 130, 130, 200])
        httpserver.expect_request(path).respond_with_data((tmp_path / f"v{version}.pdf").read_bytes(), content_type="application/pdf")
    references = ""
    for ref in (s for s in SOURCES if s.kind == "reference"):
        httpserver.expect_request(f"/lgd/{ref.id}.csv").respond_with_data(real_file(ref.id).read_bytes(), content_type="text/csv")
        references += f"  - {{id: {ref.id}, kind: reference, title: LGD, publisher: LGD, url: '{base}/lgd/{ref.id}.csv', format: csv, sha256: {ref.sha256}}}\n"
    path = tmp_path / "sources.yaml"
    path.write_text(SOURCES_YAML.format(base=base, references=references, pages=f"{base}/odop/",
                                        link=r"(?P<date>\d{8})_v(?P<version>\d+)_odop_product_list\.pdf$"))  # as in sources.yaml

    found = discover(load_sources(path))
    assert {r.version: r.url for r in found.new} == {v: base + p for v, p in NEW_RELEASES.items()}
    assert found.new[0].release_date == dt.date(2025, 11, 4) and found.new[-1].release_date == dt.date(2026, 6, 1)
    assert [r.id for r in found.known] == ["investindia-odop-v32"] and found.problems == []
    assert found.passed_over == [f"investindia-odop-v32: {base}/sites/default/files/2026-07/ODOP%20Product%20List%20-%20July%202026.pdf: "
                                 "looks like a list (a PDF that says odop, product, list) but matches no release pattern; "
                                 "widen discover.link if it is one"]

    assert main(["discover", "--sources", str(path), "--add"]) == 0
    assert "passed over: investindia-odop-v32: " in capsys.readouterr().err
    summary = tmp_path / "summary.md"
    assert main(["refresh", "--sources", str(path), "--data-dir", str(tmp_path / "data"), "--retries", "0", "--discover",
                 "--summary", str(summary)]) in (0, 2)  # v32 itself is not served here
    snapshots = {s.id: s.meta["rows"] for s in list_snapshots(tmp_path / "data")}
    assert snapshots == {"investindia-odop-v33@2025-11-04": 5, "investindia-odop-v34@2026-02-10": 6,
                         "investindia-odop-v35@2026-03-01": 7, "investindia-odop-v36@2026-04-01": 8,
                         "investindia-odop-v38@2026-06-01": 9}
    assert "discover: 0 new release(s) added, 1 link(s) that look like lists passed over, 0 problem(s)" in summary.read_text()
