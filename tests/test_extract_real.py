"""Extraction of the real published lists (found by sha256: see conftest.real_file)."""

import pandas as pd
import pytest

from pipeline.extract import ExtractSettings, extract
from pipeline.quality import check_serials



@pytest.fixture(scope="module")
def jan_2022(jan_2022_pdf) -> pd.DataFrame:
    return extract(jan_2022_pdf).rows


def test_january_2022_has_every_row(jan_2022):
    assert len(jan_2022) == 790
    assert jan_2022["serial"].tolist() == [str(n) for n in range(1, 791)]
    assert jan_2022["state"].nunique() == 36
    assert jan_2022[["state", "district"]].drop_duplicates().shape[0] == 749
    assert check_serials(jan_2022.to_dict("records")) == []


@pytest.mark.parametrize(
    "serial, state, district, product, page",
    [
        ("1", "Andaman & Nicobar Islands", "South Andamans", "Tuna", 1),
        # the first row of page 2: no rule above it, dropped by pdfplumber's extract_tables()
        ("44", "Arunachal Pradesh", "Capital Complex - Itanagar", "Tourism", 2),
        ("63", "Assam", "Nagaon", "Other spices: Bay leafblack pepper seeds cinnamon sticks Ghost chilly (Bhoot jolokia)", 2),
        ("91", "Bihar", "Gopalganj", "Sugarcane", 3),
        ("12", "Andhra Pradesh", "Prakasam", "Granite (Block Galaxy, Steel Grey, Block Parl)", 1),
        ("377", "Madhya Pradesh", "Rajgarh", "Non-Alloy Steel", 8),
        ("698", "Uttar Pradesh", "Etah", "Ankle bells (Ghungroo) Bells and Brass Products", 15),
        ("790", "West Bengal", "Paschim Bardhaman", "Bardhaman Mihidana", 16),
    ],
)
def test_january_2022_rows_as_printed(jan_2022, serial, state, district, product, page):
    row = jan_2022[jan_2022["serial"] == serial].iloc[0]
    assert (row.state, row.district, row["product"], row.page) == (state, district, product, page)


def test_kamrup_keeps_its_printed_mark(jan_2022):
    assert "Kamrup ®" in set(jan_2022["district"])


def test_first_row_of_every_page_is_kept(jan_2022):
    firsts = jan_2022.groupby("page")["serial"].first().astype(int).tolist()
    # pdfplumber's extract_tables() starts pages 2..16 one row later: 45, 92, 144, 190, ...
    assert firsts == [1, 44, 91, 143, 189, 240, 292, 342, 393, 444, 495, 544, 595, 643, 690, 740]


def test_both_text_layers_give_identical_rows(jan_2022, jan_2022_pdf):
    other = extract(jan_2022_pdf, ExtractSettings(text_layer="pdfplumber")).rows
    pd.testing.assert_frame_equal(jan_2022, other)


def test_worker_processes_read_what_one_process_reads(jan_2022_pdf):
    # pages travel from the workers pickled as plain tuples (PageContent.__reduce__)
    alone = extract(jan_2022_pdf, ExtractSettings(workers=1))
    shared = extract(jan_2022_pdf, ExtractSettings(workers=3))
    pd.testing.assert_frame_equal(alone.rows, shared.rows)
    assert (alone.pages, alone.doubts) == (shared.pages, shared.doubts)


def test_spreadsheet_copy(datagovin_xlsx):
    rows = extract(datagovin_xlsx).rows
    assert len(rows) == 1241
    first = rows.iloc[0]
    assert (first.state, first.district, first["product"], first.source_district_lgd) == (
        "Andaman and Nicobar Islands", "Nicobars", "Coconut & Coconut based products", "603")
    # a line break inside a state cell is joined with a space
    assert "Dadra & Nagar Haveli (UT) Daman & Diu (UT)" in set(rows["state"])
