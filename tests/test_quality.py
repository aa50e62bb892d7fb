"""The quality report: each check on real documents and the layout corpus, in the snapshot's
metadata, and `extract --strict`."""

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline import normalise, quality
from pipeline.cli import main
from pipeline.extract import ROW_COLUMNS, Extraction, extract

from .fixtures.lists import ruled_list

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


@pytest.fixture(scope="module")
def jan_2022(jan_2022_pdf):
    return extract(jan_2022_pdf)


def by_name(report):
    return {c.name: c for c in report.checks}


def test_january_2022_has_notes_and_no_doubt(jan_2022, places):
    """Three districts the directory has in no state: what the publisher printed, not a misreading."""
    rows = normalise.run(jan_2022.rows, places)[0]
    report = quality.report(jan_2022, rows)
    assert not report.needs_review and set(report.review_column()) == {""}
    assert {name: c.passed for name, c in by_name(report).items()} == {
        "serial numbers": True, "places": True, "product cells": True, "line breaks": True, "merged cells": True, "rows": True,
        "columns": True, "clipped text": True, "rows per page": True, "tables": True, "damaged file": True, "stated codes": True, "published totals": None, "recognition": None,
    }
    assert [(f.kind, f.rows, f.detail) for f in report.findings if f.detail.startswith("district not in")] == [
        ("note", [44], "district not in the directory: 'Arunachal Pradesh' / 'Capital Complex - Itanagar' (row 44)"),
        ("note", [397], "district not in the directory: 'Madhya Pradesh' / 'Chachaura' (row 397)"),
        ("note", [400], "district not in the directory: 'Madhya Pradesh' / 'Nagda' (row 400)"),
    ]


def test_a_missing_page_is_doubted_where_it_shows(jan_2022):
    rows = jan_2022.rows[jan_2022.rows["page"] != 5]
    report = quality.report(Extraction(rows.to_dict("records"), jan_2022.pages))
    first, last = jan_2022.rows[jan_2022.rows["page"] == 5]["serial"].astype(int).agg(["min", "max"])
    serials = [f for f in report.findings if f.check == "serial numbers"]
    assert [f.detail for f in serials] == [f"serial skips: {first - 1} (page 4) is followed by {last + 1} (page 6)"]
    review = report.review_column()
    assert [n + 1 for n, r in enumerate(review) if r] == serials[0].rows and review[serials[0].rows[0] - 1] == "serial skips"
    assert by_name(report)["rows per page"].findings[0].startswith("[doubt] page 5: 0 row(s)")


def test_serials_may_restart_where_the_state_changes():
    rows = extract(LAYOUTS / "writer_state_headings.serif.pdf").rows
    assert (rows["serial"] == "1").sum() == 20
    assert quality.check_serials(rows.to_dict("records")) == []
    repeated = pd.concat([rows, rows.iloc[[5]]])  # a row printed again further on
    assert [f.detail for f in quality.check_serials(repeated.to_dict("records"))] == [
        "serial repeats or goes back: 8 (page 5) is followed by 6 (page 1)"]


def test_an_empty_product_doubts_the_row_above_too():
    """A scan, no rules, cells set in the middle: the rows were parted a line too low, and the
    next row's items were read into "Visakhapatnam"'s, its own product left empty (fuzz
    406600009: the empty row in doubt, "Processed Prawns/Shrimp" above it not). An empty
    product's items went somewhere, the row above's cell the likeliest: every row of it is in
    doubt too."""
    rows = [{"product": product, "page": 1, "serial": serial, "state": "Andhra Pradesh", "district": district}
            for product, serial, district in [("Tamarind", "3", "Nellore"), ("Blue Pottery", "4", "Visakhapatnam"),
                                              ("Processed Prawns/Shrimp", "4", "Visakhapatnam"), ("", "5", "YSR Kadapa")]]
    assert [(f.rows, f.detail) for f in quality.check_product_cells(rows)] == [([2, 3, 4], "row 4 (page 1): empty: ''")]


