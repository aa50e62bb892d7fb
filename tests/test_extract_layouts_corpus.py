"""The layout corpus: lists printed by the programs publishers use (LibreOffice Writer and Calc,
Chromium), made by tests/fixtures/layouts/make.py with their truth. Every family, in two fonts,
through both text layers, must give back its truth exactly."""

from collections import Counter
from pathlib import Path

import pytest

from pipeline.extract import ExtractSettings, extract
from pipeline.extract.layers import pdfium_pages, pdfplumber_pages

from .layout_score import score

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
FIXTURES = sorted(LAYOUTS.glob("*.pdf"))
FAMILIES = {
    "writer_ruled", "writer_unruled", "writer_deh_numbered", "writer_state_headings", "writer_bilingual_rotated",
    "calc_merged", "calc_extra_columns", "chromium_web_table", "writer_wide_one_state", "calc_wide_services",
}


def test_every_family_has_two_renderings():
    assert Counter(p.name.split(".")[0] for p in FIXTURES) == {family: 2 for family in FAMILIES}


@pytest.mark.parametrize("layer", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("pdf", FIXTURES, ids=lambda p: p.stem)
def test_layout_extracts_exactly(pdf, layer):
    f1, missed, extra = score(pdf, layer)
    assert (dict(missed), dict(extra)) == ({}, {}), f"F1 {f1:.3f}"


def rows_of(name, layer="pdfium"):
    frame = extract(LAYOUTS / f"{name}.pdf", ExtractSettings(text_layer=layer)).rows
    return [tuple(r) for r in frame[["serial", "state", "district", "product"]].itertuples(index=False)]


def test_merged_cell_printed_on_both_sides_of_a_page_break():
    """Calc prints a merged state cell split by a page break on both pages, clipped: the rows
    above the break take the whole name, not its clipped first line."""
    rows = rows_of("calc_merged.sans")
    dnh = [r for r in rows if r[2] in ("Dadra and Nagar Haveli", "Daman", "Diu")]
    assert [r[0] for r in dnh] == ["44", "45", "46", "47", "48", "49"]
    assert {r[1] for r in dnh} == {"Dadra and Nagar Haveli and Daman and Diu"}


def test_items_one_a_line_that_do_not_fit_on_the_line_before():
    """A web table prints products one a line; where an item is long, the next one would not have
    fitted after it, so only the list itself says it is a new item."""
    rows = rows_of("chromium_web_table.sans")
    nicobars = [r[3] for r in rows if r[2] == "Nicobars"]
    assert "Agro-processing: Millet-based Value-added Foods" in nicobars and "Makhana (Fox Nut)" in nicobars
    assert "Electronics Manufacturing Cluster (Mobile Phones and Components)" in {r[3] for r in rows}


def test_state_headings_give_the_state_and_serials_restart():
    rows = rows_of("writer_state_headings.serif")
    assert rows[0][:2] == ("1", "Andaman & Nicobar Islands")
    firsts = [r for r in rows if r[0] == "1"]
    assert len(firsts) == 20 and len({r[1] for r in firsts}) == 20  # one table per state


@pytest.mark.parametrize("name", ["writer_bilingual_rotated.serif", "writer_bilingual_rotated.sans"])
def test_rotated_pages_read_as_displayed(name):
    """/Rotate 90 and 270: pdfium's boxes are turned to the page as shown, where pdfplumber has them."""
    path = LAYOUTS / f"{name}.pdf"
    ours = next(pdfium_pages(path, [1]))
    theirs = next(pdfplumber_pages(path, [1]))
    assert ours.width > ours.height and (ours.width, ours.height) == pytest.approx((theirs.width, theirs.height))
    labels = ("State", "District", "Product", "Remarks")

    def boxes(page):
        return sorted((w.text, round(w.x0), round(w.top)) for w in page.words if w.text in labels)

    assert len(boxes(ours)) >= 4
    for a, b in zip(boxes(ours), boxes(theirs), strict=True):
        assert a[0] == b[0] and a[1:] == pytest.approx(b[1:], abs=4)  # the layers differ by a loose box


def test_hindi_and_english_header_labels():
    rows = rows_of("writer_bilingual_rotated.serif")
    assert rows[0][0] == "1" and rows[-1][0] == str(len(rows))


@pytest.mark.parametrize("font", ["serif", "sans"])
def test_a_state_list_with_a_product_column_per_category(font):
    """One state named only in the title, one row per district, Primary / Secondary / Tertiary
    columns: a row per product, the column's label its category, empty cells no row."""
    result = extract(LAYOUTS / f"writer_wide_one_state.{font}.pdf")
    assert {r["state"] for r in result.records} == {"Uttar Pradesh"}
    assert len({r["district"] for r in result.records}) == 75
    assert {r["category"] for r in result.records} == {"Primary", "Secondary", "Tertiary"}
    assert [r["category"] for r in result.records if r["serial"] == "1"][0] == "Primary"
    assert sorted({int(r["serial"]) for r in result.records}) == list(range(1, 76))
    declared = extract(LAYOUTS / f"writer_wide_one_state.{font}.pdf", ExtractSettings(state="UP"))
    assert {r["state"] for r in declared.records} == {"UP"}  # what the source declares stands


def test_products_and_services_columns():
    records = extract(LAYOUTS / "calc_wide_services.sans.pdf").records
    assert {r["category"] for r in records} == {"Products", "Services"}
    assert sum(r["category"] == "Products" for r in records) == 77  # every district has a product
