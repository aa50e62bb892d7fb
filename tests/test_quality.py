"""The quality report: each check on real documents and the layout corpus, in the snapshot's
metadata, and `extract --strict`."""

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline import normalise, quality
from pipeline.cli import main
from pipeline.extract import Extraction, extract

from .fixtures.lists import ruled_list

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


@pytest.fixture(scope="module")
def jan_2022(jan_2022_pdf):
    return extract(jan_2022_pdf)


def by_name(report):
    return {c.name: c for c in report.checks}


def test_january_2022_fails_only_on_the_districts_it_cannot_place(jan_2022, places):
    rows = normalise.run(jan_2022.rows, places)[0]
    checks = by_name(quality.report(jan_2022, rows))
    assert {name: c.passed for name, c in checks.items()} == {
        "serial numbers": True, "places": False, "product cells": True, "line breaks": True, "rows per page": True,
        "published totals": None, "recognition": None,  # not a scan
    }
    assert checks["places"].findings == [
        "district not placed: 'Arunachal Pradesh' / 'Capital Complex - Itanagar' (row 44)",
        "district not placed: 'Madhya Pradesh' / 'Chachaura' (row 397)",
        "district not placed: 'Madhya Pradesh' / 'Nagda' (row 400)",
    ]


def test_a_missing_page_shows_in_serials_and_rows_per_page(jan_2022):
    rows = jan_2022.rows[jan_2022.rows["page"] != 5]
    checks = by_name(quality.report(Extraction(rows.to_dict("records"), jan_2022.pages)))
    first, last = jan_2022.rows[jan_2022.rows["page"] == 5]["serial"].astype(int).agg(["min", "max"])
    assert checks["serial numbers"].findings == [f"serial skips: {first - 1} (page 4) is followed by {last + 1} (page 6)"]
    assert checks["rows per page"].count == 1 and checks["rows per page"].findings[0].startswith("page 5: 0 row(s)")


def test_serials_may_restart_where_the_state_changes():
    rows = extract(LAYOUTS / "writer_state_headings.serif.pdf").rows
    assert (rows["serial"] == "1").sum() == 20
    assert quality.check_serials(rows.to_dict("records")).passed
    repeated = pd.concat([rows, rows.iloc[[5]]])  # a row printed again further on
    assert quality.check_serials(repeated.to_dict("records")).findings == ["serial repeats or goes back: 8 (page 5) is followed by 6 (page 1)"]


def test_product_cells_with_the_marks_of_a_bad_split():
    rows = pd.DataFrame({"product": ["Tea", "2. Coffee", "Silk &", "Coffee (Araku", "", "Rice, Wheat"], "page": [1] * 6})
    check = quality.check_product_cells(rows.to_dict("records"))
    assert check.findings == [
        "row 2 (page 1): list marker: '2. Coffee'",
        "row 3 (page 1): ends on a connector: 'Silk &'",
        "row 4 (page 1): unbalanced brackets: 'Coffee (Araku'",
        "row 5 (page 1): empty: ''",
    ]


def one_a_line_list(path):
    """A list with products one a line, where a long product leaves too little room for the
    first word of the next: a wrap, as far as the page can tell."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    room = 200 - 12  # the column less reportlab's cell padding
    long = "Agro-processing"
    for word in "of Millet Rice Ragi Bajra Jowar Kodo Kutki Sama Foods Sweets Snacks Bakery Goods".split():
        if stringWidth(f"{long} {word}", "Helvetica", 9) > room - 2:
            break
        long += f" {word}"
    assert stringWidth(f"{long} Makhana", "Helvetica", 9) > room  # the next item's first word would not fit
    rows = [("1", "Goa", "North Goa", "Cashew\nFeni"), ("2", "Goa", "South Goa", f"{long}\nMakhana (Fox Nut)")]
    ruled_list(path, ["S. No.", "State", "District", "Products"], rows, [40, 80, 100, 200])
    return long


def test_breaks_the_layout_cannot_settle_are_reported(tmp_path):
    long = one_a_line_list(tmp_path / "list.pdf")
    extraction = extract(tmp_path / "list.pdf")
    assert extraction.rows["product"].tolist() == ["Cashew", "Feni", f"{long} Makhana (Fox Nut)"]  # what the page says
    checks = by_name(quality.report(extraction))
    assert checks["line breaks"].findings == [f"page 1: {long!r} / 'Makhana (Fox Nut)' read as one product"]


def test_a_list_of_one_product_a_cell_has_no_unsettled_breaks():
    assert by_name(quality.report(extract(LAYOUTS / "writer_unruled.sans.pdf")))["line breaks"].passed
    assert by_name(quality.report(extract(LAYOUTS / "writer_ruled.serif.pdf")))["line breaks"].passed


def test_extract_strict_exits_3_on_a_failed_check(tmp_path, caplog):
    one_a_line_list(tmp_path / "list.pdf")
    empty = tmp_path / "data"  # no LGD directory: places are not checked
    args = ["--data-dir", str(empty), "-o", str(tmp_path / "out.csv")]
    assert main(["extract", str(tmp_path / "list.pdf"), *args]) == 0
    assert main(["extract", str(tmp_path / "list.pdf"), "--strict", *args]) == 3
    assert main(["extract", str(LAYOUTS / "writer_ruled.serif.pdf"), "--strict", *args]) == 0
    assert "line breaks: FAILED (1)" in caplog.text


def test_snapshots_carry_their_quality_report(archived_snapshots):
    metas = {p.parent.parent.name.removeprefix("source="): json.loads(p.read_text()) for p in archived_snapshots.glob("snapshots/*/*/_snapshot.json")}
    jan = metas["odop-2022-01"]
    assert jan["needs_review"] is True
    checks = {c["name"]: c for c in jan["quality"]["checks"]}
    assert checks["places"]["count"] == 3 and checks["serial numbers"]["passed"] is True


def test_a_spreadsheet_is_located_by_sheet_row(datagovin_xlsx):
    checks = by_name(quality.report(extract(datagovin_xlsx)))
    assert checks["rows per page"].passed is None
    assert checks["product cells"].findings == ["row 1093 (sheet row 1094): ends on a connector: 'Decorative Products,'"]