def test_product_cells_with_the_marks_of_a_bad_split():
    rows = pd.DataFrame({"product": ["Tea", "2. Coffee", "Silk &", "Coffee (Araku", "", "Rice, Wheat", "Decorative Products,",
                                     "(ii) Pickles", "d Jaggery", "Dry Fish", "medicines /drugs", "& Coconut based products",
                                     "and Green Tea", "silk & cotton", "d"],
                         "page": [1] * 13 + [2] * 2})
    assert [(f.kind, f.detail) for f in quality.check_product_cells(rows.to_dict("records"))] == [
        ("doubt", "row 2 (page 1): list marker: '2. Coffee'"),
        ("doubt", "row 3 (page 1): ends on a connector: 'Silk &'"),
        ("doubt", "row 4 (page 1): unbalanced brackets: 'Coffee (Araku'"),
        ("doubt", "row 5 (page 1): empty: ''"),
        ("note", "row 7 (page 1): ends on a comma: 'Decorative Products,'"),  # the publisher's cell
        ("doubt", "row 8 (page 1): list marker: '(ii) Pickles'"),
        ("doubt", "row 9 (page 1): a lone small letter: 'd Jaggery'"),  # the last of a label broken letter by letter
        ("note", "row 11 (page 1): begins in lower case: 'medicines /drugs'"),  # as the January 2022 list prints it
        ("doubt", "row 12 (page 1): begins on a connector: '& Coconut based products'"),  # its first line left unprinted
        ("doubt", "row 13 (page 1): begins on a connector: 'and Green Tea'"),
        ("doubt", "row 14 (page 2): begins in lower case: 'silk & cotton'"),  # a page's first: "Handloom products of" taken above it
        ("doubt", "row 15 (page 2): a lone small letter: 'd'"),  # as an item of its own (fuzz 6745300169)
    ]


def test_a_list_counted_again_inside_a_cell_doubts_each_item_read_of_it():
    """Calc set each row's items at its foot, rows abutting: the rows' edges were read a row too
    high, and one cell read "(2) Organic Ginger (1) Pearl Millet (2) Makhana (Fox Nut) (3)
    Saffron": the marker left inside the first item shows the cell holds two cells' lists, so
    "Saffron", read of it too, is in doubt (fuzz 708300035, where it was not); the next row's
    items are not."""
    rows = [{"serial": "4", "state": "Andhra Pradesh", "district": "Alluri Sitharama Raju", "product": product, "page": 1}
            for product in ["Agarbatti (Incense Sticks)", "Organic Ginger (1) Pearl Millet (2) Makhana (Fox Nut)", "Saffron"]]
    rows += [{"serial": "5", "state": "Andhra Pradesh", "district": "Sri Potti Sriramulu Nellore", "product": "Carvings", "page": 1}]
    assert [f.rows for f in quality.check_product_cells(rows)] == [[1, 2, 3]]


def test_a_reviewed_finding_stays_reviewed():
    from pipeline.sources import Reviewed

    rows = [{"serial": "1", "state": "Goa", "district": "North Goa", "product": "Cashew &", "page": 1},
            {"serial": "2", "state": "Goa", "district": "South Goa", "product": "Feni &", "page": 1}]
    seen = (Reviewed("product cells", {"district": "North Goa", "product": "Cashew &"}, "the publisher's cell reads so"),)
    report = quality.report(Extraction(rows, 1), reviewed=seen)
    assert [(f.kind, f.rows) for f in report.findings] == [("reviewed", [1]), ("doubt", [2])]
    assert report.review_column() == ["", "product ends on a connector"]  # only what is new is doubted
    assert "(reviewed: the publisher's cell reads so)" in report.findings[0].detail


def test_a_district_of_another_state_is_a_doubt(places):
    """As the directory spells it, or as it places another spelling: Calc set the state's merged
    text too low, and Assam's 'South Salmara-Mankachar' (the directory's 'South Salmara
    Mancachar') went under Uttar Pradesh as a note, a district the directory lacks (fuzz
    6129700023, unseen seed 61297)."""
    rows = pd.DataFrame({"serial": ["1", "2", "3"], "state": ["Kerala", "Kerala", "Uttar Pradesh"],
                         "district": ["Idukki", "Kutch", "South Salmara-Mankachar"],
                         "product": ["Tea", "Salt", "Kiwi"], "page": 1, "sector": "", "category": "", "source_district_lgd": "",
                         "ocr_confidence": None})
    normalised = normalise.run(rows, places)[0]
    report = quality.report(Extraction(rows.to_dict("records"), 1), normalised)
    assert report.review_column() == ["", "district of Gujarat", "district of Assam"]


