"""List shapes beyond one product a row under a state column: wide lists (a product column per
category), lists of one state (declared, or named in the title), and V31 as CSV and spreadsheet."""

from __future__ import annotations

import pytest

from pipeline.cli import main
from pipeline.extract import ExtractionError, ExtractSettings, extract
from pipeline.snapshot import find

from .conftest import real_file

WIDE = [  # (district, primary, secondary, tertiary) as a state's own sheet gives them
    ("Agra", "Leather Products", "Marble Inlay Craft", ""),
    ("Varanasi", "Banarasi Silk Sarees", "", "Wooden Lacquerware\nand Toys"),
    ("Moradabad", "Brassware", "Glassware", "Zari-Zardozi"),
]


def wide_sheet(path, title, header, rows):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
        sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def triples(records):
    return [(r["state"], r["district"], r["product"], r["category"]) for r in records]


def test_a_wide_list_of_one_state_declared_gives_a_row_per_product_with_its_category(tmp_path):
    path = wide_sheet(tmp_path / "up.xlsx", None, ["Sl. No.", "District", "Primary", "Secondary", "Tertiary"],
                      [(n, *row) for n, row in enumerate(WIDE, 1)])
    with pytest.raises(ExtractionError, match="no state column, and the title names no state: declare the list's state"):
        extract(path)
    records = extract(path, ExtractSettings(state="Uttar Pradesh")).records
    assert triples(records) == [
        ("Uttar Pradesh", "Agra", "Leather Products", "Primary"), ("Uttar Pradesh", "Agra", "Marble Inlay Craft", "Secondary"),
        ("Uttar Pradesh", "Varanasi", "Banarasi Silk Sarees", "Primary"),
        ("Uttar Pradesh", "Varanasi", "Wooden Lacquerware and Toys", "Tertiary"),  # a run-on line is one product
        ("Uttar Pradesh", "Moradabad", "Brassware", "Primary"), ("Uttar Pradesh", "Moradabad", "Glassware", "Secondary"),
        ("Uttar Pradesh", "Moradabad", "Zari-Zardozi", "Tertiary"),
    ]
    assert [r["serial"] for r in records] == ["1", "1", "2", "2", "3", "3", "3"]


def test_the_title_names_the_state_of_a_list_without_a_state_column(tmp_path):
    path = wide_sheet(tmp_path / "up.xlsx", "ODOP of Uttar Pradesh: Products by district",
                      ["District", "Product 1", "Product 2", "Product 3"], WIDE)
    records = extract(path).records
    assert {r["state"] for r in records} == {"Uttar Pradesh"} and len(records) == 7
    assert [r["category"] for r in records][:2] == ["Product 1", "Product 2"]
    two_states = wide_sheet(tmp_path / "two.xlsx", "ODOP of Uttar Pradesh and Bihar", ["District", "Primary", "Secondary"], [])
    with pytest.raises(ExtractionError, match="the title names no state"):
        extract(two_states)


def test_products_and_services_columns_with_a_state_column(tmp_path):
    path = wide_sheet(tmp_path / "deh.xlsx", "Districts as Export Hubs", ["S.No", "State", "District", "Products", "Services"],
                      [(1, "Kerala", "Idukki", "Cardamom", "Eco-tourism"), (2, "Kerala", "Wayanad", "Coffee", "")])
    assert triples(extract(path).records) == [("Kerala", "Idukki", "Cardamom", "Products"), ("Kerala", "Idukki", "Eco-tourism", "Services"),
                                              ("Kerala", "Wayanad", "Coffee", "Products")]


def test_a_list_without_a_district_column_is_refused_in_one_line(tmp_path, capsys):
    path = wide_sheet(tmp_path / "sellers.xlsx", None, ["Seller", "State", "ODOP Product", "Price"],
                      [("A. Kumar & Sons", "Uttar Pradesh", "Brassware", "1200")])
    assert main(["extract", str(path), "--state", "Uttar Pradesh", "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"error: {path}, row 1: the header cannot be mapped: no column for district (labels are listed in pipeline/reference/columns.yaml)"
    assert not (tmp_path / "out.csv").exists()


def test_two_columns_for_one_field_say_which_two(tmp_path):
    path = wide_sheet(tmp_path / "x.xlsx", None, ["State Name", "State Code", "District", "Product"], [("Kerala", "32", "Idukki", "Tea")])
    with pytest.raises(ExtractionError, match="2 columns for state: 'State Name', 'State Code'"):
        extract(path)


def test_v31_csv_and_the_datagovin_spreadsheet_are_one_list(archived_snapshots):
    """The data.gov.in spreadsheet is Invest India's V31: the two snapshots are equal row for row."""
    v31, sheet = (find(archived_snapshots, ident) for ident in ("investindia-odop-v31", "datagovin-odop"))
    assert v31.meta["rows"] == sheet.meta["rows"] == 1241
    assert v31.meta["raw_sha256"] == "4ade8ef3f25cda5049f21a88496dd50568e20e3620a995ee4770dac491e820ad"
    columns = ["row", "state", "district", "product", "sector", "category", "state_lgd", "district_lgd", "source_district_lgd", "product_key"]
    a, b = v31.read()[columns], sheet.read()[columns]
    assert a.equals(b)


def test_v31_is_read_from_windows_1252(archived_snapshots):
    assert find(archived_snapshots, "investindia-odop-v31").meta["extractor"]["encoding"] == "cp1252"
    assert real_file("investindia-odop-v31").read_bytes()[:5] == b"State"
