"""Every layout hazard of a published list, in documents made the way publishers make them.

The rows are data written here; the documents are drawn from them (tests/fixtures/lists.py)
and the extraction must give them back exactly, through both text layers.
"""

import pytest
from reportlab.lib.pagesizes import A4, landscape

from pipeline.extract import ExtractSettings, extract

from .fixtures.lists import ruled_list, unruled_list

LONG = "Handmade woollen carpets and durries woven on traditional looms by village cooperatives"
# (serial, state, district, product cell as printed, products expected from it)
ROWS = [
    (str(i), "Andaman & Nicobar Islands" if i <= 3 else ("Gujarat" if i < 40 else "Kerala"), f"District {i}",
     f"Product {i}", [f"Product {i}"])
    for i in range(1, 91)
]
ROWS[4] = ("5", "Gujarat", "Prakasam", "Granite (Block Galaxy, Steel Grey, Block Parl)",
           ["Granite (Block Galaxy, Steel Grey, Block Parl)"])
ROWS[6] = ("7", "Gujarat", "Kutch", "1. Ajrakh print 2. Bandhani, tie and dye 3. Salt", ["Ajrakh print", "Bandhani, tie and dye", "Salt"])
ROWS[8] = ("9", "Gujarat", "Anand", "Milk products\nChocolate\nCattle feed", ["Milk products", "Chocolate", "Cattle feed"])
ROWS[10] = ("11", "Gujarat", "Banas Kantha", LONG, [LONG])
ROWS[12] = ("13", "Gujarat", "Shahid Bhagat Singh Nagar District", "Textile Products\n(bedspread, table cover, curtains)",
            ["Textile Products (bedspread, table cover, curtains)"])

HEADER_VARIANTS = [
    ["Sl. No.", "Name of State/UT", "Name of District", "ODOP Product"],
    ["S. No.", "State", "District", "Product(s)"],
    ["Sr. No", "State Name", "District Name", "Products/Services identified"],
]


def expected(rows=ROWS):
    return [(s, st, d, p) for s, st, d, _, products in rows for p in products]


def got(path, layer):
    rows = extract(path, ExtractSettings(text_layer=layer)).rows
    return [tuple(r) for r in rows[["serial", "state", "district", "product"]].itertuples(index=False)], rows


LAYERS = ["pdfium", "pdfplumber"]


@pytest.mark.parametrize("layer", LAYERS)
@pytest.mark.parametrize("header", HEADER_VARIANTS)
def test_ruled_table_with_title_and_repeated_header(tmp_path, header, layer):
    path = tmp_path / "ruled.pdf"
    ruled_list(path, header, [r[:4] for r in ROWS], [40, 120, 120, 230], title="List of Products Identified under ODOP")
    rows, frame = got(path, layer)
    assert rows == expected()
    assert frame["page"].max() >= 2  # the table runs over pages and the header repeats


@pytest.mark.parametrize("layer", LAYERS)
def test_merged_state_cells_continue_over_page_break(tmp_path, layer):
    path = tmp_path / "merged.pdf"
    ruled_list(path, HEADER_VARIANTS[1], [r[:4] for r in ROWS], [40, 120, 120, 230], merge_column=1)
    rows, frame = got(path, layer)
    assert rows == expected()
    # a state block starts on one page and continues on the next with its state printed once
    assert frame.groupby("state")["page"].nunique().max() >= 2


@pytest.mark.parametrize("layer", LAYERS)
def test_row_split_by_page_break_is_joined(tmp_path, layer):
    rows = [(str(i), "Kerala", f"District {i}", f"Product {i}", [f"Product {i}"]) for i in range(1, 27)]
    # a row tall enough that it cannot fit at the bottom of page 1 and is split across pages
    rows[24] = ("25", "Kerala", "Idukki", "Cardamom " + " ".join(["and spices"] * 60), ["Cardamom " + " ".join(["and spices"] * 60)])
    path = tmp_path / "split.pdf"
    ruled_list(path, HEADER_VARIANTS[0], [r[:4] for r in rows], [40, 120, 120, 230], split_in_row=True)
    out, frame = got(path, layer)
    assert out == expected(rows)
    assert frame.loc[frame["serial"] == "25", "page"].tolist() == [1]  # the row starts on page 1


@pytest.mark.parametrize("layer", LAYERS)
def test_unruled_landscape_table(tmp_path, layer):
    path = tmp_path / "unruled.pdf"
    unruled_list(path, HEADER_VARIANTS[2], [r[:4] for r in ROWS], [45, 170, 190, 330], title="Districts as Export Hubs",
                 pagesize=landscape(A4))
    rows, frame = got(path, layer)
    assert rows == expected()
    assert frame["page"].max() >= 2


def test_optional_columns_sector_and_category(tmp_path):
    path = tmp_path / "sector.pdf"
    data = [(str(i), "Goa", f"District {i}", f"Product {i}", "Food processing" if i % 2 else "Handloom", "Primary") for i in range(1, 6)]
    ruled_list(path, ["S. No.", "State", "District", "Product", "Sector", "Category"], data, [35, 70, 90, 150, 90, 60])
    rows = extract(path).rows
    assert rows[["serial", "state", "district", "product", "sector", "category"]].values.tolist() == [list(r) for r in data]


def test_spreadsheets_use_the_same_column_labels(tmp_path):
    import pandas as pd

    frame = pd.DataFrame(
        [["Kerala", "Idukki", "Cardamom"], ["Kerala", "Wayanad", "Coffee\nPepper"], ["Goa", "North Goa", "1. Cashew 2. Feni"]],
        columns=["Name of State/UT", "Name of District", "ODOP Product"],
    )
    xlsx, csv = tmp_path / "list.xlsx", tmp_path / "list.csv"
    with pd.ExcelWriter(xlsx) as writer:
        pd.DataFrame([["ODOP list, as on 1 April 2024"]]).to_excel(writer, header=False, index=False)
        frame.to_excel(writer, startrow=2, index=False)
    frame.to_csv(csv, index=False)
    want = [("Kerala", "Idukki", "Cardamom"), ("Kerala", "Wayanad", "Coffee"), ("Kerala", "Wayanad", "Pepper"),
            ("Goa", "North Goa", "Cashew"), ("Goa", "North Goa", "Feni")]
    for path in (xlsx, csv):
        rows = extract(path).rows
        assert [tuple(r) for r in rows[["state", "district", "product"]].itertuples(index=False)] == want