def test_districts_run_together_are_a_doubt(places):
    """Merged cells' texts read as one ('Sarangarh-Bilaigarh' over 'Mohla-Manpur-Ambagarh
    Chouki', lines a row apart; three texts, one name twice; another state's district before
    this one's): read as whole districts' names one after another, it is a doubt; and the
    gazetteer places none by its end, as it does a name with a person's in front, where it
    begins as another district of its state does (Assam's 'YSR Kadapa' is no district there). A
    district's own name made of two words that are each a district elsewhere is none. Nor is a
    name in brackets inside the text (not closing it) a name of the whole: four bottom-set cells
    read as one place nowhere, not as Hanumakonda; the words of one the directory spells
    otherwise are that district as a row of its own would be placed (fuzz 1848700072)."""
    telangana = ["Warangal Urban (Hanumakonda) Yadadri Bhuvanagiri Jayashankar Bhupalpally Kumuram Bheem Asifabad",
                 "Jayashankar Bhupalpally Kumuram Bheem Asifabad", "Jayashankar Bhupalpally"]
    rows = pd.DataFrame({"serial": list("123456789"), "state": ["Chhattisgarh"] * 4 + ["Meghalaya", "Assam"] + ["Telangana"] * 3,
                         "district": ["Sarangarh-Bilaigarh Mohla-Manpur-Ambagarh Chouki", "Bastar", "Janjgir-Champa",
                                      "Mohla-Manpur-Ambagarh Chouki Gaurela-Pendra-Marwahi",
                                      "South West Garo Hills South West Garo Hills West Jaintia Hills", "YSR Kadapa Kamrup Metropolitan",
                                      *telangana],
                         "product": "Tea", "page": 1, "sector": "", "category": "", "source_district_lgd": "", "ocr_confidence": None})
    normalised = normalise.run(rows, places)[0]
    report = quality.report(Extraction(rows.to_dict("records"), 1), normalised)
    together, unplaced = "districts run together in one cell", "district not placed; districts run together in one cell"
    assert report.review_column() == [unplaced, "", "", unplaced, unplaced, together, unplaced, unplaced, ""]
    assert list(normalised["districts_together"].iloc[3:]) == [
        "Mohla Manpur Ambagarh Chouki + Gaurella Pendra Marwahi",  # the directory's spelling of the second
        "South West Garo Hills + South West Garo Hills + West Jaintia Hills", "Y.S.R. + Kamrup Metro",
        "Hanumakonda + Yadadri Bhuvanagiri + Jayashankar Bhupalapally + Kumuram Bheem Asifabad",
        "Jayashankar Bhupalapally + Kumuram Bheem Asifabad", ""]
    assert normalised["district_match"].iloc[6] == "unresolved" and normalised["district_name"].iloc[8] == "Jayashankar Bhupalapally"


def test_a_district_that_lent_words_to_districts_read_as_one_is_in_doubt_too(places):
    """OCR read "West" of "West Jaintia Hills" into the district above: "South West Garo Hills
    West" reads as two districts run together, in doubt, but "Jaintia Hills", placed by the
    directory as "West Jaintia Hills", had no doubt (fuzz 282100110, a scan). The district
    beside texts read as one, placed as a name their last (or first) words begin (or end) with
    its own, lent them; one placed as its own text did not."""
    rows = pd.DataFrame({"serial": list("1234"), "state": "Meghalaya",
                         "district": ["East Khasi Hills", "South West Garo Hills West", "Jaintia Hills", "Ri Bhoi"],
                         "product": "Tea", "page": 1, "sector": "", "category": "", "source_district_lgd": "", "ocr_confidence": None})
    normalised = normalise.run(rows, places)[0]
    review = quality.report(Extraction(rows.to_dict("records"), 1), normalised).review_column()
    assert review == ["", "districts run together in one cell", "districts run together in one cell", ""]


def test_words_in_front_of_several_districts_are_a_doubt(places):
    """A district is placed by leaving out words in front of its name, as a person's name or an
    honorific fronts one ('Sri Potti Sriramulu Nellore'). A scan's header read 'Category' and
    'Name of District' as one label, so each district held its row's category: 'Tertiary
    Nicobars', 'Tertiary Kokrajhar', each placed by its end with no doubt (fuzz 1335500130: 214
    wrong rows, none doubted). The same words in front of several districts are another column's."""
    rows = pd.DataFrame({"serial": list("12345"), "state": ["Andaman & Nicobar Islands", "Assam", "Assam", "Assam", "Andhra Pradesh"],
                         "district": ["Tertiary Nicobars", "Tertiary Kokrajhar", "Tertiary Kokrajhar", "Primary Dima Hasao",
                                      "Sri Potti Sriramulu Nellore"],
                         "product": "Tea", "page": 1, "sector": "", "category": "", "source_district_lgd": "", "ocr_confidence": None})
    normalised = normalise.run(rows, places)[0]
    assert list(normalised["district_name"]) == ["Nicobars", "Kokrajhar", "Kokrajhar", "Dima Hasao", "Spsr Nellore"]
    assert list(normalised["district_front"]) == ["tertiary", "tertiary", "tertiary", "primary", ""]  # (an alias)
    report = quality.report(Extraction(rows.to_dict("records"), 1), normalised)
    assert report.review_column() == ["district holds another column's text"] * 3 + ["", ""]

def test_a_damaged_file_is_a_doubt(tmp_path, jan_2022_pdf):
    data = jan_2022_pdf.read_bytes()
    xref = data.rindex(b"startxref")
    (tmp_path / "damaged.pdf").write_bytes(data[:xref] + b"startxref\n999\n%%EOF\n")  # the pointer to the xref is wrong
    extraction = extract(tmp_path / "damaged.pdf")
    report = quality.report(extraction)
    assert report.needs_review and [f.check for f in report.findings if f.kind == "doubt"] == ["damaged file"]


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
    report = quality.report(extraction)
    assert by_name(report)["line breaks"].findings == [f"[doubt] row 3 (page 1): {long!r} / 'Makhana (Fox Nut)' read as one product"]
    assert report.review_column() == ["", "", "line break unsettled"]


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
    assert "line breaks: DOUBT (1 doubt)" in caplog.text


def test_snapshots_carry_their_quality_report(archived_snapshots):
    metas = {p.parent.parent.name.removeprefix("source="): json.loads(p.read_text()) for p in archived_snapshots.glob("snapshots/*/*/_snapshot.json")}
    for source, meta in metas.items():  # the archived releases are read without a doubt: only notes
        assert meta["needs_review"] is False and meta["quality"]["doubts"] == 0, (source, meta["quality"]["findings"][:3])
    jan = metas["odop-2022-01"]["quality"]
    places = [f for f in jan["findings"] if f["check"] == "places"]
    assert [f["rows"] for f in places if f["detail"].startswith("district not in the directory")] == [[44], [397], [400]]
    rows = pd.read_parquet(archived_snapshots / "snapshots" / "source=odop-2022-01")
    assert (rows["review"] == "").all()


def test_a_spreadsheet_is_located_by_sheet_row(datagovin_xlsx):
    report = quality.report(extract(datagovin_xlsx))
    assert by_name(report)["rows per page"].passed is None
    assert by_name(report)["product cells"].findings == ["[note] row 1093 (sheet row 1094): ends on a comma: 'Decorative Products,'"]
    assert not report.needs_review


def test_many_districts_placed_nowhere_are_a_misread_column(places):
    """A publisher prints a few names the directory lacks (notes); when most names place nowhere,
    a column was read wrong ('1 Idukki': the serial run into the district), and each is a doubt."""
    few = pd.DataFrame({"serial": ["1", "2", "3", "4"], "state": "Kerala", "district": ["Idukki", "Wayanad", "Kollam", "Chachaura"],
                        "product": "Tea", "page": 1, "sector": "", "category": "", "source_district_lgd": "", "ocr_confidence": None})
    many = few.assign(district=["1 Idukki", "2 Wayanad", "3 Kollam", "4 Chachaura"])
    for rows, kind in ((few, "note"), (many, "doubt")):
        report = quality.report(Extraction(rows.to_dict("records"), 1), normalise.run(rows, places)[0])
        assert {f.kind for f in report.findings if f.check == "places"} == {kind}


def test_a_short_page_whose_serials_run_on_is_no_loss():
    """Chromium broke page 6 of a list early: 6 rows where its pages hold about 25, serials 116
    to 121 between 115 and 122. Nothing is missing there; a short page with a gap in its
    serials is in doubt."""
    def rows(page, serials):
        return [{**dict.fromkeys(ROW_COLUMNS, ""), "serial": str(n), "state": "Telangana", "district": f"D{n}",
                 "product": "Cashew", "page": page} for n in serials]
    records = rows(5, range(91, 116)) + rows(6, range(116, 122)) + rows(7, range(122, 147))
    assert quality.check_rows_per_page(records) == []
    gap = rows(5, range(91, 116)) + rows(6, range(118, 122)) + rows(7, range(122, 147))
    assert [f.detail for f in quality.check_rows_per_page(gap)] == ["page 6: 4 row(s), the usual page has 25"]


def test_a_district_cut_short_is_a_doubt_a_new_one_a_note(places):
    """Calc printed the merged cell 'Purba Medinipur' on both sides of a page break, its first
    word on one page, its second on the next: 'Purba' begins the name of two districts of West
    Bengal, so it is a doubt. A district the directory has nowhere ('Chachaura', created after
    it) stays a note."""
    rows = pd.DataFrame({"serial": ["1", "2", "3"], "state": ["West Bengal", "Madhya Pradesh", "Madhya Pradesh"],
                         "district": ["Purba", "Chachaura", "Bhopal"], "product": "Tea", "page": [3, 4, 4], "sector": "",
                         "category": "", "source_district_lgd": "", "ocr_confidence": None})
    normalised = normalise.run(rows, places)[0]
    report = quality.report(Extraction(rows.to_dict("records"), 4), normalised)
    assert report.review_column() == ["district name cut short or run on", "", ""]
    assert normalised["district_cut_from"].iloc[0] == "Medinipur East or Purba Bardhaman"  # the directory's names
    assert [f.kind for f in report.findings if f.check == "places"] == ["doubt", "note"]
    assert places.districts_beginning_or_ending(places.state("West Bengal").lgd, "Medinipur") == ["Medinipur East", "Medinipur West"]
    # a word cut inside: Chromium printed "Pathanamthitta", too wide for its cell, over the
    # product's "Saffron", and the two read "Pathanamthit" / "Saftafron" (fuzz 5544100015)
    assert places.districts_beginning_or_ending(places.state("Kerala").lgd, "Pathanamthit") == ["Pathanamthitta"]
    assert places.districts_beginning_or_ending(places.state("Kerala").lgd, "Pat") == []
    # a word run on: Writer set the district's last letters against the product's first, read as
    # one word, "Sambhajinagarproducts" (fuzz 7482100196); a name going on after a space is not so
    assert places.districts_beginning_or_ending(places.state("Maharashtra").lgd, "Chhatrapati Sambhajinagarproducts") == ["Aurangabad"]
    assert places.districts_beginning_or_ending(places.state("Maharashtra").lgd, "Ratnagiri North") == []


def test_names_going_on_are_other_places_longer_names_not_a_name_in_brackets(places):
    """What a text cut at a page break may have been: a former name is the head of the name that
    replaced it ('Dadra and Nagar Haveli'), while a district's other name in brackets is not more
    of it ('Purba Medinipur (East Medinipur)' is the directory's alias of 'Purba Medinipur')."""
    assert places.names_going_on(None, "Dadra and Nagar Haveli") == ["Dadra and Nagar Haveli and Daman and Diu"]
    assert places.names_going_on(None, "Andaman and Nicobar") == ["Andaman and Nicobar Islands"]
    assert places.names_going_on(None, "West Bengal") == []
    bengal = places.state("West Bengal").lgd
    assert places.names_going_on(bengal, "Purba Medinipur") == []
    assert places.names_going_on(bengal, "Purba") == ["Medinipur East", "Purba Bardhaman"]
    # cut inside its last word (by the page's edge): that word begins a longer one
    kerala = places.state("Kerala").lgd
    assert places.names_going_on(kerala, "Thiruvananthap", word_cut=True) == ["Thiruvananthapuram"]
    assert places.names_going_on(kerala, "Thiruvananthapuram", word_cut=True) == []
    assert places.names_going_on(bengal, "Purba Bard", word_cut=True) == ["Purba Bardhaman"]


def test_a_district_cut_short_placed_fuzzily_or_holding_a_number_is_a_doubt(places):
    """Calc set 'Mohla-Manpur-Ambagarh Chouki' at the foot of a row too low for it, and its clip hid
    'Mohla-': the rest places fuzzily, rightly, but the text printed is cut short (fuzz
    2263500187). A serial glued to a district's word ('Dadra and1') read a table's rows into one
    district placed nowhere (fuzz 2263500134): no name holds a number but as the directory
    spells it ('North 24 Parganas'). A publisher's own spelling ('Kumram Bheem Asifabad') and
    a district the directory lacks stay notes."""
    rows = pd.DataFrame({"serial": list("12345"), "state": ["Chhattisgarh", "Chhattisgarh", "West Bengal", "Telangana", "Madhya Pradesh"],
                         "district": ["Manpur-Ambagarh Chouki", "Bastar Dadra and1 Nagar Haveli", "North 24 Parganas",
                                      "Kumram Bheem Asifabad", "Chachaura"],
                         "product": "Tea", "page": 1, "sector": "", "category": "", "source_district_lgd": "", "ocr_confidence": None})
    normalised = normalise.run(rows, places)[0]
    report = quality.report(Extraction(rows.to_dict("records"), 1), normalised)
    assert list(normalised["district_match"]) == ["fuzzy", "unresolved", "alias", "fuzzy", "unresolved"]
    assert report.review_column() == ["district name cut short or run on", "number in a district's name", "", "", ""]


def test_a_scanned_district_placed_by_its_name_in_brackets_alone_is_a_doubt(places):
    """OCR read "Warangal Urban (Hanumakonda)" as "Warangal Jrban (Hanumakonda)", sure of it:
    placed by "Hanumakonda" alone, exactly, its three rows went out with no doubt (fuzz
    3224900195). In a scan, a district placed by a part of its text alone, the rest naming
    nothing, may be misread; read right, or in a text layer (the publisher's spelling), not."""
    rows = pd.DataFrame({"serial": ["1", "2", "3"], "state": "Telangana",
                         "district": ["Warangal Jrban (Hanumakonda)", "Warangal Urban (Hanumakonda)", "Hanumakonda"],
                         "product": "Tea", "page": 1, "sector": "", "category": "", "source_district_lgd": "", "ocr_confidence": 0.99})
    normalised = normalise.run(rows, places)[0]
    assert normalised["district_name"].nunique() == 1 and set(normalised["district_match"]) <= {"exact", "alias"}
    scanned = quality.report(Extraction(rows.to_dict("records"), 1, text_layer="ocr"), normalised)
    assert scanned.review_column() == ["place read by a part of its name", "", ""]
    assert quality.report(Extraction(rows.to_dict("records"), 1), normalised).review_column() == ["", "", ""]


def test_a_scanned_district_placed_by_its_name_with_a_double_letter_read_once_is_a_doubt(places):
    """OCR read "Tiruchirappalli" as "Tiruchirapalli" and "Chhindwara" as "Chindwara", sure of
    both; GeoNames knows both spellings, and the rows went out with no doubt (unseen fuzz
    927400079, 1447100157). The recogniser reads two like glyphs side by side as one ("Utar
    Pradesh" in the same scan): in a scan, a district placed by another spelling that is its name
    with one of a double letter left out is in doubt, as is one with one of each of two left out
    ("Tiruchirapali", unseen 1966300038). Other spellings one letter away ("Jagatsinghpur" of
    Jagatsinghapur, a publisher's) and any in a text layer are not."""
    rows = pd.DataFrame({"serial": list("12345"), "state": ["Tamil Nadu", "Madhya Pradesh", "Odisha", "Tamil Nadu", "Tamil Nadu"],
                         "district": ["Tiruchirapalli", "Chindwara", "Jagatsinghpur", "Tiruchirappalli", "Tiruchirapali"],
                         "product": "Tea", "page": 1, "sector": "", "category": "", "source_district_lgd": "", "ocr_confidence": 0.99})
    normalised = normalise.run(rows, places)[0]
    assert list(normalised["district_match"]) == ["alias", "alias", "alias", "exact", "alias"]
    scanned = quality.report(Extraction(rows.to_dict("records"), 1, text_layer="ocr"), normalised)
    assert scanned.review_column() == ["place read fuzzily", "place read fuzzily", "", "", "place read fuzzily"]
    assert quality.report(Extraction(rows.to_dict("records"), 1), normalised).review_column() == [""] * 5


def test_a_district_that_holds_a_part_of_its_states_name_is_a_doubt(places):
    """OCR set "Pradesh" of "Uttar Pradesh" in the district's column ("Uttar" / "Pradesh Bijnor"):
    the directory placed "Bijnor" without the state's words, and where the page's foot took the
    state's text whole from the next page, the row went out with no doubt (fuzz 481900027). A
    district placed without a part of its state's name is in doubt, as one with another column's
    text in front is; one with the state's whole name added is the publisher's."""
    rows = pd.DataFrame({"serial": ["1", "2"], "state": ["Uttar Pradesh", "Delhi"], "district": ["Pradesh Bijnor", "South Delhi"],
                         "product": "Tea", "page": 1, "sector": "", "category": "", "source_district_lgd": "", "ocr_confidence": None})
    normalised = normalise.run(rows, places)[0]
    assert list(normalised["district_name"]) == ["Bijnor", "South"]
    assert quality.report(Extraction(rows.to_dict("records"), 1), normalised).review_column() == ["district holds another column's text", ""]


def test_a_state_cut_short_is_a_doubt(places):
    """Writer printed the merged cell "Dadra and Nagar Haveli and Daman and Diu", set at the foot
    of its part on one page, as "Dadra and" / "Nagar Haveli" / "and Daman ": its last words were
    never printed. It placed fuzzily, as a note, and five rows went out with no doubt (fuzz
    5092300183, unseen seed 50923). A state placed fuzzily whose words begin or end its name is
    cut short; a misspelt one ('Chattisgarh') stays a note."""
    rows = pd.DataFrame({"serial": ["1", "2", "3"], "state": ["Dadra and Nagar Haveli and Daman", "Chattisgarh", "Goa"],
                         "district": ["Daman", "Bastar", "North Goa"], "product": "Tea", "page": 1, "sector": "",
                         "category": "", "source_district_lgd": "", "ocr_confidence": None})
    normalised = normalise.run(rows, places)[0]
    report = quality.report(Extraction(rows.to_dict("records"), 1), normalised)
    assert list(normalised["state_match"]) == ["fuzzy", "fuzzy", "exact"]
    assert report.review_column() == ["state name cut short", "", ""]


def test_a_place_printed_in_part_past_a_page_break_is_a_doubt(places):
    """Calc printed the merged cell "Dadra and Nagar Haveli and" / "Daman and Diu" at a page's
    foot, its second line cut across by the page's clip, and the line again atop the next page,
    cut by its clip there: the rows overleaf read "Daman and Diu", the territory's former name,
    which the directory places, and five rows went out with no doubt (fuzz 792600173). A place
    whose text changes at a page break to words of itself is a merged cell's text read in part;
    a state printed whole on both sides is not."""
    rows = pd.DataFrame({"serial": ["26", "27", "28", "29"],
                         "state": ["Dadra and Nagar Haveli and Daman and Diu", "Daman and Diu", "Daman and Diu", "Gujarat"],
                         "district": ["Dadra and Nagar Haveli", "Daman", "Diu", "Ahmedabad"], "product": "Tea", "page": [1, 2, 2, 2],
                         "sector": "", "category": "", "source_district_lgd": "", "ocr_confidence": None})
    normalised = normalise.run(rows, places)[0]
    assert normalised["state_lgd"].nunique() == 2
    assert quality.report(Extraction(rows.to_dict("records"), 2), normalised).review_column() == ["", "state name cut short",
                                                                                                  "state name cut short", ""]
    rows = rows.assign(state=["Dadra and Nagar Haveli and Daman and Diu"] * 3 + ["Gujarat"])
    assert quality.report(Extraction(rows.to_dict("records"), 2), normalise.run(rows, places)[0]).review_column() == [""] * 4
    # a place the directory does not have, on either side of the break, is no place to compare
    rows = rows.assign(state=["Nowhere Pradesh", "Nowhere Pradesh", "Gujarat", "Gujarat"], page=[1, 2, 2, 3],
                       district=["Nowhere", "Nowhere", "Ahmedabad", "Surat"])
    review = quality.report(Extraction(rows.to_dict("records"), 3), normalise.run(rows, places)[0]).review_column()
    assert review[2:] == ["", ""]


def test_the_rest_of_a_district_cut_short_is_in_doubt_too(places):
    """Calc split the merged cell 'West Karbi Anglong' at a page break, 'West' at the foot of one
    page and 'Karbi Anglong' atop the next: the directory knows 'Karbi Anglong' by itself, but
    beside 'West', cut short, it is the name's rest, and its rows are in doubt as well; the
    district after it is not (fuzz 4681000001)."""
    rows = pd.DataFrame({"serial": ["1", "2", "3", "4"], "state": "Assam",
                         "district": ["West", "Karbi Anglong", "Karbi Anglong", "Dima Hasao"], "product": "Tea",
                         "page": [1, 2, 2, 2], "sector": "", "category": "", "source_district_lgd": "", "ocr_confidence": None})
    report = quality.report(Extraction(rows.to_dict("records"), 2), normalise.run(rows, places)[0])
    assert report.review_column() == ["district name cut short or run on"] * 3 + [""]
    # a rest read in front of the next district's name, which the directory places by leaving it
    # out ("Mohla-Manpur-Ambagarh" / "Chouki Gaurela-Pendra-Marwahi": a scan's rows parted a line
    # too low, fuzz 460700065, the second with no doubt)
    rows = rows.assign(state="Chhattisgarh", district=["Bastar", "Mohla-Manpur-Ambagarh", "Chouki Gaurela-Pendra-Marwahi", "Bastar"])
    report = quality.report(Extraction(rows.to_dict("records"), 2), normalise.run(rows, places)[0])
    assert report.review_column() == ["", "district name cut short or run on", "district name cut short or run on", ""]
    # a rest the directory places as the district itself, the whole spelled by its other name
    # ("Dr. B.R. Ambedkar" / "Konaseema": Calc, no serials, the district's two lines read as two
    # rows, fuzz 364900048, the second with no doubt)
    rows = rows.assign(state="Andhra Pradesh", district=["Krishna", "Dr. B.R. Ambedkar", "Konaseema", "Krishna"])
    report = quality.report(Extraction(rows.to_dict("records"), 2), normalise.run(rows, places)[0])
    assert report.review_column() == ["", "district name cut short or run on", "district name cut short or run on", ""]


def test_a_product_that_begins_in_brackets_or_on_a_connector_doubts_the_row_above_too():
    """Calc set a row's product in its middle and its serial lower: the product's second line,
    "(Mobile Phones and Components)", was read as the next row's with its own "Groundnut Oil"
    (fuzz 1282500001, with no doubt). No name of the initiative begins with a bracket: the
    qualifier is the rest of a name above. A bracket inside or at the end is no mark."""
    rows = pd.DataFrame({"product": ["Electronics Manufacturing Cluster", "(Mobile Phones and Components) Groundnut Oil",
                                     "Coffee (Araku)", "Kani Shawl", "Handloom products", "of silk & cotton"], "page": [1] * 6})
    assert [(f.kind, f.rows, f.detail) for f in quality.check_product_cells(rows.to_dict("records"))] == [
        ("doubt", [1, 2], "row 2 (page 1): begins in brackets: '(Mobile Phones and Components) Groundnut Oil'"),
        # so does a connector: "Handloom products" / "of silk & cotton", one name read as two rows'
        # by OCR (fuzz 3224900196, "Handloom products" with no doubt)
        ("doubt", [5, 6], "row 6 (page 1): begins on a connector: 'of silk & cotton'")]
