"""The extraction passes on their own, with the cases the layout fuzzer found: list markers, header
labels, running footers. (Whole documents are read in test_extract_fuzz_sample.py.)"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from pipeline.extract.cells import (Column, Line, apart_at_columns, cell_lines, keeps_words_whole, partial_name, swallows, swallows_back,
                                    word_space)
from pipeline.extract.header import BodySeen, _labels_by_phrases, _unruled_columns, phrases
from pipeline.extract.layers import PageContent, Rule, Word, words_from_chars
from pipeline.extract.markers import LEFT_INSIDE, opens_list, split_inline
from pipeline.extract.products import split_products
from pipeline.extract.unruled import _cell_spacing, _join_broken_serials, _leading, without_footer


@pytest.mark.parametrize("text, items", [
    ("(i) Tea (ii) Coffee", ["Tea", "Coffee"]),
    ("• Terracotta· Handloom Fabrics/Handicrafts", ["Terracotta", "Handloom Fabrics/Handicrafts"]),  # OCR: a touching middle dot
    ("· Groundnut Oil · Pearl Millet• Glass Beads & Bangles", ["Groundnut Oil", "Pearl Millet", "Glass Beads & Bangles"]),
    ("• Tamarind •Jaggery", ["Tamarind", "Jaggery"]),  # Chromium at 7 pt: the bullet touches the item after it
    ("Tea •coffee", ["Tea •coffee"]),  # not before a small letter
    ("Rice based products - Poha etc", ["Rice based products - Poha etc"]),  # a dash inside joins words
    ("A. Kumar Handlooms", ["A. Kumar Handlooms"]),  # an initial, not a list of one
    ("Pickles, Papad & Spices•Kani Shawl", ["Pickles, Papad & Spices", "Kani Shawl"]),  # OCR: no space either side, the
    ("Foods • Leather Footwear• Tamarind •· Pottery", ["Foods", "Leather Footwear", "Tamarind", "Pottery"]),  # a bullet
    # read twice, a speck beside it read as a dot (fuzz 176600155: "Tamarind •", in doubt)
    ("·Kantha Embroidery", ["Kantha Embroidery"]),  # first item's dot lost at the cell's edge (fuzz 2223600079, 2223600156)
    ("• Pickles, Papad & Spices . Marine Products", ["Pickles, Papad & Spices", "Marine Products"]),  # OCR reads a small
    ("。 Agro-processing • Tea", ["Agro-processing", "Tea"]),  # bullet as a full stop standing alone (fuzz 925200005)
    ("Sl . No. Rice based products etc .", ["Sl . No. Rice based products etc ."]),  # never first, nor at the end
    ("(1)Apple & Apple-based Products (2) Leather Products", ["Apple & Apple-based Products", "Leather Products"]),  # OCR
    ("(1) Turmeric(2) Stone Carving (3) Saffron", ["Turmeric", "Stone Carving", "Saffron"]),  # lost the space (fuzz 3050900187)
    ("(i) Marine Products (Shrimp, Prawn & Fish)(ii) Mango Pulp", ["Marine Products (Shrimp, Prawn & Fish)", "Mango Pulp"]),  # after
    ("Coffee (Araku)(A) Grade", ["Coffee (Araku)(A) Grade"]),  # a bracket too (fuzz 1966300183: read as one, no doubt)
    ("Dhokra Metal Craft(Bell Metal) Vitamin(A) Rice", ["Dhokra Metal Craft(Bell Metal) Vitamin(A) Rice"]),  # in no sequence
    ("1.Zari-Zardozi 2. Electronics Manufacturing", ["Zari-Zardozi", "Electronics Manufacturing"]),  # a count too (fuzz
    ("St.Thomas 2.Tea", ["St.Thomas 2.Tea"]),  # 2223600123, 456070164)
    # OCR counts a roman numeral's strokes badly: "(ii)" read for "(iii)" still stands for it (a
    # scan of a Calc list at 150 dpi, fuzz 1217000042: "(ii) Jaggery" / "(iv) Ready-made Garments"
    # joined to the item before, F1 0.80), but a count of other letters out of turn does not
    ("(i) Zari (ii) Tea (ii) Jaggery (iv) Garments", ["Zari", "Tea", "Jaggery", "Garments"]),
    ("(i) Zari (iii) Tea", ["Zari", "Tea"]),
    ("(i) Zari (v) Tea", ["Zari (v) Tea"]),
    ("(i) Zari (ii) Tea (iii) Jaggery (ii) Garments", ["Zari", "Tea", "Jaggery (ii) Garments"]),
    # a lone stroke read as a digit: "(1)" before "(ii)" is the list's "(i)" (fuzz 176600122: "(ii)
    # Saffron" and the items after it left in one product, in doubt); before "(2)", a count still
    ("(1) Eri (ii) Saffron (ii) Fisheries (iv) Bamboo Shoots", ["Eri", "Saffron", "Fisheries", "Bamboo Shoots"]),
    ("(1) Eri (2) Saffron (ii) Fisheries", ["Eri", "Saffron (ii) Fisheries"]),
    # OCR lost a bracket's close, or the space before a count (fuzz 1203400159, 1203400140: items
    # left in one product, in doubt); an unclosed bracket in a name stays ("(I Sticks)": no list's)
    ("(i) Stone Carving (ii Coconut (iii) Large Cardamom", ["Stone Carving", "Coconut", "Large Cardamom"]),
    ("1. Dhokra Metal Craft (Bell Metal)2. Bamboo Shoots", ["Dhokra Metal Craft (Bell Metal)", "Bamboo Shoots"]),
    ("(i) Agarbatti (I Sticks)", ["Agarbatti (I Sticks)"]),
])
def test_markers_split_a_paragraph_only_in_sequence(text, items):
    assert split_inline(text) == items


def test_a_roman_list_one_a_line_whose_first_marker_reads_as_a_digit():
    """OCR read the "(i)" of a list one a line as "(1)" (fuzz 176600122)."""
    lines = [Line("(1) Pottery", 100.0), Line("(ii) Zari-Zardozi", 90.0, hard_break=True)]
    assert split_products(lines) == ["Pottery", "Zari-Zardozi"]


def test_a_lettered_list_one_a_line_loses_its_first_marker_too():
    lines = [Line("a) Coffee (Araku)", 100.0), Line("b) Bobbili Veena", 90.0, hard_break=True)]
    assert split_products(lines) == ["Coffee (Araku)", "Bobbili Veena"]


def test_a_list_printed_from_past_its_first_marker_counts_on_from_there():
    """Calc printed a row too low for its text at its foot, so its first item ("a) Dry Fish") is
    not printed: "b) Pottery" / "c) Rice based products -" / "Poha etc" / "d) Srikalahasthi"
    kept its markers, three products wrong (fuzz 7482100032; the cell stays in doubt). A
    lone count past the first ("2. Kiwi"), or markers out of turn, are no list."""
    lines = [Line("b) Pottery", 90.0), Line("c) Rice based products -", 120.0, hard_break=True), Line("Poha etc", 60.0),
             Line("d) Srikalahasthi", 100.0, hard_break=True)]
    assert split_products(lines) == ["Pottery", "Rice based products - Poha etc", "Srikalahasthi"]
    assert split_products([Line("(ii) Tea (iii) Kiwi", 90.0)]) == ["Tea", "Kiwi"]
    assert split_products([Line("2. Kiwi", 90.0)]) == ["2. Kiwi"]
    assert split_products([Line("c) Tea e) Kiwi", 90.0)]) == ["c) Tea e) Kiwi"]
    # the item before the first marker printed from its middle: "a) Leather Products b)" unprinted
    # above "Turmeric c) Blue" (fuzz 3904100121, unseen seed 39041: "Turmeric c) Blue Pottery d)
    # Woollen Shawls, Stoles & Carpets" read as one product); a lone marker past the first is none
    assert split_products([Line("Turmeric c) Blue", 90.0), Line("Pottery d) Woollen", 90.0)]) == ["Turmeric", "Blue Pottery", "Woollen"]
    assert split_products([Line("Tea c) Kiwi", 90.0)]) == ["Tea c) Kiwi"]


def test_a_marker_left_alone_at_a_line_end_still_counts():
    """A narrow cell wraps right after the marker: "a) Cashew b)" / "Leather Footwear"."""
    lines = [Line("a) Cashew b)", 60.0), Line("Leather Footwear", 70.0)]
    assert split_products(lines) == ["Cashew", "Leather Footwear"]


def test_a_bullet_left_between_items_is_the_mark_of_a_list_not_split():
    assert LEFT_INSIDE.search("Sugarcane based products (Jaggery) • Bamboo Shoots")
    assert LEFT_INSIDE.search("Walnut Wood Carving·Dry Fish")  # a round bullet, however spaced
    assert not LEFT_INSIDE.search("Rice based products - Poha etc")
    # an inline list's marker left alone, or at an item's end (Chromium wrapped "1." / "Fisheries/
    # Marine products 2." in a narrow cell: fuzz 8311700025, read with no doubt)
    assert LEFT_INSIDE.search("1.") and LEFT_INSIDE.search("Fisheries/Marine products 2.")
    assert not LEFT_INSIDE.search("Coffee (Araku)") and not LEFT_INSIDE.search("Ready-made Garments")


def _line(*words: tuple[str, float, float], size: float = 10.0) -> list[Word]:
    return [Word(text, x0, x1, 0.0, size) for text, x0, x1 in words]


def test_header_labels_part_at_more_than_a_word_space():
    # Writer, columns set tight: 6 pt between two labels, 3 pt between the words of one
    tight = _line(("State", 193, 218), ("Name", 221, 250), ("Remarks", 256, 301))
    assert [[w.text for w in p] for p in phrases(tight)] == [["State", "Name"], ["Remarks"]]
    # OCR boxes widen every space alike: one label stays whole
    ocr = _line(("#", 59, 67), ("Name", 94, 127.7), ("of", 132.4, 145), ("State/UT", 149, 202), ("Districts", 250, 299), size=8.6)
    assert [[w.text for w in p] for p in phrases(ocr)] == [["#"], ["Name", "of", "State/UT"], ["Districts"]]
    # OCR draws its boxes round the ink, and "of" and "State/UT" overlap: no word space measured
    overlapping = _line(("Name", 466.6, 484.9), ("of", 488.5, 496.8), ("State/UT", 496.4, 524.2), ("District", 605.9, 627.8), size=5.4)
    assert [[w.text for w in p] for p in phrases(overlapping)] == [["Name", "of", "State/UT"], ["District"]]


def test_a_running_footer_is_not_a_row():
    row = _line(("7", 40, 45), ("Kerala", 60, 90), ("Idukki", 120, 150))
    ending_in_serial = _line(("Jaggery", 40, 80), ("Nicobars", 120, 160), ("1", 300, 305))
    total = _line(("Total", 40, 70), ("1241", 300, 320))
    browser = _line(("file:///tmp/list.html", 20, 160), ("1/3", 540, 555))
    page = _line(("Page", 280, 300), ("3", 302, 306))
    assert without_footer([row, ending_in_serial, total, browser, page]) == [row, ending_in_serial, total]


def test_a_lists_next_marker_at_the_pages_foot_is_no_page_number():
    """Writer broke "(4) Kondapalli Toys" after its marker at a page's foot: "(4)" reads as a page
    number, but it is the next marker of the list set where it starts (fuzz 2206800019)."""
    listed = [_line((text, 118.6, 118.6 + 5 * len(text))) for text in ("(1)", "Walnut", "(2)", "Kiwi", "(3)", "Srikalahasthi")]
    fourth = _line(("(4)", 118.6, 129.8))
    assert without_footer([*listed, fourth]) == [*listed, fourth]
    centred = _line(("(4)", 290, 301))  # the page's number, set apart from the list
    assert without_footer([*listed, centred]) == listed
    assert without_footer([*listed[:2], fourth]) == listed[:2]  # no list that (4) goes on: a page number
    # the list's first marker stands on its row's serial line, set where (3) starts ("1 Lahaul (1)")
    opened = [_line(("1", 55, 61), ("Lahaul", 91, 122), ("(1)", 155.6, 168.3)), _line(("(2)", 155.6, 168.3))]
    third = _line(("(3)", 155.6, 168.3))
    assert without_footer([*opened, third]) == [*opened, third]
    # each row's list counts from its first marker again: "4)" goes on the last row's "3)", not
    # on the rows' before, which ran to "5)" (fuzz 4411100049: an item lost overleaf, no doubt)
    rows = [_line((text, 118.6, 118.6 + 5 * len(text))) for text in ("(1)", "Tea", "(2)", "Kiwi", "(3)", "Jute", "(4)", "Salt",
                                                                     "(5)", "Rice", "(1)", "Honey", "(2)", "Pottery", "(3)", "Pickles")]
    assert without_footer([*rows, fourth]) == [*rows, fourth]
    # a list set in the middle of its column: its lines start apart, "(3)" stands under them
    # (fuzz 1624600149: "(3)" dropped as the page's number, two items read as one, no doubt)
    middle = [_line(("3", 50, 57), ("Diu", 91, 111), ("(1)", 145, 160), ("Tussar", 163, 201)), _line(("Silk", 143, 164), ("Sarees", 167, 204)),
              _line(("(2)", 166, 181)), _line(("Fisheries/Ma", 137, 210)), _line(("rine", 161, 185)), _line(("products", 148, 198))]
    third = _line(("(3)", 166, 181))
    assert without_footer([*middle, third]) == [*middle, third]
    assert without_footer([*middle[:2], third]) == middle[:2]  # under "(1)" alone: no list it goes on


def test_browsers_keep_words_whole_office_programs_break_them():
    """A line going on in lower case after a full one is a wrap in a browser's print (a word too
    wide for its cell runs past the edge), a word's rest only where the program breaks words."""
    assert keeps_words_whole("Skia/PDF m156; Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/156.0.0.0")
    assert keeps_words_whole("Qt 4.8.7; wkhtmltopdf 0.12.6")
    assert not keeps_words_whole("LibreOffice 7.4; Calc") and not keeps_words_whole("Microsoft® Word for Microsoft 365")
    assert not keeps_words_whole("")


def test_a_word_run_past_its_cell_rule_stays_whole_and_the_next_cell_starts_at_its_own_text():
    """Chromium lets "Ramanathapuram" run 4 pt past the district column's rule (x = 299), where the
    product cell's "Mango" starts: the words part at the rule, each keeping its own letters."""
    text = "Ramanathapuram" + "Mango"
    lefts = [202.9, 211.4, 218.0, 228.4, 235.0, 242.0, 248.6, 253.0, 260.1, 266.6, 273.7, 280.8, 286.0, 292.6,
             301.1, 312.4, 318.9, 326.0, 333.0]
    rights = lefts[1:14] + [303.0] + lefts[15:] + [339.6]
    boxes = [(x0, 106.6, x1, 119.4) for x0, x1 in zip(lefts, rights)]
    rule = Rule(299.0, 100.0, 299.0, 125.0)
    assert [w.text for w in words_from_chars(text, boxes, [rule])] == ["Ramanathapuram", "Mango"]
    # "Thiruvananthapuram" itself starts before the rule and runs on past it, advance to advance
    text = "Thiruvananthapuram"
    boxes = [(203 + 6 * k, 74.0, 209 + 6 * k, 86.0) for k in range(len(text))]
    assert [w.text for w in words_from_chars(text, boxes, [Rule(299.0, 70.0, 299.0, 90.0)])] == [text]


def test_a_word_run_into_the_next_columns_text_is_in_doubt_only_where_it_may_hold_its_start():
    """Chromium runs 'Ramanathapuram' into the product column, where it joins 'Leather' into one
    word; 'Footwear' starts only after it, where the column's lines do not start: the word may
    hold the product's first word. Where the next text starts inside the overflowing word
    ('Electronics' under 'Thiruvananthapuram'), the two were told apart; where it stands as the
    column sets its lines (centred, as 'Fabrics/Handicrafts' under 'Sambhajinagar' run past its
    cell on both sides), it lost nothing."""
    column = [[Word("Pottery", 290.0, 330.0, 60.0, 72.0)], [Word("Jaggery", 290.0, 332.0, 80.0, 92.0)]]
    joined, footwear = Word("Ramanathapuramleather", 203.0, 330.0, 100.0, 112.0), Word("Footwear", 333.0, 380.0, 100.0, 112.0)
    assert swallows(joined, column + [[footwear]]) and not swallows(joined, column)
    overflow, electronics = Word("Thiruvananthapuram", 203.0, 321.0, 100.0, 112.0), Word("Electronics", 301.0, 364.0, 100.0, 112.0)
    assert not swallows(overflow, column + [[electronics]])
    centred = [[Word("Coffee", 285.0, 345.0, 60.0, 72.0)], [Word("Dhokra", 280.0, 350.0, 80.0, 92.0)]]
    sambhajinagar, fabrics = Word("Sambhajinagar", 177.5, 253.1, 100.0, 112.0), Word("Fabrics/Handicrafts", 267.0, 363.0, 100.0, 112.0)
    assert not swallows(sambhajinagar, centred + [[fabrics]])
    assert swallows(sambhajinagar, centred + [[Word("Handicrafts", 310.0, 363.0, 100.0, 112.0)]])  # its start may be lost


@pytest.mark.parametrize("text, partial", [
    ("& Nicobars", True),  # the '&' of 'Andaman & Nicobar Islands' set into the district column
    ("North and", True), ("Dadra and Nagar Haveli and", True), ("and Diu", True), ("Sarangarh-", True),
    ("iri Jayashankar Bhupalpally", True),  # the rest of "Bhuvanag" / "iri", in the row below
    ("(Hanumakonda)", True),  # of "Warangal Urban" / "(Hanumakonda)", a merged cell split by a page break
    ("-Itanagar", True),  # of "Capital Complex" / "- Itanagar", its first line taken by the header above
    ("Dakshina • Kannada • •", True),  # the bullets of the products beside, read into the district (fuzz 2391700109)
    ("Jammu and Kashmir", False), ("Capital Complex - Itanagar", False), ("Dr. B.R. Ambedkar Konaseema", False),
])
def test_a_place_that_begins_or_ends_on_a_connector_is_partial(text, partial):
    assert partial_name(text) is partial


def _printed(printed: str) -> list[Word]:
    """Words as pdfium boxed them: "text x0 x1 top bottom", and the foot they stand on where
    given, each after a "|"."""
    return [Word(text, *map(float, box[:4]), foot=float(box[4]) if len(box) > 4 else math.nan)
            for text, *box in (w.split() for w in printed.split("|"))]


def _page_printed(number: int, width: float, height: float, printed: list[str]) -> tuple[PageContent, list[list[Word]]]:
    """A page of the lines printed (`_printed`, one a string), and its lines."""
    lines = list(map(_printed, printed))
    return PageContent(number, width, height, [w for line in lines for w in line]), lines


def _at(y: float, *words: tuple[str, float, float], size: float = 12.0) -> list[Word]:
    return [Word(text, x0, x1, y, y + size) for text, x0, x1 in words]


def _edge(spans, body) -> float:
    """Where an unruled table's first two columns part (header labels `spans`, body lines `body`)."""
    return _unruled_columns(["district", "product"], spans, body, 0.0, 600.0, BodySeen())[0].x1


def _products_and_remarks(products, tagged, new, size: float) -> list[list[Word]]:
    """Body lines of a product column (each product: text, start, end; one or two words) beside
    remarks: "GI tagged" (`tagged`: the two words' extents) on every other line, else "New"."""
    body = []
    for k, (product, start, end) in enumerate(products):
        words = product.split()
        middle = start + (end - start) * len(words[0]) / len(product)
        line = [(words[0], start, middle - (1.2 if len(words) > 1 else 0.0))] + ([(words[1], middle + 1.2, end)] if len(words) > 1 else [])
        line += [("GI", *tagged[0]), ("tagged", *tagged[1])] if k % 2 else [("New", *new)]
        body.append(_at(100.0 + 12 * k, *line, size=size))
    return body


@pytest.mark.parametrize("header, shift", [
    # Writer: "Sr." and "No" 2.3 pt apart, "No" and "Product" 2.6 (the gaps of words)
    ("District 56.2 83.7 408.6 414.5 | Sr. 104.2 114.8 408.8 414.5 | No 117.1 127.8 408.9 414.5 | Product 130.4 160.5 408.6 414.5 | "
     "Name 162.8 184.6 408.9 414.5", 0.0),
    # a table whose labels stand closer still, read as one phrase first ("Sr. No Product Name"), its serials and products 4.5 pt right
    ("District 58.5 86.0 408.6 414.5 | Sr. 108.7 119.3 408.8 414.5 | No 121.6 132.3 408.9 414.5 | Product 134.9 165.0 408.6 414.5 | "
     "Name 167.3 189.1 408.9 414.5", 4.5)])
def test_jammed_labels_part_where_the_body_shows_the_widest_white(header, shift):
    """Writer, no rules, a heading above each state's table, each table as wide as its own text:
    the labels "Sr. No" and "Product Name" of narrow columns stand as close as words. Both
    "Sr." | "No Product Name" and "Sr. No" | "Product Name" read as labels of two fields, and
    the body parts at either: the serials, centred under "Sr. No", reach 1.1 pt past where "No"
    starts, within the tolerance of a word's edge. Parted at "No", every serial stood in the
    products' column: the state's rows were read as the tail of the table above's last row (fuzz
    926700001: F1 0.64). The columns part where the body's white is widest: 12 pt before
    "Product"."""
    from pipeline.extract.header import find_header
    page, lines = _page_printed(2, 595.3, 841.9, [header,
        "• 135.4 138.2 428.1 433.6 | Handmade 140.4 179.5 427.8 433.7", "Chhatrapati 49.3 90.7 433.4 440.9",
        "1 113.8 118.2 439.3 444.8 | Paper 146.8 168.2 439.3 446.5", "Sambhajinagar 43.1 96.8 444.6 452.1",
        "Products 141.7 173.3 450.2 456.1",
        "Sindhudurg 49.5 90.4 518.2 525.7 | 2 113.8 118.2 518.4 524.0 | Products 139.2 170.8 518.2 524.1 | • 173.0 175.8 518.5 524.0",
        "Coconut 138.8 168.6 529.6 535.3 | & 170.8 176.1 529.7 535.3",
        "Ratnagiri 54.0 86.0 597.4 604.9 | 3 113.8 118.2 597.6 603.3 | Embroidery 134.5 175.4 597.4 604.9 | • 177.6 180.4 597.7 603.2",
        "Honey 145.9 169.0 608.9 616.1",
        "Nandurbar 51.1 88.8 654.2 660.1 | 4 113.8 118.2 654.5 660.0 | Handloom 139.3 175.7 654.2 660.1",
        "Fabrics/Han 135.9 179.0 665.4 671.3"])
    from dataclasses import replace
    lines = [lines[0]] + [[replace(w, x0=w.x0 + shift, x1=w.x1 + shift) if w.x0 > 100 else w for w in line] for line in lines[1:]]
    page.words = [w for line in lines for w in line]
    columns, _, _ = find_header(page, lines, None, hint=False)
    serial, product = (next(c for c in columns if c.field == name) for name in ("serial", "product"))
    assert [c.field for c in columns] == ["district", "serial", "product"]
    assert serial.x0 < 113.8 + shift and 118.2 + shift < serial.x1 == product.x0 < 134.5 + shift


def test_a_space_inside_one_text_printed_again_is_no_columns_edge():
    """Chromium, unruled, products centred in a narrow column, remarks "GI tagged" and "New"
    centred beside them. "Lacquerware/Wooden", too wide for its cell, is kept whole and runs
    over the white before "GI", so the only white left between the labels was the space inside
    "GI tagged", printed again on every row: the edge went there, and "GI" was read into the
    products (fuzz 1289300010, unseen seed 12893: 37 wrong rows). That space is a text's, not
    where different texts part: the edge is where fewest texts cover, before "GI"."""
    spans = [("product", 408.0, 438.0), ("remarks", 469.0, 504.0)]
    body = _products_and_remarks([("Tussar Silk", 410.0, 452.0), ("Kani Shawl", 403.0, 445.0), ("Processed Pork", 397.0, 465.9),
                                  ("Blue Pottery", 404.0, 450.0), ("Lacquerware/Wooden", 397.0, 472.0), ("Coir Products", 399.0, 460.0)],
                                 ((469.1, 477.6), (478.7, 504.3)), (479.0, 495.0), 7.0)
    columns = _unruled_columns(["product", "remarks"], spans, body, 0.0, 600.0, BodySeen())
    assert 465.9 < columns[0].x1 < 469.1


def test_where_one_lines_word_ends_and_anothers_starts_inside_one_text_is_no_columns_edge():
    """Chromium, unruled, /Rotate 90, products centred, remarks "GI tagged" and "New" centred
    beside them. Words run out of their product cells ("Lacquerware/Wooden" to 423.6) cover the
    white before "GI" (415.1); the only place left between the labels was where one line's "GI"
    ends (424.6) and another line's "New" starts (424.5), read as two cells' texts that touch.
    The edge went there and "GI" was read into the products, with no doubt (fuzz 1100400114,
    unseen seed 11004). That point is inside the space of "GI tagged", printed again."""
    spans = [("product", 356.0, 390.0), ("remarks", 416.0, 450.0)]
    body = _products_and_remarks([("Chilli", 360.0, 384.0), ("Black Rice", 352.0, 392.0), ("Lacquerware/Wooden", 344.3, 423.6),
                                  ("Fisheries/Marine", 344.3, 405.3), ("Fabrics/Handicrafts", 344.3, 415.2), ("Pineapple", 353.0, 391.0),
                                  ("Stone Carving", 349.0, 396.0), ("Pottery", 358.0, 386.0)],
                                 ((415.1, 424.6), (427.3, 450.9)), (424.5, 441.0), 9.0)
    columns = _unruled_columns(["product", "remarks"], spans, body, 0.0, 600.0, BodySeen())
    assert 405.3 < columns[0].x1 < 415.1


def test_an_unruled_columns_edge_is_where_different_texts_start_not_where_one_is_printed_again():
    """Writer, justified: the district's last word "-" is pushed to its cell's edge (x = 172) on
    each row of "Capital Complex - Itanagar", 35 pt after "Complex"; the products start at x = 184.
    The white after "Complex" is wider, but only one text starts after it."""
    spans = [("Name of District", 98.0, 153.0), ("Product(s) identified", 186.0, 258.0)]
    body = []
    for k, product in enumerate(["Chilli", "Stone Carving", "Ready-made Garments"]):
        y = 100.0 + 60 * k
        body += [_at(y, ("Capital", 80, 124)), _at(y + 18, ("Complex", 80, 133), ("-", 168, 172), (product, 184, 184 + 6 * len(product))),
                 _at(y + 36, ("Itanagar", 80, 132))]
    assert 172 < _edge(spans, body) < 184
    # centred remarks: "New" always starts at one x, where "GI tagged" has the space between its words
    spans = [("Product", 420.0, 452.0), ("Remarks", 498.0, 550.0)]
    body = [_at(100.0 + 20 * k, (product, 430 - 3 * k, 470 + 3 * k), *(("GI", 499, 511), ("tagged", 514, 549)) if k % 2 else (("New", 512, 536),))
            for k, product in enumerate(["Cashew", "Jaggery", "Pottery", "Brassware", "Dry Fish", "Tamarind"])]
    assert 476 < _edge(spans, body) < 499


def test_the_last_words_of_justified_lines_start_no_column_where_words_run_over_its_edge():
    """Chromium, justified products, no rules: each line's last word is pushed to the cell's
    edge (x = 283), so "b)", "c)", "d)" and "of" start at x = 271 on line after line; the sectors
    start at 285. Words too wide for the cell ("Manufacturing", "Lacquerware/Wooden") run on over
    the edge, leaving no white, and the markers, starting at one place more often than the
    sectors, made the edge: "b)" and "and" were read into the sectors (fuzz 1100400011, 18 rows
    lost). Texts that all end where several different texts end are lines' tails, set there by
    their width: the edge is before the sectors."""
    spans = [("product", 225.0, 272.6), ("sector", 311.5, 347.8)]
    sectors = [("Agriculture", 285.0, 335.0), ("Food Processing", 285.0, 371.0), ("Handicraft", 285.0, 333.0), ("Textiles", 285.0, 320.0)]
    tails = [("b)", 271.3), ("and", 262.0), ("c)", 272.3), ("of", 271.9), ("d)", 271.3)]
    body = []
    for k in range(10):
        y = 100.0 + 60 * k
        body += [_at(y, ("a)", 215.0, 224.0), ("Brass", 240.0, 262.0), ("&", 277.0, 283.0), sectors[k % 4]),
                 *(_at(y + 12 * n, ("Utensils", 215.0, 250.0), (tail, x0, 283.0)) for n, (tail, x0) in enumerate(tails[k % 2 :: 2], 1)),
                 _at(y + 48, ("Spices", 215.0, 245.0))]
    body += [_at(700.0, ("Manufacturing", 215.0, 291.0)), _at(712.0, ("Lacquerware/Wooden", 215.0, 326.0))]
    columns = _unruled_columns(["product", "sector"], spans, body, 0.0, 600.0, BodySeen())
    assert 283.0 < columns[0].x1 < 285.0

def test_an_unruled_columns_edge_stands_just_before_where_the_next_columns_lines_start():
    """Calc, a state's table to a page: no product line on it reached past x = 202, and the
    sectors start at 230.5. The edge stood in the middle of the white (216.2) and was carried to
    the next table, where a justified line's last word "&", set at its cell's edge (220.6), fell
    into the sector: "Marine Products (Shrimp, Prawn Fish)", no doubt (fuzz 6060700181, found at
    the unseen seed 60607). A cell's text may run up to its cell's edge, so the edge stands just
    before the next column's lines where they start at one place."""
    spans = [("Products", 100.0, 150.0), ("Sector", 235.0, 265.0)]
    body = [_at(100.0 + 16 * k, (product, 37.0, 37.0 + 6.5 * len(product)), (sector, 230.5, 230.5 + 6 * len(sector)))
            for k, (product, sector) in enumerate([("Leather Footwear", "Textiles"), ("Processed Prawns/Shrimp", "Food"),
                                                   ("Kiwi", "Handicraft"), ("Bamboo Shoots", "Agriculture")])]
    assert 228.5 < _edge(spans, body) < 230.5


def test_a_sign_alone_at_a_justified_lines_end_starts_no_column():
    """Chromium, justified, a scan: bullets ending the products' lines at their cell's edge
    (270.3 to 273.5) were read "•" on some lines and "·" on others, two texts starting at one
    place, and the column's edge was set before them (269): the bullets went to the remarks, and
    the items they part were read as one (fuzz 1993600182, 15 rows with no doubt). A sign alone
    tells no edge: it may as well end a line as start one. The remarks start at 279.6."""
    spans = [("Product", 204.0, 248.0), ("Remarks", 278.0, 327.0)]
    body = []
    for k, (product, bullet, remark) in enumerate([("Coffee (Araku)", "•", "New"), ("Bamboo Craft", "·", "GI"), ("Tamarind", "•", ""),
                                                   ("Items", "·", "New"), ("Spices", "•", "")]):
        line = [(product, 178.0, 178.0 + 6 * len(product)), (bullet, 270.3, 273.5)] + ([(remark, 279.6, 279.6 + 7 * len(remark))] if remark else [])
        body.append(_at(100.0 + 14 * k, *line, size=10.0))
    assert 273.5 < _edge(spans, body) < 279.6


def test_the_words_of_a_justified_line_start_no_text_of_their_own():
    """Calc, justified, Times 12 pt: the products' lines end at their cell's edge (342.8) and the
    remarks start 2.2 pt after it. "and" and "silk", the last words of two justified lines, are
    as wide, so both start at 325.5, 6.9 pt after the word before (a gap three times the 2.2 pt
    between the district and the product on their line): two different texts would start
    there, as at the remarks' edge. But a justified line spreads its words evenly: a word after
    white as wide as the white beside it goes on the text before it (fuzz 1513300158: "and" and
    "silk" were read as remarks)."""
    spans = [("ODOP Product", 234.6, 313.4), ("Remarks", 375.2, 421.8)]
    garo = (("South", 99.1, 127.1), ("West", 140.7, 165.3), ("Garo", 178.9, 202.9))  # justified too, 2.2 pt before the product
    lines = [(*garo, ("Orthodox", 205.1, 251.0), ("Tea", 257.9, 275.8), ("(Black)", 282.8, 318.6), ("and", 325.5, 342.8)),
             (("Green", 205.1, 234.4), ("Tea", 237.3, 255.3), ("New", 345.0, 367.6)),
             (*garo, ("Handloom", 205.1, 255.7), ("products", 261.8, 303.1), ("of", 309.4, 319.4), ("silk", 325.5, 342.8)),
             (("&", 205.1, 214.4), ("cotton", 217.4, 247.3), ("New", 345.0, 367.6)),
             (("Kantha", 205.1, 239.7), ("Embroidery", 242.7, 299.8), ("GI", 345.0, 357.7), ("tagged", 360.7, 392.6)),
             (("Large", 205.1, 233.0), ("Cardamom", 236.0, 289.1), ("GI", 345.0, 357.7), ("tagged", 360.7, 392.6))]
    body = [_at(270.0 + 14 * k, *words) for k, words in enumerate(lines)]
    assert 342.8 < _edge(spans, body) < 345.0


def test_a_word_read_across_a_columns_left_edge_may_hold_the_text_before_it():
    """Writer sets "Pearl Millet" and "Sindhudurg" against each other: pdfium reads
    "MilletSindhudurg", which falls in the district column, run back into the product column."""
    joined, pearl = Word("MilletSindhudurg", 156.0, 233.0, 539.0, 548.0), Word("Pearl", 130.0, 152.0, 539.0, 548.0)
    assert swallows_back(joined, [pearl]) and swallows_back(joined, [])
    assert not swallows_back(joined, [Word("Millet", 130.0, 170.0, 539.0, 548.0)])


def test_words_printed_over_each_other_are_told():
    """Calc prints a justified cell's second line over the next row's text when the row is too low."""
    overprinted = _at(451.0, ("Yadadri", 297, 332), ("(Hanumakonda)", 297, 369), ("Bhuvanagiri", 334, 387), size=10.0)
    assert cell_lines([overprinted], 440.0, 297.0)[0].overprinted
    assert not cell_lines([_at(451.0, ("Yadadri", 297, 332), ("Bhuvanagiri", 334, 387), size=10.0)], 440.0, 297.0)[0].overprinted


def test_without_serials_a_row_starts_at_a_product_line_that_does_not_surely_go_on():
    """A table without serials or rules between rows starts a row at each product line (fuzz
    lists without serials: "Handloom products of silk &" / "cotton" read as two rows). A line
    that surely goes on from the product line above (after a connector, in lower case, the next
    marker of the list above) starts none; one that may begin a name does (in doubt: `rows_by_spacing`)."""
    from pipeline.extract.unruled import _product_starts

    texts = ["Handloom products of silk &", "cotton", "1) Tea", "2) Coffee", "Kiwi", "Uppada", "Jamdani Sarees"]
    parts = [{"product": [Word(t, 200.0, 200.0 + 5 * len(t), 100.0 + 12 * k, 108.0 + 12 * k)]} for k, t in enumerate(texts)]
    assert _product_starts(parts, list(range(len(parts))), "product", set()) == [0, 2, 4, 5, 6]

def test_without_serials_no_row_starts_after_a_line_the_page_ended_on_the_space_it_wrapped_at():
    """Calc, no serials, no rules, justified: "Handloom" / "Fabrics/Handicrafts" is one product
    wrapped, and "Fabrics/Handicrafts" would not have fitted after "Handloom" nor does it go on
    by its words; it started a row, and the product was read as two, with no doubt (fuzz
    581500025). LibreOffice ends a line it wrapped with the space it wrapped at (`Word.wrapped`):
    the text goes on, and no row starts there."""
    from pipeline.extract.unruled import _product_starts

    def parts(wrapped: bool):
        return [{"product": [Word("Handloom", 258.0, 315.6, 100.0, 110.0, wrapped=wrapped)]},
                {"product": [Word("Fabrics/Handicrafts", 258.0, 365.0, 112.0, 122.0)]}, {"product": [Word("Kiwi", 258.0, 280.0, 124.0, 134.0)]}]

    assert _product_starts(parts(True), [0, 1, 2], "product", set()) == [0, 2]
    assert _product_starts(parts(False), [0, 1, 2], "product", set()) == [0, 1, 2]

def test_a_product_holding_a_text_a_column_beside_holds_alone_is_in_doubt():
    """Chromium, justified, no rules: the product column's edge read 42 pt too far right took
    the category's "Tertiary" into "Large Cardamom", spread to its edge ("Large Tertiary
    Cardamom", fuzz 5544100018: 30 wrong rows with no doubt). A product holding, among other
    words, a text that a column beside holds alone in three rows or more is in doubt; one that
    is that text alone, or holds a text seen twice only, is not."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _holds_values, _values_beside

    def row(product: str, category: str) -> Row:
        return Row(1, cells={"district": [Line("Idukki", 0)], "product": [Line(product, 0)], "category": [Line(category, 0)]})
    rows = [row("Large Tertiary Cardamom", ""), row("Tea", "Tertiary"), row("Coffee", "Tertiary"), row("Tertiary", "Tertiary"),
            row("Pepper Primary Plus", "Secondary"), row("Cardamom", "Primary"), row("Kiwi", "Primary")]
    besides = _values_beside(rows)
    assert [_holds_values(r, besides) for r in rows] == [{"product": ("tertiary", "category")}] + [{}] * 6
    # the two texts met inside a word, in a scan (fuzz 6745300056: "Processed Pork TurmericAgriculture")
    assert _holds_values(row("Processed Pork TurmericTertiary", ""), besides) == {"product": ("tertiary", "category")}
    assert _holds_values(row("Processed Pork TurmericTertiaryx", ""), besides) == {}


def test_a_product_holding_a_word_of_a_text_whose_rest_the_column_beside_holds_is_in_doubt():
    """Chromium, justified, no rules: "Food" of the sector's "Food Processing" was read into the
    product beside it, "Apple & Food Apple-based Products", its sector cell left "Processing"
    (unseen fuzz 676800056, read with no doubt). The two cells hold a text the sector column
    holds alone, parted between them."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _holds_values, _values_beside

    def row(product: str, sector: str) -> Row:
        return Row(1, cells={"district": [Line("Kutch", 0)], "product": [Line(product, 0)], "sector": [Line(sector, 0)]})
    rows = [row("Apple & Food Apple-based Products", "Processing"), row("Tea", "Food Processing"), row("Kiwi", "Food Processing"),
            row("Pottery", "Food Processing"), row("Sea Food", "Handicraft"), row("Honey", "Handicraft"), row("Rice", "Handicraft")]
    besides = _values_beside(rows)
    assert [_holds_values(r, besides) for r in rows] == [{"product": ("food processing", "sector")}] + [{}] * 6

def test_a_scans_product_a_letter_from_a_name_of_the_initiative_may_be_misread():
    """OCR read "Coffee (Araku)" as "Cofee (Araku)", sure of it, once in the list (fuzz
    4021300082, no doubt): a product read once that is a letter away from one of the
    initiative's names, and not one itself, may be misread. A known name, or a text near none,
    is not. So is a text of five letters, and one that lost a thin last letter: "Chili" and
    "Chill" of "Chilli" (fuzz 1888900046 and 1888900135, no doubt), or any last letter where
    what is left ends in no word ("Terracott"); a word that goes on by another letter is another
    word or form ("Spice", "Handicraft")."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _known_near, misread_cells

    assert _known_near("Cofee (Araku)") == "coffee araku"
    assert _known_near("Coffee (Araku)") is None and _known_near("Quantum Widgets") is None
    assert _known_near("Chili") == _known_near("Chill") == "chilli"
    # any last letter, where what is left ends in no word (unseen fuzz 1352900198, no doubt)
    assert _known_near("Terracott") == "terracotta"
    assert _known_near("Spice") is None and _known_near("Handicraft") is None
    # a word of the initiative's names with letters read for others of their shape: "Shriinp"
    # of "Prawns/Shrimp" (fuzz 569900183, no doubt); not a word that holds those letters
    from pipeline.extract.pdf import _misread_known_word
    assert _misread_known_word("Shriinp") and _misread_known_word("Cornponents") and _misread_known_word("Fumiture")
    assert not _misread_known_word("Printing") and not _misread_known_word("Shrimp")
    # a product that stops where another the list reads goes on, none of the initiative's names:
    # its last line may be lost ("(Jaggery)" under a row too low for it, unseen fuzz 234200110)
    from pipeline.extract.pdf import _read_longer
    qualified = sorted(["sugarcane based products jaggery", "carpets dari"])
    assert _read_longer("Sugarcane based products", qualified) == "sugarcane based products jaggery"
    assert _read_longer("Carpets", qualified) is None and _read_longer("Honey", qualified) is None
    rows = [Row(1, cells={"district": cell_lines([[Word("Kullu", 0.0, 30.0, 0.0, 10.0)]], 900.0, 0.0),
                          "product": cell_lines([[Word(text, 0.0, 30.0, 0.0, 10.0)]], 900.0, 0.0)}) for text in ("Chill", "Honey")]
    assert [k for k in misread_cells(rows)] == [0]

def test_serials_broken_at_a_narrow_columns_edge_are_joined_only_where_they_then_run_on():
    """reportlab breaks "10" in a serial column one digit wide: "1" / "0", a line apart. Read as
    two rows, the serials go 9, 1, 0; joined, 9, 10, 11. Serials a line apart that run on as they
    stand (single-line rows, little padding) stay apart."""
    def serials(*lines: tuple[str, float]) -> list[str]:
        parts = [{"serial": [Word(text, 48.0, 48.0 + 5 * len(text), y, y + 8.0)], "product": []} for text, y in lines]
        _join_broken_serials(parts)
        return [w.text for p in parts for w in p["serial"]]

    assert serials(("9", 100), ("1", 130), ("0", 139), ("1", 170), ("1", 179)) == ["9", "10", "11"]
    assert serials(("1", 100), ("2", 110), ("3", 120), ("4", 130)) == ["1", "2", "3", "4"]
    # a page of three-digit serials, a digit a line (fuzz 4021300245): its last number ends like a
    # run of small ones ("1" / "1" / "2" after "111", where 1 -> 2 runs on too), and a number's
    # tail like a number of its own ("0" / "2" of "102"); no serial begins with a 0
    digits = [(d, 100 + 40 * n + 9 * k) for n, number in enumerate(range(109, 113)) for k, d in enumerate(str(number))]
    assert serials(*digits) == ["109", "110", "111", "112"]
    assert serials(("1", 100), ("0", 109), ("0", 118), ("1", 140), ("0", 149), ("1", 158), ("1", 180), ("0", 189), ("2", 198)) == [
        "100", "101", "102"]
    # a face whose lines stand 1.5 em apart (Writer, DejaVu Serif: 14.2 pt under glyphs 9.4 pt
    # tall, fuzz 3266900163): a number's lines stand at the cells' line spacing, as a product's do
    def page(*rows: tuple[str, ...]) -> list[str]:
        parts = []
        for n, row in enumerate(rows):
            for k, (digits, product) in enumerate(row):
                y = 100 + 40 * n + 12.5 * k
                parts.append({"serial": [Word(digits, 48.0, 58.0, y, y + 8.0)] if digits else [],
                              "product": [Word(product, 90.0, 140.0, y, y + 8.0)]})
        _join_broken_serials(parts)
        return [w.text for p in parts for w in p["serial"]]

    assert page([("99", "Orthodox Tea"), ("", "Green Tea")], [("10", "Chikankari"), ("0", "Embroidery")],
                [("10", "Carpets"), ("1", "(Bhadohi)")]) == ["99", "100", "101"]


@pytest.mark.parametrize("text, opens", [
    ("(1) Coir & Coir Products", True), ("a) Cashew", True), ("1. Tea", True), ("(i) Tea", True),
    ("(2) Chilli", False), ("2. Tea", False), ("i. Tea", False), ("• Tea", False), ("(1)", False), ("Coir", False),
])
def test_a_line_opens_a_counted_list_only_at_its_first_marker(text, opens):
    """A line opening a list ("(1) ...") starts a cell's text: it never goes on from the line
    before (in a Calc table whose rows overflow, nor in a header)."""
    assert opens_list(text) is opens


def test_two_cells_texts_printed_against_each_other_part_into_words():
    """Writer sets the product's "Sarees" and the sector's "Food" 0.8 pt apart, where one word's
    letters follow each other advance to advance: a capital after a small letter not set right
    against it starts a word. "McDonald" is one word, its letters touching."""
    def boxes(*spans):
        return [(x0, 787.5, x1, 795.7) for x0, x1 in spans]
    sarees_food = boxes((285.5, 290.6), (290.6, 295.5), (295.6, 298.9), (298.9, 303.8), (303.9, 308.8), (308.9, 313.1),
                        (313.9, 318.6), (318.6, 323.5), (323.5, 328.4), (328.4, 333.5))
    assert [w.text for w in words_from_chars("SareesFood", sarees_food)] == ["Sarees", "Food"]
    touching = boxes(*((100.0 + 5 * k, 105.0 + 5 * k) for k in range(8)))
    assert [w.text for w in words_from_chars("McDonald", touching)] == ["McDonald"]
    # Chromium draws "of silk" without a space character: the gap after "f" (whose box overhangs
    # its advance) is 1.9 pt, the line's boxes 13.4 pt high
    of_silk = [(501.7, 321.0, 507.5, 334.4), (507.5, 321.0, 511.9, 334.4), (513.8, 321.0, 518.3, 334.4),
               (518.3, 321.0, 521.5, 334.4), (521.5, 321.0, 524.6, 334.4), (524.6, 321.0, 530.4, 334.4)]
    assert [w.text for w in words_from_chars("ofsilk", of_silk)] == ["of", "silk"]


def test_a_words_first_letter_read_out_of_order_is_the_words_again():
    """Chromium drew the "N" of "North" on its own, and pdfium, reading a turned page, put it with
    the line beside ("Nicobar" / "N" / " Islands" ... "orth and"): "N" ends where "orth" starts,
    on the same line box, so the two are one word (fuzz 4681000037). Words a space apart, or a
    capital after a word's end (two cells' texts), stay apart."""
    def boxes(*spans):
        return [(x0, 100.0, x1, 112.8) for x0, x1 in spans]
    text = "N Islands orth and"
    spans = [(37.7, 46.0), (0, 0), *((378.0 + 5.5 * k, 383.5 + 5.5 * k) for k in range(7)), (0, 0),
             *((46.0 + 5.6 * k, 51.6 + 5.6 * k) for k in range(4)), (0, 0), (72.0, 79.0), (79.0, 86.0), (86.0, 92.7)]
    assert sorted(w.text for w in words_from_chars(text, boxes(*spans))) == ["Islands", "North", "and"]
    spaced = [*spans[:10], *((49.0 + 5.6 * k, 54.6 + 5.6 * k) for k in range(4)), *spans[14:]]
    assert sorted(w.text for w in words_from_chars(text, boxes(*spaced))) == ["Islands", "N", "and", "orth"]


def test_a_word_right_after_another_in_reading_order_stays_apart_though_their_space_is_squeezed_to_nothing():
    """reportlab squeezed the space of "Phones and" in a narrow cell: "and" starts where "Phones"
    ends, advance to advance, yet the page draws a space between them (fuzz 9300100195)."""
    text = "Phones and"
    boxes = [(379.2 + 6.6 * k, 86.2, 385.8 + 6.6 * k, 94.9) for k in range(6)] + [(418.8, 86.2, 418.8, 94.9)] + [
        (418.8 + 6.4 * k, 86.2, 425.2 + 6.4 * k, 94.9) for k in range(3)]
    assert [w.text for w in words_from_chars(text, boxes)] == ["Phones", "and"]


def test_a_bracket_that_reaches_into_the_line_above_is_of_its_own_line():
    """Writer printed the district "Nellore" just before the next line's "(1) Pottery", with no
    space (pdfium's line break between them is its own): the bracket's box reaches up into
    "Nellore", but as tall as a line's letters it stands on its own line by its centre (fuzz
    4773100189: read "Nellore(" and "( 1) Pottery"). A comma, lower than the letters, joins the
    line it touches."""
    letters = [(216.1 + 5.2 * k, 233.1, 221.3 + 5.2 * k, 244.7) for k in range(7)]  # to x = 252.5
    marker = [(252.3, 241.5, 256.3, 253.4), (256.3, 241.5, 262.3, 253.1), (262.3, 241.5, 266.3, 253.4)]
    assert [w.text for w in words_from_chars("Nellore(1)", letters + marker)] == ["Nellore", "(1)"]
    comma = [(252.5, 241.0, 254.0, 246.0)]  # an ink box, below the letters' foot
    assert [w.text for w in words_from_chars("Nellore,", letters + comma)] == ["Nellore,"]


def test_a_sign_alone_on_its_line_stands_on_the_line_it_does_beside_letters():
    """Writer draws a list's bullets in another font than the items' (OpenSymbol), whose box is
    not the text's: "•" alone on its line (its item's first word too wide to follow it) stands as
    far above its line's foot as the page shows it does beside "Kiwi" (fuzz 5891300076)."""
    def line(y: float, *texts: str) -> tuple[str, list]:
        boxes, x = [], 270.9
        for k, word in enumerate(texts):
            for c in word:  # the bullet's box is OpenSymbol's, 3 pt lower than the letters'
                boxes.append((x, y + 3.0, x + 4.2, y + 10.0) if c == "•" else (x, y, x + 5.0, y + 16.0))
                x += 5.0
            if k < len(texts) - 1:
                boxes.append((x, y, x + 3.0, y + 16.0))
                x += 3.0
        return " ".join(texts), boxes
    kiwi, alone = line(100.0, "•", "Kiwi"), line(117.0, "•")
    words = words_from_chars(kiwi[0] + " " + alone[0], kiwi[1] + [(300.0, 100.0, 303.0, 116.0)] + alone[1])
    assert [(w.text, w.foot) for w in words] == [("•", 116.0), ("Kiwi", 116.0), ("•", 133.0)]


def test_a_centred_columns_edge_is_where_the_headers_cell_rules_meet():
    """Chromium rules a header cell by cell, with no rule between the columns: the cells' rules
    meet at the columns' edges, though centred texts of the two columns reach past each other
    ("Thiruvananthapuram" to x = 271, "Agro-processing: ..." from x = 240; fuzz 5220900142)."""
    spans = [("Name of District", 179.4, 221.9), ("Product(s) identified", 275.4, 391.9)]
    body = [_at(100.0, ("Thiruvananthapuram", 163.6, 271.0), ("Raja", 294.6, 317.4), ("Rani", 320.6, 343.9), ("Dolls", 347.1, 372.7)),
            _at(120.0, ("Idukki", 184.6, 216.7), ("Agro-processing:", 240.3, 326.5), ("Millet-based", 329.7, 392.6)),
            _at(140.0, ("Lahaul", 172.3, 207.0), ("and", 210.1, 228.9), ("Brass", 263.4, 291.8), ("&", 295.0, 303.9), ("Bell", 307.0, 326.7))]
    assert _unruled_columns(["district", "product"], spans, body, 0.0, 600.0, BodySeen(), [96.0, 163.0, 238.0, 428.0])[0].x1 == 238.0
    # where the cells' rules do not show it, the edge is read from the body alone
    assert _edge(spans, body) != 238.0


def test_centred_texts_that_start_level_by_chance_show_no_columns_edge():
    """Two products centred in their column start a point apart, right where another product's
    first word ends ("Rice", "Dhokra" by "Electronics"): no edge of a column set to the left,
    where most texts would start (fuzz 9300100034). The white between the columns is the edge."""
    spans = [("District", 190.0, 230.0), ("Product", 400.0, 440.0)]
    body = [_at(100.0, ("Mohla-Manpur-Ambagarh", 144.8, 247.5), ("Chouki", 250.0, 278.0), ("Kondapalli", 392.0, 434.1), ("Toys", 436.6, 456.1)),
            _at(120.0, ("Gaurela-Pendra-Marwahi", 160.8, 262.0), ("Rice", 361.3, 379.3), ("based", 381.8, 406.4), ("products", 408.9, 443.4)),
            _at(140.0, ("Gaurela-Pendra-Marwahi", 160.8, 262.0), ("Dhokra", 362.3, 391.3), ("Metal", 393.8, 415.9), ("Craft", 418.4, 437.9)),
            _at(160.0, ("Janjgir-Champa", 179.5, 243.1), ("Electronics", 315.6, 359.7), ("Manufacturing", 362.2, 419.3)),
            _at(180.0, ("Bastar", 198.3, 224.3), ("Stone", 395.5, 419.0), ("Carving", 421.5, 452.6))]
    assert 278.0 < _edge(spans, body) < 315.6
    # nor where they start beside white inside texts that run on across it: "Leather" and
    # "Large" start level, right of "Apple" in "Apple & Apple-based Products" (fuzz 4773100019)
    spans = [("Serial No.", 61.8, 104.0), ("Product Name", 311.3, 373.2)]
    body = [_at(100.0, ("1", 80.4, 85.4), ("Apple", 279.6, 304.1), ("&", 306.6, 314.3), ("Apple-based", 316.8, 367.3), ("Products", 369.8, 404.8)),
            _at(117.0, ("2", 80.4, 85.4), ("Coconut", 270.9, 304.8), ("&", 307.3, 315.0), ("Coconut", 317.5, 351.4), ("based", 353.9, 376.6)),
            _at(134.0, ("3", 80.4, 85.4), ("Leather", 308.3, 338.7), ("Products", 341.2, 376.2)),
            _at(151.0, ("4", 80.4, 85.4), ("Large", 307.1, 330.4), ("Cardamom", 332.9, 377.3))]
    assert 85.4 < _edge(spans, body) < 270.9


def test_a_word_run_in_from_the_column_before_does_not_widen_a_columns_room():
    """Chromium, centred, no rules, scanned at 150 dpi: "Visakhapatnam", too wide for its cell,
    ran into the product "Processed Pork" and OCR read "VisakhapatnamProcessed" as one word,
    given to the product column. Its start, 58 pt left of the column's, made every product's room
    58 pt too wide, and each wrap ("Handmade Paper" / "Products") read as an item with no doubt
    (fuzz 1972600035: 22 such rows). A column's lines start where its own words do, as they
    reach where its own words do (`widest`)."""
    from pipeline.extract.cells import leftmost, widest

    product = Column("product", "Product(s) identified", 188.0, 318.0)
    words = [Word("VisakhapatnamProcessed", 133.0, 252.0, 100.0, 111.0), Word("Handmade", 206.2, 255.0, 120.0, 131.0),
             Word("Paper", 258.0, 295.8, 120.0, 131.0), Word("Agro-processing:", 190.7, 280.0, 140.0, 151.0),
             Word("Millet-", 283.0, 311.3, 140.0, 151.0), Word("Sector", 330.0, 360.0, 160.0, 171.0)]
    assert (leftmost(product, words), widest(product, words)) == (190.7, 311.3)


def test_a_word_read_across_a_columns_edge_parts_at_the_capital_nearest_it():
    """Writer sets "Products" against the category's "Primary" with no gap: read as one word,
    "productsPrimary" crosses the product column's edge (x = 300) and parts there: where the
    category's lines start, if they start at one place near it, else by its letters taken as
    equally wide (so "Millet" of "MilletHandicraft" ended 2.9 pt past the edge, and its line,
    wider than the column's room, made a wrap look broken by hand: fuzz 6128300083, "Processed"
    / "Pork" read as two products with no doubt)."""
    columns = [Column("product", "Product", 200.0, 300.0), Column("category", "Category", 300.0, 380.0)]
    joined = Word("ProductsPrimary", 258.0, 338.0, 100.0, 110.0)
    assert [(w.text, round(w.x1)) for w in apart_at_columns([joined], columns)] == [("Products", 301), ("Primary", 338)]
    # (Chromium's list markers start nearer than the items after them, which start at more lines: fuzz 6128300099)
    below = [Word("Tertiary", 299.4, 335.0, 115.0, 125.0), Word("Secondary", 299.4, 345.0, 130.0, 140.0),
             *(Word(text, 306.0, 330.0, top, top + 10.0) for text, top in (("Food", 145.0), ("Fish", 160.0), ("Tea", 175.0)))]
    assert [(w.text, w.x0, w.x1) for w in apart_at_columns([joined, *below], columns)[:2]] == [
        ("Products", 258.0, 299.4), ("Primary", 299.4, 338.0)]
    inside = [Word("McDonald", 210.0, 250.0, 100.0, 110.0)]  # within its column: kept whole
    assert apart_at_columns(inside, columns) is inside
    # Writer justifies a bulleted list: the first item's bullet, set against the cell's edge, touches
    # the district beside it ("Kannada•", 4 pt of it past the edge at 142)
    district = [Column("district", "District", 60.0, 142.0), Column("product", "Product", 142.0, 215.0)]
    glued = Word("Kannada•", 106.0, 146.0, 115.0, 125.0)
    assert [w.text for w in apart_at_columns([glued], district)] == ["Kannada", "•"]
    # and a numbered list's first marker, run into by a district too wide for its cell (fuzz 6128300171)
    glued = Word("Anglong(1)", 102.8, 145.0, 532.5, 541.4)
    district = [Column("district", "Districts", 58.0, 133.0), Column("product", "Products", 133.0, 842.0)]
    assert [w.text for w in apart_at_columns([glued], district)] == ["Anglong", "(1)"]
    # Writer justifies "Eri, Muga &" to its cell's edge, and the next column's "Textiles" starts
    # there, with no rule between (fuzz 5220900037: "&" was read as the sector's)
    glued = Word("&Textiles", 426.0, 465.0, 95.0, 105.0)
    product = [Column("product", "Products", 300.0, 432.0), Column("sector", "Sector", 432.0, 500.0)]
    assert [w.text for w in apart_at_columns([glued], product)] == ["&", "Textiles"]
    # and a district broken after its hyphen, "South Salmara-" set against the product's
    # "Processed" (fuzz 4021300178: "Salmara-Processed Prawns/Shrimp" read as the product)
    glued = Word("Salmara-Processed", 129.0, 208.0, 95.0, 105.0)
    district = [Column("district", "Districts", 100.0, 171.0), Column("product", "Products", 171.0, 240.0)]
    assert [w.text for w in apart_at_columns([glued], district)] == ["Salmara-", "Processed"]
    # Writer justifies "Capital Complex -" to its cell's edge; the product's first marker "(i)"
    # starts 0.8 pt past it: "-(i)" starts within a letter of the edge, less than half an em
    # (fuzz 1966300004: the district lost its "-", the product began with it, in doubt)
    glued = Word("-(i)", 181.5, 193.1, 40.9, 49.0)
    district = [Column("district", "District", 104.6, 184.0), Column("product", "Product", 184.0, 243.0)]
    assert [w.text for w in apart_at_columns([glued], district)] == ["-", "(i)"]
    # OCR boxes "&Secondar" of a scan as one word: "&" ends where its letters do, short of where
    # the category's lines start (ended there, it made the product column's widest line 8 pt too
    # wide, and wraps read as items; fuzz 118730214)
    glued = Word("&Secondar", 317.0, 375.0, 332.0, 342.0)
    category = [Column("product", "Products", 240.0, 326.0), Column("category", "Category", 326.0, 380.0)]
    below = [Word("Secondar", 331.0, 375.0, 104.0, 114.0), Word("Primary", 331.0, 372.0, 175.0, 185.0)]
    assert [(w.text, round(w.x1, 1)) for w in apart_at_columns([glued, *below], category)[:2]] == [("&", 323.4), ("Secondar", 375.0)]
    # Chromium: "Banaskantha", too wide for its cell, runs into the first item's marker "a)"; the
    # marker's "a", drawn over the district's last, is read once ("Banaskantha)"). Parted where the
    # column's other markers start, the district may end with that letter: it does where the
    # directory names it so and not without, and not where it names it without only
    # ("Thiruvananthapurama)"); where it cannot tell, its text may go on unseen, a doubt (fuzz
    # 5032100046, 9300100179: "Banaskanth", "Chikkaballapur", no doubt)
    district = [Column("district", "District", 130.0, 205.0), Column("product", "Product", 205.0, 400.0)]
    markers = [Word("a)", 206.0, 213.0, top, top + 10.0) for top in (130.0, 160.0)]
    named = {"Banaskantha", "Thiruvananthapuram"}
    for glued, names, read in ((Word("Banaskantha)", 140.0, 212.0, 100.0, 110.0), None, ("Banaskanth", True)),
                               (Word("Banaskantha)", 140.0, 212.0, 100.0, 110.0), named, ("Banaskantha", False)),
                               (Word("Thiruvananthapurama)", 131.0, 212.0, 100.0, 110.0), named, ("Thiruvananthapuram", False))):
        parted = apart_at_columns([glued, *markers], district, names and (lambda field, text: field == "district" and text in named))
        assert [(w.text, w.cut) for w in parted[:2]] == [read, ("a)", False)]
    assert not apart_at_columns([Word("Carving43", 150.0, 215.0, 100.0, 110.0)], district)[0].cut  # nothing drawn over
    # a browser's word too wide for its cell meets the next cell's text anywhere past the edge:
    # "Thiruvananthapuram(i)" 41 pt past it (fuzz 1562800035, 3 rows wrong). It parts there where
    # the directory names the word's start and a list's marker is its rest; else not so far off
    district = [Column("district", "District", 250.9, 337.9), Column("product", "Product", 337.9, 496.1)]
    for glued, rest in ((Word("Thiruvananthapuram(i)", 253.5, 389.6, 515.6, 526.4), "(i)"), (Word("Ramanathapuram1)", 253.5, 370.0, 515.6, 526.4), "1)")):
        assert [w.text for w in apart_at_columns([glued], district, lambda field, text: text in named | {"Ramanathapuram"})] == [glued.text[:-len(rest)], rest]
        assert [w.text for w in apart_at_columns([glued], district)] == [glued.text]


def test_header_labels_part_by_the_headers_word_space_and_where_they_overprint():
    """Two labels 5 pt apart on a header's last line ("Status" "No.") part by the word space the
    header's other lines show (2.5 pt), not by that line's own gaps; Chromium's "Serial" and
    "Remarks", run past their narrow cells, overlap: two labels, each joining its own below."""
    block = [_at(37.0, ("Name", 47, 69), ("of", 72, 79), ("the", 81, 93), ("GI", 160, 170), ("S.", 185, 192), size=10.0),
             _at(50.0, ("Product", 55, 86), ("Status", 153, 177), ("No.", 182, 195), size=10.0)]
    assert [label for label, _, _ in _labels_by_phrases(block)] == ["Name of the Product", "GI Status", "S. No."]
    overlapping = [_at(104.0, ("Serial", 40, 75), ("Remarks", 65, 118), size=12.0), _at(119.0, ("No.", 40, 61), size=12.0)]
    assert [label for label, _, _ in _labels_by_phrases(overlapping)] == ["Serial No.", "Remarks"]
    assert [[w.text for w in p] for p in phrases(overlapping[0])] == [["Serial"], ["Remarks"]]
    # Calc draws a merged district cell's "Ambedkar Nagar" over the label "Name of District": one text
    drawn_over = _at(73.0, ("Name", 330, 360), ("Ambedkar", 331, 379), ("of", 362, 373), ("District", 375, 412), ("Nagar", 382, 411), size=10.0)
    assert len(phrases(drawn_over)) == 1


def test_a_label_broken_at_its_edge_set_as_close_as_a_word_to_the_next_parts_from_it():
    """reportlab broke "Serial No." in its narrow cell ("Seria" / "l No.") and set "Name of
    State/UT" 4.9 pt after "Seria", as close as words: read as one label over "l No.", it named
    the state, and the serials were read into the state's cells (unseen 1203400146: F1 0.00, every
    row in doubt). The words over the label below join it, the rest are a label of their own."""
    block = [_at(115.4, ("Seria", 43.2, 78.1), ("Name", 83.0, 121.7), ("of", 125.9, 139.5), ("State/UT", 143.5, 202.2),
                 ("District", 211.2, 261.0), ("Product", 354.2, 407.0), size=12.0),
             _at(130.1, ("l", 45.1, 49.2), ("No.", 53.4, 76.2), size=12.0)]
    assert [label for label, _, _ in _labels_by_phrases(block)] == ["Serial No.", "Name of State/UT", "District", "Product"]
    # not a rest that runs over the next label's words, out of its cell ("Category" over "Name" of
    # "Name" / "of" / "State/UT"): what the header's lines below say of it is not yet read (fuzz
    # 1972600011, read exactly before and after; parted here, its header named no state)
    jammed = [_at(102.7, ("Serial", 160.6, 200.1), ("Category", 200.7, 261.1), ("Name", 252.3, 291.4), size=14.1),
              _at(117.7, ("No.", 166.2, 189.1), ("of", 265.2, 279.0), size=14.1)]
    assert [label for label, _, _ in _labels_by_phrases(jammed)] == ["Serial Category No.", "Name of"]
    # nor words that name a field by themselves over a text below that is no label's piece ("State
    # Name Remarks" over a merged state cell's "Andaman &" drawn under it: fuzz 2764400098)
    drawn_under = [_at(100.0, ("State", 235, 259), ("Name", 262, 288), ("Remarks", 291, 331), size=9.0),
                   _at(111.0, ("Andaman", 234, 273), ("&", 275, 282), size=9.0)]
    assert [label for label, _, _ in _labels_by_phrases(drawn_under)] == ["State Name Remarks Andaman &"]


def test_a_state_name_drawn_over_the_header_is_no_label():
    """Calc draws a merged state cell's text where the cell's top would be, over the header on the
    page it runs on to: "Kerala" on the line of "No." and "District" is no column."""
    block = [_at(40.0, ("Serial", 41, 71), ("Name", 239, 268), ("of", 271, 282), size=10.0),
             _at(47.0, ("State/UT", 130, 173), size=10.0),
             _at(53.0, ("No.", 48, 65), ("Kerala", 78, 109), ("District", 241, 279), size=10.0)]
    assert [label for label, _, _ in _labels_by_phrases(block)] == ["Serial No.", "State/UT", "Name of District"]


def test_a_cells_line_spacing_is_the_pitch_most_lines_keep():
    """Calc rows too low for their text print a cell's first line 10.4 pt below the row above's
    last, closer than the 13.2 pt its own lines keep: the spacing is 13.2, not the least pitch."""
    pitches = [13.2, 13.3, 10.4, 13.2, 11.0, 13.1, 13.3, 12.3]
    assert _leading(pitches, below=14.8, size=12.0) == pytest.approx(13.2, abs=0.15)
    assert _leading([11.0, 12.5], below=14.8, size=12.0) == 11.0  # none recurs: the least
    assert _leading([15.0], below=14.8, size=12.0) is None


def test_a_line_opening_a_counted_list_begins_a_cell_however_close_it_stands():
    """Calc, no rules, no serials, rows fitted to their text so that they abut: a row's products
    "(i) Chikankari Embroidery" ... "Value-added Foods" and the next row's "(i) Terracotta" stood
    at one spacing, one run of lines, read as one row's cell (fuzz 282100116, F1 0.71: two
    districts run together in each of several rows). A line that opens a counted list begins a
    cell: where rows abut, the white between lines does not tell them (the rows' starts do)."""
    from pipeline.extract.unruled import rows_by_white
    texts = ["(i) Chikankari Embroidery", "(ii) Lacquerware/Wooden Toys", "(iii) Agro-processing: Millet-based", "Value-added Foods",
             "(i) Terracotta", "(ii) Organic Ginger"]
    parts = []
    for k, text in enumerate(texts):
        y, x, words = 100.0 + 11.0 * k, 300.0, []
        for w in text.split():
            words.append(Word(w, x, x + 6 * len(w), y, y + 9.0, foot=y + 7.0))
            x += 6 * len(w) + 3
        parts.append({"product": words})
    assert rows_by_white(parts, rows_apart=[14.0]) is None


def test_a_scans_line_spacing_is_the_middle_of_the_pitches_its_lines_keep():
    """A scan of a Calc list, rows abutting 13.5 pt apart: OCR's baselines put one cell's lines
    11.5 to 12.8 pt apart, most at 12.2. The least pitch most lines keep (11.7) left "Fabrics b)
    Chikankari" / "Embroidery", 12.4 pt apart, as two cells, and the first went to the row above
    (fuzz 1709300156, two rows with no doubt). The spacing is the middle of the pitches kept
    where most are kept; a text layer's, exact to a hundredth, keeps one pitch."""
    every = [11.51, 11.66, 11.69, 11.82, 11.87, 11.87, 12.05, 12.13, 12.13, 12.15] + [12.18] * 8 + [12.23] * 8 + [
        12.27, 12.28, 12.28, 12.32, 12.42, 12.42, 12.44, 12.47, 12.51, 12.59, 12.82, 12.83, 12.87, 12.87, 12.9, 13.0, 13.36, 24.11]
    assert _leading(every, below=12.29, size=12.09) == pytest.approx(12.18)
    assert _leading([12.8] * 9 + [12.5, 13.0], below=14.0, size=10.3) == pytest.approx(12.8)


def test_a_cells_line_spacing_is_its_wraps_where_rows_of_one_line_outnumber_them():
    """Writer's rows of one line, padded 1.4 pt a side, stand 16.8 pt apart, more often than a
    cell's lines stand 14 pt apart: where every line that surely goes on from the one above
    ("Pickles, Papad" / "& Spices") stands at 14 pt, 16.8 is a pitch of rows. Wraps that stand
    no closer than the spacing leave it as it is."""
    pitches = [16.8] * 9 + [14.0] * 4 + [30.8, 44.8]
    assert _cell_spacing(pitches, [], below=23.0, size=7.3) == pytest.approx(16.8)
    assert _cell_spacing(pitches, [14.0, 14.0], below=23.0, size=7.3) == pytest.approx(14.0)
    assert _cell_spacing([12.8] * 9 + [10.3], [12.8, 12.8], below=14.0, size=10.3) == pytest.approx(12.8)


def test_an_unruled_columns_edge_with_no_white_is_where_fewest_texts_cover():
    """Chromium lets "Visakhapatnam" run 19 pt past the district column into the product
    column's padding; the centred products start at x = 314 or later. No white parts the two
    columns on the page: the edge is where fewest texts stand, between the districts' usual end
    and the products' start."""
    spans = [("District Name", 256.0, 298.0), ("Product(s) identified", 336.0, 452.0)]
    body = [_at(100.0 + 15 * k, (district, 276 - 4 * len(district) // 2, 276 + 4 * len(district) // 2), (product, x0, x0 + 6 * len(product)))
            for k, (district, product, x0) in enumerate([("Nicobars", "Handloom Fabrics/Handicrafts", 314), ("Andamans", "Kondapalli Toys", 352),
                                                          ("Konaseema", "Honey", 377), ("Kadapa", "Cane & Bamboo Furniture", 320),
                                                          ("Raju", "Saffron", 375), ("Nellore", "Apple & Apple-based Products", 318)])]
    body.append(_at(400.0, ("Visakhapatnam", 242, 324), ("Pottery", 360, 402)))
    assert 294 < _edge(spans, body) < 314


def test_an_unruled_columns_edge_with_no_white_is_where_most_of_its_texts_start():
    """Writer justifies "Cane & Bamboo Furniture &" to its cell's edge, where its "&" touches the
    category's "Secondary": no white parts the columns, but the categories, three texts only,
    start at one x (148) on every row. Centred texts that start at one x now and then do not
    make an edge."""
    spans = [("ODOP Product", 64.0, 144.0), ("Category", 150.0, 201.0)]
    categories = ["Secondary", "Primary", "Tertiary"]
    products = [(("Furniture", 60, 106), ("&", 140, 148)), (("Lacquerware/Wooden", 60, 141),)]
    body = [_at(100.0 + 15 * k, *products[k % 2], (categories[k % 3], 148, 148 + 6 * len(categories[k % 3]))) for k in range(12)]
    assert 144 < _edge(spans, body) < 148.5


def test_an_unruled_columns_edge_with_no_white_stands_before_the_bullets_not_the_words_after_them():
    """Chromium, a page with no white between the district and product columns:
    "Thiruvananthapuram" runs on over the bullet of "• Sal Leaf Plates". The words after the
    bullets start at one x (300.4), many different ones, and the edge was put there: every
    bullet fell into the district column ("Bengaluru Rural • •"), 51 rows wrong with no doubt
    (fuzz 2391700109). A word after a bullet starts where its bullet puts it, and tells no edge;
    the edge is where fewest texts cover, after the districts' ends, before the bullets."""
    spans = [("District Name", 216.0, 278.0), ("Product", 387.0, 423.0)]
    rows = [("Chikkaballapura", 280.1, ["Sugarcane based products"]), ("Dakshina", 251.2, ["Carpets (Bhadohi)", "Pottery", "Blue Pottery"]),
            ("Uttara Kannada", 278.4, ["Kiwi", "Bamboo Shoots"]), ("Idukki", 238.0, ["Bamboo Shoots", "Glass Beads & Bangles"]),
            ("Thiruvananthapuram", 301.9, ["Sal Leaf Plates", "Tamarind", "Fruits & Vegetables Processing (Tomato, Onion,", "Potato)"])]
    body, y = [], 100.0
    for district, end, products in rows:
        for k, product in enumerate(products):
            beside = ((district, 211.9, end),) if k == 0 else ()
            bullet = (("•", 294.7, 298.1), (product, 300.4, 300.4 + 5 * len(product))) if product != "Potato)" else ((product, 294.7, 325.3),)
            body.append(_at(y, *beside, *bullet, size=12.2))
            y += 11.0
    assert 280.1 < _edge(spans, body) < 294.7
    assert 280.1 < _edge(spans, body[:-1]) < 294.7  # with no wrapped line under the bullets


def test_an_unruled_columns_edge_is_not_under_the_label_of_the_column_before():
    """Writer, unruled, a heading above each state's table: Tamil Nadu's table shows one line on
    its page, "Kanniyakumari • Kiwi • Cane", justified up to its cell's edge. Bullets start no
    text, so nothing said where the product column's texts start, and the edge went to the white
    nearest the label's centre, before the second bullet: "Cane" was read as a remark, with no
    doubt (fuzz 581500017, unseen seed 5815). A label stands in its cell: the cell ends past it."""
    spans = [("District Name", 46.5, 106.2), ("Name of the Product", 125.4, 177.0), ("GI Status", 191.0, 217.7)]
    body = [_at(782.0, ("Kanniyakumari", 39.9, 102.0), ("•", 120.4, 123.9), ("Kiwi", 128.6, 148.6), ("•", 153.3, 156.8), ("Cane", 161.5, 182.0), size=10.0)]
    columns = _unruled_columns(["district", "product", "remarks"], spans, body, 700.0, 600.0, BodySeen())
    assert 102.0 < columns[0].x1 < 120.4 and 182.0 < columns[1].x1 < 191.0


def test_a_list_that_bullets_every_item_even_alone_in_its_cell_tells_a_cell_without_one():
    """Calc, a scan: a row too low for its text printed "• Dry Fish • Brassware • Raja Rani"
    over the row above's last line, and OCR read the two as one line of signs; the cell kept only
    "Dolls", read as a product with no doubt (fuzz 2391700155). Where the list sets a bullet before
    an item even alone in its cell, nearly every time, a cell with none lost its start or its
    bullet; where its cells of one item print none, one without is as the list prints it."""
    from pipeline.extract.pdf import _bullet_first

    def cells(*texts: str) -> list[list[Line]]:
        return [[Line(line, 60.0) for line in text.split(" / ")] for text in texts]

    alone = ["• Blue Pottery", "• Kiwi", "• Brass & Bell Metal Utensils", "• Pearl Millet", "• Chikankari Embroidery"] * 2
    listed = ["• Leather Products • Pineapple • Black / Rice", "• Jaggery • Blue Pottery • Etikoppaka / Toys • Tamarind"]
    assert _bullet_first(cells(*listed, *alone, "Dolls")) == (True, True)
    assert _bullet_first(cells(*listed, *(text[2:] for text in alone), "Dolls")) == (True, False)
    assert _bullet_first(cells(*listed, "• Kiwi", "Dolls")) == (True, False)  # too few to tell


def test_a_cell_line_without_text_is_no_break_to_doubt():
    """A state given by a heading that names none leaves its cell an empty line (a scan read by
    OCR); the line breaks of the row are judged without failing on it."""
    from pipeline.extract.cells import Row
    from pipeline.extract.table import uncertain_breaks
    row = Row(1, cells={"state": [Line("", 0.0), Line("Maharashtra", 80.0)], "product": [Line("Cashew", 60.0)]})
    assert uncertain_breaks([row]) == {}


def test_labels_read_again_with_the_headers_lower_lines_are_read_over_the_body():
    """A scan of a Chromium list: "Serial" / "No." on two lines, "Product Name" on the first,
    its words 5 pt apart as OCR boxed them. The block of the first line joined "Product" "Name"
    as one label (the products' lines run on across the gap between them); read again with
    "No." below, the labels were read over no body, "Name" stood as a column of its own, and
    every product's words past 395 pt were dropped (fuzz 83800078: F1 0.77, 13 wrong rows with
    no doubt)."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    lines = [_at(38.2, ("Serial", 42.1, 63.7), ("Name", 107.6, 129.5), ("of", 132.1, 139.6), ("State/UT", 142.9, 176.0),
                 ("District", 238.9, 267.4), ("Product", 368.9, 398.7), ("Name", 403.8, 423.9), size=10.4),
             _at(49.8, ("No.", 47.1, 59.0), size=9.9),
             _at(64.3, ("35", 37.4, 45.7), ("Kinnaur", 214.8, 243.6), ("•", 294.4, 296.5), ("Makhana", 301.6, 332.5), ("(Fox", 335.4, 351.2),
                 ("Nut)", 356.6, 369.9), ("•", 373.5, 375.3), ("Groundnut", 380.7, 416.4), ("Oil", 421.4, 430.4), ("•", 433.6, 435.8),
                 ("Dry", 440.8, 452.3), ("Fish", 457.4, 470.0), ("•", 472.8, 475.0), ("Large", 479.0, 498.8), size=9.3),
             _at(74.7, ("Cardamom", 294.0, 333.6), size=9.9),
             _at(89.1, ("36", 37.4, 45.7), ("Kullu", 214.8, 234.6), ("•", 294.0, 296.5), ("Brassware", 299.8, 336.1), ("•", 339.7, 341.1),
                 ("Banana", 346.9, 371.0), ("Fibre", 375.0, 392.2), ("Products", 396.2, 428.9), ("•", 429.3, 431.1), ("Spices", 436.5, 457.0),
                 ("•", 459.9, 462.1), size=9.9),
             _at(100.3, ("Groundnut", 294.0, 332.1), ("Oil", 336.1, 346.2), size=9.6),
             _at(113.5, ("37", 37.4, 45.7), ("Jammu", 71.3, 96.4), ("and", 100.8, 111.6), ("Kashmir", 114.8, 145.4), ("Anantnag", 214.5, 249.4),
                 ("•", 294.0, 296.5), ("Mangalagiri", 301.6, 342.2), ("Sarees", 347.3, 368.5), ("and", 371.7, 384.0), ("Fabrics", 388.6, 412.4),
                 ("•", 414.9, 417.4), ("Venkatagiri", 422.5, 465.3), ("Cotton", 468.2, 488.0), size=9.9),
             _at(125.3, ("Sarees", 294.4, 316.7), ("•", 320.3, 322.1), ("Fruits", 326.4, 345.5), ("&", 349.8, 354.5), ("Vegetables", 358.4, 395.8),
                 ("Processing", 400.5, 437.2), ("(Tomato,", 440.1, 471.8), size=9.6),
             _at(136.2, ("Onion,", 294.0, 317.8), ("Potato)", 322.4, 346.5), size=9.7)]
    page = PageContent(2, 595.2, 841.9, [w for line in lines for w in line])
    columns, _, _ = find_header(page, group_lines(page.words), None)
    assert [(c.field, c.label) for c in columns][-1] == ("product", "Product Name") and columns[-1].x1 > 498.8


def test_labels_set_as_close_as_words_part_where_the_columns_texts_start_before_them():
    """Writer, rules under rows only, labels centred in narrow cells their texts fill: "ODOP
    Product Category Remarks" is one phrase, its gaps no wider than its words'. The body's
    categories start at 304.1, 1.8 pt left of "Category": a part at the label's start has
    "Tertiary" across it, and the header was read as "ODOP Product Category" (a category) and
    "Remarks", no product: the list was refused (unseen fuzz 927400121). The columns part where
    the body's texts start in the white between the two labels."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    lines = [_at(39.7, ("Sl.", 40.9, 53.8), size=9.4),
             _at(47.0, ("State/UT", 64.8, 108.7), ("Districts", 151.0, 193.6), ("ODOP", 230.1, 259.4), ("Product", 262.6, 302.2),
                 ("Category", 305.9, 351.8), ("Remarks", 354.8, 399.0), size=9.2),
             _at(54.2, ("No.", 38.8, 55.9), size=9.0)]
    for k, (product, category) in enumerate([("Honey", "Tertiary"), ("Kiwi", "Tertiary"), ("Pottery", "Secondary"), ("Jaggery", "Primary")]):
        lines.append(_at(84.6 + 44.5 * k, (str(k + 1), 37.5, 43.2), ("Nicobar", 57.2, 91.8), ("Nicobars", 116.5, 155.8),
                         (product, 228.3, 228.3 + 5.5 * len(product)), (category, 304.1, 304.1 + 5.2 * len(category)), size=9.2))
    page = PageContent(1, 841.9, 595.3, [w for line in lines for w in line],
                       [Rule(35.0, y, 402.0, y) for y in (36.3, 68.1, 112.6, 157.2, 201.7, 246.2)])
    columns, _, _ = find_header(page, group_lines(page.words), None)
    assert [(c.field, c.label) for c in columns][-3:-1] == [("product", "ODOP Product"), ("category", "Category")]
    assert columns[-1].label == "Remarks" and columns[-2].x0 < 304.1


def test_a_header_takes_no_line_above_it_that_names_its_fields_by_itself():
    """Calc, a state's table each, its header printed again at a page's top under the running
    header "One District One Product (ODOP)", set close above it. Read as the header's first line,
    it was a header printed again overleaf, where it stands over rows alone, and read there as a
    header of two columns: every row of the page went wrong (fuzz 1703000093, F1 0.85). A line
    that names every field a header needs by itself is no upper row of a header (the block
    would begin there): a title."""
    from pipeline.extract.header import header_starts
    from pipeline.extract.layers import PageContent
    fields = ("serial", "district", "product", "category", "remarks")
    printed = ("Sl. Categ", "District Name Product Name Remarks", "No. ory")
    running = _at(38.1, ("One", 222.5, 241.4), ("District", 244.1, 274.6), ("One", 277.4, 296.3), ("Product", 299.0, 333.5),
                  ("(ODOP)", 336.2, 372.3), size=7.1)
    lines = [running, _at(48.7, ("Sl.", 46.8, 64.0), ("Categ", 340.4, 379.6), size=11.2),
             _at(55.7, ("District", 85.5, 135.2), ("Name", 139.3, 178.0), ("Product", 215.5, 268.3), ("Name", 272.4, 311.1),
                 ("Remarks", 385.7, 444.6), size=11.2),
             _at(62.9, ("No.", 44.1, 66.8), ("ory", 349.1, 371.0), size=10.9),
             _at(90.3, ("Gautam", 76.0, 124.0), ("Buddha", 127.8, 173.7), ("1.", 189.7, 201.1), ("Dry", 204.9, 226.1), ("Fish", 229.9, 253.9),
                 ("2.", 257.7, 269.1), ("Chikankari", 272.9, 336.6), ("Primar", 339.2, 378.6), size=11.0),
             _at(97.5, ("1", 37.0, 44.6), size=10.9),
             _at(104.4, ("Nagar", 76.0, 112.3), ("Embroidery", 189.7, 259.0), ("y", 339.2, 346.3), size=11.2)]
    page = PageContent(7, 595.0, 842.0, [w for line in lines for w in line])
    starts, _ = header_starts(page, lines, fields, printed)
    assert starts == [1]


def test_a_title_that_names_two_fields_is_no_header_and_the_heading_under_it_heads_the_first_table():
    """A state's name under the header found ends the search for a header when a row stands
    between (the next table's heading: fuzz 3051700161). A title naming "District" and
    "Product" ("One District One Product (ODOP)", a browser's running header) is no header, and
    the state's name under it heads the first table, whose header is below it: taken as ending
    the search, it left the title for the header, and Uttar Pradesh's rows went to Andaman
    (kept scan 1966300080: F1 1.0 -> 0.41)."""
    from pipeline.extract.header import header_starts
    from pipeline.extract.layers import PageContent

    def line(y: float, *texts: tuple[str, float], size: float = 12.0) -> list[Word]:  # each text from x, 6 pt a letter
        words = []
        for text, x in texts:
            for word in text.split():
                words.append((word, x, x + 6 * len(word)))
                x += 6 * len(word) + 3
        return _at(y, *words, size=size)

    def header(y: float) -> list[Word]:
        return line(y, ("Serial No.", 40.0), ("District", 120.0), ("Product Name", 300.0))

    def row(y: float, serial: str, district: str, product: str) -> list[Word]:
        return line(y, (serial, 40.0), (district, 120.0), (product, 300.0))

    lines = [line(15.4, ("12/6/26, 8:36 PM", 20.0), ("One District One Product (ODOP)", 300.0), size=8.0),
             line(37.4, ("List of Products Identified under One District One Product", 60.0), size=16.0),
             line(59.5, ("Initiative", 250.0), size=16.0), line(84.8, ("Ministry of Commerce & Industry, as on 19.08.2025", 40.0)),
             line(109.1, ("Andaman & Nicobar Islands", 40.0)), header(131.0),
             row(149.3, "1", "Nicobars", "Kondapalli Toys"), row(167.2, "2", "South Andamans", "Pottery"),
             line(194.8, ("Andhra Pradesh", 40.0)), header(216.8), row(236.0, "1", "Alluri Sitharama Raju", "Spices")]
    page = PageContent(1, 595.0, 842.0, [w for line in lines for w in line])
    assert header_starts(page, lines, None)[0] == [5, 9]


def test_a_header_printed_again_with_one_label_misread_begins_the_next_table():
    """Calc, a state's table each under its heading, scanned at 150 dpi: OCR read the serial's
    label "#" of Andhra Pradesh's header as "林". That header named no serial, so it was taken
    for no header of the list's, and Andhra Pradesh's heading, header and rows were read as
    Andaman's (unseen fuzz 915700164: F1 0.88). A header that names the list's fields in their
    order but for one label that names none where the list's named one is the list's header."""
    from pipeline.extract.header import header_starts
    from pipeline.extract.layers import PageContent
    fields = ("serial", "category", "product", "district", "remarks")

    def header(y: float, serial: str, category: str = "Category") -> list[Word]:
        return _at(y, (serial, 49.3, 52.5), (category, 83.5, 114.8), ("Name", 170.6, 190.0), ("of", 192.0, 199.0), ("the", 201.0, 213.0),
                   ("Product", 215.0, 242.5), ("Name", 327.8, 347.0), ("of", 349.0, 356.0), ("District", 358.0, 385.0),
                   ("Remarks", 448.7, 480.0), size=8.0)

    def row(y: float, serial: str, category: str, product: str, district: str) -> list[Word]:
        return _at(y, (serial, 37.0, 41.0), (category, 82.0, 115.0), (product, 162.0, 230.0), (district, 340.0, 400.0), size=8.0)

    lines = [_at(96.8, ("Andaman", 46.0, 80.0), ("&", 83.0, 89.0), ("Nicobar", 92.0, 125.0), ("Islands", 128.0, 160.0), size=10.0),
             header(116.6, "#"), row(136.5, "1", "Secondary", "Coconut", "Nicobars"), row(149.4, "2", "Tertiary", "Pottery", "Andamans"),
             _at(186.4, ("Andhra", 46.0, 80.0), ("Pradesh", 83.0, 120.0), size=10.0),
             header(205.8, "林"), row(226.5, "1", "Tertiary", "Turmeric", "Visakhapatnam"), row(238.7, "2", "Primary", "Pottery", "Kadapa")]
    page = PageContent(1, 595.0, 842.0, [w for line in lines for w in line])
    assert header_starts(page, lines, fields)[0] == [1, 5]
    lines[5] = header(205.8, "林", "Catcgory")  # two labels misread: no header of the list's
    page = PageContent(1, 595.0, 842.0, [w for line in lines for w in line])
    assert header_starts(page, lines, fields)[0] == [1]


def test_a_labels_word_broken_in_a_narrow_centred_cell_names_its_field():
    """Writer, ruled, a state's table each under its heading: the narrowest table's "District
    Name", centred in its cell, broke as "Distric" / "t Name", the rest starting 1.9 pt left of
    the word above. The quick test read "t" as no rest of "Distric" (a rest stands under a
    word's start), no block named the district, the header was read as a row, and the state's
    rows went to the table before (fuzz 1909300110: Meghalaya's districts read as Maharashtra's).
    A rest in lower case stands anywhere under the word it ends."""
    from pipeline.extract.header import _rejoined_named
    block = [_at(637.4, ("Distric", 69.6, 106.3), size=9.0),
             _at(644.7, ("S.No", 38.0, 64.2), ("Product", 126.0, 170.1), ("Remarks", 188.3, 237.4), size=9.0),
             _at(652.2, ("t", 67.7, 72.5), ("Name", 75.9, 108.2), size=9.0)]
    assert "district" in _rejoined_named(block)
    # a scan's boxes of lines set close may touch: OCR's "t" reached 0.2 pt over the foot of
    # "Distric" (fuzz 774100015, page 2: its header went unread and its labels were read as rows)
    scanned = [[Word("Distric", 255.8, 287.1, 91.9, 104.0)], [Word("t", 269.1, 273.1, 103.8, 115.9), Word("Name", 256.9, 285.7, 116.9, 127.9)]]
    assert "district" in _rejoined_named(scanned)


def test_a_label_broken_over_more_lines_than_the_block_goes_on_at_the_headers_own_spacing():
    """Writer set "Product(s) identified" in the middle of a tall header cell, in a column too
    narrow for it: "Product(s" / ")" / "identified", 6.8 pt apart at 8 pt, further than 0.8 em.
    The block that names the fields ends on ")", and "identified" went to the first row's
    product ("identified Agarbatti", fuzz 4411100182). A line as far below as the block's own
    lines stand apart is the header's; the first row, further down, is not."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    lines = [_at(297.3, ("Product(s", 55.0, 99.2), size=8.1),
             _at(312.2, ("#", 41.1, 46.1), (")", 75.3, 78.9), ("District", 106.5, 140.8), ("Name", 143.2, 169.6), size=8.1),
             _at(327.1, ("identified", 54.9, 99.3), size=7.0),
             _at(347.7, ("Agarbatti", 54.1, 94.3), ("Capital", 106.1, 136.1), size=9.0),
             _at(362.9, ("1", 39.1, 44.1), ("(Incense", 54.1, 90.2), ("Complex", 106.1, 143.6), size=6.5),
             _at(377.5, ("Sticks)", 54.1, 81.9), ("Itanagar", 106.1, 142.6), size=7.9),
             _at(405.8, ("2", 39.1, 44.1), ("Terracotta", 54.1, 98.9), ("Lower", 106.1, 133.7), size=6.5)]
    page = PageContent(2, 595.0, 842.0, [w for line in lines for w in line])
    _, (top, bottom), _ = find_header(page, group_lines(page.words), None)
    assert top == 297.3 and bottom == 334.1


def test_a_line_printed_past_its_rows_rule_goes_with_the_cell_whose_lines_it_goes_on():
    """Calc prints the text of a row too low for it on past the row's rule. Set at the foot, "1)
    Electronics" ran up past the rule above, its middle still above it, 6 pt under the row
    above's "Carvings" (11 pt type) and 14.4 pt over "Manufacturing" (fuzz 4411100075: read as
    the row above's). Set at the top, "Mankachar" ran down past the rule under "South Salmara-",
    over the next row's "West Karbi Anglong" (fuzz 2486200070: "Mankachar West Karbi Anglong").
    The line goes with the cell whose lines it goes on at their pitch. The two lines printed
    closer than the pitch are each sure where each keeps the pitch with its own cell's next line
    ("Red Sander" above "Carvings", "Manufacturing" below "1) Electronics"), or is its cell's one
    line where the other's cell goes on past it by no line at the pitch ("Carvings" alone: a
    Total row's count under a cell's last line, fuzz 3224900197)."""
    from pipeline.extract.grid import ruled_rows
    from pipeline.extract.layers import PageContent
    words = [*_at(520.6, ("Red", 334.6, 356.6), ("Sander", 359.9, 398.6), size=11.0), *_at(534.4, ("20", 57.9, 71.3), size=11.0),
             *_at(534.0, ("Carvings", 365.9, 413.3), size=11.0), *_at(540.0, ("1)", 353.3, 363.9), ("Electronics", 367.3, 426.0), size=11.0),
             *_at(554.4, ("Manufacturing", 351.6, 427.6), size=11.0), *_at(567.8, ("21", 57.9, 71.3), ("Cluster", 349.2, 387.2), size=11.0),
             *_at(581.2, ("Phones", 357.6, 398.3), size=11.0)]
    rules = [Rule(35.0, y, 448.0, y) for y in (519.4, 546.3, 600.0)]
    page = PageContent(2, 595.0, 842.0, words, rules)
    columns = [Column("serial", "Sl.", 35.0, 94.0), Column("product", "Products", 181.0, 448.0)]
    rows = ruled_rows(page, columns, words, 519.4, 600.0, [], sides_ruled=False)
    assert [[(line.text, line.overprinted) for line in row.cells["product"]] for row in rows] == [
        [("Red Sander", False), ("Carvings", False)],
        [("1) Electronics", False), ("Manufacturing", False), ("Cluster", False), ("Phones", False)]]
    alone = ruled_rows(PageContent(2, 595.0, 842.0, words[2:], rules), columns, words[2:], 519.4, 600.0, [], sides_ruled=False)
    assert [[(line.text, line.overprinted) for line in row.cells["product"]] for row in alone] == [
        [("Carvings", False)], [("1) Electronics", False), ("Manufacturing", False), ("Cluster", False), ("Phones", False)]]
    single = ruled_rows(PageContent(2, 595.0, 842.0, words[:4], rules), columns, words[:4], 519.4, 600.0, [], sides_ruled=False)
    assert not any(line.overprinted for line in single[0].cells["product"])
    printed = ("23 46.0 55.0 411.4 418.1|Kokrajhar 185.2 222.0 411.4 418.1|24 46.0 55.0 424.2 430.7|South 185.2 203.0 424.2 430.7|"
               "Salmara- 205.5 240.0 424.2 430.7|Mankachar 185.2 225.0 432.4 438.9|25 46.0 55.0 437.1 443.5|West 185.2 201.0 437.1 443.5|"
               "Karbi 203.1 219.0 437.0 443.5|Anglong 221.4 250.0 437.0 443.7|26 46.0 55.0 453.4 459.9|Dima 185.2 201.0 453.4 459.9|"
               "Hasao 203.9 225.0 453.5 459.9|Lower 185.2 205.0 469.8 476.3|Dibang 185.2 210.0 478.0 484.5")
    words = _printed(printed)
    rules = [Rule(44.0, y, 650.0, y) for y in (409.2, 422.0, 434.8, 451.2, 467.6, 490.0)]
    columns = [Column("serial", "#", 44.0, 80.0), Column("district", "Districts", 183.0, 268.0)]
    rows = ruled_rows(PageContent(1, 842.0, 595.0, words, rules), columns, words, 409.2, 490.0, [], sides_ruled=False)
    assert [row.text("district") for row in rows] == ["Kokrajhar", "South Salmara-Mankachar", "West Karbi Anglong", "Dima Hasao",
                                                      "Lower Dibang"]
    # set in the middle of a row too low for it, half a line past both rules (fuzz 1942000185)
    printed = ("Mango 358.4 391.6 536.3 545.8|Pulp 394.2 415.2 535.8 545.8|Lacquerware/Wooden 358.4 462.5 543.8 553.8|"
               "Toys 358.4 380.0 557.9 567.4|Orthodox 358.4 403.8 565.5 573.2|Tea 409.4 426.2 566.0 573.2|Green 358.4 387.0 579.3 586.9|"
               "Tea 390.0 406.8 579.5 586.9")
    words = _printed(printed)
    rules = [Rule(35.0, y, 488.0, y) for y in (532.0, 546.9, 561.8, 590.1)]
    columns = [Column("product", "Product", 357.0, 488.0)]
    rows = ruled_rows(PageContent(3, 595.0, 842.0, words, rules), columns, words, 532.0, 590.1, [], sides_ruled=False)
    assert [row.text("product") for row in rows] == ["Mango Pulp", "Lacquerware/Wooden Toys", "Orthodox Tea Green Tea"]


def test_a_line_printed_past_the_tables_last_rule_goes_with_the_last_cell():
    """Calc prints the text of a last row too low for it on past the table's last rule, above the
    page's number: "Gaurela-Pendra-" in the row, "Marwahi" under the rule (fuzz 2158200052, read
    "Gaurela-Pendra-" and joined to the next page's first district). The line under the table at
    its column's pitch from the last cell's last line is that cell's; the page's number is not."""
    from pipeline.extract.grid import ruled_rows
    from pipeline.extract.layers import PageContent
    printed = ("22 37.0 48.2 747.8 755.1|Mohla-Manpur- 169.7 244.9 747.5 757.5|Ambagarh 169.7 220.1 761.1 771.1|"
               "Chouki 222.7 256.5 761.1 768.8|23 37.0 48.2 776.2 783.5|Gaurela-Pendra- 169.7 248.0 775.9 783.6")
    words = _printed(printed)
    rules = [Rule(35.0, y, 486.0, y) for y in (743.4, 771.7, 786.6)]
    columns = [Column("serial", "Sl. No.", 35.0, 95.0), Column("district", "District Name", 165.0, 290.0)]
    marwahi = _printed("Marwahi 169.7 213.2 789.5 797.2|Page 272.0 295.3 797.0 806.0|1 298.1 303.7 797.0 803.9")
    rows = ruled_rows(PageContent(1, 595.0, 842.0, words + marwahi, rules), columns, words, 743.4, 786.6, marwahi)
    assert [row.text("district") for row in rows] == ["Mohla-Manpur-Ambagarh Chouki", "Gaurela-Pendra-Marwahi"]
    # a line further down (a note under the table, the page's number) is no cell's
    note = _printed("Marwahi 169.7 213.2 795.5 803.2")
    rows = ruled_rows(PageContent(1, 595.0, 842.0, words + note, rules), columns, words, 743.4, 786.6, note)
    assert [row.text("district") for row in rows] == ["Mohla-Manpur-Ambagarh Chouki", "Gaurela-Pendra-"]


def test_a_word_too_wide_for_a_centred_cell_is_the_cells_where_it_starts():
    """Chromium centres the districts and starts a word too wide for its cell at the cell's
    padding, running on over the product beside it ("Thiruvananthapuram" from 191.2 to 320.2,
    past the rule at 251.6, over "Red Sander"): read as the product's, its row's district was
    blank and took the row above's (fuzz 3050900133). The column sets no common start, but its
    widest lines start at its padding."""
    from pipeline.extract.grid import ruled_rows
    from pipeline.extract.layers import PageContent
    words = _printed("Idukki 200.5 239.0 444.9 456.9|Spices 322.9 362.6 444.9 456.9|Thiruvananthapuram 191.2 320.2 465.1 477.1|"
                     "Red 281.1 304.9 465.1 477.1|Sander 307.5 345.0 465.1 477.1|Pathanamthitta 191.2 285.0 500.4 512.4|"
                     "Kiwi 330.0 352.0 500.4 512.4")
    rules = [Rule(187.9, y, 433.9, y) for y in (440.0, 460.0, 495.0, 520.0)] + [Rule(x, 440.0, x, 520.0) for x in (187.9, 251.6, 433.9)]
    columns = [Column("district", "District", 187.9, 251.6), Column("product", "Product", 251.6, 433.9)]
    rows = ruled_rows(PageContent(1, 595.0, 842.0, words, rules), columns, words, 440.0, 520.0, [])
    assert [(row.text("district"), row.text("product")) for row in rows] == [
        ("Idukki", "Spices"), ("Thiruvananthapuram", "Red Sander"), ("Pathanamthitta", "Kiwi")]
    # a scan's box of "Tamil" starts 0.7 pt left of the rule, in a narrow column of serials: no
    # word run on from there (fuzz 118730110)
    words = _printed("1 38.0 44.0 489.8 501.8|Tamil 72.3 96.8 489.8 501.8|Nadu 102.5 123.4 489.8 501.8|"
                     "2 38.0 44.0 513.6 525.6|Tamil 72.3 96.8 513.6 525.6|Nadu 102.5 123.4 513.6 525.6")
    rules = [Rule(34.9, y, 157.6, y) for y in (485.0, 508.0, 530.0)] + [Rule(x, 485.0, x, 530.0) for x in (34.9, 55.3, 73.0, 157.6)]
    columns = [Column("serial", "S. No.", 34.9, 55.3), Column(None, "", 55.3, 73.0), Column("state", "State", 73.0, 157.6)]
    rows = ruled_rows(PageContent(2, 595.0, 842.0, words, rules), columns, words, 485.0, 530.0, [])
    assert [row.text("state") for row in rows] == ["Tamil Nadu"] * 2


def test_a_merged_text_goes_on_where_its_next_line_stands_off_its_rows_first_line():
    """Calc sets rows at the top, too low for a merged district's three lines: "Complex -" stands
    2 pt above the next row's serial (by the line their fonts set them on), so it is no first
    line of that row's own cell but goes on "Capital" (fuzz 7712300132: read "Capital" and
    "Complex-Itanagar"); a part whose first line stands on its row's is that row's."""
    from pipeline.extract.merged import _level_with_rows

    def word(text: str, foot: float) -> Word:
        return Word(text, 0.0, 10.0, foot - 10.0, foot, foot=foot)
    parts = [{"serial": [word("13", 504.7)], "district": [word("Capital", 504.7)]},
             {"serial": [word("14", 519.6)], "district": [word("Complex", 517.5), word("-", 517.5)]},
             {"district": [word("Itanagar", 530.3)]}]
    owner = [0, 1, 1]
    assert _level_with_rows([[0], [1, 2]], parts, "district", "serial", owner, 10.5) == [[0, 1, 2]]
    parts[1]["district"] = [word("Lower", 519.6)]
    assert _level_with_rows([[0], [1, 2]], parts, "district", "serial", owner, 10.5) == [[0], [1, 2]]


def test_a_rule_that_stops_short_at_a_merged_cell_still_parts_the_rows_of_the_column_whose_text_it_runs_under():
    """Calc rules a table in rows only and draws no rule under a merged district's rows: the rule
    between serials 3 and 4 starts at x = 250.3, the serial column's true edge, while the white
    between the columns' texts put the edge at 180, so the rule crossed too little of the column
    to part it and both rows read serial "3 4" (fuzz 9300100167, a serial skip doubted)."""
    from pipeline.extract.grid import ruled_rows
    from pipeline.extract.layers import PageContent
    words = _printed("South 37.0 60.5 150.5 159.2|Andamans 63.0 106.1 150.5 159.2|3 251.9 256.9 135.8 142.8|"
                     "Tussar 294.4 321.9 135.8 142.8|4 251.9 256.9 153.2 160.2|Kani 294.4 312.4 153.2 160.2")
    rules = [Rule(35.1, 133.2, 485.8, 133.2), Rule(250.3, 146.0, 485.8, 146.0), Rule(35.1, 168.3, 485.8, 168.3)]
    columns = [Column("district", "District", 0.0, 180.0), Column("serial", "S. No.", 180.0, 290.0),
               Column("product", "Product(s)", 290.0, 485.8)]
    rows = ruled_rows(PageContent(1, 842.0, 595.0, words, rules), columns, words, 133.2, 168.3, [], sides_ruled=False)
    assert [(row.text("serial"), row.text("product")) for row in rows] == [("3", "Tussar"), ("4", "Kani")]


def test_a_row_the_page_break_left_open_under_the_last_rule_is_read():
    """Chromium rules a table in rows only, each row's foot: the last row of a page, broken by the
    page, has no rule under it ("17 Dadra and Nagar Haveli", its items going on overleaf). The
    table was read down to its last rule and the row was lost, its tail overleaf joined to the
    row above (unseen fuzz 915700026, a scan: F1 0.84, two rows with no doubt). A serial below
    the last rule begins a row: the table goes down to the foot of the page's text."""
    from pipeline.extract.grid import ruled_in_rows, ruled_rows
    from pipeline.extract.layers import PageContent
    words = _printed("15 40.0 50.0 449.4 459.0|Janjgir-Champa 314.0 390.0 449.4 459.0|Honey 495.0 530.0 449.4 459.0|"
                     "16 40.0 50.0 477.9 487.0|Bastar 315.0 347.0 477.9 487.0|Bamboo 495.0 535.0 477.9 487.0|"
                     "17 40.0 50.0 519.0 529.0|Dadra 315.0 345.0 519.0 529.0|Eri 495.0 520.0 519.0 529.0|"
                     "Ready-made 495.0 556.0 530.4 540.0")
    page = PageContent(1, 842.0, 595.0, words, [Rule(35.0, y, 700.0, y) for y in (445.0, 470.0, 512.0)])
    columns = [Column("serial", "S. No.", 35.0, 100.0), Column("district", "District", 300.0, 490.0),
               Column("product", "Product", 490.0, 700.0)]
    for text_foot, serials in ((540.0, ["15", "16", "17"]), (None, ["15", "16"])):
        held, bottom = ruled_in_rows(page, columns, words, 440.0, text_foot=text_foot)
        rows = ruled_rows(page, held, words, 440.0, bottom, [], sides_ruled=False)
        assert [row.text("serial") for row in rows] == serials
    assert rows[-1].text("product") == "Bamboo"
    assert ruled_rows(page, held, words, 440.0, ruled_in_rows(page, columns, words, 440.0, text_foot=540.0)[1], [],
                      sides_ruled=False)[-1].text("product") == "Eri Ready-made"


def test_a_word_too_wide_for_its_ruled_cell_is_the_columns_where_it_starts():
    """Chromium breaks no word: "Lacquerware/Wooden" starts where the product column's lines
    start and runs on past its rule, its middle over the sector column, under "Secondary"
    (fuzz 9300100048, read as a product "Toys"). So it is on a row's line where the next cell
    has no text of its own (fuzz 1888900025: "Lacquerware/Wooden", on the lines of a row split by
    the page, was read as the district's). A word that starts past the column's text edge (a
    centred one's), or in which two texts meet, run into a cell with no text of its own, goes by
    its middle still."""
    from pipeline.extract.grid import ruled_rows
    from pipeline.extract.layers import PageContent
    printed = ("71 38.7 52.5 527.2 534.5|Pineapple 309.0 364.9 527.2 536.5|Primary 368.6 413.0 527.2 536.5|"
               "72 38.7 52.5 546.7 554.0|Lacquerware/Wooden 309.0 433.4 546.7 556.0|Secondary 368.6 427.6 546.7 556.0|"
               "Toys 309.0 333.7 561.7 571.0|73 38.7 52.5 581.2 588.5|Terracotta 309.0 366.4 581.2 590.5|Primary 368.6 413.0 581.2 590.5")
    words = _printed(printed)
    rules = [Rule(35.0, y, 480.0, y) for y in (522.0, 541.5, 576.0, 595.5)]
    columns = [Column("serial", "S. No.", 35.0, 87.0), Column("product", "Product", 305.0, 367.0), Column("sector", "Sector", 367.0, 480.0)]
    rows = ruled_rows(PageContent(1, 595.0, 842.0, words, rules), columns, words, 522.0, 595.5, [])
    assert [(row.text("product"), row.text("sector")) for row in rows] == [
        ("Pineapple", "Primary"), ("Lacquerware/Wooden Toys", "Secondary"), ("Terracotta", "Primary")]
    centred = _printed(printed.replace("Lacquerware/Wooden 309.0", "Lacquerware/Wooden 321.0").replace("433.4", "445.4"))
    rows = ruled_rows(PageContent(1, 595.0, 842.0, centred, rules), columns, centred, 522.0, 595.5, [])
    assert rows[1].text("product") == "Toys"
    alone = _printed(printed.replace("|Secondary 368.6 427.6 546.7 556.0", ""))
    rows = ruled_rows(PageContent(1, 595.0, 842.0, alone, rules), columns, alone, 522.0, 595.5, [])
    assert (rows[1].text("product"), rows[1].text("sector")) == ("Lacquerware/Wooden Toys", "")
    # run into a cell with no text of its own on its line, a word in which two texts meet may
    # hold that cell's text printed against it ("HandicraftJagatsinghpur"): it goes by its
    # middle, in doubt
    glued = _printed(printed.replace("|Secondary 368.6 427.6 546.7 556.0", "").replace("Lacquerware/Wooden", "LacquerwareSecondary"))
    rows = ruled_rows(PageContent(1, 595.0, 842.0, glued, rules), columns, glued, 522.0, 595.5, [])
    assert rows[1].text("product") == "Toys" and rows[1].overrun == {"product", "sector"}


def test_a_word_run_from_a_column_of_no_field_into_a_merged_cell_puts_every_row_it_spans_in_doubt():
    """Chromium let "Handicraft" run on from a narrow category column (a column the header names
    no field of) to where the district's merged cell centres "Jagatsinghpur": the two were read
    as one word, the district's (fuzz 2158200172, no doubt). The district's text may hold the
    column's, in both rows the merged cell spans."""
    from pipeline.extract.grid import ruled_rows
    from pipeline.extract.layers import PageContent
    words = _printed("76 41.9 53.0 414.7 425.9|Secondary 312.8 350.6 414.7 425.9|HandicraftJagatsinghpur 356.1 464.5 414.7 425.9|"
                     "77 41.9 53.0 431.2 442.4|Primary 314.9 349.3 431.2 442.4|Agriculture 356.1 403.9 431.2 442.4")
    rules = [Rule(36.0, 410.0, 482.0, 410.0), Rule(36.0, 428.0, 384.0, 428.0), Rule(36.0, 446.0, 482.0, 446.0)]
    columns = [Column("serial", "Sl.", 36.0, 58.0), Column(None, "Category", 310.0, 354.0), Column(None, "Sector", 354.0, 384.0),
               Column("district", "District", 384.0, 482.0)]
    rows = ruled_rows(PageContent(3, 595.0, 842.0, words, rules), columns, words, 410.0, 446.0, [])
    assert [(row.text("serial"), row.text("district"), sorted(row.overrun)) for row in rows] == [
        ("76", "HandicraftJagatsinghpur", ["district"]), ("77", "HandicraftJagatsinghpur", ["district"])]


def test_a_header_of_one_line_takes_no_line_further_than_a_lines_height_below():
    """Writer repeats a one-line header over the tail of a row split by the page break ("oden
    Toys", 18 pt below at 9 pt): with no label of two lines to give the header's pitch, a line's
    height (1.2 em) does, and the tail is the body's."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    header = _at(37.0, ("#", 41, 45), ("State", 52, 71), ("Name", 74, 96), ("District", 121, 150), ("Name", 152, 175),
                 ("Products", 213, 248), size=9.0)
    body = [_at(55.0, ("oden", 212, 229), ("Toys", 231, 249), size=9.0),
            _at(70.0, ("27", 41, 50), ("Dadra", 56, 77), ("Daman", 121, 150), ("Woollen", 221, 252), size=9.0)]
    page = PageContent(3, 595.0, 842.0, [w for line in [header, *body] for w in line])
    _, (top, bottom), _ = find_header(page, group_lines(page.words), None)
    assert top == 37.0 and bottom == 46.0


def _boxes(*words: tuple[str, float, float, float, float]) -> list[Word]:
    return [Word(text, x0, x1, top, bottom) for text, x0, x1, top, bottom in words]


def _header_span(words: list[Word], width: float = 595.0, height: float = 842.0) -> tuple[float, float]:
    """Where the header of a page of these words stands: its top and its foot."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    return find_header(PageContent(1, width, height, words), group_lines(words), None)[1]


def test_a_centred_labels_last_line_as_wide_as_its_cell_is_the_headers():
    """Writer centred "Product(" / "s)" / "identified" in a cell as wide as "identified" (fuzz
    2588100199, no rules, 11 pt). Filling the cell, "identified" starts at the cell's padding,
    where the rows' left-set products start, and was read as the first row's ("identified
    Terracotta", with no doubt; overleaf, the header printed again took two lines too, and
    "identified" went to the row carried over). It stands in the middle of the label's lines
    above, at their pitch, and the row under it stands further off, past the header's padding:
    the label's last line."""
    words = [Word(text, x0, x1, top, bottom, foot=foot) for text, x0, x1, top, bottom, foot in [
        ("Product(", 45.1, 98.6, 225.8, 236.1, 236.1), ("s)", 66.1, 77.6, 241.5, 251.7, 251.7),
        ("identified", 42.2, 101.5, 257.0, 267.3, 267.3), ("Sl.", 117.1, 133.0, 233.6, 243.9, 243.9),
        ("No.", 114.5, 135.4, 249.6, 259.5, 259.5), ("District", 150.6, 196.2, 241.4, 251.7, 251.7),
        ("Name", 200.0, 235.6, 241.8, 251.7, 251.7),
        ("Terracotta", 42.1, 99.5, 292.3, 302.6, 302.6), ("1", 113.6, 120.6, 292.3, 302.6, 302.6),
        ("Warangal", 148.4, 201.0, 284.5, 295.2, 294.8), ("Urban", 204.4, 237.7, 284.5, 294.8, 294.8),
        ("(Hanumakonda)", 148.4, 237.1, 300.1, 310.4, 310.4),
        ("Stone", 42.1, 73.8, 327.7, 338.0, 338.0), ("Carving", 42.1, 84.5, 343.3, 354.0, 353.6),
        ("2", 113.6, 120.6, 335.5, 345.8, 345.8), ("Yadadri", 148.4, 190.1, 327.7, 338.0, 338.0),
        ("Bhuvanagiri", 148.4, 214.4, 343.3, 354.0, 353.6),
        ("Uppada", 42.1, 84.5, 370.8, 381.5, 381.1), ("Jamdani", 41.5, 86.5, 386.4, 397.0, 396.7),
        ("Sarees", 42.1, 79.6, 402.0, 412.3, 412.3), ("3", 113.6, 120.6, 386.4, 396.7, 396.7),
        ("Yadadri", 148.4, 190.1, 378.6, 388.9, 388.9), ("Bhuvanagiri", 148.4, 214.4, 394.2, 404.9, 404.5)]]
    assert _header_span(words, 841.9, 595.3) == (225.8, 267.3)


# Writer's header "Sr. / No", "District / Name", "Product(s) / identified" and its first rows
# (9 pt, lines 12.6 pt apart: 1.4 em), as pdfium boxes them: each word's ink
_LABELS = [_boxes(("Sr.", 40.8, 52.8, 115.4, 121.8), ("District", 68.3, 99.3, 115.2, 121.8), ("Product(s)", 127.1, 172.1, 115.2, 123.6)),
           _boxes(("No", 40.8, 52.8, 128.1, 134.4), ("Name", 71.5, 96.0, 128.1, 134.4), ("identified", 129.6, 169.6, 127.8, 134.4))]


def test_a_header_of_one_line_takes_its_labels_next_line_at_the_bodys_cell_pitch():
    """The header's lines stand 12.6 pt apart, further than 1.2 times their ink (6.4 pt), so "No
    Name identified" went to the first row ("Name Nicobars", fuzz 2486200189). A label's next
    line stands as far below as one cell's lines do in the body ("Agro-processing:" /
    "Millet-based"); a line as far below as the rows stand is still a row's."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    body = _boxes(("1", 39.9, 44.9, 148.2, 154.4), ("Nicobars", 61.1, 96.6, 147.9, 154.5), ("Pineapple", 113.9, 153.9, 147.9, 156.3),
                  ("North", 61.1, 83.1, 175.5, 182.1), ("Agro-processing:", 113.9, 181.9, 175.2, 183.6),
                  ("2", 39.9, 44.9, 188.1, 194.4), ("and", 61.1, 76.1, 188.1, 194.4), ("Millet-based", 113.9, 160.9, 187.8, 194.4),
                  ("Middle", 61.1, 88.1, 200.7, 207.0), ("Foods", 113.9, 137.9, 200.7, 207.0))
    page = PageContent(1, 595.0, 842.0, [w for line in _LABELS for w in line] + body)
    _, (top, bottom), _ = find_header(page, group_lines(page.words), None)
    assert (top, bottom) == (115.2, 134.4)
    page = PageContent(1, 595.0, 842.0, [w for line in _LABELS for w in line] + body[:3])  # no cell of two lines
    _, (top, bottom), _ = find_header(page, group_lines(page.words), None)
    assert (top, bottom) == (115.2, 123.6)


def test_a_labels_last_line_is_measured_from_the_label_above_it_not_its_row():
    """Calc, bilingual labels set at the foot of their cells: "S." / "No." (foot 90.2, 103.6) in a
    narrow serial column, "State", "Product" 1.7 pt higher beside "S.", and "Name of" / "District"
    between. "No." stood nearer the first row (13.6 pt) than that header row's middle (14.9 pt),
    so it was read into the first row's serial on every page: "No. 1", "22 No.", with serials
    skipping (fuzz 3904100157, unseen seed 39041). Its label above is "S.", 13.4 pt up."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    words = _boxes(("Name", 185.9, 218.6, 73.6, 81.9), ("of", 221.9, 233.2, 73.1, 81.9),
                   ("S.", 42.3, 53.6, 81.7, 90.2), ("State", 100.4, 129.7, 80.0, 88.5), ("Product", 302.2, 347.4, 79.7, 88.5),
                   ("Sector", 419.7, 457.0, 80.0, 88.5), ("Remarks", 483.6, 534.3, 79.7, 88.5),
                   ("District", 188.9, 230.2, 86.5, 95.3), ("No.", 38.3, 57.6, 95.2, 103.6),
                   ("1", 37.0, 44.0, 108.8, 117.3), ("Assam", 61.0, 97.6, 109.0, 117.3), ("Kokrajhar", 171.3, 220.0, 108.5, 117.3),
                   ("Kiwi", 250.0, 272.0, 108.5, 117.3), ("Agriculture", 401.8, 455.0, 108.5, 117.3),
                   ("2", 37.0, 44.0, 122.5, 131.0), ("Assam", 61.0, 97.6, 122.7, 131.0), ("Dima", 171.3, 198.0, 122.2, 131.0),
                   ("Cashew", 250.0, 290.0, 122.2, 131.0), ("Handicraft", 401.8, 452.0, 122.2, 131.0))
    page = PageContent(1, 595.0, 842.0, words)
    _, (_, bottom), _ = find_header(page, group_lines(page.words), None)
    assert bottom == 103.6


def test_a_line_whose_word_goes_on_broken_in_the_first_row_is_that_rows_not_the_headers():
    """Chromium, no rules, cells set at the foot of their rows: "Visakhapatna" / "m" stands under
    the label "District" / "Name" at its lines' pitch, and "m" on the first row's line. The
    header took "Visakhapatna" as the label's third line, and the first two rows were read as of
    the district "m" (fuzz 1100400180). A word broken at a cell's edge is one cell's text: a line
    whose text goes on, in lower case, in a row's line under it is that row's."""
    words = _boxes(("Location", 167.3, 215.4, 98.1, 107.5), ("#", 57.3, 65.7, 110.4, 119.4), ("District", 237.4, 278.9, 110.6, 120.0),
                   ("ODOP", 383.9, 416.5, 110.2, 119.4), ("Product", 420.0, 464.1, 110.0, 119.4),
                   ("Name", 104.1, 136.4, 116.7, 125.7), ("of", 139.9, 151.2, 116.4, 125.7), ("State/UT", 154.7, 203.6, 116.6, 125.7),
                   ("Name", 242.0, 274.3, 122.6, 131.7), ("Visakhapatna", 224.3, 292.1, 133.6, 143.3),
                   ("1", 58.3, 64.7, 145.3, 154.7), ("Andhra", 114.2, 150.1, 145.3, 154.7), ("Pradesh", 153.3, 193.6, 145.3, 154.7),
                   ("m", 253.3, 263.0, 145.3, 154.7), ("Bobbili", 389.6, 423.6, 145.3, 154.7), ("Veena", 426.8, 458.4, 145.3, 154.7),
                   ("2", 58.3, 64.7, 158.1, 167.5), ("Large", 380.7, 408.9, 158.1, 167.8), ("Cardamom", 412.2, 467.3, 158.1, 167.5),
                   ("3", 58.3, 64.7, 170.9, 180.3), ("YSR", 228.1, 247.5, 170.9, 180.3), ("Kadapa", 250.6, 288.1, 170.9, 180.6),
                   ("Dry", 403.5, 421.2, 170.9, 180.6), ("Fish", 424.4, 444.5, 170.9, 180.3))
    assert _header_span(words, 842.0, 595.0)[1] == 131.7
    # a list's marker under a label's last line opens an item ("identified" over "a) Pottery")
    labels = _boxes(("District", 44.4, 78.8, 93.7, 101.0), ("Product(s", 89.4, 136.0, 79.7, 89.0), (")", 111.0, 114.3, 93.7, 103.0),
                    ("identified", 90.5, 134.9, 107.7, 115.0), ("a)", 88.6, 97.4, 124.5, 133.8), ("Pottery", 100.2, 131.9, 124.8, 133.8),
                    ("b)", 88.6, 97.4, 138.5, 147.8), ("Pineapple", 88.6, 133.0, 152.5, 161.8), ("Nicobars", 44.4, 78.8, 138.5, 147.8))
    assert _header_span(labels)[1] == 115.0

def test_a_header_of_one_line_takes_its_labels_next_line_however_white_its_ink_leaves_between():
    """Writer wrapped both labels of a narrow state's table ("District" / "Name", "Product" /
    "Name"): letters without descenders leave 7 pt of white between the lines' ink, more than
    0.8 of their height, so "Name Name" was read as a row (fuzz 5311700116, one a table). The
    lines stand 14 pt apart, as one cell's do in the body ("Purbi" / "Champaran")."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    words = _boxes(("District", 48.7, 83.1, 573.1, 580.4), ("Product", 109.5, 147.2, 573.1, 580.4),
                   ("Name", 52.3, 79.5, 587.4, 594.4), ("Name", 114.8, 142.0, 587.4, 594.4),
                   ("Purbi", 39.1, 62.4, 607.1, 614.4), ("Mango", 98.6, 129.1, 614.4, 623.4), ("Pulp", 131.9, 151.9, 614.1, 623.4),
                   ("Champaran", 39.1, 91.3, 621.1, 630.4), ("Lacquerware", 98.6, 156.3, 641.4, 650.4), ("Purbi", 39.1, 62.4, 648.1, 655.4),
                   ("/Wooden", 98.6, 138.5, 655.1, 662.4), ("Champaran", 39.1, 91.3, 662.1, 671.4), ("Toys", 98.6, 120.2, 669.4, 678.4))
    page = PageContent(1, 595.0, 842.0, words)
    columns, (top, bottom), _ = find_header(page, group_lines(words), None)
    assert (top, bottom) == (573.1, 594.4)
    assert [(c.field, c.label) for c in columns] == [("district", "District Name"), ("product", "Product Name")]


def test_a_line_naming_a_state_is_a_row_however_close_under_the_header():
    """Calc set a table's rows with no padding, the first as close under the one-line header as
    the rows stand to each other, every text centred: "Andaman & Nicobar Islands Nicobars Dhokra
    Metal Craft (Bell Metal) New" went into the header and its row was lost, with no doubt (fuzz
    7091300097). No label's line names a state."""
    words = _boxes(("State/UT", 110.0, 150.6, 98.7, 106.2), ("District", 248.5, 283.0, 98.7, 106.1), ("Name", 285.8, 313.0, 99.1, 106.1),
                   ("Products", 422.8, 466.1, 98.7, 106.1), ("Remarks", 614.4, 656.7, 98.7, 106.1),
                   *[w for top in (111.2, 124.0) for w in (("Andaman", 68.1, 111.0, top, top + 7.4), ("&", 113.8, 120.5, top, top + 7.4),
                                                           ("Nicobar", 123.3, 157.9, top, top + 7.4), ("Islands", 160.6, 192.4, top, top + 7.4),
                                                           ("Nicobars", 261.1, 300.6, top, top + 7.4))],
                   ("Dhokra", 375.7, 408.0, 111.2, 118.6), ("Metal", 410.8, 435.3, 111.2, 118.6), ("Craft", 438.1, 459.7, 111.2, 118.6),
                   ("New", 625.6, 645.7, 111.6, 118.6), ("Pickles,", 390.1, 424.6, 124.0, 132.6), ("Papad", 427.4, 456.4, 124.0, 133.4),
                   ("North", 242.7, 267.2, 136.6, 144.0), ("and", 270.0, 286.7, 136.6, 144.0), ("Middle", 289.6, 319.0, 136.6, 144.0),
                   ("Andaman", 259.4, 302.3, 147.9, 155.2), ("Andaman", 68.1, 111.0, 147.9, 155.3), ("Nicobar", 123.3, 157.9, 147.9, 155.3),
                   ("Islands", 160.6, 192.4, 147.9, 155.3), ("Sarees", 428.3, 460.0, 148.2, 155.3))
    assert _header_span(words, 842.0, 595.0) == (98.7, 106.2)


def test_a_header_block_that_maps_more_fields_outranks_a_shorter_one_that_maps_a_field_twice():
    """Writer, no rules, each state's table under its heading, every cell at its row's foot:
    "Name of" / "the" / "Product" of three lines beside "Name of" / "District" and "Category" in
    the middle. The block of the labels' last two lines and the first row's lines ("Stone",
    "Nicobars Tertiary") mapped as many columns, "Tertiary" as a second product's, and, shorter,
    outranked the whole header: the first table's rows were read a line off, five with no doubt
    (fuzz 460700087: F1 0.37). A block that maps more fields ranks first."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    lines = [_at(96.6, ("Andaman", 44.1, 94.7), ("&", 97.8, 107.7), ("Nicobar", 110.7, 152.0), ("Islands", 155.0, 191.7), size=15.7),
             _at(118.3, ("Name", 108.3, 140.6), ("of", 144.1, 155.3), size=9.1), _at(125.4, ("Name", 42.4, 74.7), ("of", 78.2, 89.4), size=9.0),
             _at(132.2, ("the", 122.4, 141.1), ("Category", 170.9, 222.0), size=9.4), _at(139.3, ("District", 45.1, 86.6), size=9.4),
             _at(146.4, ("Product", 109.7, 153.8), size=9.4), _at(166.7, ("Stone", 98.6, 127.4), size=9.2),
             _at(173.6, ("Nicobars", 39.1, 82.7), ("Tertiary", 170.9, 210.1), size=9.4), _at(180.7, ("Carving", 98.6, 137.1), size=9.7),
             _at(201.1, ("Banana", 98.6, 136.5), ("Fibre", 139.7, 164.8), size=9.2),
             _at(208.0, ("Nicobars", 39.1, 82.7), ("Primary", 170.9, 209.7), size=9.4), _at(215.1, ("Products", 98.6, 142.2), size=9.4),
             _at(235.4, ("Carpets", 98.6, 137.4), size=9.5), _at(242.3, ("Nicobars", 39.1, 82.7), ("Primary", 170.9, 209.7), size=9.4),
             _at(249.4, ("(Bhadohi)", 98.6, 147.3), size=9.4)]
    page = PageContent(1, 595.0, 842.0, [w for line in lines for w in line])
    columns, (top, bottom), _ = find_header(page, group_lines(page.words), None)
    assert [c.field for c in columns] == ["district", "product", "category"] and (top, bottom) == (118.3, 155.8)


def test_a_line_holding_a_state_name_is_no_label_of_the_header_block():
    """Chromium, 7 pt, no rules: the first row stands under the one-line header at the rows'
    own pitch. The block of both lines mapped more fields than the header alone ("Processed
    Pork" under "Product", "Tertiary" read as a label of its own), so it was taken for the header,
    and the page's rows were read with two product columns (fuzz 1195600057: F1 0.74). A
    line that holds a state's name as one of its texts is a row's, as is a state's name alone."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    words = _boxes(("State/UT", 80.4, 111.2, 73.0, 81.1), ("District", 193.5, 219.6, 73.0, 81.1), ("Name", 221.8, 242.1, 73.0, 81.1),
                   ("Product", 389.2, 416.9, 73.0, 81.1), ("Category", 571.5, 603.7, 73.0, 81.1),
                   ("Andaman", 42.0, 72.1, 89.5, 97.6), ("&", 74.1, 79.0, 89.5, 97.6), ("Nicobar", 81.0, 105.2, 89.5, 97.6),
                   ("Islands", 107.2, 129.2, 89.5, 97.6), ("Nicobars", 161.6, 189.1, 89.5, 97.6), ("Processed", 286.0, 317.7, 89.5, 97.6),
                   ("Pork", 319.7, 333.3, 89.5, 97.6), ("Tertiary", 532.1, 555.6, 89.5, 97.6),
                   ("North", 161.6, 179.2, 106.0, 114.1), ("and", 181.2, 193.1, 106.0, 114.1), ("Middle", 195.1, 215.9, 106.0, 114.1),
                   ("Andaman", 217.9, 248.0, 106.0, 114.1), ("Processed", 286.0, 317.7, 106.0, 114.1),
                   ("Prawns/Shrimp", 319.7, 366.8, 106.0, 114.1), ("Tertiary", 532.1, 555.6, 106.0, 114.1),
                   ("Turmeric", 286.0, 313.0, 122.5, 130.6), ("Secondary", 532.1, 565.4, 122.5, 130.6),
                   ("Tussar", 286.0, 305.7, 139.0, 147.1), ("Silk", 307.7, 318.9, 139.0, 147.1), ("Sarees", 320.9, 342.2, 139.0, 147.1),
                   ("Primary", 532.1, 556.4, 139.0, 147.1))
    page = PageContent(1, 842.0, 595.0, words)
    columns, (top, bottom), _ = find_header(page, group_lines(words), None)
    assert (top, bottom) == (73.0, 81.1) and [c.field for c in columns] == ["state", "district", "product", "category"]

def test_a_header_printed_again_holds_the_lines_it_held_before():
    """Printed again at the top of a page whose body shows no cell of two lines, the header's
    second line is still the header's: its lines are those of the header before (fuzz
    2486200189: "Kullu Name")."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    body = _boxes(("1", 39.9, 44.9, 148.2, 154.4), ("Anantnag", 61.1, 99.6, 147.9, 154.5), ("Cashew", 113.9, 145.9, 147.9, 154.4))
    page = PageContent(5, 595.0, 842.0, [w for line in _LABELS for w in line] + body)
    lines = group_lines(page.words)
    assert find_header(page, lines, None)[1] == (115.2, 123.6)
    _, (top, bottom), _ = find_header(page, lines, None, printed_before=("Sr. District Product(s)", "No Name identified"))
    assert (top, bottom) == (115.2, 134.4)


# Writer's page 3 of a list of six narrow columns, the header between rules and no others (9 pt):
# the tail of the row split by the page break, then row 19, as pdfium boxes them
_JAMMED = ("District 60.6 97.9 39.6 48.0|Name 101.1 130.1 39.8 48.0|Remarks 156.6 200.8 39.6 48.0|State 204.1 231.3 39.7 48.0|"
           "Name 234.5 263.6 39.8 48.0|Category 267.9 313.8 39.7 48.3|S.No 318.9 342.5 39.7 48.0|Product 348.8 388.5 39.6 48.0|"
           "Name 391.6 420.6 39.8 48.0|(Tomato, 346.0 386.6 55.1 63.5|Onion, 389.5 418.8 55.1 63.5|Potato) 346.0 378.5 67.9 76.3|"
           "(3) 346.0 358.7 80.7 89.1|Handloom 361.6 407.5 80.7 89.1|products 346.0 385.5 93.5 102.2|of 388.3 397.2 93.5 101.9|"
           "silk 399.8 414.7 93.5 101.9|& 346.0 353.0 106.4 114.7|cotton 355.9 384.6 106.8 114.7|Coir 346.0 364.0 121.9 130.3|"
           "& 366.8 373.8 122.0 130.3|Coir 376.7 394.7 121.9 130.3|Muzaffarpur 37.5 91.7 128.3 137.0|GI 156.1 165.7 128.4 136.7|"
           "tagged 168.6 200.3 128.3 137.0|Andhra 204.1 236.6 128.3 137.0|Primary 266.4 301.3 128.3 137.0|19 318.2 329.6 128.4 136.7|"
           "Products 346.0 385.2 134.7 143.1|Pradesh 204.1 240.4 141.0 149.7|Secondary 266.4 314.0 150.2 158.6|20 318.2 329.6 150.2 158.6|"
           "Tea 346.0 364.0 150.2 158.6")


def test_labels_set_as_close_as_words_part_as_often_as_the_body_parts_under_them():
    """Five narrow columns' labels printed as one phrase, 3.3-5.1 pt apart in 9 pt type, the
    words of a label 3.2 pt apart: "Remarks State Name Category S.No" was read as one label
    (category), its parts' columns lost, the serials with them, and every line of a product
    became a row of its own (fuzz 2486200126: 289 wrong rows). A label parts where the body
    parts under it, and each part may part again. Under the header, the tail of a row split by
    the page break ("(Tomato, Onion," / ... / "(3) Handloom") is no label: the header read with
    it named a serial in "(3)"."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    words = _printed(_JAMMED)
    rules = [Rule(35.4, 36.3, 425.4, 36.3), Rule(35.4, 52.5, 425.4, 52.5)]
    columns, (top, bottom), _ = find_header(PageContent(3, 595.0, 842.0, words, rules), group_lines(words), None)
    assert [(c.field, c.label) for c in columns] == [("district", "District Name"), (None, "Remarks"), ("state", "State Name"),
                                                     ("category", "Category"), ("serial", "S.No"), ("product", "Product Name")]
    assert (top, bottom) == (39.6, 48.3)  # "(3) Handloom", a list's item, is a row's line, not a label's


def test_a_rule_under_an_unruled_header_parts_it_from_the_body_not_a_bilingual_headers_rows():
    """Writer ruled each row of a list, no rules between columns, cells set in the middle: the
    first row's "Glass" / "Alluri Sitharama", above its serial's line, stand as close under the
    header's labels as a label's lines do, past the rule under the header; read into the header,
    its labels and columns moved (fuzz 2486200090: "Raju", "-Itanagar"). A rule across the
    header's width ends it; one between a header's row of labels in another script and its
    Latin row does not (fuzz 800900034)."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    printed = ("GI 92.0 102.5 403.5 415.3|Sl. 180.3 190.0 403.5 415.3|Product(s) 197.1 237.6 403.5 415.3|Category 41.7 77.2 409.8 421.6|"
               "District 129.5 158.5 409.8 421.6|Status 85.3 109.3 416.1 427.9|No. 178.5 191.7 416.1 427.9|"
               "identified 199.1 235.6 416.1 427.9|Glass 195.4 215.4 433.6 442.5|Alluri 113.1 134.6 439.9 448.8|"
               "Sitharama 136.8 173.2 439.9 448.8|Secondary 37.5 75.5 446.2 455.1|1 174.9 179.4 446.5 455.1|"
               "Beads 195.4 217.4 446.2 455.1|& 219.6 226.6 446.4 455.1|Raju 113.1 130.1 452.7 461.4|Bangles 195.4 224.4 458.8 467.7|"
               "Tertiary 37.5 66.4 476.0 484.9|2 174.9 179.4 476.0 484.9|Nellore 113.1 140.0 476.0 484.9|Chilli 195.4 215.0 476.0 484.9")
    words = _printed(printed)
    rules = [Rule(35.1, y, 241.4, y) for y in (402.5, 431.1, 470.0, 490.0)]
    columns, (_, bottom), _ = find_header(PageContent(1, 595.0, 842.0, words, rules), group_lines(words), None)
    assert bottom == 427.9 and [c.label for c in columns] == ["Category", "GI Status", "District", "Sl. No.", "Product(s) identified"]
    hindi = [Word(text, x0, x1, 388.0, 398.0) for text, x0, x1 in (("श्रेणी", 45.0, 70.0), ("जिला", 130.0, 150.0), ("उत्पाद", 200.0, 230.0))]
    rules = [Rule(35.1, y, 241.4, y) for y in (386.0, 402.5, 431.1, 470.0, 490.0)]
    _, (top, bottom), _ = find_header(PageContent(1, 595.0, 842.0, hindi + words, rules), group_lines(hindi + words), None)
    assert (top, bottom) == (388.0, 427.9)


def test_two_labels_of_four_words_jammed_on_one_line_part_at_the_wider_gap():
    """Chromium set "Name of District" and "Name of the Product" 4.8 pt apart, their words 3.1
    pt apart: read as one label, the header named no product and the list was refused (fuzz
    1740100126). A label of up to four words parts where the line's gap is wider than its others."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    printed = ("Sr. 40.6 55.2 123.9 131.7|No 58.4 73.0 124.0 131.7|State 155.0 181.9 123.9 131.7|Name 261.4 291.3 124.0 131.7|"
               "of 294.4 304.8 123.6 131.7|District 307.9 345.8 123.6 131.7|Name 350.6 380.5 124.0 131.7|of 383.6 394.0 123.6 131.7|"
               "the 397.0 413.5 123.6 131.7|Product 416.6 458.1 123.6 131.7|1 37.0 43.1 144.5 152.1|Andaman 78.6 125.6 144.1 152.2|"
               "Nicobars 260.4 303.7 144.1 152.2|Pottery 348.9 383.8 144.5 154.4|2 37.0 43.1 163.9 171.6|Goa 78.6 98.6 163.6 171.7|"
               "Kiwi 348.9 370.0 163.6 171.7")
    words = _printed(printed)
    columns, _, _ = find_header(PageContent(1, 595.0, 842.0, words), group_lines(words), None)
    assert [(c.field, c.label) for c in columns] == [("serial", "Sr. No"), ("state", "State"), ("district", "Name of District"),
                                                     ("product", "Name of the Product")]


def test_an_edge_where_texts_start_counts_them_to_within_a_point():
    """A justified state name spreads over its cell ("Dadra and Nagar Haveli" ends at 181); the
    districts start at 185 and, one of them, at 184.4: the white before them is where different
    texts start, not the justified gap inside the state's name (154-158)."""
    spans = [("State", 95.0, 167.0), ("District", 222.0, 256.0)]
    body = []
    for k, district in enumerate(["Daman", "Diu", "Ahmedabad", "Banaskantha", "Kutch", "Surat"]):
        body.append(_at(100.0 + 30 * k, ("Dadra", 81, 103), ("and", 110, 123), ("Nagar", 130, 152), ("Haveli", 158, 181),
                        (district, 184.4 if k == 0 else 185.2, 185.2 + 5 * len(district)),
                        ("Rural", 187.2 + 5 * len(district), 210.2 + 5 * len(district)), size=9.0))
        body.append(_at(110.0 + 30 * k, ("and", 81, 95), ("Daman", 97, 123), ("and", 125, 139), ("Diu", 141, 153), size=9.0))
    assert 181 < _edge(spans, body) < 184.4


def test_a_small_glyph_joins_the_line_its_centre_stands_in():
    """A Devanagari letter parted from its vowel sign ("ज" of "जिला") has a small box whose top
    touches the line above ("Telangana", a state's heading): it stays on its own line, where a
    comma below a line's centre still joins its line."""
    from pipeline.extract.cells import group_lines
    heading = Word("Telangana", 37.0, 99.6, 100.4, 112.4)
    letter, sign = Word("ज", 279.4, 289.6, 111.9, 116.4), Word("िला", 279.4, 298.9, 113.8, 121.0)
    label = Word("क्षेत्र", 121.4, 134.2, 111.9, 121.5)
    assert [[w.text for w in line] for line in group_lines([heading, letter, sign, label])] == [["Telangana"], ["क्षेत्र", "ज", "िला"]]
    comma = Word(",", 100.0, 102.0, 109.0, 113.0)
    assert [[w.text for w in line] for line in group_lines([heading, comma])] == [["Telangana", ","]]


@pytest.mark.parametrize("before, rest, joined, in_doubt", [
    ("Sugarcane", "based products (Jaggery)", "Sugarcane based products (Jaggery)", False),  # two words, "Sugarcanebased" none
    ("Lacquerware/W", "ooden Toys", "Lacquerware/Wooden Toys", False),  # "ooden" no word, "Wooden" one
    ("Handi", "crafts", "Handicrafts", False),  # "Handi" no word, "Handicrafts" one
    ("Chhatrapati Sambhaji", "nagar", "Chhatrapati Sambhajinagar", False),  # "nagar" not English: a name's rest
    ("Mohla-Manpur", "-Ambagarh", "Mohla-Manpur-Ambagarh", False),  # a wrap leaves a word, not a hyphen
    ("Pakke-Kes", "sang", "Pakke-Kessang", True),  # "sang" is a word, "Kes" none: English cannot tell
    ("South Anda", "mans", "South Andamans", True),  # "mans" a rare word after no word: a name's rest, maybe
    ("Handloom products", "of silk & cotton", "Handloom products of silk & cotton", False),  # "of" after a word
    ("Narmadapur", "am", "Narmadapuram", False),  # "am" after no word: a name's short rest
    ("Janjgir-Champ", "a", "Janjgir-Champa", False),  # "a" after "Champ", a word only as part of a name
    ("Jayashankar Bhupalp", "ally", "Jayashankar Bhupalp ally", True),  # "ally" a word, but "Bhupalp" none
    ("Handloom", "products of silk", "Handloom products of silk", False),  # "Handloom": "hand" and "loom"
])
def test_a_break_inside_a_word_or_a_wrap_is_told_by_english_where_the_list_cannot(before, rest, joined, in_doubt):
    """Both lines full to within a letter (Writer, Calc and reportlab break a word wider than its
    cell at the edge): the page cannot tell a wrap from a word's rest; the list's own words tell
    where they can, else English, else the break stays in doubt."""
    from pipeline.extract.cells import join_lines, settle_word_breaks
    lines = [Line(before, 100.0), Line(rest, 40.0, word_broken=True, joiner="")]
    settle_word_breaks([lines, [Line("Kani Shawl", 50.0)], [Line("Dadra and Nagar Haveli", 90.0)]])
    assert join_lines(lines) == joined and lines[1].word_unsettled == in_doubt


def test_the_word_after_a_break_is_whole_where_the_next_line_goes_on_breaking_it():
    """reportlab broke "Sugarcane based products (Jaggery)" in a cell narrower than "products":
    "based" / "produc" / "ts (Jagg". The word after the break at "based" is "products", not
    "produc", which is no word: judged so, the break read as a word's rest, and the product as
    "Sugarcane basedproducts (Jaggery)" with no doubt (fuzz 7421900157)."""
    from pipeline.extract.cells import join_lines, settle_word_breaks
    cell = [Line("Sugarc", 44.0), Line("ane", 22.0, word_broken=True, joiner=""), Line("based", 36.0),
            Line("produc", 42.0, word_broken=True, joiner=""), Line("ts (Jagg", 45.0, word_broken=True, joiner=""),
            Line("ery)", 20.0, word_broken=True, joiner="")]
    settle_word_breaks([cell, [Line("Kani Shawl", 50.0)]])
    assert join_lines(cell) == "Sugarcane based products (Jaggery)"
    assert not any(line.word_unsettled for line in cell)


def test_a_break_after_an_opening_bracket_joins_without_a_space():
    """reportlab broke "(Hanumakonda)" in a narrow district cell as "l Urban (" / "Hanuma" /
    "konda)": an opening bracket belongs to the word after it, so no break after it is a wrap
    at a space. Read with one, the district was "Warangal Urban ( Hanumakonda)", with no doubt
    (fuzz 1848700060)."""
    from pipeline.extract.cells import join_lines
    lines = [_at(457.7, ("Warangal", 227.7, 270.3), size=13.6), _at(469.9, ("Urban", 227.7, 257.1), ("(", 259.7, 262.7), size=13.6),
             _at(482.1, ("Hanumakonda)", 227.7, 270.0), size=13.6)]
    read = cell_lines(lines, 270.5, 227.7)
    assert join_lines(read) == "Warangal Urban (Hanumakonda)" and not any(line.word_unsettled for line in read)


def test_a_doubt_about_a_district_goes_with_every_row_that_carries_it_down():
    """A district printed once for three products, its break in doubt ("Bhupalp" / "ally"): each
    of its rows holds the text in doubt, not only the first; the next district's rows do not."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _records

    def row(district: str, product: str, serial: str) -> Row:
        cells = {"serial": [Line(serial, 10.0)], "state": [Line("Telangana", 60.0)], "product": [Line(product, 60.0)]}
        return Row(cells={**cells, "district": [Line(district, 60.0)] if district else []}, page=3)

    rows = [row("Jayashankar Bhupalp ally", "Blue Pottery", "75"), row("", "Mango Pulp", "76"),
            row("", "Tussar Silk Sarees", "77"), row("Mulugu", "Tussar Silk Sarees", "78")]
    doubt = ("line breaks", "district: 'Jayashankar Bhupalp' / 'ally': a wrap?", ("district", ("Bhupalp", "ally")))
    records, doubts = _records(rows, {0: [doubt]})
    assert [r["district"] for r in records] == ["Jayashankar Bhupalp ally"] * 3 + ["Mulugu"]
    assert [k for k, _, _ in doubts] == [0, 1, 2]


def test_a_districts_name_that_falls_in_two_rows_is_the_first_rows_where_the_directory_names_it_whole():
    """Calc, zebra, districts printed once with blank cells below (fuzz 3159700021): the row of
    "Kumuram Bheem" / "Asifabad" was too low for it, and Calc printed "Asifabad" in the next
    row's blank cell, read as that row's district (2 rows wrong, in doubt). Where the second
    row's text is no district of the state and the two together name one, they are one cell's
    text, as "Uttar" / "Pradesh" is a state's; a district that is one stays its row's own."""
    from types import SimpleNamespace

    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _records

    class Directory:
        def states_with_district(self, name: str) -> frozenset[int]:
            return frozenset({36}) if name in ("Kumuram Bheem Asifabad", "Adilabad") else frozenset()

        def state(self, name: str):
            return SimpleNamespace(lgd=36 if name == "Telangana" else None)

    def row(state: str, district: str, product: str) -> Row:
        return Row(cells={"state": [Line(state, 10.0)] if state else [], "district": [Line(district, 60.0)] if district else [],
                          "product": [Line(product, 160.0)]}, page=2)

    def districts(*rows: Row, places=Directory()) -> list[str]:
        return [r["district"] for r in _records(list(rows), {}, places=places)[0]]

    assert districts(row("Telangana", "Kumuram Bheem", "Eri (Cocoon and Fabric)"), row("", "Asifabad", "Black Rice"),
                     row("", "", "Kiwi")) == ["Kumuram Bheem Asifabad"] * 3
    assert districts(row("Telangana", "Kumuram Bheem", "Eri"), row("", "Adilabad", "Black Rice")) == ["Kumuram Bheem", "Adilabad"]
    assert districts(row("Telangana", "Kumuram Bheem", "Eri"), row("", "Asifabad", "Black Rice"), places=None) == [
        "Kumuram Bheem", "Asifabad"]


def test_a_name_going_on_after_a_connector_is_a_wrap_where_the_list_does_not_tell():
    """reportlab broke "Jammu and Kashmir" after "Jammu", the line full to within a letter: "and"
    is no word's rest where a capitalised word follows it on its line (a name goes on after a
    connector), though no other text of the list prints "and" to tell (fuzz 774100100)."""
    from pipeline.extract.cells import join_lines, settle_word_breaks
    state = [Line("Jammu", 100.0), Line("and Kashmir", 40.0, word_broken=True, joiner="")]
    alone = [Line("Jharkh", 100.0), Line("and", 40.0, word_broken=True, joiner="")]
    settle_word_breaks([state, alone, [Line("Kani Shawl", 50.0)]])
    assert join_lines(state) == "Jammu and Kashmir" and not state[1].word_unsettled
    assert join_lines(alone) == "Jharkhand"  # nothing follows: as the geometry read it


def test_a_words_rest_the_list_prints_elsewhere_in_another_case_is_no_word_of_the_list():
    """ "Nagar" of "Dadra and Nagar Haveli" is a name's word; "nagar" going on after a full line
    is the rest of "Sambhajinagar"."""
    from pipeline.extract.cells import join_lines, settle_word_breaks
    lines = [Line("i Sambhaji", 100.0), Line("nagar", 40.0, word_broken=True, joiner="")]
    settle_word_breaks([lines, [Line("Dadra and Nagar Haveli", 90.0)], [Line("Nagar", 30.0)]])
    assert join_lines(lines) == "i Sambhajinagar" and not lines[1].word_unsettled


def test_a_line_nearer_the_first_row_than_the_header_is_the_rows():
    """Calc sets a cell's text at the foot of a row too low for it: its first line ("Cane &
    Bamboo Furniture &") runs up out of the row towards the header, 17 pt under the labels and 14
    pt over the row's serial line: it is the row's, not a label's second line."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    header = [_at(570.0, ("जिला", 100, 120), ("उत्पाद", 261, 283), ("क्र.सं.", 393, 413), size=12.0),
              _at(584.0, ("Districts", 88, 132), ("ODOP", 233, 268), ("Product", 271, 312), ("Serial", 377, 407), ("No.", 410, 428), size=12.0)]
    body = [_at(601.0, ("Cane", 185, 209), ("&", 212, 222), ("Bamboo", 225, 265), ("Furniture", 268, 313), ("&", 316, 325), size=12.0),
            _at(615.0, ("North", 37, 65), ("24", 68, 80), ("Parganas", 83, 126), ("Decorative", 185, 237), ("Items", 240, 267),
                ("1", 362, 368), size=12.0),
            _at(629.0, ("North", 37, 65), ("24", 68, 80), ("Parganas", 83, 126), ("Pearl", 185, 209), ("Millet", 212, 242),
                ("2", 362, 368), size=12.0)]
    page = PageContent(2, 595.0, 842.0, [w for line in [*header, *body] for w in line])
    _, (top, bottom), _ = find_header(page, group_lines(page.words), None)
    assert bottom < 601.0


def test_a_row_of_the_headers_own_words_is_in_doubt():
    """A header's second line ("No Name Name" under "Sr. District Product") or the header printed
    again, read as a row: its district and product hold only words of their columns' labels."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _repeats_header
    labels = {"district": {"district", "name"}, "product": {"product", "name"}}
    assert _repeats_header(Row(1, cells={"district": [Line("Name", 0)], "product": [Line("Name", 0)]}), labels) == ["Name", "Name"]
    assert _repeats_header(Row(1, cells={"district": [Line("Kutch", 0)], "product": [Line("Name", 0)]}), labels) == []
    assert _repeats_header(Row(1, cells={"district": [Line("Name", 0)]}), labels) == []


def test_a_header_centred_over_cells_that_abut_tells_each_columns_room():
    """Chromium printed a list without rules, its labels centred over their cells, each column's
    lines set to the left past a padding of 1 pt (fuzz 7131700056): the middle of two columns'
    starts stands the padding right of the left label's centre, alike for each pair, so each
    column's room is twice the way from its start to its label's centre. Labels set to the left
    tell nothing."""
    from pipeline.extract.cells import group_lines, left_edges, rooms_told
    starts = {"serial": 37.0, "state": 68.2, "district": 262.0, "product": 354.1}
    centres = {"serial": 51.6, "state": 164.1, "district": 307.1, "product": 449.7}
    bounds = [30.0, 66.0, 260.0, 352.0, 595.0]
    lines = [("1", "Kerala", "Idukki", "Black Rice"), ("2", "Kerala", "Wayanad", "Handloom products of silk & cotton"),
             ("3", "Maharashtra", "Chhatrapati Sambhajinagar", "Jaggery")]
    words = [Word(text, starts[f], starts[f] + 5.0 * len(text), 100.0 + 15 * k, 109.0 + 15 * k)
             for k, line in enumerate(lines) for f, text in zip(starts, line)]
    columns = [Column(f, f, a, b, centres[f]) for f, a, b in zip(starts, bounds, bounds[1:])]
    assert {f: round(room, 1) for f, room in rooms_told(columns, left_edges(group_lines(words), columns)).items()} == {
        "serial": 29.2, "state": 191.8, "district": 90.2, "product": 191.2}
    left = [Column(f, f, a, b, starts[f] + 12.0) for f, a, b in zip(starts, bounds, bounds[1:])]
    assert rooms_told(left, left_edges(group_lines(words), left)) == {}


def test_a_break_the_widest_line_leaves_open_is_by_hand_where_the_next_word_fits_the_told_room():
    """"Jaggery" would not have fitted after "Handloom products of silk & cotton" within the
    column's widest line (176.7 pt): a wrap or the next item. The header tells a room of 191.2
    pt, where it would have, by 6 pt: the break was made by hand. Within 3 pt of the told room,
    the widest line reads it as before."""
    from pipeline.extract.cells import Row
    from pipeline.extract.unruled import settle_unruled_wraps

    def read(told: dict[str, float], width: float = 149.8) -> tuple[bool, bool]:
        cell = [Line("Handloom products of silk & cotton", 354.1 + width, x0=354.1, room=181.6, size=9.0),
                Line("Jaggery", 386.0, x0=353.4, need=35.0, room=181.6, size=9.0)]
        widest = [Line("Electronics Manufacturing Cluster (Mobile", 530.8, x0=354.1, room=181.6, size=9.0),
                  Line("Phones and Components)", 463.3, x0=354.1, need=47.8, room=181.6, size=9.0)]
        settle_unruled_wraps([Row(1, cells={"product": cell}, table=1, rooms=told), Row(1, cells={"product": widest}, table=1, rooms=told)])
        return cell[1].hard_break, cell[1].break_unsure
    assert read({}) == (False, False)  # the widest line alone: a wrap
    assert read({"product": 191.2}) == (True, False)
    assert read({"product": 191.2}, width=154.0) == (False, False)  # 189.0 pt: a wrap, as the widest line reads it


def test_two_texts_on_one_line_are_no_line_of_the_columns_width():
    """Chromium set "Raja" / "Rani" / "Dolls" one a line in a narrow product column, and a
    state's "Bihar", beside "Spices", was read into the column: "Spices Bihar", 94 pt where the
    column's lines reach 52, gave the column its width, and every wrap was read as a hand break,
    sure ("Raja", "Rani", "Dolls": fuzz 512100046, 23 wrong rows with no doubt). Two texts a
    column's gap apart are no line the engine filled: words on one line stand a word space apart.
    So are a text and a word of the next column's read into it, its other words a space apart
    ("Bamboo Craft GI", "GI" of a remark "GI tagged": unseen fuzz 1289300010, 34 rows wrong)."""
    from pipeline.extract.cells import Row
    from pipeline.extract.unruled import settle_unruled_wraps

    def read(gap: float, text: str = "Spices Bihar", space: float | None = None) -> bool:
        wrapped = [Line("Raja", 172.0, x0=144.7, room=94.0, size=12.0, spacing=0.0),
                   Line("Rani", 172.7, x0=144.7, need=31.8, room=94.0, size=12.0, spacing=0.0)]
        others = [[Line(text, 144.7 + width, x0=144.7, room=94.0, size=12.0, spacing=3.1, widest_white=3.1)] for text, width in
                  (("Dry Fish", 51.9), ("Stoles &", 51.8), ("Sal Leaf", 40.0))]
        two_texts = [Line(text, 144.7 + 33.0 + gap + 28.0, x0=144.7, room=94.0, size=12.0, spacing=space or gap, widest_white=gap)]
        settle_unruled_wraps([Row(2, cells={"product": cell}, table=1) for cell in [wrapped, two_texts, *others]])
        return wrapped[1].hard_break
    assert read(gap=32.7) is False  # a wrap: the two texts are not the column's width
    assert read(gap=3.1) is True  # a line of the column itself as wide: the break was by hand
    assert read(gap=32.7, text="Bamboo Craft GI", space=3.1) is False


def test_a_word_run_on_from_the_column_before_is_no_line_of_the_columns_width():
    """Chromium set a district column narrower than "Thiruvananthapuram", which ran on over the
    products beside it and was read with them: "Thiruvananthapuram Leather Products", 119 pt,
    starting at the district's edge, gave the products' column its width, and every wrapped
    product was read as two ("Brass & Bell" / "Metal Utensils", fuzz 6420700188: 74 rows wrong,
    most with no doubt). In a column whose lines start at one edge, a line that starts before
    it is not the column's to measure."""
    from pipeline.extract.cells import Row
    from pipeline.extract.unruled import settle_unruled_wraps

    def read(run_on_x0: float) -> bool:
        wrapped = [Line("Brass & Bell", 296.2, x0=242.1, room=128.8, size=9.0),
                   Line("Metal Utensils", 305.4, x0=242.1, need=27.4, room=128.8, size=9.0)]
        others = [[Line(text, 242.1 + width, x0=242.1, room=128.8, size=9.0)] for text, width in
                  (("Pearl Millet", 52.0), ("Coir & Coir", 50.0), ("Dry Fish", 36.0), ("Kani Shawl", 47.0), ("Fisheries/Marine", 80.0))]
        wrapped_too = [Line("Coir & Coir", 292.1, x0=242.1, room=128.8, size=9.0), Line("Products", 281.0, x0=242.1, need=41.0, room=128.8, size=9.0)]
        run_on = [Line("Thiruvananthapuram Leather Products", run_on_x0 + 118.9, x0=run_on_x0, room=128.8, size=9.0)]
        settle_unruled_wraps([Row(2, cells={"product": cell}, table=1) for cell in [wrapped, wrapped_too, run_on, *others]])
        return wrapped[1].hard_break
    assert read(run_on_x0=198.8) is False  # a wrap: the run-on line is not the column's
    assert read(run_on_x0=242.1) is True  # a line of the column itself as wide: the break was by hand


def test_a_word_too_wide_for_a_column_set_to_the_left_is_the_columns_where_it_starts():
    """Chromium lets "Thiruvananthapuram" run on from a narrow district column over the products
    beside it, its middle past the column's edge: read with the products ("Thiruvananthapuram
    Leather Products", fuzz 6420700188). It starts where the district column's lines start."""
    from pipeline.extract.layers import PageContent
    from pipeline.extract.unruled import unruled_rows
    columns = [Column("serial", "#", 30.0, 60.0), Column("district", "District", 60.0, 120.0), Column("product", "Product", 120.0, 300.0)]
    lines = [_at(100.0, ("1", 35, 40), ("Idukki", 65, 95), ("Pottery", 125, 160), size=9.0),
             _at(115.0, ("2", 35, 40), ("Thiruvananthapuram", 65, 190), ("Leather", 125, 160), ("Products", 163, 200), size=9.0),
             _at(130.0, ("3", 35, 40), ("Wayanad", 65, 105), ("Kiwi", 125, 145), size=9.0),
             _at(145.0, ("4", 35, 40), ("Kollam", 65, 98), ("Tea", 125, 140), size=9.0)]
    page = PageContent(1, 595.0, 842.0, [w for line in lines for w in line])
    rows, _, _, _ = unruled_rows(page, columns, lines, 90.0, 1, first=True)
    assert [(row.text("district"), row.text("product")) for row in rows] == [
        ("Idukki", "Pottery"), ("Thiruvananthapuram", "Leather Products"), ("Wayanad", "Kiwi"), ("Kollam", "Tea")]


def test_an_unruled_columns_edge_with_no_white_falls_between_the_labels():
    """Chromium, no rules: products justified to their cell's edge (206 pt), the sector's texts
    set to the left from 212 pt, and "Lacquerware/Wooden" run past both, so no white parts the
    columns. Where fewest texts covered between the labels' centres lay under the "Sector"
    label itself (259 pt), and each sector ("Agriculture", 212 to 278) was read into the
    product (fuzz 2375600042, 11 rows with no doubt). A label stands in its cell: the edge
    falls between the labels, where fewest texts cover there."""
    from pipeline.extract.header import BodySeen, _unruled_columns
    spans = [("Product", 126.0, 179.0), ("Sector", 240.0, 284.0)]
    lines = [_at(100.0, ("Lacquerware/Wooden", 131, 228)),
             _at(115.0, ("Leather", 161, 206), ("Handicraft", 213, 274)),
             _at(130.0, ("Eri", 135, 150), ("(Cocoon", 155, 185), ("and", 190, 205), ("Textiles", 212, 256)),
             _at(145.0, ("Pottery", 140, 200), ("Agriculture", 212, 278))]
    columns = _unruled_columns(["product", "sector"], spans, lines, 90.0, 600.0, BodySeen())
    assert 179.0 <= columns[0].x1 <= 240.0  # the sectors (from 212 pt) stand mostly past it


def test_a_cells_line_that_surely_goes_on_is_of_its_run_however_ocr_set_it():
    """A scan of a Calc list, cells justified and set at their rows' foot, rows abutting: OCR set
    "Red  Sander  &  Wood" further above "Carvings" than a cell's lines stand, so the line made
    a run of its own, level with no serial, and went to the row above (fuzz 1359300067, 19 rows
    wrong with no doubt). Spread to the column's edge, it surely goes on: one run, whose foot
    stands level with its row's serial."""
    from pipeline.extract.cells import SURELY
    from pipeline.extract.unruled import _aligned_cells

    def line(y: float, serial: str = "", product: str = "", district: str = "") -> dict[str, list[Word]]:
        def words(text: str, x: float) -> list[Word]:
            return [Word(text, x, x + 6 * len(text), y, y + 9.0, 0.95)] if text else []
        return {"serial": words(serial, 40.0), "district": words(district, 80.0), "product": words(product, 200.0)}

    parts = [line(100.0, "39", "Makhana (Fox Nut)"), line(113.0, "", "Sugarcane based products"), line(126.0, "40", "(Jaggery)", "Bastar"),
             line(145.0, "", "Red Sander & Wood"), line(165.0, "41", "Carvings", "Dadra and Nagar Haveli"), line(178.0, "42", "Tea")]
    columns = {"product": list(range(6)), "district": [2, 4]}
    def goes_on(*sure: tuple[int, int]) -> dict[tuple[int, int, str], int]:
        return {(a, b, name): SURELY if (a, b) in sure and name == "product" else 0
                for name, lines in columns.items() for a, b in zip(lines, lines[1:])}

    aligned, *_ = _aligned_cells(parts, [0, 2, 4, 5], "serial", "bottom", columns, lambda: goes_on((1, 2), (3, 4)))
    assert aligned.get(1) == 2 and aligned.get(3) == 4
    aligned, *_ = _aligned_cells(parts, [0, 2, 4, 5], "serial", "bottom", columns, lambda: goes_on((1, 2)))
    assert 3 not in aligned


def test_an_unruled_columns_edge_with_no_white_is_where_different_words_start():
    """Chromium, no rules: products justified to their cell's edge (206.3 pt), each row's first
    line run on a space from its sector ("Raja Rani Dolls Food Processing"), so no text starts
    where the sectors do (212.3 pt) and no white parts the columns; the products' many lines
    cover more than the sectors' one a row, so where fewest texts cover fell inside the sectors
    (234.5 pt, past where "Lacquerware/Wooden" ran on) and "Food" was read into the product (fuzz 2375600042, two rows with no doubt).
    Three different words start at 212.3 and no two anywhere else but the bullets pushed to the
    products' edge, one text: the sectors' edge."""
    from pipeline.extract.header import BodySeen, _unruled_columns
    spans = [("Product", 125.9, 178.9), ("Sector", 240.3, 284.1)]
    lines = [_at(61, ("•", 98.6, 105.6), ("Raja", 111.9, 138.0), ("Rani", 144.2, 170.5), ("Dolls", 176.8, 206.3),
                 ("Food", 212.3, 241.0), ("Processing", 244.9, 308.9)),
             _at(75, ("•", 98.6, 105.6), ("Mangalagiri", 136.1, 206.3)), _at(90, ("Sarees", 98.6, 139.2), ("and", 183.7, 206.3)),
             _at(104, ("Fabrics", 98.6, 140.5)),
             _at(124, ("•", 98.6, 105.6), ("Ready-made", 130.8, 206.3), ("Agriculture", 212.3, 278.3)),
             _at(139, ("Garments", 98.6, 157.6)),
             _at(158, ("•", 98.6, 105.6), ("Kantha", 164.0, 206.3), ("Handicraft", 212.3, 274.8)),
             _at(172, ("Embroidery", 98.6, 167.8), ("•", 199.2, 206.3)), _at(187, ("Walnut", 98.6, 140.3), ("Wood", 172.8, 206.3)),
             _at(202, ("Carving", 98.6, 144.9)),
             _at(222, ("•", 98.6, 105.6), ("Bobbili", 110.9, 151.7), ("Veena", 156.9, 193.9), ("•", 199.2, 206.3), ("Agriculture", 212.3, 278.3)),
             _at(236, ("Chikankari", 98.6, 161.9)), _at(251, ("Embroidery", 98.6, 167.8), ("•", 199.2, 206.3)),
             _at(265, ("Terracotta", 98.6, 159.0)), _at(280, ("Lacquerware/Wooden", 98.6, 228.0))]
    columns = _unruled_columns(["product", "sector"], spans, lines, 50.0, 600.0, BodySeen())
    assert 206.3 <= columns[0].x1 < 212.3


def test_a_word_run_over_the_next_cell_up_to_its_text_parts_where_that_columns_lines_start():
    """Chromium keeps a word too wide for its cell whole: "Pathanamthitta" ran over the rule into
    the serial's cell, up to its "46", set centred, and pdfium read one word, "Pathanamthitta46"
    (fuzz 1779400082: three rows, with no doubt). Its letters taken as equally wide, the digits
    seemed to start 12.8 pt past the rule, more than an em: too far for two texts meeting at a
    column's edge. The serials of the rows beside start at 292.9 pt, past the rule: the texts
    meet there."""
    columns = [Column("district", "Districts", 217.9, 281.6), Column("serial", "Serial No.", 281.6, 316.9)]
    words = [Word("Thiruvananthapuram", 219.1, 320.5, 657.5, 669.8), Word("45", 292.9, 305.2, 657.5, 669.8),
             Word("Pathanamthitta46", 219.1, 305.2, 674.8, 687.1), Word("Wayanad", 231.0, 268.0, 692.0, 704.3),
             Word("47", 292.9, 305.2, 692.0, 704.3)]
    parted = apart_at_columns(words, columns)
    assert [(w.text, w.x0) for w in parted if 674 < w.top < 675] == [("Pathanamthitta", 219.1), ("46", 292.9)]


def test_words_inside_texts_centred_under_a_label_start_no_columns_edge():
    """Chromium, no rules, products and remarks centred (fuzz 1779400103). "Fabrics/Handicrafts",
    too wide for its cell, runs on to 455.7 pt, over where "GI" of "GI tagged" starts (453.7), so
    no white parts the columns. "&" of "Glass Beads &", "Oil" of "Groundnut Oil" and "-" of
    "products -" start within a point of 408 by chance, each line centred under "Product": three
    different words at one point made the edge there, and the three were read into the remarks,
    with no doubt (20 rows wrong). A word of a text centred under a label starts where the text's
    width puts it (its first word too: lines as wide start level, fuzz 1993600173): the edge is
    where fewest texts cover, past "Oil"."""
    spans = [("product", 355.2, 408.5), ("remarks", 454.1, 513.5)]
    products = [[("Glass", 345.3, 373.0), ("Beads", 376.9, 404.0), ("&", 407.8, 418.4)], [("Groundnut", 338.2, 404.2), ("Oil", 408.0, 425.5)],
                [("products", 351.1, 404.8), ("-", 408.6, 412.6)], [("Chilli", 365.7, 398.0)], [("Fabrics/Handicrafts", 335.1, 455.7)]]
    remarks = [[("GI", 453.7, 468.0), ("tagged", 471.8, 513.9)], [("New", 469.9, 497.7)]]
    body = [_at(100.0 + 20 * k, *words, *remarks[k % 2]) for k, words in enumerate(products)]
    columns = _unruled_columns(["product", "remarks"], spans, body, 0.0, 600.0, BodySeen())
    assert 425.5 < columns[0].x1 < 453.7


def test_a_first_line_set_into_the_headers_foot_is_the_bodys():
    """Calc abutted the rows under a header of one line: the first product line's box ("Fruits &
    Vegetables", the first of three) reached 2.6 pt up past the header's foot (fuzz 144000151),
    further than a tolerance, and the line was dropped. A line standing mostly below the
    header's foot is the body's; one a rule runs through is a merged cell's text clipped by the
    rule closing the header, and stays out."""
    from pipeline.extract.layers import PageContent, Rule
    from pipeline.extract.unruled import unruled_rows
    columns = [Column("serial", "#", 20.0, 40.0), Column("district", "Districts", 40.0, 150.0), Column("product", "ODOP Product", 150.0, 400.0)]
    lines = [_at(48.5, ("Fruits", 160, 190), ("&", 194, 200), ("Vegetables", 204, 260), size=12.0),
             _at(61.8, ("Processing", 160, 215), ("(Tomato,", 219, 262), ("Onion,", 266, 300), size=12.0),
             _at(75.1, ("1", 25, 30), ("Idukki", 40, 75), ("Potato)", 160, 200), size=12.0),
             _at(90.1, ("2", 25, 30), ("Wayanad", 40, 90), ("Pineapple", 160, 210), size=12.0)]
    page = PageContent(2, 595.0, 842.0, [w for line in lines for w in line])
    rows, _, _, _ = unruled_rows(page, columns, lines, 51.1, 1, "bottom", first=True)
    assert [row.text("product") for row in rows] == ["Fruits & Vegetables Processing (Tomato, Onion, Potato)", "Pineapple"]
    ruled = PageContent(2, 595.0, 842.0, page.words, hrules=[Rule(20.0, 52.0, 400.0, 52.0)])
    rows, _, _, _ = unruled_rows(ruled, columns, lines, 51.1, 1, "bottom", first=True)
    assert [row.text("product") for row in rows] == ["Processing (Tomato, Onion, Potato)", "Pineapple"]


def test_a_line_broken_by_hand_in_a_list_of_markers_with_none_is_in_doubt():
    """A scan's cell "a) Uppada Jamdani Sarees" / "b) Leather" / "Products" / "Bamboo Craft": OCR
    read no "c)", and "Bamboo" would have fitted after "Products". A list of markers parts at its
    markers only, so "Leather Products Bamboo Craft" was one item, with no doubt (fuzz
    1993600061). A line of such a list broken by hand that opens with no marker may have lost it;
    one that wraps, or opens with the next marker, is sure."""
    from pipeline.extract.cells import Row
    from pipeline.extract.table import uncertain_breaks

    def cell(last_break: bool, last: str = "Bamboo Craft") -> list[Line]:
        return [Line("a) Uppada Jamdani Sarees", 250.0), Line("b) Leather", 230.0), Line("Products", 225.0),
                Line(last, 240.0, hard_break=last_break)]
    rows = [Row(1, cells={"product": cell(True)}), Row(1, cells={"product": cell(False)}),
            Row(1, cells={"product": cell(True, "c) Bamboo Craft")})]
    assert split_products(rows[0].cells["product"]) == ["Uppada Jamdani Sarees", "Leather Products Bamboo Craft"]
    found = uncertain_breaks(rows)
    assert list(found) == [0] and found[0][0][1:] == ("product", ("Products", "Bamboo"))


def test_a_break_beside_an_unruled_columns_widest_line_is_in_doubt_where_nothing_else_wraps():
    """With no rule to give a column's width, its widest line gives it: a break beside that line
    is a wrap in a column set to a width and an item's end in one as wide as its content (a web
    page's), and nothing else in the column tells which."""
    from pipeline.extract.cells import Row
    from pipeline.extract.table import uncertain_breaks
    from pipeline.extract.unruled import settle_unruled_wraps
    widest = Line("Cane & Bamboo Furniture & Decorative", 441.5, x0=318.4, room=123.2, size=7.0)
    cells = [[widest, Line("Items", 388.5, need=18.9, x0=371.5, room=123.2, size=7.0)],
             [Line("Handmade Paper Products", 422.0, x0=338.0, room=123.2, size=7.0)]]
    rows = [Row(1, cells={"product": lines}, table=1) for lines in cells]
    settle_unruled_wraps(rows)
    assert cells[0][1].hard_break and list(uncertain_breaks(rows)) == [0]


def test_an_unruled_break_by_hand_by_less_than_the_inks_slack_is_in_doubt():
    """Writer, rules under rows only: 'Brass & Bell' / 'Metal Utensils' would have measured 109.2
    against the column's widest line of 110.3; ink boxes are narrower than the advances the engine
    filled the line with, so a break that close to the room is a wrap as likely as an item's end.
    A break that leaves far more room, and one the next word could not have fitted, are sure."""
    from pipeline.extract.cells import Row
    from pipeline.extract.unruled import settle_unruled_wraps
    widest = [Line("Mangalagiri Sarees and Fabrics", 147.8, x0=37.5, room=110.3, size=12.0)]
    close = [Line("Brass & Bell", 109.7, x0=37.5, room=110.3, size=12.0),
             Line("Metal Utensils", 120.0, need=37.0, x0=37.5, room=110.3, size=12.0)]
    clear = [Line("Kiwi", 60.0, x0=37.5, room=110.3, size=12.0), Line("Mango Pulp", 100.0, need=40.0, x0=37.5, room=110.3, size=12.0)]
    wrap = [Line("Uppada Jamdani", 136.0, x0=37.5, room=110.3, size=12.0), Line("Sarees", 80.0, need=44.0, x0=37.5, room=110.3, size=12.0)]
    settle_unruled_wraps([Row(2, cells={"product": lines}, table=1) for lines in (widest, close, clear, wrap)])
    assert [(lines[1].hard_break, lines[1].break_unsure) for lines in (close, clear, wrap)] == [(True, True), (True, False), (False, False)]


def test_a_break_by_hand_by_less_than_the_columns_widest_line_shows_is_in_doubt():
    """Calc wrapped 'Mangalagiri' / 'Sarees and Fabrics' in a ruled cell of room 96.5 although the
    two would have measured 94.7 (its own metrics wrap a little early); the column's widest line
    is 95.0, so no line shows that 94.7 fits. A break that leaves far more room is by hand."""
    from pipeline.extract.cells import Row
    from pipeline.extract.grid import doubt_close_breaks
    close = [Line("Mangalagiri", 331.3, x0=273.0, room=96.5, size=9.7),
             Line("Sarees and Fabrics", 368.0, hard_break=True, need=36.4, x0=273.0, room=96.5, size=9.2)]
    clear = [Line("Kiwi", 293.0, x0=273.0, room=96.5, size=9.7),
             Line("Mango Pulp", 331.0, hard_break=True, need=30.0, x0=273.0, room=96.5, size=9.7)]
    doubt_close_breaks([Row(2, cells={"product": close}), Row(2, cells={"product": clear})])
    assert close[1].break_unsure and not clear[1].break_unsure


def test_a_label_wider_than_its_cell_parts_where_the_body_starts_under_it():
    """Chromium lets the bold label "Serial" (38-70) run past its 26 pt cell towards "State Name"
    (72-138): the two read as one label, and the state's texts start at 64, under "Serial"."""
    from pipeline.extract.header import _jammed_labels
    block = [_at(82.0, ("Serial", 38, 70), ("State", 72, 102), ("Name", 106, 138)), _at(96.0, ("No.", 40, 59))]
    body = [_at(114.0 + 30 * k, (str(k + 1), 38, 44), ("Andhra", 64, 100), ("Pradesh", 103, 143)) for k in range(4)]
    fields, spans = _jammed_labels(block, ["state"], [("Serial State Name No.", 38.0, 138.0)], body, [])
    assert fields == ["serial", "state"] and spans[1][1] == 64


def test_a_jammed_label_does_not_part_where_the_left_columns_own_texts_start():
    """Writer set a state's table as narrow as its texts: "Product Name Remarks" on one line, the
    products centred under "Product Name", no remarks in the table. Parted as "Product" | "Name
    Remarks" where a product line starts, just past "Product" (as if that label had run past a
    cell 0.3 pt wide), every product of the table was read as a remark (unseen fuzz 3229200022).
    A label runs past its cell only over the texts of a column that shows some left of them; and
    no remark stands under "Remarks" to part there."""
    from pipeline.extract.header import _jammed_labels
    block = [_at(601.6, ("Product", 123.8, 158.2), ("Name", 160.7, 185.7), ("Remarks", 188.3, 227.2), size=13.1)]
    body = [_at(627.9, ("(i)", 126.3, 135.7), ("Electronics", 138.2, 183.1), size=10.0),
            _at(641.9, ("Manufacturing", 125.0, 184.4), size=10.1),
            _at(656.0, ("Cluster", 123.0, 151.8), ("(Mobile", 154.4, 186.5), size=10.0),
            _at(670.1, ("Phones", 131.8, 160.7), ("and", 163.2, 177.6), size=10.0),
            _at(684.4, ("(ii)", 124.1, 136.0), ("Tamarind", 138.6, 178.0), size=10.0)]
    fields, spans = _jammed_labels(block, ["product"], [("Product Name Remarks", 123.8, 227.2)], body, [])
    assert fields == ["product"]


def test_a_jammed_label_parts_where_its_second_label_starts_over_one_text():
    """Writer, one table per state: Madhya Pradesh's header "ODOP Product GI Status" stood as
    close as words, and one row of the table has a remark, "New", under "GI Status". Where the
    right label itself starts, one text under it parts the columns (elsewhere, where a label
    wider than its cell ran past it, two at least): "New" was read into the product,
    "Value-added New Foods", with no doubt (unseen fuzz 676800140)."""
    from pipeline.extract.header import _jammed_labels
    block = [_at(300.0, ("ODOP", 132.0, 155.0), ("Product", 157.5, 191.0), ("GI", 193.5, 203.0), ("Status", 205.5, 236.0), size=7.0)]
    body = [_at(320.0, ("a)", 145.0, 152.0), ("Sal", 154.5, 166.0), ("Leaf", 168.5, 183.0), size=7.0),
            _at(330.0, ("Plates", 150.0, 170.0), ("b)", 172.5, 179.0), size=7.0),
            _at(340.0, ("Value-added", 143.0, 181.0), ("New", 201.5, 216.5), size=7.0),
            _at(350.0, ("Foods", 152.0, 171.0), ("c)", 173.5, 180.0), size=7.0)]
    fields, spans = _jammed_labels(block, ["product"], [("ODOP Product GI Status", 132.0, 236.0)], body, [])
    assert fields == ["product", "remarks"] and spans[1][1] == 193.5


def test_a_label_run_over_the_next_label_of_its_line_parts_from_it():
    """Chromium let the bold "Remarks" (211-265) run over "Name" (256) of the state's label "Name
    of" / "State/UT": the two parts overlap, as one cell's stacked lines do, and the label was
    not parted, so the remarks were read into the products on one page and as states on the
    next (unseen fuzz 2739100065: F1 0.21). No text engine sets one line's words over each other:
    the left one ran past its cell, and the columns part where the texts below show."""
    from pipeline.extract.header import _jammed_labels
    block = [_at(36.7, ("Remarks", 211.0, 265.1), ("Name", 256.4, 291.7), ("of", 294.9, 308.0), size=16.3),
             _at(51.7, ("State/UT", 256.2, 307.3), size=16.3)]
    body = [_at(208.7, ("GI", 220.9, 233.9), ("Tamil", 265.4, 298.1), size=16.1), _at(222.9, ("tagged", 211.0, 248.7), ("Nadu", 266.3, 297.2)),
            _at(262.7, ("Telangana", 252.2, 311.3)), _at(315.9, ("New", 214.4, 240.3))]
    fields, spans = _jammed_labels(block, ["state"], [("Remarks Name of State/UT", 211.0, 308.0)], body, [])
    assert fields == ["remarks", "state"] and 248.7 < spans[1][1] <= 252.2
    stacked = [_at(36.7, ("Name", 211.0, 260.0), size=16.3), _at(51.7, ("Remarks", 230.0, 290.0), size=16.3)]
    assert _jammed_labels(stacked, ["state"], [("Name Remarks", 211.0, 290.0)], body, [])[0] == ["state"]


def test_a_label_run_over_the_next_labels_parts_where_the_next_columns_texts_start_past_words_run_over_too():
    """Chromium let "Category" run over "Name" of "Name of" / "State/UT", and every "Secondary"
    and "Tertiary" below it past the narrow cell into the state's column, over "Andaman" or into
    blank cells. No edge between the two columns stood clear of the category's words, so the
    label was never parted and no column read the states (fuzz 1972600011: F1 0.00). A word that
    starts where the label that ran past its cell starts ran past as well: it parts nothing."""
    from pipeline.extract.header import _jammed_labels
    block = [_at(102.7, ("Category", 200.7, 261.1), ("Name", 252.3, 291.4), size=14.1), _at(117.7, ("of", 265.2, 279.0), size=14.1),
             _at(132.0, ("State/UT", 248.4, 307.3), size=14.1)]
    body = [_at(153.1, ("Secondary", 200.7, 265.0), ("Andaman", 248.3, 305.8), size=14.0), _at(167.4, ("&", 266.5, 277.2), size=14.0),
            _at(181.0, ("Tertiary", 200.7, 250.9), ("Nicobar", 253.2, 300.2), size=14.0), _at(210.0, ("Primary", 200.7, 248.0), size=14.0),
            _at(225.0, ("Secondary", 200.7, 265.0), size=14.0), _at(240.0, ("Tertiary", 200.7, 250.9), ("Assam", 256.0, 297.3), size=14.0)]
    fields, spans = _jammed_labels(block, ["category"], [("Category Name of State/UT", 200.7, 307.3)], body, [])
    assert fields == ["category", "state"] and spans[1][1] == 248.4


def test_texts_of_two_columns_that_touch_part_where_the_next_columns_texts_start():
    """Writer justifies "Andaman &" across the state cell: its "&" ends at 128.93, where the
    districts start (128.90). The white between "Andaman" and "&" is wider, but only one text
    starts after it; every district starts at the touching edge."""
    spans = [("State Name", 71.0, 137.0), ("Districts", 155.0, 225.0)]
    districts = ["Nicobars", "North and Middle Andaman", "South Andamans", "Alluri Sitharama Raju"]
    body = [_at(100.0 + 15 * k, ("Andaman", 69.4, 108.28), ("&", 121.16, 128.93), (district, 128.9, 128.9 + 5 * len(district)))
            for k, district in enumerate(districts)]
    assert 128.0 < _edge(spans, body) < 128.93


@pytest.mark.parametrize("text, left, right", [("Carving43", "Carving", "43"), ("(2)Secondary", "(2)", "Secondary"),
                                               ("productsPrimary", "products", "Primary"),
                                               ("Thiruvananthapurama)", "Thiruvananthapuram", "a)")])
def test_two_cells_texts_printed_against_each_other_part_where_they_meet_at_the_columns_edge(text, left, right):
    """Writer pushes a justified last word to its cell's edge, against the next column's text; a
    right-aligned serial may touch the product before it; Chromium lets a word too wide for its
    cell run on to where the next cell's list hangs its letter markers, "b)" and "c)" on the
    lines below (fuzz 5733100063): one word across the edge at x = 204. A word that closes a
    bracket ("Components)") parts only where the column's markers start, and never one that
    opened it ("(Hanumakonda)", fuzz 3068500010)."""
    columns = [Column("product", "", 100.0, 204.0), Column("serial", "", 204.0, 260.0)]
    word = Word(text, 204.0 - 4.0 * len(left), 204.0 + 4.0 * len(right), 100.0, 110.0)
    markers = [Word(m, 204.0, 212.0, y, y + 10.0) for m, y in (("b)", 115.0), ("c)", 130.0))]
    assert [w.text for w in apart_at_columns([word, *markers], columns)][:2] == [left, right]
    closing = Word("Components)", 204.0 - 4.0 * 9, 204.0 + 4.0 * 2, 100.0, 110.0)  # "Componen" | "ts)"
    assert apart_at_columns([closing], columns) == [closing]
    bracket = Word("(Hanumakonda)", 204.0 - 4.0 * 11, 204.0 + 4.0 * 2, 100.0, 110.0)  # by markers, but whole
    assert apart_at_columns([bracket, *markers], columns)[0] == bracket


def test_a_cells_font_size_is_its_tallest_word_not_a_lone_letters():
    """Writer broke "Fisheries/Marine" at its cell's edge: "e" alone starts the next line, its box
    as tall as an x (5.6 pt of a 10 pt font). Judged by that height the line before was not full
    enough to break a word; by the cell's own size it was."""
    lines = [[Word("Fisheries/Marin", 258.8, 331.5, 442.0, 449.7)],
             [Word("e", 258.8, 264.4, 460.0, 465.6), Word("products", 274.3, 316.1, 458.0, 468.0), Word("(ii)", 326.0, 337.2, 458.0, 466.9)]]
    second = cell_lines(lines, 337.77, 258.03)[1]
    assert second.joiner == "" or second.word_unsettled


def test_a_line_short_of_its_cells_edge_by_a_wide_letter_may_end_in_a_broken_word():
    """Calc broke "Pathanamthitta" at the edge of a 45 pt cell: "Pathana" ends 7.7 pt short of it,
    more than the line's ink is tall (7.3 pt) but less than "m" is wide, so the word may have
    been broken there, and English reads "mthitta" as no word: one word (fuzz 243700107)."""
    from pipeline.extract.cells import join_lines, settle_word_breaks
    lines = cell_lines([[Word("Pathana", 114.6, 152.0, 169.3, 176.7)], [Word("mthitta", 114.6, 144.6, 180.5, 187.9)]], 159.7, 114.6)
    assert lines[1].word_unsettled or lines[1].word_broken
    settle_word_breaks([lines])
    assert join_lines(lines) == "Pathanamthitta"


def test_a_word_that_runs_on_past_a_slash_is_measured_to_its_next_space():
    """reportlab breaks only at spaces, and inside a word only where the word alone is wider than
    the line. "Lacquerware/Wooden" is one word to it, wider than the 77 pt cell, so it was split by
    characters: "Carvings (ii) L" / "acquerware/" / "Wooden Toys" (fuzz 2188900061). The two parts
    before the slash are narrower than the line, but the word goes on past it: measured to its next
    space, it could only have been broken. It was read "L acquerware/", with no doubt."""
    from pipeline.extract.cells import join_lines, settle_word_breaks

    lines = [_at(140.5, ("Carvings", 358.2, 405.5), ("(ii)", 408.9, 422.2), ("L", 425.5, 432.2), size=11.25),
             _at(155.1, ("acquerware/", 358.2, 424.2), size=11.25),
             _at(169.7, ("Wooden", 358.2, 402.9), ("Toys", 406.2, 432.2), size=11.25)]
    read = cell_lines(lines, 435.3, 358.2)
    assert read[1].word_broken or read[1].word_unsettled
    settle_word_breaks([read])
    assert join_lines(read) == "Carvings (ii) Lacquerware/Wooden Toys"
    # where the next line opens an item, the word ends at the slash, and fits: "L" was a word
    lines[2] = _at(169.7, ("(iii)", 358.2, 374.2), ("Blue", 377.5, 401.5), size=11.25)
    read = cell_lines(lines, 435.3, 358.2)
    assert (read[1].joiner, read[1].word_broken, read[1].word_unsettled) == (" ", False, False)


def test_a_recognisers_words_part_where_it_read_a_space_however_narrow_the_white():
    """A scan (fuzz 821900038): the recogniser read "Venkatagiri Cotton" / "sarees", the words of
    the first line 1.1 pt apart (0.1 em, ink to ink), and "Sarees" in lower case. Taken for one
    run of text, "Venkatagiri Cotton" with "sarees" was one word wider than the cell, broken at
    its edge: "Venkatagiri Cottonsarees", with no doubt. The recogniser read a space there; the
    two words wrap as words do."""
    from pipeline.extract.cells import join_lines

    lines = [[Word("Venkatagiri", 37.4, 88.9, 462.2, 472.9, 0.9999), Word("Cotton", 89.9, 115.8, 462.2, 472.9, 0.99998)],
             [Word("sarees", 37.8, 65.1, 476.9, 487.7, 0.99994)]]
    assert join_lines(cell_lines(lines, 115.1, 37.4)) == "Venkatagiri Cotton sarees"

def test_a_break_in_doubt_goes_on_in_a_list_that_prints_no_item_one_a_line():
    """Writer wrapped 'Kantha' / 'Embroidery' in a ruled cell where the two measure 0.6 pt under
    the room (ink boxes are narrower than the advances a text engine fills with): the break is in
    doubt. Where no cell of the list surely breaks a line before an item, it is a wrap, still in
    doubt; where one does, it is read as an item's end."""
    from pipeline.extract.cells import Row
    from pipeline.extract.products import settle_breaks
    from pipeline.extract.table import uncertain_breaks

    def cells(sure_list: bool) -> list[list[Line]]:
        doubtful = [Line("Kantha", 298.0, x0=266.0), Line("Embroidery", 319.0, hard_break=True, break_unsure=True, x0=266.0)]
        listed = [Line("Honey", 295.0, x0=266.0), Line("Kiwi", 290.0, hard_break=True, x0=266.0)] if sure_list else [Line("Honey", 295.0)]
        return [doubtful, listed]

    for sure_list in (False, True):
        found = cells(sure_list)
        settle_breaks(found)
        assert split_products(found[0]) == (["Kantha", "Embroidery"] if sure_list else ["Kantha Embroidery"])
        assert list(uncertain_breaks([Row(1, cells={"product": lines}) for lines in found])) == [0]


def test_a_break_in_doubt_ends_an_item_where_the_text_after_it_begins_an_item_elsewhere():
    """Chromium, products one a line in a narrow ruled cell: 'Kantha' would not have fitted after
    'Large Cardamom', so the break may be a wrap. 'Large Cardamom' stands alone in another cell,
    and another cell begins with 'Kantha Embroidery' (whatever follows it there): an item ends
    before it. Both names are printed elsewhere, and read as one they would make a name printed
    nowhere else: the list reads shortest so, by far, and the break is sure (`_settle_by_lexicon`).
    A text that only ends an item elsewhere ('Footwear' of a wrapped 'Leather Footwear') begins
    none: 'Leather' / 'Footwear' stays one item."""
    from pipeline.extract.products import settle_breaks

    def cell(*texts: str, sure: bool = True) -> list[Line]:
        return [Line(t, 300.0, hard_break=bool(k) and sure, x0=200.0) for k, t in enumerate(texts)]

    doubtful = cell("Pottery", "Large Cardamom", "Kantha Embroidery")
    doubtful[2].hard_break = False  # the next word would not have fitted: a wrap, or an item
    wrapped = cell("Leather", "Footwear", sure=False)
    found = [doubtful, cell("Large Cardamom"), cell("Kantha Embroidery", "Stone Carving", sure=False), cell("Leather"),
             cell("Tea", "Coir"), wrapped, cell("Leather Footwear")]
    settle_breaks(found)
    assert split_products(found[0]) == ["Pottery", "Large Cardamom", "Kantha Embroidery"] and not doubtful[2].break_unsure
    assert split_products(wrapped) == ["Leather Footwear"]


def test_an_item_read_whole_parts_into_the_items_the_list_shows_whole_elsewhere():
    """A narrow column, products one a line: no next line's first word would have fitted, so
    every break is open. 'Narsapur Crochet Lace Work' (none of the initiative's names, which are
    whole as items are) meets different texts before and after it in two cells, as an item does
    (a wrapped name's parts always meet each other), and 'Blue Pottery' stands alone in a cell:
    the first cell parts one way only, between them. One side is whole only by what it meets,
    but both are printed elsewhere, and the list read so is far the shortest: the break is sure
    (`_settle_by_lexicon`), as where both sides stand alone. 'Leather' meets several texts after it ('Products', 'Footwear'), but never
    several before, so 'Leather' / 'Footwear' stays one item. The rule of the sides parts none of
    these: no text after the first break begins an item at a sure start (fuzz 7712300159)."""
    from pipeline.extract.products import settle_breaks

    def cell(*texts: str, sure: bool = False) -> list[Line]:
        return [Line(t, 300.0, hard_break=bool(k) and sure, break_unsure=bool(k) and not sure, x0=200.0) for k, t in enumerate(texts)]

    name = ("Narsapur", "Crochet", "Lace Work")
    first = cell("Blue Pottery", *name)
    both_alone = cell("Blue Pottery", "Pickles")
    leather = cell("Leather", "Footwear")
    found = [first, cell("Handmade Paper", "Products", *name, "Leather Products"), both_alone, cell("Blue Pottery"),
             cell("Pickles"), cell("Tea", "Coir", sure=True), cell("Leather", "Products"), leather]
    settle_breaks(found)
    assert split_products(first) == ["Blue Pottery", "Narsapur Crochet Lace Work"] and not first[1].break_unsure
    assert split_products(both_alone) == ["Blue Pottery", "Pickles"] and not both_alone[1].break_unsure
    assert split_products(leather) == ["Leather Footwear"]


def test_breaks_the_lists_items_leave_open_are_read_the_way_that_tells_the_list_in_fewest_bits():
    """Writer, centred, products one a line in a narrow grid (fuzz 2771900127, nine of its 64
    cells): no next line's first word would have fitted, so all breaks but three are open, and
    'Bamboo' / 'Shoots' / 'Tussar Silk' / 'Sarees' and 'Brassware' / 'Saffron' / 'Dhokra Metal'
    were read as one product each: no item stands alone to settle them, and each name meets the
    same text on one side wherever it is printed. Read across the whole list, names recur
    ('Bamboo Shoots' in two cells, 'Saffron' in two): the reading that prints them so tells the
    list in far fewer bits than one that makes a new name of each cell. 'Organic' / 'Ginger' is
    a wrap, surely: 'Organic Ginger' is printed on one line in another cell, and read apart it
    would make two names printed nowhere else. So is 'Bamboo' / 'Shoots', though its two cells
    print it alike: two items printed together in two cells would look the same, but read apart
    they are printed nowhere else, one after the other in each cell and never apart (of the 448
    pairs of items printed one after the other in the initiative's list, 5 recur, and each item
    of those is printed apart too). The breaks beside a name printed once stay in doubt
    ('Tussar Silk Sarees': it may be a name's end), as do two names printed once each ('Blue
    Pottery' / 'Kani Shawl'), which stay as the geometry read them."""
    from pipeline.extract.products import settle_breaks

    def cell(*texts: str) -> list[Line]:  # breaks the geometry read as wraps, open to the list's words; "| ": a sure item's start
        return [Line(t.removeprefix("| "), 300.0, x0=200.0, joiner=" " if k else "", hard_break=t.startswith("| ")) for k, t in enumerate(texts)]

    ginger = cell("Organic", "Ginger", "| Stone Carving", "Bamboo", "Shoots", "Processed", "Pork")
    bamboo = cell("Bamboo", "Shoots", "Tussar Silk", "Sarees")
    brassware = cell("Organic Ginger", "Brassware", "Saffron", "Dhokra Metal", "Craft (Bell", "Metal)")
    printed_once = cell("Blue Pottery", "Kani Shawl")
    found = [cell("Mangalagiri", "Sarees and", "Fabrics", "| Coir & Coir", "Products", "Makhana (Fox", "Nut)", "| Processed Pork"),
             ginger, cell("Banana Fibre", "Products", "Fisheries/Marine", "products", "Saffron"), cell("Coir & Coir", "Products"), bamboo,
             brassware, cell("Woollen", "Shawls, Stoles", "& Carpets", "Carpets", "(Bhadohi)"), cell("Bobbili Veena"),
             cell("Pearl Millet", "Woollen", "Shawls, Stoles", "& Carpets"), printed_once]
    settle_breaks(found)
    assert split_products(ginger) == ["Organic Ginger", "Stone Carving", "Bamboo Shoots", "Processed Pork"]
    assert ginger[1].settled and not ginger[1].break_unsure and not ginger[4].break_unsure
    assert split_products(bamboo) == ["Bamboo Shoots", "Tussar Silk Sarees"] and not bamboo[1].break_unsure and bamboo[2].break_unsure
    assert split_products(brassware) == ["Organic Ginger", "Brassware", "Saffron", "Dhokra Metal Craft (Bell Metal)"]
    assert split_products(printed_once) == ["Blue Pottery Kani Shawl"] and printed_once[1].break_unsure


def test_a_name_printed_alike_in_two_cells_is_sure_where_its_parts_stand_nowhere_apart():
    """Writer, centred, no rules, products one a line (fuzz 2846300169, read exactly): 'Walnut
    Wood' / 'Carving', 'Leather' / 'Footwear' and 'Handmade' / 'Paper Products' were each
    printed alike in two or three cells, no next line's first word fitting, and were read as
    one name each, rightly, but in doubt: 32 of the list's 213 rows. Two items printed together,
    in one order, in each cell would look the same; read apart, they would be items printed
    nowhere else, and never apart. Of the 448 pairs of items printed one after the other in the
    initiative's list, 5 recur, each item of those printed apart too. So a wrap whose name
    another cell prints, which read as a break parts it into names printed nowhere else, is
    sure; where a part stands alone in another cell, it stays in doubt."""
    from pipeline.extract.products import settle_breaks

    def cell(*texts: str) -> list[Line]:  # breaks the geometry read as wraps, open to the list's words; "| ": a sure item's start
        return [Line(t.removeprefix("| "), 300.0, x0=200.0, joiner=" " if k else "", hard_break=t.startswith("| ")) for k, t in enumerate(texts)]

    def read(*elsewhere: list[Line]) -> list[tuple[list[str], bool]]:
        pair = [cell("Bamboo", "Shoots"), cell("Honey", "| Bamboo", "Shoots")]
        settle_breaks([*pair, *elsewhere, cell("Tea", "| Honey"), cell("Kiwi"), cell("Saffron", "| Tea")])
        return [(split_products(c), c[-1].break_unsure) for c in pair]

    assert read() == [(["Bamboo Shoots"], False), (["Honey", "Bamboo Shoots"], False)]
    assert read(cell("Tea", "| Shoots")) == [(["Bamboo Shoots"], True), (["Honey", "Bamboo Shoots"], True)]
    assert read(cell("Tea", "| Bamboo")) == [(["Bamboo Shoots"], True), (["Honey", "Bamboo Shoots"], True)]


def test_a_cell_whose_row_was_told_by_spacing_alone_is_no_evidence_for_the_lists_items():
    """Calc, a scan, no rules and no serials, rows abutting: 'Coir & Coir' / 'Products' was read
    apart on two pages, 'Products' as the next row's first line, and the cells 'Coir & Coir'
    standing alone made the list part the name surely where it was read whole: two products,
    no doubt (unseen fuzz 1447100039). Which row each line of a row told only by where its lines
    stand belongs to is in doubt, so its cell is no evidence, as a cell printed over another is."""
    from pipeline.extract.products import settle_breaks

    def cell(*texts: str, sure: bool = False) -> list[Line]:
        return [Line(t, 300.0, hard_break=bool(k) and sure, break_unsure=bool(k) and not sure, x0=200.0) for k, t in enumerate(texts)]

    for spaced in (False, True):
        name = cell("Coir & Coir", "Products")
        found = [name, cell("Coir & Coir"), cell("Products"), cell("Tea", "Coir", sure=True)]
        settle_breaks(found, {id(found[1]), id(found[2])} if spaced else frozenset())
        assert name[1].break_unsure is spaced


def test_an_items_first_text_shown_nowhere_else_parts_before_an_item_that_begins_items():
    """Writer, justified, products one a line in a narrow ruled cell: 'Sal Leaf Plates' /
    'Processed' / 'Prawns/Shrimp' / 'Chilli', where no next line's first word would have fitted
    (fuzz 83800085). 'Processed Prawns/Shrimp' is whole elsewhere and begins cells, 'Chilli'
    stands alone, but 'Sal Leaf Plates' is printed once: no way parted the item into texts each
    whole elsewhere, and all four lines were read as one product. The first text of an item is
    whole by where it stands, before an item whole elsewhere that begins items (in doubt still);
    so is its last, after one that ends items ('Stone Carving' / 'Carpets (Bhadohi)', fuzz
    1966300143). 'Embroidery' ends many names and begins none: 'Chikankari' / 'Embroidery' stays
    one."""
    from pipeline.extract.products import settle_breaks

    def cell(*texts: str) -> list[Line]:  # breaks the geometry read as wraps, open to the list's words; "| ": a sure item's start
        return [Line(t.removeprefix("| "), 300.0, x0=200.0, joiner=" " if k else "", hard_break=t.startswith("| ")) for k, t in enumerate(texts)]

    target, chikankari = cell("Sal Leaf Plates", "Processed", "Prawns/Shrimp", "Chilli"), cell("Chikankari", "Embroidery")
    last = cell("Stone Carving", "Carpets (Bhadohi)")
    found = [target, cell("Processed", "Prawns/Shrimp", "| Walnut Wood Carving"), cell("Brassware", "| Processed", "Prawns/Shrimp", "| Kiwi"),
             cell("Chilli"), chikankari, cell("Kantha", "Embroidery", "| Tea"), cell("Honey", "| Kantha", "Embroidery"),
             last, cell("Stone Carving")]
    settle_breaks(found)
    assert split_products(target) == ["Sal Leaf Plates", "Processed Prawns/Shrimp", "Chilli"]
    assert target[1].break_unsure and not target[2].hard_break
    assert split_products(last) == ["Stone Carving", "Carpets (Bhadohi)"] and last[1].break_unsure
    assert split_products(chikankari) == ["Chikankari Embroidery"]


def test_an_item_parted_after_a_closed_bracket_lets_the_list_settle_what_stands_before_it():
    """Writer, products one a line in a narrow ruled cell: 'Pickles, Papad & Spices' /
    'Electronics' / 'Manufacturing Cluster' / '(Mobile Phones and Components)' / 'Kiwi', no next
    line's first word fitting (fuzz 1709300086). 'Kiwi' was parted after the closed bracket only
    once the list settled nothing more, and the item before it, 'Electronics ...', printed once,
    stayed joined to 'Pickles, Papad & Spices', which stands alone elsewhere. Parted first, it
    leaves the last text of two to part by where it stands (in doubt)."""
    from pipeline.extract.products import settle_breaks

    def cell(*texts: str) -> list[Line]:  # breaks the geometry read as wraps, open to the list's words; "| ": a sure item's start
        return [Line(t.removeprefix("| "), 300.0, x0=200.0, joiner=" " if k else "", hard_break=t.startswith("| ")) for k, t in enumerate(texts)]

    target = cell("Pickles, Papad & Spices", "Electronics", "Manufacturing Cluster", "(Mobile Phones and Components)", "Kiwi")
    found = [target, cell("Pickles, Papad & Spices"), cell("Tea", "| Saffron")]
    settle_breaks(found)
    assert split_products(target) == ["Pickles, Papad & Spices", "Electronics Manufacturing Cluster (Mobile Phones and Components)", "Kiwi"]
    assert target[1].break_unsure and target[4].break_unsure


def test_an_item_parted_only_by_what_its_sides_meet_stays_in_doubt():
    """Chromium, products one a line in a narrow column: "Leather" / "Products", read as a wrap
    by the geometry (the second line's first word would not have fitted), was parted with no
    doubt (fuzz 460700174): "Products", the last word of many names, meets several texts on both
    sides, as an item does, and so does "Leather". A break so parted is sure only where each item
    beside it stands alone somewhere (its ends sure); else it is in doubt, however it stood.
    ("Leather Wares" is none of the initiative's names: see the test after this one for those.)"""
    from pipeline.extract.products import settle_breaks

    def cell(*texts: str) -> list[Line]:  # breaks the geometry read as wraps, open to the list's words; "| ": a sure item's start
        return [Line(t.removeprefix("| "), 300.0, x0=200.0, joiner=" " if k else "", hard_break=t.startswith("| ")) for k, t in enumerate(texts)]

    target = cell("Honey", "Leather", "Wares")
    found = [target, cell("Coir & Coir", "Wares", "| Tea"), cell("Banana Fibre", "Wares", "| Saffron"), cell("Leather", "Footwear"),
             cell("Tea", "| Leather", "Footwear"), cell("Honey"), cell("Tea", "| Saffron")]
    settle_breaks(found)
    assert split_products(target) == ["Honey", "Leather", "Wares"]
    assert [line.break_unsure for line in target[1:]] == [True, True]  # "Leather" stands alone nowhere


def test_the_initiatives_names_settle_breaks_beside_the_lists_items():
    """Writer, a state's table each, products one a line in a narrow column: "Saffron" /
    "Tamarind" and "Leather Footwear" / "Raja Rani Dolls" (each line's first word would not have
    fitted on the line before) were read as one product each, in doubt (fuzz 1966300143). A name
    of the initiative is whole as an item standing alone is: one of several words surely, one of
    a single word beside an item that stands alone, in doubt ("Pearl" / "Millet" are both names
    of one word, and one name), or beside a name of several, in doubt too: "Spices" / "Orthodox
    Tea (Black) and Green Tea" parts so, as "Walnut" / "Wood Carving" does, one name the list does
    not hold (fuzz 2883200021: read apart with no doubt). A text across the break that is a name
    ("Leather" / "Products") is not parted by what its words meet."""
    from pipeline.extract.products import settle_breaks

    def cell(*texts: str) -> list[Line]:  # breaks the geometry read as wraps, open to the list's words; "| ": a sure item's start
        return [Line(t.removeprefix("| "), 300.0, x0=200.0, joiner=" " if k else "", hard_break=t.startswith("| ")) for k, t in enumerate(texts)]

    saffron, leather, millet = cell("Saffron", "Tamarind"), cell("Leather Footwear", "Raja Rani Dolls"), cell("Pearl", "Millet")
    tea, walnut = cell("Spices", "Orthodox Tea (Black) and Green Tea"), cell("Walnut", "Wood Carving")
    products = cell("Honey", "| Leather", "Products")
    found = [saffron, leather, millet, tea, walnut, products, cell("Coir & Coir", "Products", "| Tea"), cell("Banana Fibre", "Products", "| Kiwi"),
             cell("Tea", "| Leather", "Footwear"), cell("Tamarind"), cell("Leather Footwear")]
    settle_breaks(found)
    assert split_products(saffron) == ["Saffron", "Tamarind"] and saffron[1].break_unsure
    assert split_products(leather) == ["Leather Footwear", "Raja Rani Dolls"] and not leather[1].break_unsure
    assert split_products(millet) == ["Pearl Millet"]
    assert split_products(tea) == ["Spices", "Orthodox Tea (Black) and Green Tea"] and tea[1].break_unsure
    assert walnut[1].break_unsure
    assert split_products(products) == ["Honey", "Leather Products"] and not products[2].break_unsure


def test_a_wrap_inside_a_name_the_list_prints_whole_elsewhere_is_settled():
    """Chromium, products one a line in a narrow column: "Lacquerware/Wooden" / "Toys" would not
    have fitted on one line, so the break may be a wrap or an item's end, and every such break was
    in doubt: 59 rows flagged for 4 wrong (fuzz 7182900039). Where the name as read stands alone
    elsewhere (its ends sure), or recurs between different texts on both sides, and no way parts
    it into items whole elsewhere, the list's words settle the break as a wrap; a break in a
    name seen nowhere else ("Kantha" / "Embroidery") stays in doubt."""
    from pipeline.extract.cells import Row
    from pipeline.extract.products import settle_breaks
    from pipeline.extract.table import uncertain_breaks

    def cell(*texts: str) -> list[Line]:  # a line after "/" goes on from the one before, in doubt; others are items
        lines = [t.split("/ ")[-1] for t in texts]
        return [Line(t, 300.0, hard_break=bool(k) and not texts[k].startswith("/ "), x0=200.0) for k, t in enumerate(lines)]

    wrapped = cell("Chilli", "Lacquerware/Wooden", "/ Toys", "Honey")
    unknown = cell("Kantha", "/ Embroidery")
    found = [wrapped, cell("Lacquerware/Wooden Toys"), cell("Tea", "Coir"), unknown]
    settle_breaks(found)
    assert split_products(wrapped) == ["Chilli", "Lacquerware/Wooden Toys", "Honey"] and wrapped[2].settled
    assert split_products(unknown) == ["Kantha Embroidery"] and not unknown[1].settled
    assert list(uncertain_breaks([Row(1, cells={"product": lines}) for lines in found])) == [3]


def test_a_break_left_open_after_a_closed_bracket_ends_an_item_in_doubt():
    """Products one a line in a narrow cell, no next word fitting: "Sugarcane based products
    (Jaggery)" / "Lacquerware/Wooden Toys" was read as one product (fuzz 7482100172, 1952000037).
    A name's qualifier in brackets ends it far more often than a word follows it: parted, still
    in doubt. A bracket left open goes on ("Agarbatti (Incense" / "Sticks)"), and a list that
    prints no item one a line only wraps."""
    from pipeline.extract.products import settle_breaks

    def cell(*texts: str, sure: bool = False) -> list[Line]:
        return [Line(t, 300.0, hard_break=bool(k) and sure, x0=200.0) for k, t in enumerate(texts)]

    closed, still_open = cell("Sugarcane based", "products (Jaggery)", "Lacquerware/Wooden", "Toys"), cell("Agarbatti (Incense", "Sticks)")
    settle_breaks([closed, still_open, cell("Tea", "Coir", sure=True)])
    assert split_products(closed) == ["Sugarcane based products (Jaggery)", "Lacquerware/Wooden Toys"] and closed[2].break_unsure
    assert split_products(still_open) == ["Agarbatti (Incense Sticks)"]
    alone = cell("Coffee (Araku)", "Kiwi")
    settle_breaks([alone])
    assert split_products(alone) == ["Coffee (Araku) Kiwi"]


def test_cells_printed_over_each_other_are_no_evidence_of_a_lists_items():
    """Calc printed "Lacquerware/Wooden" / "Toys" of a row too low for it over the rows beside,
    read as two cells in doubt, each holding one line. Taken as items standing alone, they parted
    the same name wrapped elsewhere in the list (its next word would not have fitted), with no
    doubt (fuzz 1942000185). A line printed over another cell's is no evidence."""
    from pipeline.extract.products import settle_breaks

    def cells(overprinted: bool) -> list[list[Line]]:
        return [[Line("Lacquerware/Wooden", 462.5, x0=358.4), Line("Toys", 380.0, x0=358.4)],
                [Line("Lacquerware/Wooden", 462.5, x0=358.4, overprinted=overprinted)],
                [Line("Toys", 380.0, x0=358.4, overprinted=overprinted)],
                [Line("Tea", 375.0, x0=358.4), Line("Coir", 378.0, hard_break=True, x0=358.4)]]
    found = cells(overprinted=True)
    settle_breaks(found)
    assert split_products(found[0]) == ["Lacquerware/Wooden Toys"]
    found = cells(overprinted=False)  # read surely so, they tell the list's items
    settle_breaks(found)
    assert split_products(found[0]) == ["Lacquerware/Wooden", "Toys"]


def test_a_scanned_text_read_once_less_the_last_letter_of_one_read_often_may_be_misread():
    """OCR read "Products (iii)" as "Product (iii)", sure of it (0.999), in a scan where the list
    reads "Apple & Apple-based Products" three times (fuzz 176600190: the row wrong, no doubt). A
    word one letter longer is another word ("Uttara" of "Uttar"), but a text read once that is
    one the list reads twice or more less its last letter lost it."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import misread_cells

    def cell(text: str) -> list[Line]:
        return cell_lines([[Word(word, 40.0 * k, 40.0 * k + 35, 0.0, 10.0) for k, word in enumerate(text.split())]], 300.0, 0.0)

    products = ["Apple & Apple-based Products", "Honey", "Apple & Apple-based Products", "Apple & Apple-based Product", "Leather Product"]
    rows = [Row(1, cells={"product": cell(product)}) for product in products]
    assert list(misread_cells(rows)) == [3]
    assert "a sign away from 'Apple & Apple-based Products', read 2 times" in misread_cells(rows)[3][0][0]


def test_a_scanned_product_read_once_but_for_a_word_that_is_no_word_may_be_misread():
    """OCR read "based" as "aser", sure of it, in a scan that reads "Sugarcane based products
    (Jaggery)" seven times (fuzz 1203400017: the row wrong, no doubt). A product read once that
    is one the list reads twice or more but for one word, two letters at most from it and no
    word, is in doubt; not two names that part by a word of their own ("Kondapalli Toys",
    "Etikoppaka Toys"), nor by an English word ("Leather products", "Leather goods")."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import misread_cells

    def cell(text: str) -> list[Line]:
        return cell_lines([[Word(word, 40.0 * k, 40.0 * k + 35, 0.0, 10.0) for k, word in enumerate(text.split())]], 300.0, 0.0)

    products = ["Sugarcane based products (Jaggery)"] * 2 + ["Sugarcane aser products (Jaggery)", "Kondapalli Toys",
                "Kondapalli Toys", "Etikoppaka Toys", "Leather goods", "Leather goods", "Leather products"]
    rows = [Row(1, cells={"product": cell(product)}) for product in products]
    assert list(misread_cells(rows)) == [2]


def test_a_scanned_item_read_once_that_is_two_items_the_list_reads_may_have_lost_a_marker():
    """OCR lost the bullet between "Groundnut Oil" and "Raja Rani Dolls" in a scan at 150 dpi, and
    the two were read as one product, with no doubt (fuzz 3174200187). An item read once that is
    two items the list reads elsewhere, one after the other, is in doubt; a name whose words are
    no items of the list is not."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import misread_cells

    def cell(text: str) -> list[Line]:
        return cell_lines([[Word(word, 40.0 * k, 40.0 * k + 35, 0.0, 10.0) for k, word in enumerate(text.split())]], 300.0, 0.0)

    products = ["Groundnut Oil", "Raja Rani Dolls", "Groundnut Oil Raja Rani Dolls", "Kani Shawl", "Honey"]
    rows = [Row(1, cells={"product": cell(product)}) for product in products]
    assert list(misread_cells(rows)) == [2]
    # three items, two markers lost ("Coconut & Coconut based products Organic Ginger Tamarind", fuzz 1993600182)
    rows.append(Row(1, cells={"product": cell("Honey Kani Shawl Groundnut Oil")}))
    assert list(misread_cells(rows)) == [2, 5]


def test_a_scanned_product_whose_last_word_lost_a_thin_letter_may_be_misread():
    """OCR lost the "t" of "Pearl Millet" at 150 dpi, sure of it; the list read it nowhere else,
    and it is none of the initiative's names (fuzz 1203400159: no doubt). A product's last word
    that is no word, where it is one with a letter of a thin stroke after it, is in doubt."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import misread_cells

    def cell(text: str) -> list[Line]:
        return cell_lines([[Word(word, 40.0 * k, 40.0 * k + 35, 0.0, 10.0) for k, word in enumerate(text.split())]], 300.0, 0.0)

    rows = [Row(1, cells={"product": cell(product)}) for product in ["Pearl Mille", "Bobbili Veena", "Kani Shawl", "Zari-Zardozi"]]
    assert list(misread_cells(rows)) == [0]


def test_a_word_ocr_reads_once_beside_one_a_letter_away_read_often_may_be_misread():
    """OCR is unsure of many words it reads right ("Embroidery" at 0.52, read surely elsewhere;
    a list's marker), and sure of some it misreads ("Assan" at 0.999, where the list reads "Assam"
    three times)."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import misread_cells

    def cell(*words: tuple[str, float]) -> list[Line]:
        return cell_lines([[Word(text, 10.0 * k, 10.0 * k + 8, 0.0, 10.0, confidence) for k, (text, confidence) in enumerate(words)]], 300.0, 0.0)

    rows = [Row(1, cells={"state": cell((state, 1.0)), "product": cell(*product)}) for state, product in [
        ("Assam", [("Kantha", 1.0), ("Embroidery", 1.0)]), ("Assam", [("Tea", 1.0)]),
        ("Assam", [("Kantha", 1.0), ("Embroidery", 0.52)]), ("Assan", [("Handloon", 0.61), ("Fabrics", 1.0)]),
        ("Bihar", [("(1)", 0.4), ("Makhana", 1.0)])]]
    found = {k: [detail for detail, *_ in found] for k, found in misread_cells(rows).items()}
    assert sorted(found) == [3] and rows[4].confidence("product") == 1.0
    assert [d.split(" may be")[0] for d in found[3]] == ["state 'Assan': 'Assan'", "product 'Handloon Fabrics': 'Handloon'"]


def test_a_doubt_of_a_word_ocr_read_concerns_the_items_that_hold_it():
    """A scan's cell of three items, "Shawls," read at 0.78 in the third: all three rows were in
    doubt, and a list read exactly had 9 rows doubted for 3 such words (fuzz 3224900076). The
    doubt concerns the item that holds the word; a word no item holds (lost to the reading of
    the items) concerns every item of the row."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _concerns, misread_cells

    def line(*words: tuple[str, float]) -> list[Word]:
        return [Word(text, 10.0 * k, 10.0 * k + 8, 0.0, 10.0, confidence) for k, (text, confidence) in enumerate(words)]

    cell = cell_lines([line(("1)", 1.0), ("Bamboo", 1.0), ("Craft", 1.0)), line(("2)", 1.0), ("Woollen", 1.0), ("Shawls,", 0.78), ("Stoles", 1.0))],
                      300.0, 0.0)
    (detail, scope, _), = misread_cells([Row(1, cells={"district": cell_lines([line(("Kullu", 1.0))], 300.0, 0.0), "product": cell})])[0]
    assert scope == ("product", ("Shawls,",))
    assert [_concerns(scope, "product", ["product"], item) for item in ("Bamboo Craft", "Woollen Shawls, Stoles")] == [False, True]


def test_a_list_marker_and_a_place_the_directory_names_as_read_are_not_in_doubt_of_a_misreading():
    """A scan read "3." at 0.69 and "Alluri Sitharama Raju", "Raju" a letter from "Raja" of "Raja
    Rani Dolls" read on many rows: each put its rows in doubt on lists read exactly (fuzz
    3224900151, -171). An item is read the same whatever its marker's count, and a misreading
    that lands on a name the directory has is unlikely; "Alluri Sitharama Rajv" is still in doubt."""
    from types import SimpleNamespace

    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import misread_cells

    class Directory:
        def states_with_district(self, name: str) -> frozenset[int]:
            return frozenset({28}) if name == "Alluri Sitharama Raju" else frozenset()

        def state(self, name: str):
            return SimpleNamespace(lgd=28 if name == "Andhra Pradesh" else None, method="exact" if name == "Andhra Pradesh" else "none")

    def cell(*lines: list[tuple[str, float]]) -> list[Line]:
        return cell_lines([[Word(text, 10.0 * k, 10.0 * k + 8, 12.0 * n, 12.0 * n + 10, confidence) for k, (text, confidence) in enumerate(line)]
                           for n, line in enumerate(lines)], 300.0, 0.0)

    dolls = [("Raja", 1.0), ("Rani", 1.0), ("Dolls", 1.0)]
    rows = [Row(1, cells={"district": cell([(w, 1.0) for w in district.split()]), "product": cell(*product)}) for district, product in [
        ("Alluri Sitharama Raju", [[("2.", 1.0), ("Honey", 1.0)], [("3.", 0.69), *dolls]]), ("Kullu", [dolls]), ("Kullu", [dolls]),
        ("Alluri Sitharama Rajv", [[("Honey", 1.0)]])]]
    assert sorted(misread_cells(rows, Directory())) == [3]
    assert sorted(misread_cells(rows)) == [0, 3]  # without the directory, "Raju" is


def test_a_text_ocr_reads_once_a_sign_from_one_read_often_may_be_misread():
    """The recogniser left out an "&" at 0.99 ("Coconut Coconut based products"), a dash ("Rice
    based products Poha etc") and a "J" ("(aggery)"), where the list reads each text whole on
    other rows (fuzz 456070106): a text read once a sign from one read twice or more is in doubt.
    Texts a plural's "s" apart are two names."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import misread_cells

    def cell(text: str) -> list[Line]:
        return cell_lines([[Word(w, 10.0 * k, 10.0 * k + 8, 0.0, 10.0, 0.99) for k, w in enumerate(text.split())]], 900.0, 0.0)

    products = ["Coconut & Coconut based products", "Coconut & Coconut based products", "Coconut Coconut based products",
                "Handloom Product", "Handloom Product", "Handloom Products", "Rice based products - Poha etc"]
    rows = [Row(1, cells={"district": cell("Bastar"), "product": cell(product)}) for product in products]
    found = {k: [detail for detail, *_ in found] for k, found in misread_cells(rows).items()}
    assert sorted(found) == [2]
    assert found[2] == ["product 'Coconut Coconut based products' may be misread (least confidence 0.99): a sign away from "
                        "'Coconut & Coconut based products', read 2 times; read as 'Coconut & Coconut based products'"]


def test_a_product_ocr_reads_a_sign_from_one_the_list_reads_more_often_is_read_as_that_in_doubt():
    """A scan's "Nalnut Wood Carving", read once where the list reads "Walnut Wood Carving" three
    times, and "Woodcarving" beside "Wood Carving" read twice, were kept as read: wrong rows,
    though in doubt (of the 163 wrong products the fuzzer showed in 142 kept scans, 55 were
    misread by a letter or two). The list tells the likelier text: each is read as the list
    reads it elsewhere, and stays in doubt. A place's text is left to the directory."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _records, recognition_doubts

    def cell(text: str) -> list[Line]:
        return cell_lines([[Word(w, 10.0 * k, 10.0 * k + 8, 0.0, 10.0, 0.99) for k, w in enumerate(text.split())]], 900.0, 0.0)

    read = [("Kullu", "Walnut Wood Carving"), ("Kullu", "Walnut Wood Carving"), ("Kangra", "Walnut Wood Carving"),
            ("Kangra", "Nalnut Wood Carving"), ("Mandi", "Wood Carving"), ("Mandi", "Wood Carving"), ("Shimla", "Woodcarving"),
            ("Kangra", "Handloom Product"), ("Kangra", "Handloom Products")]
    rows = [Row(1, cells={"district": cell(district), "product": cell(product)}) for district, product in read]
    doubts: dict[int, list] = {}
    read_as = recognition_doubts(rows, None, doubts)
    records, record_doubts = _records(rows, doubts, True, read_as=read_as)
    assert [r["product"] for r in records] == ["Walnut Wood Carving"] * 4 + ["Wood Carving"] * 3 + ["Handloom Product", "Handloom Products"]
    assert sorted({k for k, check, _ in record_doubts if check == "recognition"}) == [3, 6]


def test_a_text_ocr_misreads_the_same_way_each_time_may_be_misread_still():
    """OCR misreads a name the same way wherever one font prints it ("Pearl Milliet" on both rows
    that print it, sure of it: fuzz 1618400004): read twice, with no text a sign away read at all,
    the list alone cannot doubt it. The initiative's names can: "Cofee (Araku)" is a letter from
    their "Coffee (Araku)", and "Milliet", no English word, a letter from their "millet". "Stoles"
    is a word, though none of their names uses it, and "Kondapalli" a place's name. So is a word
    between signs ("Agro-procelssing:", a letter from "processing"), and two words of their names
    run together ("Jamdanisarees": a space unseen, or a capital misread at a wrap, "Jamdani" /
    "sarees" read as one word broken; fuzz 2474300070), but not two English words ("Handloom")
    unless a capital inside parts them ("ManufacturingCluster", fuzz 708300015). A run of two or
    three letters that is no word at all is what OCR makes of a line it cannot read ("Stone
    Carving ei cts" for "(2) Leather Products", a faint line of a 200 dpi scan: fuzz 1983700108);
    a list's roman count ("(ii)") and a short word ("GI tagged") are words. A sign left out is a
    misreading too, where the initiative prints the name with it: "Rice based products Poha etc"
    (its " - " a few pixels, dropped sure of the words: fuzz 2941700116, five rows) is the same
    name to every check that folds signs away; "Coconut and Coconut based products" spells "&"."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import misread_cells

    def cell(text: str) -> list[Line]:
        return cell_lines([[Word(w, 10.0 * k, 10.0 * k + 8, 0.0, 10.0, 1.0) for k, w in enumerate(text.split())]], 900.0, 0.0)

    products = ["Cofee (Araku)", "Cofee (Araku)", "Pearl Milliet", "Pearl Milliet", "Woollen Shawls, Stoles & Carpets", "Kondapalli Toys",
                "Agro-procelssing: Millet-based Value-added Foods", "Uppada Jamdanisarees", "Handloom Fabrics/Handicrafts",
                "Electronics ManufacturingCluster", "(1) Stone Carving ei cts", "(i) Kiwi (ii) Saffron GI tagged",
                "Rice based products Poha etc", "Coconut and Coconut based products"]
    rows = [Row(1, cells={"district": cell("Kullu"), "product": cell(product)}) for product in products]
    found = {k: [detail for detail, *_ in found] for k, found in misread_cells(rows).items()}
    assert sorted(found) == [0, 1, 2, 3, 6, 7, 9, 10, 12]
    assert found[12] == ["product 'Rice based products Poha etc' may be misread (least confidence 1.00): "
                         "a sign short of the initiative's 'Rice based products - poha etc'"]
    assert found[10] == ["product '(1) Stone Carving ei cts': 'cts', 'ei' may be misread (least confidence 1.00)"]
    assert found[0][0] == "product 'Cofee (Araku)' may be misread (least confidence 1.00): a letter away from the initiative's 'coffee araku'"
    assert found[2] == ["product 'Pearl Milliet': 'Milliet' may be misread (least confidence 1.00)"]
    assert [d.split(" may be")[0] for d in found[6] + found[7]] == [
        "product 'Agro-procelssing: Millet-based Value-added Foods': 'procelssing'", "product 'Uppada Jamdanisarees': 'Jamdanisarees'"]


def test_a_pages_first_row_that_would_begin_an_item_under_the_row_above_is_a_row_of_its_own():
    """A list without serials whose cells hold one item each: a page's first row with no
    district of its own ("Kani Shawl" under Budaun's "Tussar Silk Sarees" overleaf; fuzz
    517300005) was doubted as the tail of the row above, broken by the page. Its first word
    would have fitted on that row's last line, and the engine breaks only a full line: set
    there, it would begin another item, which no cell of such a list holds. Where the word
    would not have fitted, or it goes on from the line ("& Spices"), it may be the tail."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _begins_an_item

    def row(text: str, width: float, need: float) -> Row:
        return Row(3, cells={"district": [], "product": [Line(text, 260.0 + width, need=need, x0=260.0, room=180.0, size=9.0)]})

    above = row("Tussar Silk Sarees", 78.0, 0.0)
    assert _begins_an_item(above, row("Kani Shawl", 44.0, 24.0))
    assert not _begins_an_item(above, row("Srikalahasthi Kalamkari", 110.0, 105.0))  # would not have fitted: a wrap?
    assert not _begins_an_item(above, row("& Spices", 40.0, 8.0))  # goes on as no name begins


def test_a_pages_first_row_holding_a_one_line_text_under_a_row_holding_one_is_a_row_of_its_own():
    """A list without serials, its districts in merged cells: a page's first row ("Groundnut Oil"
    under Wayanad's "Organic Ginger", its first word too wide to have fitted above) was doubted as
    the tail of the row above, broken by the page, with that row (fuzz 1562800132, read exactly).
    A row broken by a page prints a cell of one line whole on one side of the break, so where the
    sector's cells are each one line, and both rows hold a sector the list prints whole in other
    rows too, the first row is a row of its own. A sector of two lines anywhere, or a text the
    list prints nowhere else (a tail's "Processing"?), tells nothing."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _one_line_texts

    def row(product: str, *sector: str) -> Row:
        return Row(3, cells={"district": [], "product": [Line(product, 0.0)], "sector": [Line(text, 0.0) for text in sector]})

    rows = [row("Organic Ginger", "Agriculture"), row("Groundnut Oil", "Agriculture"), row("Honey", "Handicraft")]
    assert _one_line_texts(rows) == {"sector": Counter({"Agriculture": 2, "Handicraft": 1})}
    assert _one_line_texts(rows + [row("Pickles", "Food", "Processing")]) == {}


def test_a_product_line_with_another_columns_line_set_half_way_above_it_starts_no_row():
    """Calc set every cell in the middle of its row, the rows abutting, with no serials and no
    rules: "Mangalagiri Sarees and" / "Fabrics" beside "Tertiary" half way between them, and
    "Fruits & Vegetables" / "Processing (Tomato, Onion," / "Potato)" beside "GI" / "tagged",
    each half way between two of its lines. Each product line started a row (fuzz 8311700102).
    No row's edge can part two lines that a line of another column stands half way between;
    rows of one line each, every cell level with its product, are told as before."""
    from pipeline.extract.unruled import _product_starts

    def part(name: str, text: str, foot: float) -> dict[str, list[Word]]:
        return {name: [Word(w, 10.0 * k, 10.0 * k + 8, foot - 8.0, foot, foot=foot) for k, w in enumerate(text.split())]}

    spacing = 12.0
    parts = [part("product", "Mangalagiri Sarees and", 100.0), part("category", "Tertiary", 106.0), part("product", "Fabrics", 112.0),
             part("product", "Fruits & Vegetables", 124.0), part("remarks", "GI", 130.0), part("product", "Processing (Tomato, Onion,", 136.0),
             part("remarks", "tagged", 142.0), part("product", "Potato)", 148.0)]
    assert _product_starts(parts, [0, 2, 3, 5, 7], "product", set()) == [0, 3]
    one_line_rows = [part("product", text, 100.0 + spacing * k) for k, text in enumerate(["Pearl Millet", "Carpets (Bhadohi)", "Honey"])]
    assert _product_starts(one_line_rows, [0, 1, 2], "product", set()) == [0, 1, 2]
    # a line that opens a counted list starts a row, though a merged state's text, centred on all
    # its rows, stands half way above it (unseen fuzz 915700140: two districts' rows read as one)
    lists = [part("product", "(iii) Agro-processing: Millet-based", 100.0), part("product", "(iv) Groundnut Oil", 112.0),
             part("state", "Tamil Nadu", 118.0), part("product", "(i) Handloom Fabrics/Handicrafts", 124.0),
             part("product", "(ii) Organic Ginger", 136.0)]
    assert _product_starts(lists, [0, 1, 3, 4], "product", set()) == [0, 3]


def test_a_line_spread_to_a_justified_columns_edge_goes_on_in_its_cell():
    """Calc justified the products, set at the rows' foot, the rows abutting, with no serials and
    no rules: "Apple  &  Apple-based" stood alone above "Products", level with its row's other
    cells, and read as a row of its own (fuzz 144000151). A text engine spreads every line of a
    paragraph but its last: a line whose words stand wider apart than the body's spaces, ending
    where another text so spread ends, goes on in the line below. One spread line, or lines
    spread to no common edge, tell no edge."""
    from pipeline.extract.unruled import _product_starts, _spread

    def part(*words: tuple[str, float], foot: float) -> dict[str, list[Word]]:
        return {"product": [Word(w, x, x + 5.5 * len(w), foot - 9.0, foot, foot=foot) for w, x in words]}

    lines = [part(("Agarbatti", 420.0), ("(Incense", 472.5), ("Sticks)", 519.5), foot=100.0),
             part(("Apple", 420.0), ("&", 472.7), ("Apple-based", 499.5), foot=113.0),
             part(("Products", 420.0), foot=126.0),
             part(("Handmade", 420.0), ("Paper", 467.0), ("Products", 497.5), foot=139.0),
             part(("Cane", 420.0), ("&", 447.0), ("Bamboo", 458.5), ("Furniture", 500.0), ("&", 554.5), foot=152.0),
             part(("Decorative", 420.0), ("Items", 478.0), foot=165.0)]
    assert _spread(lines) == {(1, "product"), (4, "product")}
    assert _product_starts(lines, list(range(6)), "product", _spread(lines)) == [0, 1, 3, 4]
    assert _spread(lines[:4]) == set()  # one text spread: no edge shown


def test_a_text_ocr_spaces_otherwise_than_the_list_or_names_do_may_be_misread():
    """OCR read "Agarbatti(Incense Sticks)" at full confidence, its narrow space before the
    bracket unseen (fuzz 7091300059, its one wrong row with no doubt): a name sets a space
    before a bracket, and after one: "Chilli (ii)Brass & Bell Metal Utensils", a list's marker
    read against its item, is not taken for a marker and joins two items (fuzz 2941700108). A
    text the list reads more often spaced otherwise ("Woodcarving" once, "Wood Carving" twice)
    is in doubt as well; spaced as the list reads it, it is not."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import misread_cells

    def cell(text: str) -> list[Line]:
        return cell_lines([[Word(w, 10.0 * k, 10.0 * k + 8, 0.0, 10.0, 1.0) for k, w in enumerate(text.split())]], 900.0, 0.0)

    products = ["Agarbatti(Incense Sticks)", "Wood Carving", "Wood Carving", "Woodcarving", "Coffee (Araku)",
                "Chilli (ii)Brass & Bell Metal Utensils"]
    rows = [Row(1, cells={"district": cell("Kullu"), "product": cell(product)}) for product in products]
    found = {k: [detail for detail, *_ in found] for k, found in misread_cells(rows).items()}
    assert sorted(found) == [0, 3, 5]
    assert found[0] == ["product 'Agarbatti(Incense Sticks)' may be misread (least confidence 1.00): no space beside its bracket "
                        "or \"&\", as names print one"]
    assert found[5][0].endswith("no space beside its bracket or \"&\", as names print one")
    assert found[3] == ["product 'Woodcarving' may be misread (least confidence 1.00): spaced otherwise than 'Wood Carving', read 2 times; "
                        "read as 'Wood Carving'"]


def test_a_scanned_name_with_a_letter_against_an_ampersand_may_be_misread():
    """OCR read "Andaman & Nicobar Islands" as "Andaman& Nicobar Islands" on every row of a scan
    (fuzz 3224900196): the state still places (names compare without spaces), so its 4 wrong rows
    had no doubt. A name sets "&" apart from its words, as it does a bracket, but for a few the
    initiative prints so ("IT/ITES and R&D"): those are read as printed."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import misread_cells

    def cell(text: str) -> list[Line]:
        return cell_lines([[Word(w, 10.0 * k, 10.0 * k + 8, 0.0, 10.0, 1.0) for k, w in enumerate(text.split())]], 900.0, 0.0)

    rows = [Row(1, cells={"state": cell(state), "district": cell("Nicobars"), "product": cell(product)})
            for state, product in [("Andaman& Nicobar Islands", "Coir & Coir Products")] * 2
            + [("Karnataka", "IT/ITES and R&D"), ("Kerala", "Brass &Bell Metal")]]
    found = {k: [detail for detail, *_ in found] for k, found in misread_cells(rows).items()}
    assert sorted(found) == [0, 1, 3]
    assert found[0] == ["state 'Andaman& Nicobar Islands' may be misread (least confidence 1.00): no space beside its bracket "
                        "or \"&\", as names print one"]


def test_a_scanned_text_with_a_letter_of_another_script_or_a_number_or_stop_in_a_product_may_be_misread():
    """OCR read "Chouki" as "Čhouki" and "Fruits &" as "Fruits 8 &", sure of both (fuzz
    4021300247, 7482100012: wrong rows with no doubt). A letter outside the Latin alphabet, or a
    product's name holding a number (none of the initiative's does), is in doubt;
    a district's number ("North 24 Parganas") and a Total row's count are not."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import misread_cells

    def cell(text: str) -> list[Line]:
        return cell_lines([[Word(w, 10.0 * k, 10.0 * k + 8, 0.0, 10.0, 1.0) for k, w in enumerate(text.split())]], 900.0, 0.0)

    rows = [Row(1, cells={"district": cell(district), "product": cell(product)}) for district, product in [
        ("Mohla-Manpur-Ambagarh Čhouki", "Sal Leaf Plates"), ("Jagatsinghpur", "Fruits 8 & Vegetables Processing"),
        ("North 24 Parganas", "Jute Products"), ("Total", "12"),
        # a comma read as a full stop, the same in each of four rows (fuzz 144000084); not an
        # abbreviation ("Dr. B.R. Ambedkar Konaseema"), nor a stop that ends the name
        ("Nandurbar", "Fruits & Vegetables Processing (Tomato, Onion. Potato)"), ("Dr. B.R. Ambedkar Konaseema", "Poha etc."),
        # a word of three letters stopped too (unseen fuzz 2987300001, no doubt); the
        # initiative's "Ex." stops one of two
        ("Ramanathapuram", "Eri. Muga & Assam Silk"), ("Kolhapur", "Sugarcane based product (Ex. Jaggery, Molasses)"),
        # a speck read as a sign before a place's name, which begins with a letter (unseen fuzz
        # 1932300184, no doubt: the directory names the district, signs aside)
        ("'Uttara Kannada", "Woollen Shawls, Stoles & Carpets"),
        # a space read inside a word, the same way twice (unseen fuzz 1352900088, once with no doubt)
        ("Kannur", "Fisheries/Marin e products"),
        # a list's "(c)" read "C" (unseen fuzz 915700025, no doubt); not "a", a word
        ("Devbhumi Dwarka", "Cashew C Handloom products of silk & cotton"), ("Kutch", "Products of a Village"),
        # specks read as a closing quote after a state's name, and a list's count "(2)" read as
        # empty brackets (kept scans 511800171, 3224900172: no doubt)
        ("Telangana ”", "Pickles, Papad & Spices ( ) Bamboo Shoots"),
        # a speck read as a sign between a place's words (unseen fuzz 2411700001, no doubt); not
        # "&" or a dash, which names hold
        ("Ambedkar • Nagar", "Large Cardamom"), ("Capital Complex - Itanagar", "Cashew"),
        # a speck read as a full stop after a place's word (unseen fuzz 927400189, no doubt)
        ("Mohla-Manpur-Ambagarh. Chouki", "Turmeric"),
        # a line in Hindi read by a recogniser that knows Chinese, run into a place's cell, and an
        # accent (unseen fuzz 774100015, 3051700184: the directory placed "Narmadapuram", no doubt)
        ("Narmadapuram 身", "Kaní Shawl"),
        # a speck read as a dash beside a word in lower case (unseen fuzz 3051700002, no doubt:
        # the directory named the district, signs aside); "Capital Complex - Itanagar" above is a name's
        ("North and - Middle Andaman", "Dry Fish")]]
    found = {k: [detail for detail, *_ in found] for k, found in misread_cells(rows).items()}
    assert {k: [d.split(": ")[-1] for d in v] for k, v in found.items()} == {
        0: ["a letter outside the Latin alphabet, as no name of the lists has"], 1: ["a number in a product's name, as no name of the initiative has"],
        4: ["a full stop inside a product's name, where a comma may have been read"],
        6: ["a full stop inside a product's name, where a comma may have been read"],
        8: ["a sign before a place's name, as no place's name begins with"],
        9: ["a lone letter inside a product's name, as no name has (a space read inside a word, or a list's marker misread)"],
        10: ["a lone letter inside a product's name, as no name has (a space read inside a word, or a list's marker misread)"],
        12: ["a sign after a place's name, as no place's name ends with", "empty brackets in a product's name (a list's count unread)"],
        13: ["a sign between a place's words, as no place's name holds but \"&\" and \"-\""],
        15: ["a full stop after a word inside a place's name, as no name of the directory has (a speck)"],
        16: ["a letter outside the Latin alphabet, as no name of the lists has"] * 2 + ["'Kaní' may be misread (least confidence 1.00)"],
        17: ["a dash beside a word in lower case inside a place's name, where a dash joins names (a speck)"]}


def test_a_serial_broken_at_a_narrow_ruled_cells_edge_is_one_number():
    """fuzz 774100015 (reportlab, a serial column as narrow as one digit): "34" printed "3" / "4"
    in its cell was read "3 4", which no serial check reads (the list's serials went unchecked).
    A serial cell holds one number: its digits on lines of their own are joined again."""
    from pipeline.extract.cells import Row

    def cell(*lines: str) -> list[Line]:
        return cell_lines([[Word(text, 48.0, 53.0, 100.0 + 10 * k, 108.0 + 10 * k)] for k, text in enumerate(lines)], 6.0, 0.0)

    assert Row(1, cells={"serial": cell("3", "4")}).text("serial") == "34"
    assert Row(1, cells={"serial": cell("1", "0", "2")}).text("serial") == "102"
    assert Row(1, cells={"serial": cell("12")}).text("serial") == "12"
    assert Row(1, cells={"serial": cell("12", "(a)")}).text("serial") == "12 (a)"  # not digits alone: as printed
    assert Row(1, cells={"district": cell("24", "Parganas")}).text("district") == "24 Parganas"


def test_a_table_goes_on_past_a_wide_gap_where_the_next_serial_follows():
    """Calc made row 23 taller than its text (its own metrics): 44 pt from its last line to row
    24, four times the line spacing and wider than any gap above, as before a footer. The
    line after it holds serial 24: the table goes on. A note after the same gap does not."""
    from pipeline.extract.unruled import _until_gap
    serial = Column("serial", "#", 300.0, 330.0)
    rows = [_at(78.0 + 10 * k, *([("23", 308, 318)] if k == 0 else []), ("Carpets", 430, 470), size=9.0) for k in range(8)]
    after = [_at(192.0, ("24", 308, 318), ("Dhokra", 440, 468), size=9.0), _at(202.0, ("Metal", 427, 449), size=9.0)]
    assert len(_until_gap(rows + after, serial)) == 10
    note = [_at(192.0, ("Source:", 40, 80), ("DPIIT", 84, 110), size=9.0), _at(202.0, ("Page", 40, 60), size=9.0)]
    assert len(_until_gap(rows + note, serial)) == 8


def test_a_list_items_line_under_the_header_is_no_label():
    """Chromium carried a row's last items ("(3) Brass & Bell Metal Utensils", "(4) Tamarind") to
    the top of the next page, right under the repeated header and as close to it as a label's
    second line: a line that opens with a list's marker is the body's."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    header = _at(38.0, ("Sr.", 51, 61), ("No", 63, 74), ("Name", 109, 131), ("of", 133, 141), ("State/UT", 143, 175),
                 ("District", 245, 272), ("Name", 274, 296), ("ODOP", 424, 448), ("Product", 450, 480), size=9.0)
    body = [_at(49.0, ("(3)", 345, 355), ("Brass", 357, 378), ("&", 380, 385), ("Bell", 387, 401), size=9.0),
            _at(59.0, ("(4)", 345, 355), ("Tamarind", 357, 390), size=9.0),
            _at(72.0, ("31", 37, 46), ("Karnataka", 89, 126), ("Uttara", 197, 219), ("Kannada", 221, 253), ("(1)", 345, 355),
                ("Sal", 357, 369), size=9.0)]
    page = PageContent(3, 842.0, 595.0, [w for line in [header, *body] for w in line])
    columns, (_, bottom), _ = find_header(page, group_lines(page.words), None)
    assert bottom < 49.0 and columns[-1].label == "ODOP Product"


def test_a_merged_cell_run_on_across_a_page_break_holds_its_whole_text_on_both_pages():
    """Calc prints a merged cell's lines as far as each page holds them: "Sarangarh-" at the
    foot, "Bilaigarh" overleaf; "Dakshina" in a cell no rule closes at the foot, "Kannada"
    overleaf. Each row of the cell, on either page, holds the whole name. A name that ends the
    page whole stays so, and one the next page prints again whole is left to be carried."""
    from pipeline.extract.cells import Row, join_lines
    from pipeline.extract.pdf import _join_run_on_cells

    def pages(head: str, tail: str, open_at_foot: bool = False) -> list[Row]:
        cell = [Line(head, 0)]
        above, last = Row(2, cells={"district": cell}), Row(2, cells={"district": cell}, text_below={"district"} if open_at_foot else set())
        first = Row(3, cells={"district": [Line(tail, 0)]})
        _join_run_on_cells([above, last], first)
        return [join_lines(row.cells["district"]) for row in (above, last, first)]

    assert pages("Sarangarh-", "Bilaigarh") == ["Sarangarh-Bilaigarh"] * 3
    assert pages("Dakshina", "Kannada", open_at_foot=True) == ["Dakshina Kannada"] * 3
    assert pages("Bastar", "Kanker") == ["Bastar", "Bastar", "Kanker"]
    assert pages("Dadra and Nagar Haveli and", "Dadra and Nagar Haveli and Daman and Diu")[0] == "Dadra and Nagar Haveli and"
    # Writer sets overleaf what the cell's part at the foot had no room for (fuzz 2411700088)
    assert pages("Warangal Urban", "(Hanumakonda)") == ["Warangal Urban (Hanumakonda)"] * 3
    # a text set in the middle of its cell, printed clipped on both pages: the next shows its last line again
    last = Row(1, cells={"district": [Line("Gaurela-Pendra-", 0), Line("Marwahi", 0, joiner="")]}, text_below={"district"})
    first = Row(2, cells={"district": [Line("Marwahi", 0)]})
    _join_run_on_cells([last], first)
    assert join_lines(last.cells["district"]) == join_lines(first.cells["district"]) == "Gaurela-Pendra-Marwahi"


def test_a_places_text_cut_by_the_pages_foot_is_the_whole_text_the_next_page_prints(places):
    """Calc centred a merged state cell's "Uttar" / "Pradesh" on its part at a page's foot, which
    clipped "Pradesh", and printed the whole name again overleaf (fuzz 3174200174: four rows read
    as of the state "Uttar", placed nowhere, in doubt). A text at the foot that names no place and
    begins the text the next page prints at its top, which names one, is that text, in every row
    of its cell on the page; not where the next text goes on otherwise ("Uttarakhand")."""
    from pipeline.extract.cells import Row, join_lines
    from pipeline.extract.pdf import _join_run_on_cells

    def pages(head: str, tail: str, directory) -> list[str]:
        cell = [Line(head, 0)]
        above, last, first = Row(2, cells={"state": cell}), Row(2, cells={"state": cell}), Row(3, cells={"state": [Line(tail, 0)]})
        _join_run_on_cells([above, last], first, directory)
        return [join_lines(row.cells["state"]) for row in (above, last, first)]

    assert pages("Uttar", "Uttar Pradesh", places) == ["Uttar Pradesh"] * 3
    assert pages("Uttar", "Uttar Pradesh", None) == ["Uttar", "Uttar", "Uttar Pradesh"]  # the page alone
    assert pages("Uttar", "Uttarakhand", places) == ["Uttar", "Uttar", "Uttarakhand"]


def test_a_name_the_directory_names_whole_across_a_page_break_is_one_text(places):
    """Calc printed a merged district cell split by the page break as far as each page holds it,
    "Yadadri" in a cell closed by a rule at the foot, "Bhuvanagiri" overleaf (fuzz 5733100164):
    neither part is a district, and the two read as one are. Two names each whole stay apart."""
    from pipeline.extract.cells import Row, join_lines
    from pipeline.extract.pdf import _join_run_on_cells

    def pages(head: str, tail: str, directory) -> list[str]:
        last, first = Row(2, cells={"district": [Line(head, 0)]}), Row(3, cells={"district": [Line(tail, 0)]})
        _join_run_on_cells([last], first, directory)
        return [join_lines(row.cells["district"]) for row in (last, first)]

    assert pages("Yadadri", "Bhuvanagiri", None) == ["Yadadri", "Bhuvanagiri"]  # the page alone
    assert pages("Yadadri", "Bhuvanagiri", places) == ["Yadadri Bhuvanagiri"] * 2
    assert pages("Bastar", "Kanker", places) == ["Bastar", "Kanker"]


def test_a_cell_open_at_the_pages_foot_goes_on_overleaf_only_where_the_directory_does_not_name_both(places):
    """Chromium, ruled, state cells merged, their texts at the top: the page break clipped the
    rule under "Dadra and Nagar Haveli and Daman" / "and Diu", so its cell stood open at the
    foot, and "Gujarat", at the top of the next page's first cell, was read as its text going on:
    eight rows of the state "Dadra and Nagar Haveli and Daman and Diu Gujarat", six with no doubt
    (fuzz 926700132). Two texts the directory names each, and not as one, are two cells."""
    from pipeline.extract.cells import Row, join_lines
    from pipeline.extract.pdf import _join_run_on_cells

    def pages(head: list[str], tail: str, directory) -> list[str]:
        cell = [Line(text, 0) for text in head]
        above, last = Row(2, cells={"state": cell}), Row(2, cells={"state": cell}, text_below={"state"})
        first = Row(3, cells={"state": [Line(tail, 0)]})
        _join_run_on_cells([above, last], first, directory)
        return [join_lines(row.cells["state"]) for row in (last, first)]

    dnhdd = ["Dadra and Nagar Haveli and Daman", "and Diu"]
    assert pages(dnhdd, "Gujarat", places) == ["Dadra and Nagar Haveli and Daman and Diu", "Gujarat"]
    assert pages(dnhdd, "Gujarat", None) == ["Dadra and Nagar Haveli and Daman and Diu Gujarat"] * 2  # the page alone
    assert pages(["Dadra and Nagar Haveli and"], "Daman and Diu", places) == ["Dadra and Nagar Haveli and Daman and Diu"] * 2


def test_a_name_across_a_page_break_joins_over_the_rows_left_blank_above_its_rest(places):
    """Writer sets a merged cell's text in the middle of each part a page break leaves: "Madhya"
    stood in the last row at a page's foot, "Pradesh" two rows down overleaf, the first row
    there blank (fuzz 1100400101, unseen seed 11004: six rows of the states "Madhya" and
    "Pradesh", in doubt). Where the directory names the two as one place, and not each, the rows
    of the cell on either page hold the whole name; two names each whole stay apart."""
    from pipeline.extract.cells import Row, join_lines
    from pipeline.extract.pdf import _join_run_on_cells

    def pages(head: str, rest: str, directory) -> list[str]:
        last, first, below = Row(5, cells={"state": [Line(head, 0)]}), Row(6, cells={}), Row(6, cells={"state": [Line(rest, 0)]})
        _join_run_on_cells([last], first, directory, after=[below])
        return [join_lines(row.cells.get("state", [])) for row in (last, first, below)]

    assert pages("Madhya", "Pradesh", places) == ["Madhya Pradesh", "", "Madhya Pradesh"]  # (the blank row takes the text above)
    assert pages("Madhya", "Pradesh", None) == ["Madhya", "", "Pradesh"]  # the page alone
    assert pages("Kerala", "Madhya Pradesh", places) == ["Kerala", "", "Madhya Pradesh"]


def test_a_name_across_a_page_break_joins_over_the_rows_left_blank_below_it(places):
    """Calc centred a merged state cell "Himachal Pradesh" on its three rows, two at a page's
    foot and one overleaf: each page's clip shows one line, "Himachal" in the first row of the
    foot's part, "Pradesh" at the top of the next page (fuzz 460700067: the rows read as of the
    states "Himachal" and "Pradesh"). The rows of the cell on either page hold the whole name;
    where the two texts are two states, the next page's is a state of its own."""
    from pipeline.extract.cells import Row, join_lines
    from pipeline.extract.pdf import _join_run_on_cells

    def pages(head: str, tail: str, directory) -> list[str]:
        cell = [Line(head, 0)]
        above, last, first = Row(2, cells={"state": cell}), Row(2, cells={"state": []}), Row(3, cells={"state": [Line(tail, 0)]})
        _join_run_on_cells([above, last], first, directory)
        return [join_lines(row.cells["state"]) for row in (above, last, first)]

    assert pages("Himachal", "Pradesh", places) == ["Himachal Pradesh", "", "Himachal Pradesh"]
    assert pages("Himachal", "Pradesh", None) == ["Himachal", "", "Pradesh"]  # the page alone
    assert pages("Gujarat", "Himachal Pradesh", places) == ["Gujarat", "", "Himachal Pradesh"]


def test_a_word_break_in_a_places_name_is_settled_by_the_directory(places):
    """reportlab breaks a word wider than its cell inside it: "Jayashank" / "ar Bhupalp" /
    "ally" (fuzz 4021300018). "ally" is an English word, so the words left the last break in
    doubt, read as a wrap: "Jayashankar Bhupalp ally". The directory names the text read with
    the word broken, and not read with a space: it settles the break. A break it names neither
    way (a name not in it) stays in doubt."""
    from pipeline.extract.cells import Row
    from pipeline.extract.merged import settle_place_breaks

    def district(*lines: Line) -> Row:
        return Row(2, cells={"district": list(lines)})
    rows = [district(Line("Jayashank", 0), Line("ar Bhupalp", 0, joiner="", word_broken=True), Line("ally", 0, word_unsettled=True)),
            district(Line("Kota", 0), Line("ally", 0, word_unsettled=True))]
    settle_place_breaks(rows, places)
    assert [row.text("district") for row in rows] == ["Jayashankar Bhupalpally", "Kota ally"]
    assert [line.word_unsettled for row in rows for line in row.cells["district"][1:]] == [False, False, True]
    # the words may read the last break as a wrap surely ("ally" after a line they took as not
    # full: fuzz 708300021, undoubted); the directory still settles a line going on in lower case
    sure = [district(Line("Jayashank", 0), Line("ar Bhupalp", 0, joiner="", word_broken=True), Line("ally", 0)),
            district(Line("Kota", 0), Line("ally", 0)), district(Line("Dakshina", 0), Line("Kannada", 0))]
    settle_place_breaks(sure, places)
    assert [row.text("district") for row in sure] == ["Jayashankar Bhupalpally", "Kota ally", "Dakshina Kannada"]

def test_a_merged_cells_line_near_a_later_rows_serial_ends_the_text_above():
    """reportlab set "South West Garo Hills" at the top of its merged cell, at its own pitch
    (12.3 pt) while rows stand 33 pt apart: "Hills" came 3.2 pt under row 22's serial, near
    enough to be read as that line's. It goes on from "Garo", a line's pitch above, and stands
    off the level of row 22's other cells: it is a line of its own, before row 22's. A district
    level with its serial stays in its row."""
    from pipeline.extract.unruled import _off_level_apart
    serial, district = Column("serial", "Sr. No", 0.0, 68.0), Column("district", "District", 191.0, 274.0)
    columns = [serial, district, Column("product", "Products", 274.0, 394.0)]
    garo = [_at(170.0, ("21", 48, 59), ("South", 228, 255), ("Large", 280, 307), size=13.6),
            _at(182.3, ("West", 228, 251), size=13.6), _at(194.5, ("Garo", 228, 251), size=13.6)]
    row_22 = _at(203.3, ("22", 48, 59), ("Orthodox", 280, 325), size=13.6) + _at(206.5, ("Hills", 228, 248), size=13.6)
    lines = _off_level_apart(garo + [row_22], columns, serial)
    assert [[w.text for w in line] for line in lines[3:]] == [["Hills"], ["22", "Orthodox"]]
    level = _at(203.3, ("22", 48, 59), ("Hills", 228, 248), ("Orthodox", 280, 325), size=13.6)
    assert _off_level_apart(garo + [level], columns, serial)[3] == level


def test_a_label_broken_at_every_few_letters_is_read_whole():
    """reportlab broke "Serial No." in a cell a few letters wide, each piece centred: "Se" / "ri" /
    "al" / "N" / "o.". Each line going on in lower case joins the one above, and the label names
    the serial (fuzz 5791300153: a list read as rows of one line each, F1 0.20, then exactly)."""
    from pipeline.extract.header import _label_text
    pieces = [("Se", 48.8, 61.1), ("ri", 50.9, 59.0), ("al", 48.8, 58.0), ("N", 50.8, 59.1), ("o.", 50.4, 59.5)]
    assert _label_text([w for k, piece in enumerate(pieces) for w in _at(48.2 + 11 * k, piece, size=9.0)]) == "Serial No."
    named = [("Name", 238.9, 268.2), ("of", 242.0, 252.0), ("the", 240.0, 256.0), ("Product", 249.8, 289.8)]
    assert _label_text([w for k, piece in enumerate(named) for w in _at(48.2 + 11 * k, piece, size=9.0)]) == "Name of the Product"
    # a scan: OCR read the rest "l No." of "Seria" / "l No." as "I No." (fuzz 7091300025: no serial
    # column on that list's later pages, each serial read into the district beside it)
    ocr = [Word("Seria", 394.0, 417.0, 61.0, 72.0, 0.99), Word("I", 395.0, 401.0, 73.0, 85.0, 0.67), Word("No.", 402.0, 416.0, 73.0, 85.0, 0.89)]
    assert _label_text(ocr) == "Serial No."
    assert _label_text([Word(w.text, w.x0, w.x1, w.top, w.bottom) for w in ocr]) == "Seria I No."  # a text layer's "I" is one


def test_a_header_line_opening_on_a_broken_labels_rest_read_as_a_one_is_no_row():
    """A scan of Calc's header: "Seria" / "l No." (a word broken at a narrow cell's edge) beside
    "GI" / "Status", the other labels of one line set level with their middle. OCR read "l No."
    as "1 No.", the "1" unsure, and the line was taken for a row's, its serial first: no header
    block could hold it, the serial and remarks columns were lost and every row read wrong
    (fuzz 460700065, F1 0.0). No row's serial is followed by "No.": the line is the label's rest."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent

    def words(rest: str, confidence: float) -> list[Word]:
        above = [Word("Seria", 240.3, 268.8, 112.8, 124.9), Word("GI", 415.5, 428.1, 112.8, 124.9)]
        middle = _at(118.9, ("Districts", 50.0, 97.5), ("State", 142.5, 170.9), ("Name", 177.0, 206.9), ("ODOP", 293.9, 326.7),
                     ("Product", 330.6, 375.3), size=12.1)
        below = [Word(rest, 241.4, 244.7, 124.5, 136.6, confidence), Word("No.", 251.1, 267.0, 124.5, 136.6, 0.66),
                 Word("Status", 404.4, 439.3, 124.7, 136.8)]
        rows = [_at(137.2 + 26 * k, (district, 37.4, 82.4), ("Assam", 112.3, 159.4), (str(k + 1), 240.3, 244.3), (product, 271.3, 343.6),
                    size=12.6) for k, (district, product) in enumerate([("Nicobars", "Groundnut Oil"), ("Kokrajhar", "Pottery"),
                                                                        ("Cachar", "Tea"), ("Baksa", "Honey")])]
        return above + middle + below + [w for line in rows for w in line]

    for rest, confidence in (("1", 0.85), ("l", 1.0)):
        page = PageContent(1, 842.0, 595.0, words(rest, confidence))
        columns, _, _ = find_header(page, group_lines(page.words), None)
        assert [c.field for c in columns] == ["district", "state", "serial", "product", None], rest


def test_each_states_table_begins_at_its_header_however_its_rows_stand_by_a_hair():
    """reportlab, a table under each state's heading, its header of two rows ("Location" /
    "Product Name" over "Districts") padded apart as the body's rows are: 11.256 pt of white
    between them, at a font's size and a half. Assam's header stood apart by a hair more than
    Chhattisgarh's, so only Chhattisgarh's read as a header, and Assam's and Bihar's tables were
    left out, with no finding (fuzz 1812300052, F1 0.89). Each state's table prints the same
    header: its first printing on the page begins the first table."""
    from pipeline.extract.cells import group_lines, words_text
    from pipeline.extract.header import header_starts

    def line(top: float, *words: tuple[str, float, float], height: float = 7.504) -> list[Word]:
        return [Word(text, x0, x1, top, top + height) for text, x0, x1 in words]

    def table(state: str, top: float, gap: float, rows: list[tuple[str, str]]) -> list[list[Word]]:
        head = line(top + 17.856, ("Location", 96.94, 130.24), ("Product", 304.43, 334.63), ("Name", 336.84, 358.63))
        under = line(head[0].bottom + gap, ("Districts", 97.6, 129.59))
        body = [line(under[0].bottom + 11.256 + 18.76 * k, (district, 66.0, 66.0 + 4.0 * len(district)), (product, 300.0, 300.0 + 4.0 * len(product)))
                for k, (district, product) in enumerate(rows)]
        return [line(top, (state, 42.0, 42.0 + 6.0 * len(state)), height=9.38), head, under, *body]
    title = line(45.264, ("List", 105.95, 127.26), ("of", 130.59, 141.93), ("Products", 145.23, 197.19), ("Identified", 200.51, 253.78),
                 ("under", 257.1, 290.4), ("One", 293.73, 317.04), ("District", 320.37, 361.68), ("One", 365.01, 388.32),
                 ("Product", 391.65, 436.94), ("Initiative", 440.26, 488.88), height=11.256)
    assam = table("Assam", 87.28, 11.2561, [("South Salmara-Mankachar", "(1) Raja Rani Dolls"), ("West Karbi Anglong", "(1) Kiwi")])
    chhattisgarh = table("Chhattisgarh", 260.0, 11.2559, [("Sarangarh-Bilaigarh", "(1) Red Sander"), ("Bastar", "(1) Dry Fish")])
    lines = [title, *assam, *chhattisgarh]
    page = PageContent(1, 595.3, 841.9, [w for l in lines for w in l],
                       [Rule(41.0, y, 479.0, y) for y in (98.96, 136.48, 271.68, 309.2)])
    grouped = group_lines(page.words)
    starts, fields = header_starts(page, grouped, None)
    assert [words_text(grouped[k]) for k in starts] == ["Location Product Name"] * 2 and starts[0] == 2 and fields == ("district", "product")


def test_a_first_row_whose_boxes_reach_over_the_rule_closing_a_ruled_header_is_no_label():
    """Writer, a grid: the first row's boxes (688.8 to 700.8) reach 0.6 pt over the rule closing
    the header (689.4). Its words were read into the labels ("Name of District North 24
    Parganas"), and the row was doubted as a header line read as a row, in a list read exactly
    (fuzz 3224900128). A line standing mostly below the header's foot is the body's."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.grid import Grid
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent, Rule

    xs = [35.0, 130.0, 315.0, 497.0]
    header = _at(668.7, ("Category", 59.9, 100.0), ("Product", 195.7, 232.0), ("Name", 357.8, 388.0), ("of", 390.8, 400.0),
                 ("District", 403.7, 440.0), size=12.0)
    rows = [_at(688.8 + 15 * k, (category, 64.3, 100.0), (product, 181.9, 250.0), (district, 355.4, 450.0), size=12.0)
            for k, (category, product, district) in enumerate([("Tertiary", "Carving", "Parganas"), ("Secondary", "Coffee", "Medinipur"),
                                                               ("Tertiary", "Zari-Zardozi", "Medinipur")])]
    page = PageContent(2, 595.0, 842.0, [w for line in [header, *rows] for w in line],
                       [Rule(xs[0], y, xs[-1], y) for y in (663.5, 689.4, 704.4, 719.4, 734.4)])
    columns, (_, bottom), _ = find_header(page, group_lines(page.words), Grid(xs, 663.5, 734.4))
    assert bottom == 689.4 and [c.label for c in columns] == ["Category", "Product", "Name of District"]


def test_a_merged_cells_text_clipped_under_the_rule_closing_the_header_overleaf_is_no_label():
    """Calc, a grid, a district's cell merged across a page break: overleaf it centres the text on
    the whole cell and clips it to the part under the header, so "Bhagalpur" keeps its box from
    45.2 to 57.1 pt, over the rule closing the header (51.0), its letters' feet shown under it.
    Its box overlaps the labels' by more than a third of a line, as labels set in the middle of
    one header row do, so the header was read down to the next rule across, and the first row
    (serial 27) was lost (fuzz 2881300105). A rule across the table between two lines' middles
    parts them into two rows."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.grid import Grid
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent, Rule

    xs = [35.1, 291.1, 459.2, 587.7, 700.0, 775.0]
    header = [Word(text, x0, x1, 35.4, 51.1) for text, x0, x1 in [("District", 128.2, 166.0), ("Name", 169.8, 200.0),
              ("Product(s)", 322.4, 376.0), ("identified", 379.3, 425.0), ("Name", 477.4, 507.0), ("of", 510.4, 520.0),
              ("State/UT", 523.4, 570.0), ("Category", 621.6, 665.0), ("Sl.", 721.2, 734.2), ("No.", 737.2, 754.8)]]
    clipped = [Word("Bhagalpur", 37.0, 86.9, 45.2, 57.1)]
    first_row = [Word(text, x0, x1, 53.9, 65.4) for text, x0, x1 in [("Cane", 293.1, 317.7), ("&", 326.6, 335.9), ("Bamboo", 344.8, 385.4),
                 ("Furniture", 394.3, 440.0)]] + [Word("Secondary", 589.7, 640.0, 60.2, 72.1), Word("27", 702.9, 715.0, 60.6, 72.1)]
    second_row = _at(80.0, ("Sarangarh-Bilaigarh", 37.0, 130.0), ("Banana", 293.1, 330.0), ("Chhattisgarh", 470.0, 530.0), ("Tertiary", 589.7, 630.0),
                     ("28", 702.9, 715.0))
    page = PageContent(2, 842.0, 595.0, header + clipped + first_row + second_row,
                       [Rule(xs[0], y, xs[-1], y) for y in (36.0, 51.0, 77.8, 92.8)])
    columns, (_, bottom), _ = find_header(page, group_lines(page.words), Grid(xs, 36.0, 92.8))
    assert bottom == 51.0 and [c.label for c in columns][:2] == ["District Name", "Product(s) identified"]


def test_a_ruled_header_label_that_names_a_field_only_spaced_is_read_spaced():
    """A scan at 200 dpi: OCR read the ruled cell "Name of" / "State/U" / "T" as "Nameof" /
    "state/u" / "T". Read as a cell's lines, "state/u" in lower case after a line that fills the
    cell is the rest of a broken word, "Nameofstate/uT", which names nothing: the state column
    was lost and the title above taken for the state of all 94 rows (fuzz 1116300182, F1 0.0)."""
    from pipeline.extract.header import _labels_by_columns
    block = [_at(110.7, ("Nameof", 96.1, 143.9), ("Name", 170.5, 204.7), ("of", 211.6, 222.0), size=13.7),
             _at(122.9, ("state/u", 98.6, 143.6), ("District", 173.8, 218.4), size=13.7),
             _at(137.9, ("T", 117.3, 125.2), size=12.6)]
    assert _labels_by_columns(block, [(89.0, 153.1), (153.1, 238.0)]) == ["Nameof state/u T", "Name of District"]


def test_two_labels_as_close_as_words_part_where_that_maps_more_fields():
    """Writer sized a state's table to its text: "District" and "Product", each centred in its
    narrow cell, stand 4.6 pt apart, and the header has no label of two words to show its word
    space. Read as one label "District Product", the header maps nothing; parted, it maps. A
    title line of longer phrases is not parted into labels."""
    from pipeline.extract.header import _read_block
    block = [_at(65.6, ("Sr.", 38.6, 53.2), size=7.8), _at(73.0, ("District", 57.8, 95.6), ("Product", 100.2, 141.7), size=8.1),
             _at(80.9, ("No", 38.6, 53.2), size=7.8)]
    labels, fields, _ = _read_block(block, [])
    assert (labels, fields) == (["Sr. No", "District", "Product"], ["serial", "district", "product"])
    title = [_at(41.0, ("List", 231, 252), ("of", 255, 267), ("Products", 269, 319), ("Identified", 322, 377), ("under", 380, 414),
                 ("One", 416, 439), ("District", 442, 484), ("One", 486, 509), ("Product", 512, 556), size=9.0)]
    assert _read_block(title, [])[1] is None
    # "#" and "Districts" 4 pt apart read as one label name the district only (the serial is optional):
    # parted, the header names the serial too (fuzz 3579100027)
    jammed = [_at(186.0, ("Sector", 46.8, 83.2), ("Category", 95.8, 146.9), ("Product", 164.2, 208.3), ("#", 226.6, 235.0),
                  ("Districts", 239.2, 286.6), size=9.2)]
    assert _read_block(jammed, [])[1] == ["sector", "category", "product", "serial", "district"]
    # three labels as close as words, each 3.7 pt from the next (Writer's Telangana table, narrower
    # than Tamil Nadu's above it): the parts part again, and the state's rows were read into the
    # table before, its heading and header as rows (fuzz 4461700041)
    three = [_at(259.0, ("Districts", 48.8, 76.8), ("Products", 90.0, 120.3), ("Category", 124.0, 154.3), ("Remarks", 158.0, 187.6),
                 size=7.0)]
    assert _read_block(three, [])[1] == ["district", "product", "category", "remarks"]


def test_no_row_runs_on_into_a_states_own_table():
    """Kerala's table under its heading at a page's foot (Writer, cells in the middle of their
    rows): "Leather" / "Footwear" stand about serial 1; row 2's "Marine" / "Products" run on
    overleaf, lower than centred on its serial. Read as the tail of the page before's last row,
    "Leather" would leave row 1 without a product and let "Footwear" centre row 2: under its
    heading no row runs on into the table, and row 1 starts at its first line."""
    from pipeline.extract.unruled import _anchor_ends, _row_starts
    def part(**cells):
        return {field: [Word(text, x0, x1, top, bottom)] for field, (text, x0, x1, top, bottom) in cells.items()}
    parts = [part(product=("Leather", 161.4, 198.7, 743.5, 751.6)),
             part(serial=("1", 37.5, 43.6, 751.5, 759.2), district=("Idukki", 57.1, 85.8, 751.2, 759.3)),
             part(product=("Footwear", 161.4, 207.3, 759.2, 767.0)),
             part(serial=("2", 37.5, 43.6, 777.4, 785.1), district=("Thiruvananthapuram", 57.1, 158.6, 777.1, 787.4),
                  product=("Marine", 161.4, 195.0, 777.1, 785.2)),
             part(product=("Products", 161.4, 204.8, 792.5, 800.6))]
    ends = _anchor_ends(parts, [1, 3], "serial")
    assert _row_starts(parts, [1, 3], ends, "middle", 0.35 * 8.1, first=True) == {0, 3}
    assert _row_starts(parts, [1, 3], ends, "middle", 0.35 * 8.1) == {1, 2}  # where a row may run on, the page leaves it open


def test_a_list_that_prints_its_state_on_every_row_starts_no_row_without_it():
    """Calc, no serials and no rules, the state and district printed on every row, at its top:
    "Srikalahasthi Kalamkari" / "Fabrics/Handicrafts" in a narrow column was read as two rows,
    the second taking the state above (fuzz 1972600049: F1 0.72). "Bihar" printed again on the
    next row's first line shows the list prints it in every row, so a line without it starts
    none, and a line with it surely starts one (its rows are no longer in doubt). A state
    printed once shows nothing of the kind."""
    from pipeline.extract.unruled import _with_places_repeated
    def line(product, state=None, district=None):
        return {"product": [Word(product, 270, 380, 0, 10)], **({"state": [Word(state, 40, 80, 0, 10)]} if state else {}),
                **({"district": [Word(district, 150, 250, 0, 10)]} if district else {})}
    parts = [line("Dry Fish", "Bihar", "Purbi Champaran"), line("Srikalahasthi Kalamkari", "Bihar", "Purbi Champaran"),
             line("Fabrics/Handicrafts"), line("Bamboo Craft", "Dadra and Nagar Haveli and", "Daman"), line("Tea", "Daman and Diu"),
             line("Chilli", "Dadra and Nagar Haveli and", "Diu")]
    assert _with_places_repeated(parts, [0, 1, 2, 3, 5]) == ([0, 1, 3, 5], {0, 1, 3, 5})
    once = [line("Dry Fish", "Bihar", "Purbi Champaran"), line("Srikalahasthi Kalamkari"), line("Fabrics/Handicrafts"),
            line("Bamboo Craft", "Goa", "North Goa")]
    assert _with_places_repeated(once, [0, 1, 2, 3]) == ([0, 1, 2, 3], set())


def test_rows_set_at_the_foot_end_after_their_products_last_line():
    """Calc, no serials, no rules, rows abutting, every cell set at its row's foot: each row
    starts at its product's first line, and ends where its product does, not after its first
    line. Parted there, "Cane & Bamboo Furniture &" / "Decorative Items" parted the sector's
    "Food" / "Processing" beside it, a wrap the page shows (the line ends on the space it was
    wrapped at), and the foot lost to the middle: every state of two lines was read apart
    (fuzz 144000151)."""
    from pipeline.extract.unruled import _anchor_ends, _row_starts
    def part(**cells):
        return {field: [Word(text, x0, x1, top, top + 10)] for field, (text, x0, x1, top) in cells.items()}
    parts = [part(sector=("Food", 276.5, 301.2, 536.8), product=("Cane & Bamboo Furniture &", 350.4, 500.1, 536.8)),
             part(sector=("Processing", 276.5, 328.4, 550.1), product=("Decorative Items", 350.4, 432.4, 550.1)),
             part(sector=("Food", 276.5, 301.2, 563.7)),
             part(sector=("Processing", 276.5, 328.4, 576.9), product=("Lacquerware/Wooden Toys", 350.4, 483.7, 576.9))]
    assert _row_starts(parts, [0, 3], _anchor_ends(parts, [0, 3], "product"), "bottom", 3.5) == {2, 4}


def test_unruled_columns_part_where_a_centred_labels_cell_ends():
    """Chromium set "GI tagged" at the left of a remarks column whose label is centred (247-283),
    21 pt right of the district "Thiruvananthapuram" (104-180). The white from "tagged" (236) to
    the remarks label's centre (265) is wider, but the district label, centred over a cell whose
    texts start at 104, puts the cell's end at 196: the columns part in the white there."""
    from pipeline.extract.header import _unruled_columns
    spans = [("District", 135.0, 165.0), ("Remarks", 247.0, 283.0)]
    body = [_at(373.0, ("Thiruvananthapuram", 104, 180), ("GI", 201, 209), ("tagged", 211, 236), size=9.0),
            _at(396.0, ("Pathanamthitta", 104, 159), size=9.0)]
    district, _ = _unruled_columns(["district", None], spans, body, 360.0, 600.0, BodySeen())
    assert 180 < district.x1 < 201


def test_unruled_columns_part_where_two_texts_meet_at_a_centred_labels_cell_end():
    """Writer, justified, no padding, a state's table of one row at a page's foot: "Warangal Urban"
    ran up to its cell's edge (164.1) and "Carpets (Bhadohi)" started right against it, read as one
    word "UrbanCarpets" (132.0-203.9). The only white was after "Warangal", and the product
    column began there: "Warangal (Hanumakonda)", "UrbanCarpets (Bhadohi)", with no doubt (fuzz
    1241700101, unseen seed 12417). The district label, centred over a cell whose texts start at
    76.1, puts the cell's end at 164.2, where the word's two texts meet."""
    spans = [("District", 98.9, 141.4), ("Product", 174.7, 219.1)]
    body = [_at(792.4, ("Warangal", 76.1, 125.1), ("UrbanCarpets", 132.0, 203.9), ("(Bhadohi)", 207.6, 232.0), size=9.8)]
    assert 158.0 < _edge(spans, body) < 165.0
    # a word that covers the cell's end with no texts meeting there keeps the white, as does a
    # hyphen before a capital, a name's own (fuzz 6745300081: "Pakke-Kessan" set centred)
    for word in ("Urbancarpets", "Pakke-Kessang"):
        body = [_at(792.4, ("Warangal", 76.1, 125.1), (word, 132.0, 203.9), size=9.8)]
        assert 125.1 < _edge(spans, body) < 132.0
    # Calc, a state's table under its heading: "1) Eri, Muga" ran against the serial "5" (fuzz 5544100055)
    spans = [("District Name", 59.0, 136.3), ("Products", 164.6, 216.5), ("S.No", 229.8, 257.1)]
    body = [_at(792.6, ("Dima", 37.5, 65.5), ("Hasao", 68.8, 103.4), ("1)", 157.9, 168.6), ("Eri,", 171.9, 189.9), ("Muga5", 193.2, 230.1), size=10.7)]
    _, product, _ = _unruled_columns(["district", "product", "serial"], spans, body, 0.0, 600.0, BodySeen())
    assert 220.0 < product.x1 < 227.0


def test_a_header_whose_labels_moved_heads_another_table():
    """Two states' tables, each under its heading, Writer sized to its text: the labels stand
    1.5 pt apart from the last table's, which a header printed again never does in a text layer
    (the Andhra table's product column is narrower: its breaks are judged apart, fuzz 3579100072);
    OCR reads a header printed again a pixel or two off."""
    seen = BodySeen()
    spans = [("Serial No.", 38.2, 60.9), ("District", 76.8, 105.8), ("Products", 126.4, 161.4)]
    body = [_at(200.0, ("1", 47.4, 51.9), ("Visakhapatnam", 64.1, 118.5), ("Turmeric", 128.2, 159.5), size=7.0)]
    seen.add(spans, body)
    seen.add([(label, a + 0.05, b + 0.05) for label, a, b in spans], body)
    assert seen.table == 1
    moved = [(label, a - 1.5, b + 1.5) for label, a, b in spans]
    seen.add(moved, body)
    assert seen.table == 2
    read = [[Word(w.text, w.x0, w.x1, w.top, w.bottom, confidence=0.9) for w in line] for line in body]
    seen.add(spans, read)
    assert seen.table == 2


def test_a_label_set_in_the_middle_of_a_header_of_three_lines_is_a_column():
    """Writer centred "Remarks" in a header cell of three lines, between "Product(s) /
    identified" and "Name of / State/UT", which have lines above and below it: no group label
    over them, a column. On a page with no remark under it, it is a column again where the
    header before had it."""
    from pipeline.extract.header import _lone_labels
    block = [_at(93.0, ("Product(s)", 142, 201), ("Name", 270, 303), ("of", 306, 317), size=13.0),
             _at(100.0, ("District", 44, 86), ("Name", 89, 122), ("Remarks", 216, 265), size=13.0),
             _at(107.0, ("identified", 144, 198), ("State/UT", 270, 318), size=13.0)]
    fields = ["district", "product", "state"]
    spans = [("District Name", 44.0, 122.0), ("Product(s) identified", 142.0, 201.0), ("Name of State/UT", 270.0, 318.0)]
    body = [_at(131.0, ("Handmade", 128, 183), size=13.0), _at(138.0, ("Nicobars", 38, 81), ("Andaman", 266, 314), size=13.0),
            _at(183.0, ("Jaggery", 128, 166), ("New", 214, 236), size=13.0), _at(227.0, ("Cashew", 128, 167), ("New", 214, 236), size=13.0)]
    assert _lone_labels(block, fields, spans, body, [])[0] == ["district", "product", None, "state"]
    assert _lone_labels(block, fields, spans, body[:2], [])[0] == fields
    assert _lone_labels(block, fields, spans, body[:2], [(216.0, 265.0)])[0] == ["district", "product", None, "state"]


def test_a_label_over_text_run_up_to_the_column_beside_is_a_column_where_the_text_stands_as_it_does():
    """Writer centred "Remarks" between "District" and "Serial", 4 pt apart, and "GI tagged"
    under it, printed so close to "Kinnaur" that the two read as one phrase: the part under the
    label is centred as the label is, so the label is a column (fuzz 1604100187); a phrase of
    the district column run on under a group label is not."""
    from pipeline.extract.header import _lone_labels
    block = [_at(40.0, ("District", 39.2, 73.6), ("Serial", 124.0, 151.1), ("Product", 162.5, 200.2), size=7.0),
             _at(47.0, ("Remarks", 77.3, 119.5), ("Category", 212.9, 256.2), size=7.0)]
    fields = ["district", "serial", "product", "category"]
    spans = [("District Name", 39.2, 73.6), ("Serial No.", 124.0, 151.1), ("Product Name", 162.5, 200.2), ("Category", 212.9, 256.2)]
    body = [_at(70.0, ("Lahaul", 41.5, 71.5), ("1", 134.9, 140.5), size=7.0),
            _at(90.0, ("Kinnaur", 39.2, 73.6), ("GI", 76.4, 87.0), ("tagged", 89.7, 120.2), ("2", 134.9, 140.5), size=7.0)]
    assert _lone_labels(block, fields, spans, body, [])[0] == ["district", None, "serial", "product", "category"]
    body[1][:3] = _at(90.0, ("Kinnaur", 39.2, 72.0), ("Sangla", 74.0, 95.0), size=7.0)  # level with nothing
    assert _lone_labels(block, fields, spans, body, [])[0] == fields


def test_a_label_level_with_the_first_lines_of_the_labels_beside_is_a_column():
    """reportlab set a header's labels at the top of their cells: "GI Status" stands level with
    "Name of the" (over "Product") and "Location" (over "District"), between them. A group label
    stands above the labels it groups, not level with their first lines: it is a column, and
    "GI tagged" under it no part of the products (fuzz 2931100164: 52 wrong rows). "Location" over
    "State" and "District", with nothing beside it on its line, is a group label still."""
    from pipeline.extract.header import _lone_labels
    block = [_at(45.4, ("Name", 53.9, 83.9), ("of", 86.9, 97.3), ("the", 100.4, 116.9), ("GI", 156.4, 168.1),
                 ("Status", 171.1, 204.7), ("Location", 269.0, 314.8), ("Serial", 414.6, 444.6), size=13.1),
             _at(58.8, ("Product", 64.6, 106.2), ("No.", 420.7, 438.4), size=13.1),
             _at(65.8, ("District", 272.9, 310.8), size=13.1)]
    fields = ["product", "district", "serial"]
    spans = [("Name of the Product", 53.9, 116.9), ("Location District", 269.0, 314.8), ("Serial No.", 414.6, 444.6)]
    body = [_at(86.4, ("Organic", 46.0, 84.5), ("Ginger", 87.6, 120.6), ("GI", 132.8, 144.4), ("tagged", 147.4, 181.1),
                ("Warangal", 236.4, 283.5), ("3", 410.8, 417.0), size=13.1),
            _at(120.3, ("Handloom", 46.0, 96.1), ("Yadadri", 236.4, 274.3), ("4", 410.8, 417.0), size=13.1),
            _at(309.3, ("Coir", 46.0, 66.2), ("New", 132.8, 154.8), ("Kumuram", 236.4, 284.1), ("8", 410.8, 417.0), size=13.1)]
    assert _lone_labels(block, fields, spans, body, [])[0] == ["product", None, "district", "serial"]
    group = [_at(45.4, ("Location", 156.4, 204.7), size=13.1), *block[1:]]
    assert _lone_labels(group, fields, [("Product", 64.6, 106.2), *spans[1:]], body, [])[0] == fields


def test_items_marked_in_turn_part_only_at_their_markers():
    """Writer centred items "(i)" ... "(iv)" in a narrow cell: a centred line's width shows little,
    and "of silk &" was read as broken by hand, an item of its own. Each item of a list marked
    in turn carries its marker: a line without one goes on the item above, and no break between
    them is in doubt."""
    from pipeline.extract.products import marked_list
    cell = [Line("(i)", 276.0), Line("Handloom", 292.0), Line("products", 289.0), Line("of silk &", 288.0, hard_break=True),
            Line("cotton", 284.0), Line("(ii) Walnut", 292.0, hard_break=True), Line("Wood", 283.0), Line("Carving", 287.0)]
    assert marked_list(cell) and split_products(cell) == ["Handloom products of silk & cotton", "Walnut Wood Carving"]
    unmarked = [Line("Handloom products", 292.0), Line("Walnut Wood Carving", 292.0, hard_break=True)]
    assert not marked_list(unmarked) and split_products(unmarked) == ["Handloom products", "Walnut Wood Carving"]
    # a bullet marks a list of one item too (fuzz 5791300188); a count, of two at least
    bulleted = [Line("• Tussar Silk", 120.0), Line("Sarees", 60.0, hard_break=True)]
    assert marked_list(bulleted) and split_products(bulleted) == ["Tussar Silk Sarees"]
    assert not marked_list([Line("1. Tussar Silk", 120.0), Line("Sarees", 60.0)])


def test_a_marker_alone_after_items_marked_in_turn_starts_the_next_item():
    """Writer set "c)" alone on a line after "b)" / "Large" / "Cardamom", a full line of a
    narrow cell: read as the rest of a word broken at the edge, it gave "Large Cardamomc)". It is
    the list's next marker; "(Hanumakond" / "a)" in a cell with no list is a word's rest still."""
    def at(y, *words):
        return [Word(text, x0, x1, y, y + 9.0) for text, x0, x1 in words]
    cell = [at(507.0, ("a)", 142, 149), ("Sal", 151, 163), ("Leaf", 165, 182)), at(519.0, ("Plates", 142, 164), ("b)", 166, 173)),
            at(532.0, ("Large", 142, 163)), at(545.0, ("Cardamom", 142, 182)), at(557.0, ("c)", 142, 149)),
            at(570.0, ("Brassware", 142, 180))]
    assert split_products(cell_lines(cell, 183.0, 142.0)) == ["Sal Leaf Plates", "Large Cardamom", "Brassware"]
    broken = [[Word("(Hanumakond", 126.0, 170.5, 142.0, 152.0)], [Word("a)", 126.0, 133.0, 155.0, 165.0)]]
    assert cell_lines(broken, 171.0, 126.0)[1].joiner == ""


def test_a_words_rest_before_a_paragraphs_next_bullet_is_no_lettered_item():
    """reportlab broke "Components)" inside, the word alone wider than its cell, and set the
    paragraph's next bullet after its rest: "Component" / "s) •". "s)" starts no item (only a
    bullet follows it), so the break is a word's, joined without a space (fuzz-6408100020)."""
    from pipeline.extract.markers import marked_item
    assert not marked_item("s) •") and marked_item("b) Tamarind") and not marked_item("a)")
    cell = [[Word("Component", 400.0, 447.0, 100.0, 108.0)], [Word("s)", 400.0, 407.4, 110.0, 118.0), Word("•", 410.0, 412.0, 110.0, 118.0)]]
    assert cell_lines(cell, 448.4, 400.0)[1].joiner == ""
    # nor where the paragraph's next item follows it: "s)" is no marker the cell counts in turn
    # (its list counts "(i)", "(ii)": unseen fuzz 1170200184, "Component s)" with no doubt)
    counted = [[Word("(ii)", 400.0, 413.0, 90.0, 98.0), Word("Electronics", 416.0, 446.0, 90.0, 98.0)],
               [Word("Component", 400.0, 447.0, 100.0, 108.0)],
               [Word("s)", 400.0, 407.4, 110.0, 118.0), Word("(iii)", 410.0, 425.0, 110.0, 118.0), Word("Coir", 428.0, 440.0, 110.0, 118.0)]]
    assert cell_lines(counted, 448.4, 400.0)[2].joiner == ""
    assert split_products(cell_lines(counted, 448.4, 400.0)) == ["Electronics Components)", "Coir"]
    lettered = [[Word("r)", 400.0, 407.0, 90.0, 98.0), Word("Kiwi", 410.0, 425.0, 90.0, 98.0)],
                [Word("s)", 400.0, 407.4, 110.0, 118.0), Word("Honey", 410.0, 430.0, 110.0, 118.0)]]
    assert cell_lines(lettered, 448.4, 400.0)[1].joiner == " "  # the list's next marker, in turn


def test_a_line_whose_first_words_part_to_its_hyphen_would_have_fitted_was_broken_by_hand():
    """Writer set "Sarees" / "Zari-Zardozi" in a cell 72 pt wide: the whole word would not have
    followed "Sarees", but "Zari-" would have, and Writer breaks after a hyphen between letters.
    So the break is by hand, two items; reportlab breaks at spaces only, so there it may be a
    wrap (fuzz-6408100031)."""
    from pipeline.extract.cells import breaks_after_hyphens, settle_hyphen_breaks
    from pipeline.extract.layers import words_from_chars

    def cell():
        text = "Tussar Silk\nSarees\nZari-Zardozi"
        boxes, x, y = [], 100.0, 0.0
        for c in text:
            boxes.append((x, y, x + 4.25, y + 10.0))
            x, y = (100.0, y + 12.0) if c == "\n" else (x + 4.25, y)
        words = [w for w in words_from_chars(text.replace("\n", " "), boxes)]
        return cell_lines([words[:2], words[2:3], words[3:]], 172.2, 100.0)
    lines = cell()
    assert lines[2].head_fitted and not lines[2].hard_break and not lines[1].head_fitted
    settle_hyphen_breaks([lines], breaks_after_hyphens("LibreOffice 7.4; Writer"))
    assert split_products(lines) == ["Tussar Silk Sarees", "Zari-Zardozi"]
    lines = cell()
    settle_hyphen_breaks([lines], breaks_after_hyphens("ReportLab PDF Library - www.reportlab.com"))
    assert not lines[2].hard_break


def test_a_header_cut_by_the_pages_foot_still_starts_its_table():
    """Calc splits a header row at a page's foot, its last line ("y" of "Categor" / "y") past the
    page's edge: the header still names what it shows of the table's fields, so the state's
    heading above it ("Kerala") is the heading of the table that goes on overleaf."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import header_starts
    from pipeline.extract.layers import PageContent
    labels = [("#", 47, 53), ("Districts", 70, 117), ("Name", 159, 192), ("of", 195, 207), ("the", 209, 227),
              ("Product", 230, 274), ("Sector", 331, 366)]
    header = [_at(587.0, ("Categor", 389, 432), size=11.0), _at(594.0, *labels, size=11.0), _at(602.0, ("y", 407, 414), size=11.0)]
    body = [_at(616.0, ("1", 47, 53), ("Bengaluru", 66, 121), ("Coir", 163, 185), ("Handicraft", 320, 377), ("Primary", 389, 432), size=11.0),
            _at(647.0, ("2", 47, 53), ("Uttara", 77, 110), ("Kani", 187, 211), ("Textiles", 328, 369), ("Primary", 389, 432), size=11.0),
            _at(740.0, ("Total", 79, 108), ("2", 214, 220), size=11.0),
            _at(770.0, ("Kerala", 37, 81), size=11.0)]
    cut = [_at(783.0, ("Categor", 389, 432), size=11.0), _at(790.0, *labels, size=11.0)]
    page = PageContent(2, 595.0, 842.0, [w for line in [*header, *body, *cut] for w in line])
    lines = group_lines(page.words)
    starts, fields = header_starts(page, lines, None)
    assert [" ".join(w.text for w in lines[k]) for k in starts] == ["Categor", "Categor"]
    assert starts[1] == len(lines) - 2 and fields == ("serial", "district", "product", "sector", "category")


def test_a_cells_last_line_that_matches_a_later_header_line_is_no_cut_header():
    """Writer set the label "Products" lower than "Serial District" in each state's header. At a
    page's foot, a row's product "Coir" / "Products" ends on a line that reads as that label: a
    page break cuts a header under its first lines, never above them, so the line is the row's,
    and the row ("4 Bhagalpur") stays in its table (fuzz 1848700144)."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import header_starts
    from pipeline.extract.layers import PageContent
    header = [_at(485.5, ("Serial", 40, 80), ("District", 99, 150)), _at(494.1, ("Products", 169, 229)),
              _at(503.1, ("No.", 49, 72), ("Name", 105, 144))]
    body = [_at(555.8, ("1", 37, 45), ("Purbi", 83, 116), ("Dhokra", 166, 210)),
            _at(749.4, ("Coir", 166, 192), ("&", 221, 232)),
            _at(766.5, ("4", 37, 45), ("Bhagalpur", 83, 146), ("Coir", 166, 192)),
            _at(783.3, ("Products", 166, 220))]
    page = PageContent(3, 595.0, 842.0, [w for line in [*header, *body] for w in line])
    lines = group_lines(page.words)
    starts, _ = header_starts(page, lines, None)
    assert starts == [0]
    cut = [_at(766.5, ("4", 37, 45), ("Bhagalpur", 83, 146), ("Coir", 166, 192)), _at(783.3, ("Serial", 40, 80), ("District", 99, 150))]
    page = PageContent(3, 595.0, 842.0, [w for line in [*header, *body[:2], *cut] for w in line])
    starts, _ = header_starts(page, group_lines(page.words), None)
    assert starts == [0, 6]  # the header's first line at the foot: its table begins overleaf


def test_a_header_printed_again_with_its_labels_jammed_still_starts_a_table():
    """Writer set each state's table as wide as its texts: over West Bengal's, "Sr. No" and
    "District Name" stand 1.9 pt apart, as close as their words, so the line maps no serial.
    It reads as the header printed before, so it names the same fields and starts the table
    under the state's heading (fuzz 1848700132: the heading and header were read as rows)."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import header_starts
    from pipeline.extract.layers import PageContent
    label = ("Products", "Sr.", "No", "District", "Name")
    lines = [_at(40.5, *zip(label, (53.0, 104.5, 116.9, 132.5, 164.0), (88.5, 114.8, 128.3, 161.9, 187.9)), size=6.2),
             _at(98.4, ("Dry", 37.5, 50.7), ("Fish", 52.8, 67.7), ("28", 103.9, 113.1), ("Bhadohi", 128.9, 160.2), size=6.2),
             _at(113.5, ("Brassware", 37.5, 76.7), ("29", 103.9, 113.1), ("Bijnor", 128.9, 151.3), size=6.2),
             _at(260.5, ("West", 44.1, 65.7), ("Bengal", 68.2, 97.6), size=13.1),
             _at(279.3, *zip(label, (49.2, 97.0, 109.4, 122.7, 154.2), (84.7, 107.3, 120.8, 152.1, 178.1)), size=6.2),
             _at(294.2, ("Pickles,", 37.5, 65.0), ("Papad", 67.1, 90.8), ("Purba", 121.4, 143.9), size=6.2),
             _at(301.2, ("1", 96.4, 101.0), size=5.7),
             _at(307.6, ("&", 37.5, 43.4), ("Spices", 45.4, 68.9), ("Medinipur", 121.4, 160.3), size=6.2),
             _at(322.3, ("Chikankari", 37.5, 77.3), ("Dakshin", 121.4, 151.7), size=6.2),
             _at(329.2, ("2", 96.4, 101.0), size=5.7),
             _at(335.6, ("Embroidery", 37.5, 81.3), ("Dinajpur", 121.4, 153.9), size=6.2)]
    page = PageContent(3, 595.0, 842.0, [w for line in lines for w in line])
    grouped = group_lines(page.words)
    fields = ("product", "serial", "district")
    assert header_starts(page, grouped, fields, ("Products Sr. No District Name",)) == ([0, 4], fields)


def test_a_headers_words_wrapped_otherwise_by_another_tables_widths_start_that_table():
    """Writer set each state's table as wide as its texts: the header "Sr. GI" / "Name of District
    Products Sector" / "No Status" came again under Dadra and Nagar Haveli's heading as "Sr. Name
    of GI" / "Products Sector" / "No District Status", a block whose wrapped labels name no
    district. Its words are the header's, all and no more: it starts that state's table (fuzz
    2524600005: the heading, the header and three rows were read as rows of the table above)."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import header_starts
    from pipeline.extract.layers import PageContent
    lines = [_at(37.3, ("Sr.", 38.4, 49.6), ("GI", 244.5, 255.0), size=11.8),
             _at(43.6, ("Name", 69.7, 92.2), ("of", 94.4, 102.0), ("District", 104.2, 133.1), ("Products", 154.4, 188.9),
                 ("Sector", 201.4, 225.9), size=11.8),
             _at(49.9, ("No", 38.5, 49.5), ("Status", 237.7, 261.7), size=11.8),
             _at(68.2, ("2)", 167.9, 175.4), size=9.0),
             _at(80.8, ("Groundnut", 153.4, 189.9), ("Oil", 192.2, 203.7), size=9.0),
             _at(106.0, ("3)", 157.8, 165.3), ("Zari-", 167.5, 185.5), size=9.0),
             _at(118.6, ("Zardozi", 157.6, 185.6), size=9.0),
             _at(134.0, ("Total", 92.0, 111.0), ("14", 167.1, 176.1), size=9.0),
             _at(153.0, ("Dadra", 44.1, 74.0), ("and", 76.8, 94.5), ("Nagar", 97.3, 126.6), ("Haveli", 129.3, 159.8), ("and", 162.5, 180.3),
                 ("Daman", 183.0, 217.2), ("and", 220.0, 237.7), ("Diu", 240.5, 257.6), size=14.4),
             _at(169.8, ("Sr.", 38.4, 49.6), ("Name", 52.0, 74.5), ("of", 76.7, 84.3), ("GI", 189.0, 199.5), size=11.8),
             _at(176.1, ("Products", 92.5, 127.0), ("Sector", 145.2, 169.7), size=11.8),
             _at(182.4, ("No", 38.5, 49.5), ("District", 53.6, 82.6), ("Status", 182.2, 206.2), size=11.8),
             _at(201.3, ("1", 40.0, 45.0), ("Daman", 57.1, 84.1), ("Bamboo", 99.1, 130.1), ("Handicraft", 145.2, 185.0), size=9.0),
             _at(213.9, ("Shoots", 99.1, 125.8), size=9.0)]
    page = PageContent(6, 595.0, 842.0, [w for line in lines for w in line])
    grouped = group_lines(page.words)
    fields = ("serial", "district", "product", "sector", "remarks")
    printed = ("Sr. GI", "Name of District Products Sector", "No Status")
    assert header_starts(page, grouped, fields, printed) == ([0, 9], fields)


def test_a_headers_words_printed_again_start_a_table_though_no_label_parts():
    """Writer set each state's table as wide as its texts. Under "Himachal Pradesh", a table of
    one row: "Category", "ODOP" and "Product" stand 2 pt apart, and the row's lines show no white
    between those columns, so no block maps the fields. The lines print the words of the header
    above, all and no more: they start the state's table (fuzz 3266900054: the heading and the
    header were read as two rows of Gujarat's table, and Himachal's rows as Gujarat's)."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import header_starts
    from pipeline.extract.layers import PageContent

    def header(top: float, *xs: float) -> list[list[Word]]:
        district, serial, sector, category, odop, product, name = xs
        return [_at(top, ("District", district, district + 36.8), size=7.7),
                _at(top + 8.7, ("S.No", 39.9, 62.6), ("Sector", sector, sector + 31.6), ("Category", category, category + 45.4),
                    ("ODOP", odop, odop + 29.6), ("Product", product, product + 39.3), size=7.4),
                _at(top + 17.2, ("Name", name, name + 29.9), size=7.2)]
    lines = [*header(41.1, 78.5, 39.9, 140.6, 187.6, 236.6, 268.8, 81.9),
             _at(127.8, ("2", 37.5, 43.2), ("Ahmedabad", 64.9, 122.1), ("Textiles", 128.9, 164.5), ("Primary", 183.9, 220.8),
                 ("Pottery", 236.6, 270.8), size=7.2),
             _at(145.5, ("Food", 128.9, 152.3), ("Glass", 236.6, 261.6), ("Beads", 266.9, 295.5), ("&", 300.8, 308.1), size=7.7),
             _at(154.2, ("3", 37.5, 43.2), ("Banaskantha", 64.9, 126.1), ("Tertiary", 183.9, 220.2), size=7.3),
             _at(162.4, ("Processing", 128.9, 180.0), ("Bangles", 236.6, 274.0), size=7.7),
             _at(409.8, ("Himachal", 44.1, 94.0), ("Pradesh", 97.1, 139.0), size=15.7),
             *header(431.6, 67.6, 39.9, 118.8, 164.3, 211.9, 244.1, 71.1),
             _at(466.4, ("Electronics", 211.9, 262.5), size=7.7),
             _at(483.0, ("Manufacturing", 211.9, 281.6), size=7.7),
             _at(491.3, ("Lahaul", 64.9, 96.3), size=7.7),
             _at(500.2, ("1", 37.5, 43.2), ("Agriculture", 107.1, 159.4), ("Primary", 162.1, 199.0), ("Cluster", 211.9, 245.1),
                 ("(Mobile", 248.4, 283.5), size=7.1),
             _at(508.0, ("and", 64.9, 82.8), ("Spiti", 85.4, 105.8), size=7.7)]
    page = PageContent(6, 842.0, 595.0, [w for line in lines for w in line])
    grouped = group_lines(page.words)
    fields = ("serial", "district", "sector", "category", "product")
    printed = ("District", "S.No Sector Category ODOP Product", "Name")
    starts, named = header_starts(page, grouped, fields, printed)
    assert [" ".join(w.text for w in grouped[k]) for k in starts] == ["District", "District"] and named == fields
    assert starts[1] == 8


def test_a_header_row_of_labels_in_another_script_is_the_headers_however_far_above():
    """Writer padded a bilingual header's cells by 6 pt: its Hindi row stands 16 pt above the
    English labels, further than header rows of one script stand. It is still the header's (the
    rows print Latin letters), so the table under "Andhra Pradesh" begins with it, and it is no
    row of the table above (fuzz 3579100159)."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import header_starts
    from pipeline.extract.layers import PageContent

    def table(top: float, state: str, rows: list[tuple[str, str, str]]) -> list[list[Word]]:
        return [_at(top, (state, 44, 44 + 6 * len(state)), size=14.4),
                _at(top + 22, ("क्र.सं.", 48.1, 68.6), ("िला", 101.5, 120.9), ("उत्पाद", 169.0, 190.2), size=9.2),
                _at(top + 48, ("Serial", 43.6, 73.2), ("ODOP", 164.5, 194.8), size=8.4),
                _at(top + 54.4, ("District", 92.0, 130.2), size=8.4),
                _at(top + 61.1, ("No.", 49.7, 67.0), ("Product", 159.6, 199.5), size=8.4),
                *[_at(top + 85.6 + 25 * k, (serial, 55.5, 61.2), (district, 90, 90 + 5 * len(district)),
                      (product, 150, 150 + 5 * len(product)), size=8.4) for k, (serial, district, product) in enumerate(rows)]]

    lines = [*table(94.2, "Andaman & Nicobar Islands", [("1", "Nicobars", "Pearl Millet"), ("2", "South Andamans", "Jaggery")]),
             *table(432.9, "Andhra Pradesh", [("1", "Alluri", "Spices")])]
    page = PageContent(1, 595.0, 842.0, [w for line in lines for w in line])
    grouped = group_lines(page.words)
    starts, fields = header_starts(page, grouped, None)
    assert [" ".join(w.text for w in grouped[k]) for k in starts] == ["क्र.सं. िला उत्पाद"] * 2
    assert fields == ("serial", "district", "product")


def test_a_line_whose_words_the_rows_print_again_where_it_does_is_the_bodys():
    """Calc justified "Andaman &" in the state cell, the "&" set at the cell's right edge, 4.5 pt
    under a header of three lines: "&" starts where no other text starts, but each row of the
    state prints "&" there again, as no label is printed: the line is the first row's, not the
    header's (fuzz 4681000139)."""
    from pipeline.extract.header import _starts_as_body
    header = [_at(123.6, ("Sr.", 45.5, 64.6), ("Name", 198.7, 237.8), ("of", 241.9, 255.7), ("Cate", 404.3, 434.8), size=11.0),
              _at(130.6, ("State", 111.8, 146.9), ("Product", 287.5, 340.7), ("Name", 344.8, 383.9), size=11.0),
              _at(137.9, ("No", 45.6, 64.6), ("District", 201.5, 252.4), ("gory", 404.7, 434.6), size=11.0)]
    first = _at(153.2, ("Andaman", 75.2, 132.8), ("&", 172.6, 183.2), ("Terti", 403.1, 432.5), size=11.0)
    body = [_at(167.4, ("1", 37.0, 44.6), ("Nicobar", 75.3, 124.0), ("Nicobars", 185.5, 240.4), ("ary", 403.1, 422.7), size=11.0)]
    for k, (district, category) in enumerate((("Middle", "Terti"), ("South", "Prim"), ("South", "Seco"))):
        body += [_at(197.2 + 30 * k, ("Andaman", 75.2, 132.8), ("&", 172.6, 183.2), (district, 185.5, 221.1), (category, 403.1, 432.5),
                     size=11.0),
                 _at(211.2 + 30 * k, (str(k + 2), 37.0, 44.6), ("Andhra", 75.2, 119.9), ("Nellore", 185.5, 230.7), ("ary", 403.1, 422.7),
                     size=11.0)]
    assert _starts_as_body(first, header, body)
    assert not _starts_as_body(first, header, body[:3])  # "&" printed there once more only


@pytest.mark.parametrize("before, after, goes_on", [
    ("1) Ready-made Garments 2) Marine Products", "(Shrimp, Prawn & Fish) 3)", True),  # the list's next marker
    ("(Shrimp, Prawn & Fish) 3)", "Lacquerware/Wooden Toys 4) Kantha", True),
    ("a) Turmeric b)", "Kondapalli Toys c) Pottery", True),
    ("1) Honey 2) Brassware", "1) Orthodox Tea", False),  # a list of its own: another row's
    ("(i) Tea (ii) Coffee", "2) Rice", False),  # another style
    ("Cotton Sarees", "3) Rice", False),  # no list to go on
])
def test_a_line_holding_the_next_marker_of_the_list_before_goes_on_from_it(before, after, goes_on):
    from pipeline.extract.markers import counts_on
    assert counts_on(before, after) == goes_on


@pytest.mark.parametrize("text, before, opens", [
    ("a) Lacquerware/Wooden", None, True),
    ("a)", "Cotton Sarees", True),  # its item too wide to follow it on the line
    ("a)", "Warangal Urban (Hanumakond", False),  # the rest of a word in brackets
    ("a)", None, False),  # nothing to tell by
    ("c) Pottery", None, False),  # not a first marker
])
def test_a_first_marker_alone_opens_a_list_after_a_line_that_leaves_no_bracket_open(text, before, opens):
    from pipeline.extract.markers import opens_list
    assert opens_list(text, before) == opens


@pytest.mark.parametrize("before, line, goes_on", [
    ("Agarbatti (Incense", "Sticks)", True),  # a bracket left open closes on the next line
    ("North and", "Middle Andaman", True),
    ("Andaman &", "Nicobar Islands", True),
    ("Agarbatti (Incense Sticks)", "Kiwi", False),
    ("Makhana", "(Fox Nut)", True),  # no name begins with a bracket: a qualifier of the name above
    ("Cotton Sarees", "(1) Tea", False),  # a list's marker in brackets begins an item
    ("Cotton Sarees", "(ii) Tea", False),
])
def test_a_line_goes_on_after_a_connector_or_a_bracket_left_open(before, line, goes_on):
    from pipeline.extract.cells import continues
    assert continues(before, line) == goes_on


def test_a_word_run_past_a_rule_keeps_its_kerned_letters():
    """Chromium lets "Fabrics/Handicrafts" run past its cell's rule (x = 337): "f" and "t" are
    kerned, overlapping by 0.5 pt right over the rule, and stay one word; a cell's text set
    1 pt after the rule, against the text before it, starts a word of its own."""
    import numpy as np

    walls = [Rule(337.0, 580.0, 337.0, 600.0)]
    kerned = np.array([[329.15, 588.04, 333.91, 597.34], [333.91, 588.04, 337.35, 597.34], [336.87, 588.04, 340.08, 597.34],
                       [340.08, 588.04, 344.18, 597.34]])
    assert [w.text for w in words_from_chars("afts", kerned, walls)] == ["afts"]
    against = kerned + np.array([[0, 0, 0, 0], [0, 0, 0, 0], [1.2, 0, 1.2, 0], [1.2, 0, 1.2, 0]])
    assert [w.text for w in words_from_chars("afts", against, walls)] == ["af", "ts"]


def _lines_printed(columns: list[Column], printed: list[tuple[str, ...]]) -> tuple[PageContent, list[list[Word]]]:
    """A page of lines 12 pt apart in 10 pt type, each text at its column's start (5 pt a letter,
    2.5 a space): cells and rows at one pitch, no white between rows."""
    def words(x: float, text: str) -> list[tuple[str, float, float]]:
        out = []
        for word in text.split():
            out.append((word, x, x + 5.0 * len(word)))
            x += 5.0 * len(word) + 2.5
        return out
    lines = [_at(100.0 + 12.0 * k, *[w for text, c in zip(texts, columns) for w in words(c.x0 + 2, text)], size=10.0)
             for k, texts in enumerate(printed)]
    return PageContent(1, 595.0, 842.0, [w for line in lines for w in line]), lines


def test_rows_set_at_the_top_whose_product_lines_each_begin_an_item_are_not_in_doubt(places):
    """Calc, no serials, no rule between rows, cells set at the top, each row one line high but
    where a state or district wraps: a cell's lines and the rows stand at one pitch, so no white
    tells the rows (fuzz 2881300088: 76 of 87 rows doubted, "row's lines unclear", in a list
    read exactly). A product line whose first word would have fitted on the product line above
    was broken by hand: it begins an item, of a row or of the row above's cell, and read either
    way its record is the same, where no place's text beside it may go on from the line above's
    (the directory names the two as one place: "Nicobar Islands" under "Andaman &"). Those rows
    are not in doubt; a row whose product line may be the wrapped rest of the one above
    ("Handloom" would not have fitted after "Mangalagiri Sarees and Fabrics") still is, and so is
    the row above it."""
    from pipeline.extract.unruled import rows_by_spacing, unruled_rows
    columns = [Column("state", "State", 30.0, 130.0), Column("district", "District", 130.0, 230.0),
               Column("product", "Product", 230.0, 420.0), Column("category", "Category", 420.0, 500.0)]
    printed = [("Andaman &", "Nicobars", "Leather Products", "Tertiary"), ("Nicobar Islands", "", "", ""),
               ("", "", "Eri (Cocoon and Fabric)", "Primary"), ("", "", "Bamboo Craft", "Tertiary"),
               ("", "South Andamans", "Coir & Coir Products", "Secondary"), ("Andhra Pradesh", "Alluri Sitharama", "Spices", "Primary"),
               ("", "Raju", "", ""), ("", "", "Leather Footwear", "Tertiary"), ("", "", "Mangalagiri Sarees and Fabrics", "Primary"),
               ("", "", "Handloom products of silk & cotton", "Primary")]
    page, lines = _lines_printed(columns, printed)
    rows, _, _, _ = unruled_rows(page, columns, lines, 90.0, 1, "top", {}, first=True, places=places)
    assert [(row.text("state"), row.text("district"), row.text("product")) for row in rows] == [
        ("Andaman & Nicobar Islands", "Nicobars", "Leather Products"), ("", "", "Eri (Cocoon and Fabric)"), ("", "", "Bamboo Craft"),
        ("", "South Andamans", "Coir & Coir Products"), ("Andhra Pradesh", "Alluri Sitharama Raju", "Spices"),
        ("", "", "Leather Footwear"), ("", "", "Mangalagiri Sarees and Fabrics"), ("", "", "Handloom products of silk & cotton")]
    assert all(row.by_spacing for row in rows)
    assert rows_by_spacing(rows) == [6, 7]


def test_rows_set_at_the_foot_whose_product_lines_each_begin_an_item_beside_no_place_are_not_in_doubt(places):
    """reportlab, no serials, no rule between rows, cells set at the foot of their rows, almost
    every one of one line (fuzz 1812300195: 31 of 101 rows doubted, "row's lines unclear", read
    exactly). A product line broken by hand begins an item; beside no place's text, read as a row or as the next item
    of the row above's cell, its record is the same. A place's text beside it may be the place of
    a cell of two items, set at its foot ("Visakhapatnam" level with "Leather Products", the
    cell's "Kiwi" above): the rows on either side of that line stay in doubt."""
    from pipeline.extract.unruled import rows_by_spacing, unruled_rows
    columns = [Column("state", "State", 30.0, 160.0), Column("district", "District", 160.0, 300.0), Column("product", "Product", 300.0, 480.0)]
    printed = [("Andhra Pradesh", "Alluri Sitharama Raju", "Carpets (Bhadohi)"), ("", "", "Tamarind"), ("", "", "Kiwi"),
               ("", "Visakhapatnam", "Leather Products"), ("", "", "Processed Pork"), ("", "", "Handloom products of silk &"),
               ("", "", "cotton"), ("", "", "Coconut & Coconut based products")]
    page, lines = _lines_printed(columns, printed)
    rows, _, _, _ = unruled_rows(page, columns, lines, 90.0, 1, "bottom", {}, first=True, places=places)
    assert [row.text("product") for row in rows] == [texts[2] for texts in printed[:5]] + ["Handloom products of silk & cotton",
                                                                                           "Coconut & Coconut based products"]
    assert all(row.by_spacing for row in rows)
    assert rows_by_spacing(rows) == [2, 3]


def test_a_district_below_its_rows_first_line_sets_its_merged_cells_at_the_foot():
    """Rows set at the top, districts merged and set at the foot of their cells: "North and
    Middle Andaman" stands level with a row of one line, as a text at the top of its cell would,
    but "Pakke-Kessang" stands on its row's second line, where no cell set at the top (nor in
    the middle of rows that follow one another) puts it. So the column's texts end their cells:
    "North and Middle Andaman" spans rows 2 and 3, and row 5's district is on the next page."""
    from pipeline.extract.layers import PageContent
    from pipeline.extract.unruled import unruled_rows, unsure_blocks
    columns = [Column("serial", "#", 30.0, 60.0), Column("district", "District", 60.0, 200.0), Column("product", "Product", 200.0, 400.0)]
    lines = [_at(100.0, ("1", 35, 40), ("Nicobars", 65, 110), ("Tea", 205, 225), size=10.0),
             _at(115.0, ("2", 35, 40), ("Coffee", 205, 240), size=10.0),
             _at(130.0, ("3", 35, 40), ("North", 65, 90), ("and", 92, 110), ("Middle", 112, 140), ("Andaman", 142, 185),
                 ("Rice", 205, 230), size=10.0),
             _at(145.0, ("4", 35, 40), ("Electronics", 205, 260), size=10.0),
             _at(157.0, ("Pakke-Kessang", 65, 135), ("Cluster", 205, 240), size=10.0),
             _at(172.0, ("5", 35, 40), ("Kiwi", 205, 225), size=10.0)]
    page = PageContent(1, 595.0, 842.0, [w for line in lines for w in line])
    merged = {}
    rows, _, _, _ = unruled_rows(page, columns, lines, 90.0, 1, "top", merged, first=True)
    assert [row.text("district") for row in rows] == ["Nicobars", "North and Middle Andaman", "", "Pakke-Kessang", ""]
    assert merged == {"district": "bottom"} and [row.text_below for row in rows] == [set()] * 4 + [{"district"}]
    assert list(unsure_blocks(rows)) == []


def test_a_merged_text_closer_above_a_pages_first_row_than_a_line_spacing_is_that_rows():
    """Writer, unruled, no serials, districts merged and set at the top of their cells, products
    and remarks in the middle of their rows: the page opens with "Chhindwara" 8.3 pt above its
    first product "Tamarind" (its row is two lines high for "GI" / "tagged"). Read as the tail of
    the page before's last row, it made "Narmadapuram Chhindwara" (fuzz 3904100160, unseen seed
    39041). The rest of a row the page broke stands a line spacing (16.7 pt) and the padding
    above the next row's first line: a merged text closer than that is the first row's."""
    from pipeline.extract.layers import PageContent
    from pipeline.extract.unruled import unruled_rows

    def line(*words):  # (text, x0, x1, top, foot)
        return [Word(text, x0, x1, top, foot, foot=foot) for text, x0, x1, top, foot in words]
    columns = [Column("state", "State", 30.0, 96.0), Column("district", "Name of District", 96.0, 215.0),
               Column("product", "Products", 215.0, 290.0), Column(None, "Remarks", 290.0, 340.0)]
    lines = [line(("Chhindwara", 100.6, 157.4, 59.5, 67.2), ("GI", 292.7, 303.4, 59.9, 67.2)),
             line(("Tamarind", 222.1, 267.2, 67.8, 75.5)), line(("tagged", 292.7, 325.9, 76.1, 83.8)),
             line(("GI", 292.7, 303.4, 95.5, 102.8)), line(("Dry", 222.1, 238.6, 103.9, 111.0), ("Fish", 241.2, 260.0, 103.4, 111.1)),
             line(("tagged", 292.7, 325.9, 111.7, 119.4)),
             line(("Agar", 100.6, 122.8, 131.1, 138.4), ("Malwa", 125.5, 156.2, 130.7, 138.4), ("Zari-Zardozi", 222.1, 278.2, 130.7, 138.4),
                  ("New", 292.7, 313.8, 131.2, 138.4))]
    page = PageContent(5, 842.0, 595.0, [w for ws in lines for w in ws])
    rows, _, _, _ = unruled_rows(page, columns, lines, 50.0, 1, "top", {"district": "top"}, split_at_top=True, wraps=[16.7])
    assert [(row.text("district"), row.text("product"), row.continuation) for row in rows] == [
        ("Chhindwara", "Tamarind", False), ("", "Dry Fish", False), ("Agar Malwa", "Zari-Zardozi", False)]
    # a spreadsheet prints a merged cell's text on each page it spans, wherever its part puts it
    rows, _, _, _ = unruled_rows(page, columns, lines, 50.0, 1, "top", {"district": "top"}, split_at_top=False, wraps=[16.7])
    assert rows[0].continuation and rows[0].text("district") == "Chhindwara"


def test_a_text_atop_a_page_in_a_column_the_page_before_left_blank_at_its_foot_is_the_first_rows():
    """Writer, unruled, serials and products set in the middle of their rows, districts merged
    and set at the top: page 5 opens with "Chikkaballapura" at the top of its cell, above its
    serial "64". Page 4's last row (63) held no district: its cell was the foot of Bengaluru
    Rural's, whose text stood at its top rows above. Read as the rest of row 63, it made that row
    Chikkaballapura's (fuzz 1997600003, unseen seed 19976). A word processor lays a cell broken by
    a page break out from its top: its part overleaf holds text only where its part above was full."""
    from pipeline.extract.layers import PageContent
    from pipeline.extract.unruled import unruled_rows
    columns = [Column("serial", "Sr. No", 30.0, 60.0), Column("district", "District Name", 60.0, 200.0),
               Column("product", "Products", 200.0, 300.0)]
    lines = [_at(100.0, ("Chikkaballapura", 65.0, 150.0), size=10.0),
             _at(110.0, ("64", 35.0, 45.0), ("Processed", 205.0, 255.0), ("Pork", 258.0, 280.0), size=10.0),
             _at(135.0, ("65", 35.0, 45.0), ("Dakshina", 65.0, 110.0), ("Kannada", 113.0, 155.0), ("Honey", 205.0, 235.0), size=10.0)]
    page = PageContent(5, 595.0, 842.0, [w for line in lines for w in line])
    rows, _, _, _ = unruled_rows(page, columns, lines, 90.0, 1, "middle", {"district": "top"}, split_at_top=True,
                                 blank_before=frozenset({"district"}))
    assert [(row.text("serial"), row.text("district"), row.continuation) for row in rows] == [
        ("64", "Chikkaballapura", False), ("65", "Dakshina Kannada", False)]
    # where the page before's last row held a district, this may be its rest
    rows, _, _, _ = unruled_rows(page, columns, lines, 90.0, 1, "middle", {"district": "top"}, split_at_top=True)
    assert rows[0].continuation and rows[0].text("district") == "Chikkaballapura"


def test_a_merged_cells_text_centred_on_its_middle_row_does_not_draw_that_rows_edges():
    """Calc, unruled, rows abutting, cells set in the middle (products one a line, overflowing
    their rows), states in merged cells. "Dadra and Nagar" / "Haveli and Daman and" / "Diu" spans
    three rows, so it stands centred on the middle one's serial, Daman's. Counted as a row's own
    cell, it drew Daman's edges out to its own lines, and Daman took the first items of the rows
    beside it ("Kani Shawl", "Processed Pork"; fuzz 1289300101, unseen seed 12893). Each row's
    products stand centred on its serial: Dadra's four items, Daman's one, Diu's four."""
    from pipeline.extract.layers import PageContent
    from pipeline.extract.unruled import unruled_rows
    columns = [Column("product", "Product", 60.0, 200.0), Column("state", "State", 200.0, 330.0),
               Column("district", "District", 330.0, 480.0), Column("serial", "S.No", 480.0, 520.0)]
    x = {"product": 62.0, "state": 202.0, "district": 332.0, "serial": 482.0}
    product = "product"
    printed = [(559.7, product, "• Leather Footwear"), (571.6, product, "• Handloom products"),
               (577.2, "district", "Dadra and Nagar Haveli"), (577.2, "serial", "26"), (583.4, product, "of silk & cotton"),
               (595.6, product, "• Stone Carving"), (602.0, "state", "Dadra and Nagar"), (614.1, product, "• Terracotta"),
               (614.1, "state", "Haveli and Daman and"), (614.1, "district", "Daman"), (614.1, "serial", "27"),
               (626.6, product, "• Kani Shawl"), (626.6, "state", "Diu"), (639.0, product, "• Processed Pork"),
               (651.0, product, "• Pineapple"), (651.0, "district", "Diu"), (651.0, "serial", "28"),
               (663.0, product, "• Agarbatti (Incense"), (674.5, product, "Sticks)"), (687.0, product, "• Kondapalli Toys"),
               (698.8, product, "• Fisheries/Marine"), (704.6, "district", "Ahmedabad"), (704.6, "serial", "29"),
               (710.9, product, "products"), (722.3, product, "• Zari-Zardozi")]
    lines: dict[float, list[Word]] = {}
    for y, name, text in printed:
        start = x[name] + sum(5.0 * len(w) + 2.5 for w in lines.get(y, []) if w.x0 >= x[name])
        for word in text.split():
            lines.setdefault(y, []).append(Word(word, start, start + 5.0 * len(word), y - 5.0, y + 5.0))
            start += 5.0 * len(word) + 2.5
    lines = [sorted(line, key=lambda w: w.x0) for _, line in sorted(lines.items())]
    page = PageContent(2, 595.0, 842.0, [w for line in lines for w in line])
    rows, _, _, _ = unruled_rows(page, columns, lines, 550.0, 1, "middle", {"state": "middle", "district": "own"}, first=True)
    assert [(row.text("serial"), row.text("district"), [line.text for line in row.cells["product"]]) for row in rows] == [
        ("26", "Dadra and Nagar Haveli", ["• Leather Footwear", "• Handloom products", "of silk & cotton", "• Stone Carving"]),
        ("27", "Daman", ["• Terracotta"]),
        ("28", "Diu", ["• Kani Shawl", "• Processed Pork", "• Pineapple", "• Agarbatti (Incense", "Sticks)"]),
        ("29", "Ahmedabad", ["• Kondapalli Toys", "• Fisheries/Marine", "products", "• Zari-Zardozi"])]


def test_a_row_whose_cell_fills_it_is_set_at_the_top_in_a_table_set_in_the_middle():
    """Writer, unruled, cells set in the middle: a row's serial and sector stand level with the
    centre of its products' lines, but in the row whose product cell fills it, at its first line
    (fuzz 440900104). That cell's lines stand level with its serial as set at the top, and beside
    no other row's: they are its row's, not a merged cell's text adrift to the row below."""
    from pipeline.extract.layers import PageContent
    from pipeline.extract.unruled import unruled_rows
    columns = [Column("sector", "Sector", 30.0, 90.0), Column("product", "Product", 90.0, 170.0),
               Column("serial", "#", 170.0, 190.0), Column("district", "District", 190.0, 300.0)]
    lines = [_at(520.0, ("Jute", 93.4, 110.0), size=10.0),
             _at(534.0, ("Handicraft", 38.4, 83.9), ("Bamboo", 93.4, 125.0), ("81", 172.4, 183.5), ("Ganjam", 251.6, 290.0), size=10.0),
             _at(548.0, ("Craft", 93.4, 115.0), size=10.0),
             _at(566.5, ("Textiles", 38.4, 72.8), ("Electronics", 93.4, 142.3), ("82", 172.4, 183.5), ("Kanniyakumari", 251.6, 317.7), size=10.0),
             _at(580.5, ("Manufacturing", 93.4, 156.7), size=10.0),
             _at(594.5, ("Cluster", 93.4, 125.0), ("(Mobile", 127.8, 160.6), size=10.0),
             _at(608.5, ("Phones", 93.4, 127.3), ("and", 130.1, 146.7), size=10.0),
             _at(622.5, ("Components)", 93.4, 153.4), size=10.0),
             _at(641.0, ("Orthodox", 93.4, 134.5), ("Tea", 137.2, 154.4), size=10.0),
             _at(655.0, ("Handicraft", 38.4, 83.9), ("(Black)", 93.4, 124.5), ("and", 127.3, 143.9), ("83", 172.4, 183.5),
                 ("Thoothukudi", 251.6, 306.6), size=10.0),
             _at(669.0, ("Green", 93.4, 121.1), ("Tea", 123.9, 141.1), size=10.0)]
    page = PageContent(1, 595.0, 842.0, [w for line in lines for w in line])
    rows, setting, _, _ = unruled_rows(page, columns, lines, 500.0, 1, first=True)
    assert setting == "middle"
    assert [row.text("product") for row in rows] == [
        "Jute Bamboo Craft", "Electronics Manufacturing Cluster (Mobile Phones and Components)", "Orthodox Tea (Black) and Green Tea"]


def test_a_line_whose_ink_reaches_up_into_the_headers_last_line_is_the_bodys():
    """Calc set a Bihar table's first product line, "Eri, Muga &", 0.8 pt into the header's
    last line ("identified", foot at 573.4): read as above the body, it was lost, and "Assam
    Silk" stood alone as the product, with no doubt (fuzz 2067100143). A line whose box reaches
    less than a tolerance (1.5 pt) up past the header's foot starts there; one that reaches
    further is the header's, or text clipped under it (a merged cell's printed again)."""
    from pipeline.extract.layers import PageContent
    from pipeline.extract.unruled import unruled_rows
    columns = [Column("serial", "#", 30.0, 82.0), Column("district", "Name of District", 82.0, 226.0),
               Column("product", "Product(s) identified", 226.0, 325.5)]
    lines = [_at(572.6, ("Eri,", 246.3, 262.7), ("Muga", 276.0, 303.3), ("&", 316.7, 324.5), size=9.4),
             _at(584.3, ("1", 37.0, 43.4), ("Purbi", 83.3, 110.0), ("Champaran", 112.0, 170.0), ("Assam", 227.0, 260.1),
                 ("Silk", 263.2, 280.9), size=9.4),
             _at(596.0, ("2", 37.0, 43.4), ("Muzaffarpur", 83.3, 140.0), ("Honey", 227.0, 260.0), size=9.4)]
    page = PageContent(2, 595.0, 842.0, [w for line in lines for w in line])
    rows, _, _, _ = unruled_rows(page, columns, lines, 573.4 + 0.75, 1, first=True)
    assert [row.text("product") for row in rows] == ["Eri, Muga & Assam Silk", "Honey"]
    # through the rule closing the header: the last line of a merged cell's text printed again,
    # clipped to its part below the rule ("Gautam Buddha" / "Nagar" at the foot of the page before)
    ruled = PageContent(2, 595.0, 842.0, page.words, [Rule(35.0, 575.0, 400.0, 575.0)])
    rows, _, _, _ = unruled_rows(ruled, columns, lines, 573.4 + 0.75, 1, first=True)
    assert [row.text("product") for row in rows] == ["Assam Silk", "Honey"]
    # a rule through the box's top tenth runs above its letters' ink: Calc abutted the first row's
    # box 0.1 pt over the rule closing the header, and the row was lost (fuzz 2391700199)
    grazed = PageContent(2, 595.0, 842.0, page.words, [Rule(35.0, 572.7, 400.0, 572.7)])
    rows, _, _, _ = unruled_rows(grazed, columns, lines, 573.4 + 0.75, 1, first=True)
    assert [row.text("product") for row in rows] == ["Eri, Muga & Assam Silk", "Honey"]
    # but a line is where most of its words stand: OCR boxed a dash 2.4 pt taller than the letters
    # beside it, over the rule, and the row "1 Kamrup Metropolitan (i) Rice based products - Poha
    # etc" was lost, its items read as the next row's, in doubt (fuzz 176600122)
    dashed = [lines[1][:4] + [Word("-", 262.0, 266.0, 572.0, 595.5)] + lines[1][4:], lines[2]]
    rows, _, _, _ = unruled_rows(ruled, columns, dashed, 573.4 + 0.75, 1, first=True)
    assert [row.text("product") for row in rows] == ["Assam - Silk", "Honey"]


def test_a_cell_that_ends_on_a_justified_line_spread_to_its_edge_was_cut_short():
    """Calc, justified, a row set too low for its product cell: the lines that did not fit were
    left unprinted, and the last one printed, "Honey 4. Tussar Silk", is spread to the column's
    edge (247.1) as only a line before another is (fuzz 1513300071: "Sarees" lost). A cell's
    last line that ends short of the edge, or at it with its words as close as the column sets
    them (a line that just fitted), ends its text."""
    from pipeline.extract.cells import Row, cut_short

    def cell(*lines: list[tuple[str, float, float]]) -> list[Line]:
        at = [[Word(text, x0, x1, 100.0 + 14 * k, 108.0 + 14 * k) for text, x0, x1 in line] for k, line in enumerate(lines)]
        return cell_lines(at, 247.1, 121.0)
    rows = [Row(3, {"product": cell([("1.", 121.0, 129.4), ("Uppada", 133.1, 170.2), ("Jamdani", 173.1, 212.2), ("Sarees", 215.9, 247.1)],
                                    [("2.", 121.0, 129.4), ("Leather", 139.9, 175.9), ("Products", 186.3, 228.2), ("3.", 238.7, 247.1)],
                                    [("Honey", 121.0, 151.4), ("4.", 164.8, 173.2), ("Tussar", 186.6, 217.7), ("Silk", 231.1, 247.1)])}),
            Row(3, {"product": cell([("1.", 121.0, 129.4), ("Mangalagiri", 133.4, 189.8), ("Sarees", 193.9, 225.1), ("and", 229.1, 247.0)],
                                    [("Fabrics", 121.0, 154.2), ("2.", 162.0, 170.4), ("Walnut", 178.2, 211.7), ("Wood", 219.4, 247.0)],
                                    [("Carving", 121.0, 157.1)])}),
            Row(3, {"product": cell([("1.", 121.0, 129.4), ("Mango", 134.2, 167.3), ("Pulp", 172.2, 193.2), ("2.", 198.0, 206.4),
                                     ("Cane", 211.2, 235.0), ("&", 239.7, 247.1)],
                                    [("Bamboo", 121.0, 160.8), ("Furniture", 164.1, 208.0), ("Items", 211.0, 247.1)])})]
    assert cut_short(rows) == {(0, "product")}


def test_a_justified_line_that_ends_short_of_the_columns_edge_ends_an_item():
    """reportlab, justified, products one a line: "Red Sander & Wood Carvings" ends 21 pt short
    of the edge (231.9) with its words a space apart, and "Jaggery" would not have fitted after
    it; read as a wrap and left in doubt (fuzz 2764400196). A wrapped line is spread to the edge,
    so this one was broken by hand: "Jaggery" is an item. Where no lines are spread to an edge
    (a ragged column), the width decides as before."""
    from pipeline.extract.cells import Row, settle_justified_breaks

    def cell(*lines: list[tuple[str, float, float]]) -> list[Line]:
        at = [[Word(text, x0, x1, 100.0 + 14 * k, 108.0 + 14 * k) for text, x0, x1 in line] for k, line in enumerate(lines)]
        return cell_lines(at, 232.0, 43.0)
    spread = [cell([("Coconut", 43.0, 89.7), ("&", 107.4, 116.3), ("Coconut", 134.1, 180.8), ("based", 198.5, 231.9)],
                   [("products", 43.0, 93.5), ("(Jaggery)", 96.6, 147.7)]),
              cell([("Electronics", 43.0, 106.2), ("Manufacturing", 145.9, 231.9)],
                   [("Cluster", 43.0, 84.0), ("(Mobile)", 87.1, 130.0)]),
              cell([("Uppada", 43.0, 87.2), ("Jamdani", 130.0, 178.2), ("Sarees", 194.7, 231.9)],
                   [("Honey", 43.0, 80.2), ("Kiwi", 83.3, 109.7)])]
    products = cell([("Red", 43.0, 64.7), ("Sander", 67.8, 108.2), ("&", 111.4, 120.3), ("Wood", 123.4, 157.2), ("Carvings", 160.3, 210.5)],
                    [("Jaggery", 42.9, 85.8)])
    products[1].break_unsure = True
    # Calc: 0.8 pt short of the edge, its words a space apart: not spread, as a wrap's line would be (fuzz 7131700106)
    close = cell([("Rice", 43.0, 60.0), ("based", 63.1, 85.0), ("products-Poha", 88.1, 200.0), ("etc", 203.1, 231.1)], [("Honey", 43.0, 67.0)])
    rows = [Row(2, {"product": lines}) for lines in [*spread, products, close]]
    settle_justified_breaks(rows, lambda row: ["product"])
    assert (products[1].hard_break, products[1].break_unsure) == (True, False) and close[1].hard_break
    assert not any(lines[1].hard_break for lines in spread)
    ragged = cell([("Red", 43.0, 64.7), ("Sander", 67.8, 108.2), ("&", 111.4, 120.3), ("Wood", 123.4, 157.2), ("Carvings", 160.3, 210.5)],
                  [("Jaggery", 42.9, 85.8)])
    settle_justified_breaks([Row(2, {"product": ragged}), Row(2, {"product": products})], lambda row: ["product"])
    assert not ragged[1].hard_break


def test_a_justified_line_spread_from_a_glyph_not_read_begins_an_item_in_doubt():
    """Writer, justified, bulleted items one a line, scanned at 300 dpi: OCR lost the bullets it
    read far from their words ("•" at the cell's start, "Mangalagiri" spread to its edge), and
    "Raja Rani Dolls Mangalagiri Sarees and Fabrics" was read as one item with no doubt (fuzz
    1966300063). A justified line starts where the column's lines do, or at a hanging indent
    other texts share: one spread to the edge from well past both lost a glyph before it. In a
    column of bullets it is the bullet; else it parts items; in doubt either way."""
    from pipeline.extract.cells import Row, settle_justified_breaks

    def cells(bullet: str) -> list[list[Line]]:
        def line(text: str, x1: float, x0: float = 205.9, spacing: float = 0.0) -> Line:
            return Line(text.replace("• ", bullet), x1, x0=x0, room=71.0, size=10.0, spacing=spacing)
        return [[line("• Bamboo Shoots", 276.8, spacing=8.0), line("• Rice based", 276.8, spacing=9.0),
                 line("products - Poha", 276.8, spacing=7.0), line("etc", 216.3)],
                [line("• Raja Rani Dolls", 276.8, spacing=6.0), line("Mangalagiri", 276.8, x0=231.1),
                 line("Sarees and", 276.8, spacing=12.0), line("Fabrics", 233.2)],
                [line("• Stone Carving", 276.8, spacing=10.0), line("• Kiwi Fruit", 240.0, spacing=2.0)],
                [line("• Leather Products", 250.0, spacing=2.0)]]

    bulleted, plain = cells("• "), cells("")
    for found in (bulleted, plain):
        settle_justified_breaks([Row(1, {"product": lines}) for lines in found], lambda row: ["product"])
        assert [line.lost_start for lines in found for line in lines].count(True) == 1 and found[1][1].lost_start
    assert split_products(bulleted[1]) == ["Raja Rani Dolls", "Mangalagiri Sarees and Fabrics"]
    assert split_products(plain[1]) == ["Raja Rani Dolls", "Mangalagiri Sarees and Fabrics"] and plain[1][1].break_unsure


def test_a_justified_line_spread_from_past_the_columns_hanging_indent_lost_its_bullet():
    """reportlab, justified, bullets before items one a line, scanned at 200 dpi: OCR lost the
    bullet of "•   Apple & Apple-based" and the item was read as the wrap of "Saffron" above,
    with no doubt (unseen fuzz 2411700155). Its text starts 1.6 em past the column's start, short
    of the 1.75 em a column with no markers needs; but the column's markers are a bullet and a
    space wide, and a hanging indent sets the text after them no further. Past that by half an
    em, a line spread to the edge lost a glyph before it."""
    from pipeline.extract.cells import Row, settle_justified_breaks

    def line(text: str, x0: float, x1: float, spacing: float = 0.0) -> Line:
        return Line(text, x1, x0=x0, room=125.2, size=10.7, spacing=spacing, first_width=2.9 if text[:1] == "•" else 20.0)

    cells = [[line("• Saffron", 358.0, 392.2, 3.2), line("Apple & Apple-based", 375.3, 483.2, 14.4), line("Products", 358.3, 393.2)],
             [line("• Woollen Shawls, Stoles &", 358.0, 483.2, 8.6), line("Carpets", 358.0, 389.3)],
             [line("• Cane & Bamboo Furniture &", 358.0, 483.2, 7.9), line("Decorative Items", 358.0, 435.0, 3.2)],
             [line("• Fisheries/Marine products", 358.0, 467.0, 3.2)]]
    settle_justified_breaks([Row(1, {"product": lines}) for lines in cells], lambda row: ["product"])
    assert [line.text for lines in cells for line in lines if line.lost_start] == ["• Apple & Apple-based"]
    assert split_products(cells[0]) == ["Saffron", "Apple & Apple-based Products"]


def test_a_spread_line_whose_next_word_would_have_fitted_on_it_unspread_was_broken_by_hand():
    """Writer, justified, a cell's items parted by line breaks inside one paragraph: each line
    but the cell's last is spread to the edge (299.5), a break by hand as a wrap, so "Blue
    Pottery" / "Dry Fish" / "Saffron" measured as full lines and was read as one item (fuzz
    4461700111). The engine fills a line before it spreads it: set with the column's own spaces
    (2.2 pt, as its cells' last lines show), "Blue Pottery" leaves room for "Dry", and "Dry
    Fish" for "Saffron". "Processed Pork" unspread has no room for "Red": still a wrap."""
    from pipeline.extract.cells import Row, settle_justified_breaks

    def cell(*lines: tuple[str, float, float, float]) -> list[Line]:
        return [Line(text, x1, x0=235.6, room=64.0, size=9.0, spacing=spacing, first_width=first, break_unsure=bool(k))
                for k, (text, x1, spacing, first) in enumerate(lines)]

    items = cell(("Blue Pottery", 299.5, 21.0, 17.0), ("Dry Fish", 299.6, 34.48, 14.0), ("Saffron", 262.6, 0.0, 27.0))
    wrapped = cell(("Pottery", 261.6, 0.0, 26.0), ("Processed Pork", 299.5, 10.98, 36.0), ("Red Sander &", 299.5, 8.68, 14.5),
                   ("Wood Carvings", 292.3, 2.2, 22.0))
    settle_justified_breaks([Row(1, {"product": items}), Row(1, {"product": wrapped})], lambda row: ["product"])
    assert split_products(items) == ["Blue Pottery", "Dry Fish", "Saffron"] and not any(line.break_unsure for line in items)
    assert not any(line.hard_break for line in wrapped)
    # a spread line spans its cell's room, which the column's words may overstate: Chromium
    # wrapped "1. Bobbili" / "Veena 2." where "Veena" needs 82 pt of a cell's 79.5 (fuzz 1241700172)
    inline = [Line("1. Bobbili", 432.6, x0=353.1, room=86.6, size=10.0, spacing=34.24, first_width=7.4),
              Line("Veena 2.", 432.6, x0=353.0, room=86.6, size=10.0, spacing=36.0, first_width=30.4),
              Line("Etikoppaka", 408.0, x0=353.0, room=86.6, size=10.0, first_width=55.0)]
    more = [Line("Toys 3. Cane &", 432.6, x0=353.1, room=86.6, size=10.0, spacing=8.4, first_width=17.0),
            Line("Bamboo Items", 420.0, x0=353.1, room=86.6, size=10.0, spacing=3.18, first_width=40.0)]
    settle_justified_breaks([Row(1, {"product": inline}), Row(1, {"product": more})], lambda row: ["product"])
    assert not any(line.hard_break for line in inline + more)
    assert not any(line.settled for line in wrapped + inline + more)  # Writer may spread a line it broke by hand


def test_where_the_engine_spreads_no_line_broken_by_hand_a_spread_line_was_wrapped():
    """Chromium, justified, items one a line: CSS leaves a line before a forced break unspread,
    as reportlab does a line before <br/>, so "Brass & Bell Metal", spread to the column's edge
    (348.56), was wrapped: "Utensils" goes on the item, surely; it was left in doubt (fuzz
    512100029: 17 rows doubted on an exact document). So does Calc, whose cell's lines are
    paragraphs, each ending unspread ("Walnut Wood" spread, / "Carving": fuzz 3224900110, 9 rows
    doubted fewer). Writer spreads a line before its manual line break."""
    from pipeline.extract.cells import Row, settle_justified_breaks, spreads_only_wrapped_lines

    def cells() -> list[list[Line]]:
        return [[Line("Brass & Bell Metal", 348.56, x0=224.6, room=124.1, size=9.0, spacing=15.46, first_width=40.1),
                 Line("Utensils", 261.9, x0=224.6, room=124.1, size=9.0, first_width=40.1, break_unsure=True)],
                [Line("Processing (Tomato,", 348.58, x0=224.6, room=124.1, size=9.0, spacing=34.18, first_width=30.0),
                 Line("Onion, Potato)", 290.2, x0=224.6, room=124.1, size=9.0, spacing=2.85, first_width=33.0)],
                [Line("Orthodox Tea (Black) and", 348.59, x0=224.6, room=124.1, size=9.0, spacing=5.32, first_width=20.0),
                 Line("Green Tea", 271.4, x0=224.6, room=124.1, size=9.0, spacing=2.85, first_width=33.2)]]
    for producer, settled in [("Skia/PDF m156", True), ("ReportLab PDF Library - www.reportlab.com", True), ("LibreOffice 7.4; Calc", True),
                              ("LibreOffice 7.4; Writer", False)]:
        lines = cells()
        settle_justified_breaks([Row(1, {"product": cell}) for cell in lines], lambda row: ["product"], spreads_only_wrapped_lines(producer))
        assert [(cell[1].settled, cell[1].break_unsure, cell[1].hard_break) for cell in lines] == [
            (settled, not settled, False), (settled, False, False), (settled, False, False)], producer


def test_a_word_past_its_columns_edge_is_its_own_only_where_a_text_engine_would_set_it_so():
    """Writer, justified, no padding: the sectors start where the products' lines end (270.1), so
    no white parts the columns and the edge is drawn at 301, inside "Handicraft" (fuzz
    6128300083). A word runs past its cell's edge only alone on its line, from where the column's
    lines start (too wide for any line): "Handicraft", 80 pt further in, may be the next column's,
    and its row is in doubt; "Fisheries/Marine", a browser's word too wide for its cell, is not."""
    from pipeline.extract.layers import PageContent
    from pipeline.extract.unruled import unruled_rows
    columns = [Column("serial", "#", 30.0, 64.0), Column("district", "District", 64.0, 189.0),
               Column("product", "Product", 189.0, 301.0), Column("sector", "Sector", 301.0, 332.0)]
    lines = [_at(345.5, ("1", 37.5, 44.2), ("Kamrup", 73.1, 115.0), ("Dhokra", 189.6, 226.0), ("Metal", 231.4, 270.0), size=8.8),
             _at(362.3, ("Craft", 189.6, 218.9), ("Handicraft", 270.1, 324.7), size=8.8),
             _at(380.0, ("2", 37.5, 44.2), ("Kokrajhar", 73.1, 124.3), ("Fisheries/Marine", 189.6, 310.0), size=8.8),
             _at(396.8, ("Products", 189.6, 236.0), ("Food", 302.0, 330.0), size=8.8)]
    page = PageContent(1, 595.0, 842.0, [w for line in lines for w in line])
    rows, _, _, _ = unruled_rows(page, columns, lines, 330.0, 1, first=True)
    assert [row.text("product") for row in rows] == ["Dhokra Metal Craft Handicraft", "Fisheries/Marine Products"]
    assert [row.overrun for row in rows] == [{"product", "sector"}, set()]
    # a line's last word past an edge drawn short of its cell's (on a page before, in the white
    # between the texts then seen), a space after the word before: the line ran on (fuzz 917300156)
    from pipeline.extract.cells import set_past_edge
    line = [Word("Value-added", 360.1, 406.1, 99.6, 108.6), Word("Foods", 408.4, 430.5, 99.6, 108.6)]
    assert not set_past_edge(line[1], line[0], 236.7)
    apart = [line[0], Word("Textiles", 425.0, 455.0, 99.6, 108.6)]  # 19 pt after: another text
    assert set_past_edge(apart[1], apart[0], 236.7)


def test_lines_stand_apart_by_the_line_their_font_sets_them_on_not_by_their_letters():
    """pdfium's loose boxes reach from a font's ascent to its descent, a "d" or "y" past them:
    "Ready-made" (DejaVu Serif 10 pt) reaches 0.3 pt above "Garments" and 0.45 pt below, so its
    box's top stands 12.2 pt under "Products", a row's pitch, not a line's (11.8). By the
    line most of a word's characters end on, one cell's lines stand as far apart as Calc set
    them (fuzz 6128300114: "Ready-made" was read as a text of its own, given to the row above)."""
    from pipeline.extract.unruled import _pitch
    from pipeline.extract.layers import words_from_chars
    boxes = [(203.9 + 6 * k, 181.18 if c == "d" else 181.49, 209.9 + 6 * k, 191.0 if c == "y" else 190.55) for k, c in enumerate("Ready-made")]
    ready = words_from_chars("Ready-made", boxes)
    assert [(w.text, w.top, w.bottom, w.foot) for w in ready] == [("Ready-made", 181.18, 191.0, 190.55)]
    products = words_from_chars("Products", [(203.9 + 6 * k, 169.0, 209.9 + 6 * k, 178.73) for k in range(8)])
    garments = words_from_chars("Garments", [(203.9 + 6 * k, 193.31, 209.9 + 6 * k, 202.37) for k in range(8)])
    assert round(_pitch(products, ready, 9.4), 2) == round(_pitch(ready, garments, 9.4), 2) == 11.82
    # OCR's boxes are ink, with no font line: from top to top
    assert _pitch(_at(100.0, ("Coir", 10, 30)), _at(112.0, ("Products", 10, 50)), 9.4) == 12.0


def test_a_word_of_letters_below_the_line_stands_as_far_above_its_foot_as_others_of_its_height():
    """reportlab, no rules: "Tertiary" broken in a narrow category cell, "Tertiar" / "y", on every
    row. "y" holds no letter standing on the line, so its line's foot was unknown; a tenth of the
    page's lines so, the white between lines told no rows, and every row of the list was in
    doubt ("row's lines unclear", fuzz 83800062: 122 of 122). A font's letters reach one depth
    below its line: "y" stands as far above its foot as "Primary", of its height, does."""
    from pipeline.extract.layers import words_from_chars
    boxes = [(10.0 + 6 * k, 100.0, 16.0 + 6 * k, 110.45 if c == "y" else 110.0) for k, c in enumerate("Primary")]
    boxes += [(10.0, 120.0, 16.0, 130.45)]
    primary, y = words_from_chars("Primary\ny", boxes[:7] + [(0.0, 0.0, 0.0, 0.0)] + boxes[7:])
    assert (primary.foot, y.text, y.foot) == (110.0, "y", 130.0)


def test_rows_of_several_lines_stand_apart_by_their_padding_where_lines_stand_on_their_fonts_line():
    """Writer, unruled, cells set in the middle, every row two lines high or more: the least
    pitch between serials (41.6 pt) is no row of one line's, so it does not show the rows'
    padding. The lines show it: a cell's stand 15.5 pt apart, two rows' cells 18.3 pt (fuzz
    6128300118: "Kumuram" / "Bheem" / "Asifabad" of two rows were read as one cell)."""
    from collections import defaultdict

    from pipeline.extract.unruled import _aligned_cells

    def at(y, *words):
        return [Word(text, x0, x1, y, y + 10.3, foot=y + 8.2) for text, x0, x1 in words]
    lines = [at(240.8, ("Srikalahasthi", 157.6, 221.6)), at(249.0, ("Kumuram", 75.8, 124.2)), at(256.4, ("Kalamkari", 157.6, 207.2)),
             at(264.4, ("6", 37.5, 43.8), ("Bheem", 75.8, 110.6)), at(272.0, ("Fabrics/Handi", 157.6, 225.1)),
             at(279.8, ("Asifabad", 75.8, 118.6)), at(287.6, ("crafts", 157.6, 185.6)),
             at(306.3, ("Kumuram", 75.8, 124.2)), at(313.7, ("Bobbili", 157.6, 191.2)), at(321.9, ("7", 37.5, 43.8), ("Bheem", 75.8, 110.6)),
             at(329.7, ("Veena", 157.6, 188.8)), at(337.1, ("Asifabad", 75.8, 118.6)),
             at(355.9, ("Kumuram", 75.8, 124.2)), at(363.3, ("Bamboo", 157.6, 198.4)), at(371.3, ("8", 37.5, 43.8), ("Bheem", 75.8, 110.6)),
             at(378.9, ("Craft", 157.6, 181.9)), at(386.7, ("Asifabad", 75.8, 118.6))]
    parts = [{"serial": [w for w in line if w.x0 < 60], "district": [w for w in line if 60 < w.x0 < 150],
              "product": [w for w in line if w.x0 > 150]} for line in lines]
    anchors = [k for k, p in enumerate(parts) if p["serial"]]
    columns_lines = {name: [k for k, p in enumerate(parts) if p[name]] for name in ("district", "product")}
    _, _, setting, runs, _, _ = _aligned_cells(parts, anchors, "serial", None, columns_lines, lambda: defaultdict(int), first=True)
    assert setting == "middle"
    assert [" ".join(w.text for k in run for w in parts[k][name]) for name, run in runs if name == "district"] == [
        "Kumuram Bheem Asifabad"] * 3


def test_a_line_that_holds_more_than_a_states_name_is_no_heading_at_a_pages_foot():
    """Writer split a row at a page's foot: "Eri, Muga" / "& Assam" / (overleaf) "Silk". "& Assam"
    stands alone, 4.8 pt under the line above, and names a state: it was read as the heading of a
    table beginning overleaf, and "Silk" as a line of that table's Total row; both were lost, with
    no doubt (fuzz 5271100085). So was "Muga & Assam" of a centred "Cardamom • Eri," / "Muga &
    Assam" / "Silk" (fuzz 1653400199: "Eri, Silk"). A heading is a state's name and nothing else."""
    from pipeline.extract.table import _heading_at_foot
    above = _at(779.7, ("Tertiary", 42.1, 67.5), ("Eri,", 86.6, 97.1), ("Muga", 98.9, 117.7), ("YSR", 132.6, 144.7),
                ("Kadapa", 146.5, 171.2), ("9", 194.4, 198.4), size=6.9)
    assert _heading_at_foot([above, _at(791.4, ("&", 86.6, 91.7), ("Assam", 93.5, 115.1), size=5.2)]) is None
    assert _heading_at_foot([above, _at(791.4, ("Assam", 44.1, 75.0), size=5.2)]) == 1
    above = _at(534.9, ("Cardamom", 210.4, 245.0), ("•", 246.9, 249.3), ("Eri,", 251.3, 261.8), size=6.0)
    assert _heading_at_foot([above, _at(545.0, ("Muga", 212.4, 229.9), ("&", 231.8, 236.4), ("Assam", 238.4, 259.8), size=4.9)]) is None


def test_a_states_name_set_larger_than_the_body_at_a_pages_foot_is_a_heading_however_close():
    """reportlab set "Assam", the heading of a table beginning overleaf, 8.7 pt under the last
    row's line, in 19 pt line boxes against the body's 16: closer than the body's size, so it was
    read as the last row's product, and Assam's first rows went to Arunachal Pradesh (fuzz
    2764400196). A heading's own style sets it apart as well as white does; a cell's line in the
    body's size, as close, is the cell's."""
    from pipeline.extract.table import _heading_at_foot
    above = _at(729.9, ("Groundnut", 43.0, 106.5), ("Oil", 109.6, 126.0), size=16.1)
    assert _heading_at_foot([above, _at(754.7, ("Assam", 42.0, 88.4), size=19.0)]) == 1
    assert _heading_at_foot([above, _at(754.7, ("Assam", 42.0, 88.4), size=16.1)]) is None


def test_a_states_name_as_tall_as_the_line_above_for_its_descenders_is_set_no_larger():
    """Calc centred a merged state cell across a page break: "Meghalaya" stood at page 1's foot,
    its box overlapping the last row's line, 10 pt tall as "Agarbatti" is, against that line's
    median of 9: read as set larger than the body, it was taken for the heading of a table
    overleaf and left out of the rows, and Meghalaya's rows went to Odisha (fuzz 1993600192, in
    doubt). A line's size is how far its tallest letters rise above the line it stands on."""
    from pipeline.extract.table import _heading_at_foot
    above = _printed("41 37.0 48.4 784.9 792.1 792.1 | Agarbatti 339.2 383.1 784.5 794.5 792.2 | (Incense 385.7 425.3 785.0 793.7 792.2 | "
                     "Sticks) 427.9 457.5 784.5 793.7 792.2")
    assert _heading_at_foot([above, _printed("Meghalaya 104.7 156.3 791.2 801.2 798.9")]) is None
    # set larger: "Meghalaya" in a heading's 12 pt over the body's 10
    assert _heading_at_foot([above, _printed("Meghalaya 104.7 166.6 791.2 803.2 800.4")]) == 1


def test_words_without_a_figure_in_the_serial_column_start_no_row():
    """Writer set a remarks column the header did not name ("GI" / "Status" set in the middle of
    its cell) against the serials: its "GI" / "tagged", two lines in a narrow cell, fell in the
    serial column, and each line began a row of its own, with the product's lines shared out
    among them (fuzz 3846100128: 47 rows wrong). A serial is a number."""
    from pipeline.extract.layers import PageContent
    from pipeline.extract.unruled import unruled_rows
    columns = [Column("product", "ODOP Product", 30.0, 128.0), Column("state", "State Name", 128.0, 197.0),
               Column("serial", "S.No", 259.0, 340.0), Column("district", "Districts", 340.0, 595.0)]
    lines = [_at(98.6, ("Handloom", 42.1, 92.3), size=7.7),
             _at(115.2, ("Fabrics/Handicrafts", 42.1, 118.9), ("Assam", 133.9, 165.0), ("1", 267.1, 272.7), ("GI", 312.7, 321.0),
                 ("Kokrajhar", 346.4, 395.0), size=7.7),
             _at(131.8, ("tagged", 305.0, 330.0), size=7.7),
             _at(160.0, ("Kantha", 42.1, 76.6), size=7.7),
             _at(168.8, ("Assam", 133.9, 165.0), ("2", 267.1, 272.7), ("Kokrajhar", 346.4, 395.0), size=7.7),
             _at(176.7, ("Embroidery", 42.1, 99.4), size=7.7)]
    page = PageContent(1, 595.0, 842.0, [w for line in lines for w in line])
    rows, _, _, _ = unruled_rows(page, columns, lines, 90.0, 1, first=True)
    assert [row.text("product") for row in rows] == ["Handloom Fabrics/Handicrafts", "Kantha Embroidery"]


def test_a_list_that_prints_its_place_on_every_row_starts_no_row_without_one_whatever_the_white(places):
    """A scan of Chromium's, no serials, no rules, the state and district on every row: OCR
    placed "based products" (of "3. Coconut & Coconut") 13.3 pt under its line, where the
    cells' other lines keep 11.8 to 11.9 and rows stand 16 apart (fuzz 291170123): the white
    read it as a row of its own, with no state or district, and the product went out as two,
    with no doubt. The white tells rows only as the page's other evidence allows: a list that
    prints its place on every row's first line starts no row without one."""
    from pipeline.extract.layers import PageContent
    from pipeline.extract.unruled import unruled_rows
    columns = [Column("state", "State/UT", 30.0, 200.0), Column("district", "Name of District", 200.0, 340.0),
               Column("product", "Name of the Product", 340.0, 595.0)]

    def line(y: float, state: str = "", district: str = "", product: str = "") -> list[Word]:
        return [Word(text, x, x + 5.5 * len(text), y, y + 10, foot=y + 8)
                for text, x in ((state, 40.0), (district, 210.0), (product, 350.0)) if text]
    lines = [line(100, "Arunachal Pradesh", "Lower Dibang Valley", "1. Bamboo Craft"), line(111.8, product="2. Kantha Embroidery"),
             line(123.7, product="3. Coconut & Coconut"), line(137, product="based products"),
             line(153, "Arunachal Pradesh", "Pakke-Kessang", "Organic Ginger"), line(169, "Assam", "Kamrup Metropolitan", "Kiwi"),
             line(185, "Assam", "Kokrajhar", "1. Dry Fish"), line(196.9, product="2. Spices")]
    page = PageContent(1, 595.0, 842.0, [w for words in lines for w in words])
    rows, _, _, _ = unruled_rows(page, columns, lines, 90.0, 1, first=True, wraps=[], rows_apart=[], places=places)
    assert [(row.text("district"), [line.text for line in row.cells["product"]]) for row in rows] == [
        ("Lower Dibang Valley", ["1. Bamboo Craft", "2. Kantha Embroidery", "3. Coconut & Coconut", "based products"]),
        ("Pakke-Kessang", ["Organic Ginger"]), ("Kamrup Metropolitan", ["Kiwi"]), ("Kokrajhar", ["1. Dry Fish", "2. Spices"])]


def test_a_word_a_clip_cuts_is_read_in_doubt(tmp_path):
    """A browser prints a word too wide for a table's last column past the area the page shows,
    and hides its end: the glyphs past the clip's edge are drawn cut, or not at all (a word that
    ends right at the edge may go on). The word is read as far as it shows, and its row is in
    doubt; a row whose text the clip leaves whole is not."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    from pipeline import quality
    from pipeline.extract import extract

    path = tmp_path / "clipped.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(420, 300))
    clip = pdf.beginPath()
    clip.rect(20, 20, 330, 260)  # the area the page shows: x up to 350
    pdf.clipPath(clip, stroke=0, fill=0)
    pdf.setFont("Helvetica", 10)
    rows = [("Sl. No.", "State", "District", "Product"), ("1", "Kerala", "Idukki", "Cardamom"),
            ("2", "Kerala", "Wayanad", "Coffee Processing Industries"), ("3", "Kerala", "Kollam", "Cashew"),
            ("4", "Kerala", "Kannur", "Handloom Fabrics"), ("5", "Kerala", "Kasaragod", "Coir Products")]
    for n, row in enumerate(rows):
        for x, text in zip((30, 70, 150, 240), row):
            if text == "Handloom Fabrics":  # its last letter's advance ends at the clip's edge
                x = 350 - stringWidth(text, "Helvetica", 10)
            pdf.drawString(x, 250 - 20 * n, text)
    pdf.save()
    extraction = extract(path)
    assert [r["product"] for r in extraction.records] == ["Cardamom", "Coffee Processing Indust", "Cashew", "Handloom Fabrics",
                                                          "Coir Products"]
    assert quality.report(extraction).review_column() == ["", "text cut off at an edge", "", "text cut off at an edge", ""]



def _list_of_product_lines(path, rows):
    """A list without rules, its header and rows (serial, state, district, product lines) drawn
    line by line in Helvetica 10, each row 10 pt below the last line of the one before."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(420, 300))
    pdf.setFont("Helvetica", 10)
    y = 270
    for row in [("Sl. No.", "State", "District", ["Product"]), *rows]:
        for x, text in zip((30, 70, 150), row[:3]):
            pdf.drawString(x, y, text)
        for k, line in enumerate(row[3]):
            pdf.drawString(240, y - 12 * k, line)
        y -= 12 * len(row[3]) + 10
    pdf.save()
    return path


def test_a_cells_list_that_begins_past_its_first_marker_lost_its_start(tmp_path):
    """Calc, text at the foot of a row set too low for it: the cell's first line, "(i)
    Ready-made", is not printed, and the list shows "Garments" / "(ii) Raja Rani" / "Dolls"
    (fuzz 3098900011: "Garments" read with no doubt). A cell's first marker past a list's first
    tells that items before it were lost or lost their marker: each of the cell's products is in
    doubt; a list from its first marker is not, nor a name with a letter and a point."""
    from pipeline import quality
    from pipeline.extract import extract

    path = _list_of_product_lines(tmp_path / "late-list.pdf", [
        ("1", "Kerala", "Idukki", ["(i) Cardamom", "(ii) Tea"]), ("2", "Kerala", "Wayanad", ["Garments", "(ii) Raja Rani", "Dolls"]),
        ("3", "Kerala", "Kollam", ["B. Tech Kits"]), ("4", "Kerala", "Kannur", ["Turmeric c) Blue", "Pottery d) Kiwi"])])
    extraction = extract(path)
    assert [r["product"] for r in extraction.records] == ["Cardamom", "Tea", "Garments", "(ii) Raja Rani Dolls", "B. Tech Kits",
                                                          "Turmeric", "Blue Pottery", "Kiwi"]
    assert quality.report(extraction).review_column() == ["", "", "text cut off at an edge; product list marker", "text cut off at an edge; product list marker", ""] + [
        "text cut off at an edge"] * 3

def test_a_cells_list_that_ends_on_its_next_marker_lost_its_end(tmp_path):
    """Calc, text at the top of a row set too low for it: the cell's last line is not printed,
    and its list ends on the marker of the item that line held ("(iii) Coconut based products
    (iv)" / "Carpets (Bhadohi)" unprinted, fuzz 517300020: read with no doubt). The items read
    are right, but one is missing: the cell's last item is in doubt. A list that ends on an item
    is not."""
    from pipeline import quality
    from pipeline.extract import extract

    path = _list_of_product_lines(tmp_path / "cut-list.pdf", [
        ("1", "Kerala", "Idukki", ["(i) Cardamom (ii) Tea"]), ("2", "Kerala", "Wayanad", ["(i) Pottery (ii) Coconut", "based products (iii)"]),
        ("3", "Kerala", "Kollam", ["Cashew"])])
    extraction = extract(path)
    assert [r["product"] for r in extraction.records] == ["Cardamom", "Tea", "Pottery", "Coconut based products", "Cashew"]
    assert quality.report(extraction).review_column() == ["", "", "", "text cut off at an edge", ""]


def test_a_line_a_clip_shows_only_the_tails_of_its_descenders_is_not_read(tmp_path):
    """Calc prints a merged cell's text in the middle of its rows, on each page the cell spans,
    clipped to the part on that page (fuzz 993100098). Where the middle falls just above the
    part on the next page, under its header, only the tail of the "y" of "Madhya Pradesh" shows:
    the line was read, and joined the header's labels into three rows' state and district. A
    glyph is read across its line by its body, the side of the baseline that holds most of its
    ink; a line cut at a page's foot, the tops of its letters shown, is read whole still."""
    from reportlab.pdfgen import canvas

    from pipeline.extract.layers import pdfium_pages

    path = tmp_path / "tails.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(300, 200))
    pdf.setFont("Helvetica", 10)
    for x, y, text, clip_y in ((20, 150, "Madhya Pradesh", (20, 149.5)),  # below its baseline: the tail of "y" alone
                               (20, 100, "Sarangarh Bilaigarh", (103.5, 200)),  # only above its bodies' foot
                               (150, 150, "Kerala", None)):
        pdf.saveState()
        if clip_y:
            clip = pdf.beginPath()
            clip.rect(0, clip_y[0], 300, clip_y[1] - clip_y[0])
            pdf.clipPath(clip, stroke=0, fill=0)
        pdf.drawString(x, y, text)
        pdf.restoreState()
    pdf.save()
    words = [w.text for w in next(pdfium_pages(path)).words]
    assert sorted(words) == ["Bilaigarh", "Kerala", "Sarangarh"]


def test_rules_a_clip_hides_are_no_rules(tmp_path):
    """Chromium draws the borders of a table cut by a page break again overleaf, clipped to the
    area the page shows: wholly in the top margin, hidden, they boxed the running header as a
    table of its own, read as a row ("12/2/26, 5:08 PM" | "One District One Product (ODOP)",
    fuzz 2158200076). A rule its clip hides is not on the page; one it shows in part is."""
    from reportlab.pdfgen import canvas

    from pipeline.extract.layers import pdfium_pages

    path = tmp_path / "clipped-rules.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(400, 300))
    pdf.saveState()
    clip = pdf.beginPath()
    clip.rect(20, 20, 360, 250)  # the area the page shows: y up to 270
    pdf.clipPath(clip, stroke=0, fill=0)
    for x in (30, 120, 370):  # borders in the top margin, hidden
        pdf.line(x, 272, x, 295)
    pdf.line(30, 280, 370, 280)
    pdf.line(30, 260, 370, 260)  # shown
    pdf.line(200, 250, 200, 290)  # shown in part
    pdf.restoreState()
    pdf.line(30, 10, 370, 10)  # no clip
    pdf.save()
    page = next(pdfium_pages(path))
    assert sorted(round(r.top) for r in page.hrules) == [40, 290]
    assert [(round(r.x0), round(r.top), round(r.bottom)) for r in page.vrules] == [(200, 9, 51)]  # as drawn, with its width


def test_labels_justified_closer_than_their_words_part_where_the_body_parts():
    """Writer justified a narrow table's labels to fill their cells: "District Name" and
    "Product Name" stand 1.4 pt apart, closer than their own words (2.4 pt). No gap between the
    labels is wider than the others, but the body's texts keep to either side of where "Product"
    starts, and to no side of "District" | "Name": the header names the district and the product."""
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    lines = [_at(116.0, ("Serial", 40.5, 67.3), size=7.0),
             _at(124.0, ("District", 71.7, 106.0), ("Name", 108.4, 134.8), ("Product", 136.2, 172.3), ("Name", 174.7, 201.2), size=7.0),
             _at(132.0, ("No.", 46.3, 61.5), size=7.0),
             _at(152.0, ("1", 39.9, 44.9), ("Yadadri", 75.4, 109.3), ("Organic", 138.6, 172.5), size=7.0),
             _at(167.0, ("Bhuvanagiri", 75.4, 128.6), ("Ginger", 138.6, 167.6), size=7.0),
             _at(189.0, ("2", 39.9, 44.9), ("Jayashankar", 75.3, 129.0), ("Raja", 138.6, 157.3), ("Rani", 179.2, 198.9), size=7.0)]
    page = PageContent(1, 595.0, 842.0, [w for line in lines for w in line])
    columns, _, _ = find_header(page, lines, None, hint=False)
    assert [(c.field, c.label) for c in columns][1:] == [("district", "District Name"), ("product", "Product Name")]


def test_a_cell_split_by_a_page_break_is_broken_by_hand_where_the_next_word_fitted():
    """Chromium split a row of products one a line over two pages: "Kiwi" ends page 1 and
    "Stone Carving" begins page 2. "Stone" would have fitted after "Kiwi" in the 160 pt cell, so
    the break was by hand: two products. "Metal)" would not have fitted after "Dhokra Metal Craft
    (Bell": a wrap, one product, however the page break falls."""
    from pipeline.extract.cells import join_across_pages
    head = [Line("Dhokra Metal Craft (Bell", 489.1, x0=363.3, room=160.0, size=11.6)]
    wrap = Line("Metal)", 396.5, need=36.1, x0=363.3, room=160.0, size=11.6)
    assert [line.hard_break for line in join_across_pages(head, [wrap])] == [False, False]
    kiwi = [Line("Kiwi", 385.7, x0=363.3, room=160.0, size=11.6)]
    item = Line("Stone Carving", 430.0, need=32.5, x0=363.3, room=160.0, size=11.6)
    joined = join_across_pages(kiwi, [item])
    assert [line.hard_break for line in joined] == [False, True] and split_products(joined) == ["Kiwi", "Stone Carving"]


def test_a_word_broken_by_a_page_break_is_judged_by_its_rests_own_width():
    """Writer broke "Lacquerware/Wooden" at a page's foot, a word too wide for its 54.3 pt cell:
    "re/Woode" (48.2 pt) ends page 7 and "n Toys (iii)" begins page 8. The rest "n" is 6.3 pt of
    DejaVu Sans at 10 pt, so the word would not have fitted: one word, joined without a space. Its
    share of its line's letters (4.3 pt) made it look as if it had (fuzz 1983700105: "Woode n", in
    doubt)."""
    from pipeline.extract.cells import join_across_pages
    head = [Line("re/Woode", 168.7, x0=120.5, room=54.3, size=10.0)]
    rest = Line("n Toys (iii)", 172.6, x0=120.5, room=54.3, size=10.0, need=9.5, first_width=6.3)
    joined = join_across_pages(head, [rest])
    assert (joined[1].joiner, joined[1].word_broken, joined[1].word_maybe_broken) == ("", True, False)


def test_a_lists_next_marker_after_a_page_break_is_no_words_rest():
    """Writer split "a) Sal Leaf Plates b) Processed Prawns/Shrimp c) Coconut & ..." over two
    pages: page 7 begins "Processed" / "Prawns/Shrimp" / "c) Coconut &", the line before full.
    On page 7 alone "c)" counts nothing, and reads as the rest of a word broken at the edge
    ("Prawns/Shrimpc)"); after the break, the list counts "a)", "b)": it is the next marker
    (fuzz 2037800026: one product, in doubt)."""
    from pipeline.extract.cells import join_across_pages, join_lines

    text = "Processed\nPrawns/Shrimp\nc) Coconut &\nCoconut based"
    boxes, x, y = [], 203.4, 0.0
    for c in text:
        boxes.append((x, y, x + 4.0, y + 9.0))
        x, y = (203.4, y + 11.2) if c == "\n" else (x + 4.0, y)
    words = words_from_chars(text.replace("\n", " "), boxes)
    tail = cell_lines([words[:1], words[1:2], words[2:5], words[5:]], 255.4, 203.4)
    assert tail[2].word_broken and join_lines(tail) == "Processed Prawns/Shrimpc) Coconut & Coconut based"
    head = [Line("a) Sal Leaf", 254.0, x0=203.4, room=52.0, size=9.0), Line("Plates b)", 240.0, x0=203.4, room=52.0, size=9.0)]
    joined = join_across_pages(head, tail)
    assert split_products(joined) == ["Sal Leaf Plates", "Processed Prawns/Shrimp", "Coconut & Coconut based"]


def test_a_word_a_browser_ran_past_the_table_to_the_printable_areas_edge_may_be_cut():
    """Chromium let "Lacquerware/Wooden" run 12 pt past the table's outer rule (547 pt) and
    dropped the glyphs that would start past the printable area, writing no clip: the page reads
    "Lacquerware/Wood", its advance ending at 559 pt, where the area ends as far from the page's
    right edge (595 pt) as the table's left rule (36 pt) stands from its left (fuzz 1993600036:
    three rows wrong, no doubt). A word run past the rule that stops short of there was painted
    whole; so was one inside the table."""
    from pipeline.extract.layers import PageContent, cut_past_table_edge
    words = [*_at(640.9, ("Lacquerware/Wood", 449.7, 559.0)), *_at(660.0, ("Fabrics/Handicrafts", 449.7, 552.0)),
             *_at(680.0, ("Brassware", 466.5, 524.6))]
    page = cut_past_table_edge(PageContent(1, 594.96, 841.92, words, [], [Rule(x, 100.0, x, 800.0) for x in (36.0, 444.0, 547.0)]))
    assert [w.cut for w in page.words] == [True, False, False]


def test_a_table_set_at_its_rows_foot_ends_its_last_row_on_its_serials_line():
    """Cells set at the foot of their rows end on the serial's line: where a page's table ends
    on its last serial's line, that row ended there (a row the page break cut goes on below its
    serial), so the lines atop the next page are the next row's, not a tail. Where a line stands
    below the last serial, a row goes on overleaf."""
    from pipeline.extract.layers import PageContent
    from pipeline.extract.unruled import unruled_rows
    columns = [Column("serial", "#", 30.0, 60.0), Column("district", "District", 60.0, 200.0), Column("product", "Product", 200.0, 400.0)]
    lines = [_at(100.0, ("Handloom", 205, 250), size=10.0),
             _at(112.0, ("1", 35, 40), ("Idukki", 65, 100), ("Sarees", 205, 240), size=10.0),
             _at(132.0, ("Coir", 205, 225), size=10.0),
             _at(144.0, ("2", 35, 40), ("Kollam", 65, 100), ("Products", 205, 250), size=10.0)]
    tail = [_at(156.0, ("Cashew", 205, 245), size=10.0)]

    def read(lines):
        page = PageContent(1, 595.0, 842.0, [w for line in lines for w in line])
        rows, setting, ended, _ = unruled_rows(page, columns, lines, 90.0, 1, first=True)
        return [row.text("product") for row in rows], setting, ended
    assert read(lines) == (["Handloom Sarees", "Coir Products"], "bottom", True)
    assert read(lines + tail)[2] is False


def test_whether_a_word_would_have_fitted_is_judged_by_the_tables_widest_line_on_any_page():
    """Without rules, a column's room is its widest line. Where a page's widest product line,
    "Pickles, Papad & Spices", is as wide as another page's, "Saffron" would not have fitted
    after it, and may be a wrap; where an earlier page of the table printed a line far wider,
    it would have: a break by hand. One text printed twice reaches as far twice, and shows no
    edge."""
    from pipeline.extract.unruled import MAYBE, _room_before, _runs_on, _widest_texts
    lines = [_at(100.0, ("Pickles,", 413.0, 447.0), ("Papad", 450.0, 476.0), ("&", 479.0, 487.0), ("Spices", 490.0, 518.0), size=10.0),
             _at(112.0, ("Saffron", 413.0, 446.0), size=10.0),
             _at(124.0, ("Pickles,", 413.0, 447.0), ("Papad", 450.0, 476.0), ("&", 479.0, 487.0), ("Spices", 490.0, 518.0), size=10.0),
             _at(136.0, ("Honey", 413.0, 442.0), size=10.0)]
    parts = [{"product": line} for line in lines]
    columns = {"product": [0, 1, 2, 3]}
    def runs_on(widest: dict) -> dict:
        return _runs_on(parts, list(_room_before(parts, columns, _widest_texts(parts, columns, widest))), set())
    assert runs_on({})[0, 1, "product"] == 0  # after the widest text alone, twice: nothing to tell
    assert runs_on({"product": {"Mango Pulp & Juice": 105.0}})[0, 1, "product"] == MAYBE  # another as wide
    widest = {"product": {"Electronics Manufacturing Cluster (Mobile Phones)": 300.0}}
    assert runs_on(widest)[0, 1, "product"] == 0
    assert set(widest["product"]) == {"Electronics Manufacturing Cluster (Mobile Phones)", "Pickles, Papad & Spices"}


def test_a_line_ended_on_the_space_it_was_wrapped_at_surely_goes_on():
    """Writer, no rules, rows abutting, a product list one item a line: "3) Kondapalli " ends on
    the space LibreOffice wrapped it at, and "Toys" would not have fitted after it. Read as maybe
    going on, the rows' middles parted "Toys" from it and gave it to the next row (unseen fuzz
    2739100089). The engine wrapped there: the text goes on. A line without the space is still
    only maybe the same text's."""
    from pipeline.extract.unruled import MAYBE, SURELY, _room_before, _runs_on, _widest_texts
    lines = [_at(484.9, ("3)", 182.4, 190.0), ("Kondapalli", 193.0, 246.5), size=8.0), _at(496.0, ("Toys", 182.4, 206.2), size=8.0),
             _at(520.0, ("1)", 182.4, 190.0), ("Orthodox", 193.0, 240.5), size=8.0)]
    parts = [{"product": line} for line in lines]
    columns = {"product": [0, 1, 2]}
    def runs_on() -> dict:
        return _runs_on(parts, list(_room_before(parts, columns, _widest_texts(parts, columns, {"product": {"Cotton Sarees": 70.0}}))), set())
    assert runs_on()[0, 1, "product"] == MAYBE
    lines[0][-1].wrapped = True
    assert runs_on()[0, 1, "product"] == SURELY and runs_on()[1, 2, "product"] == 0  # (a counted list opens its cell)


def test_a_word_ended_by_the_space_its_line_was_wrapped_at_is_known_on_a_turned_page():
    """LibreOffice draws the space it wrapped a line at. On a page stored turned (/Rotate 90)
    pdfium's box of a word's last glyph may end short of the word's own foot ("i" of
    "Kondapalli" above the foot of its "p"): the word ending where the glyph ends, on its line,
    is the one wrapped there. Matched by the foot too, no word with a descender was."""
    from pipeline.extract.layers import pdfium_pages
    pdf = Path(__file__).parent / "fixtures" / "fuzz_sample" / "fuzz-2739100089-writer.pdf"
    page = next(pdfium_pages(pdf, [5]))
    wrapped = [w.text for w in page.words if w.wrapped]
    assert wrapped[:6] == ["processing:", "Millet-based", "Value-added", "Rani", "made", "Venkatagiri"]
    assert "Kondapalli" in wrapped and "Toys" not in wrapped and "Dolls" not in wrapped


def test_a_space_that_ends_its_lines_text_is_known_where_pdfium_breaks_no_line_after_it():
    """LibreOffice draws the space it wrapped a line at, and pdfium may not break its text there:
    on a page stored turned it runs "Stone " / "Carving" together (fuzz 460700087, /Rotate 90),
    and a row broken by the page's foot leaves "Dhokra Metal " beside the next cell's "Textiles"
    on one line (fuzz 1562800123). Such a space ends its line's text: on a line below, or well
    before the next glyph. A word's space on its line ends where the next word starts."""
    from pipeline.extract.layers import pdfium_pages
    folder = Path(__file__).parent / "fixtures" / "fuzz_sample"
    turned = [w.text for w in next(pdfium_pages(folder / "fuzz-460700087-writer.pdf", [1])).words if w.wrapped]
    assert turned[:4] == ["Stone", "Carpets", "and", "Middle"] and "Nicobars" not in turned
    words = next(pdfium_pages(folder / "fuzz-1562800123-writer.pdf", [2])).words
    assert [w.text for w in words if w.wrapped][-2:] == ["&", "Metal"]
    assert not any(w.wrapped for w in words if w.text in ("Dhokra", "Textiles", "Mohla-Manpur-"))


def test_a_header_block_that_begins_inside_a_broken_label_ranks_below_the_whole_header():
    """Calc broke "Serial" and "Remarks" in their narrow cells ("Seria" / "l No.", "Remark" /
    "s"). The header's last two lines alone map as many fields as all three ("s" reads as a
    serial's label, "l No." as none), but a label that begins in lower case is the rest of a
    word broken above: the header begins a line higher."""
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    lines = [_at(126.4, ("Seria", 38.3, 70.3), ("Remark", 417.2, 465.6), size=10.3),
             _at(133.0, ("State/UT", 113.6, 167.6), ("Districts", 212.9, 265.8), ("Products", 315.0, 370.0), size=10.3),
             _at(139.6, ("l", 39.7, 43.9), ("No.", 47.7, 68.9), ("s", 438.2, 444.4), size=10.3),
             _at(161.8, ("1", 37.0, 44.0), ("Kerala", 73.6, 110.0), ("Idukki", 209.5, 245.0), ("Cardamom", 271.3, 332.6), ("New", 415.7, 441.2), size=10.3),
             _at(175.0, ("2", 37.0, 44.0), ("Kerala", 73.6, 110.0), ("Wayanad", 209.5, 259.9), ("Coffee", 271.3, 310.0), ("GI", 415.7, 430.0), size=10.3)]
    page = PageContent(1, 595.0, 842.0, [w for line in lines for w in line])
    columns, (top, _), _ = find_header(page, lines, None, hint=False)
    assert [c.field for c in columns] == ["serial", "state", "district", "product", None] and top == 126.4


def test_a_header_block_that_begins_under_a_word_broken_above_it_is_no_header():
    """Calc, a grid: "Remarks" broken in its narrow cell ("Remark" / "s"), the other labels set in
    the middle of the header row. The block of the labels' line and "s" mapped a field more than
    the whole header ("s" read as a serial's label), and outranked it: the remarks were read as
    serials, and the rows of a page with none as the tails of the rows before ("Assam Assam",
    "West Karbi Anglong Dima Hasao": fuzz 2468900119, unseen seed 24689). A label that begins in
    lower case under a word of the line above is that word's rest: the block begins inside the
    header, whatever its labels map."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.grid import find_grids
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import pdfium_pages
    page = next(pdfium_pages(Path(__file__).parent / "fixtures" / "fuzz_sample" / "fuzz-2468900119-calc.pdf", [1]))
    columns, (top, _), _ = find_header(page, group_lines(page.words), find_grids(page)[0], hint=False)
    assert [c.field for c in columns] == ["state", "district", "product", "sector", None] and [c.label for c in columns][-1] == "Remarks"


def test_a_header_block_does_not_end_between_the_interleaved_lines_of_one_header_row():
    """Calc broke "Remarks" in its narrow cell ("Remark" / "s") and set each label in the middle
    of the header row, so the one-line labels stand level with the gap between "Remark" and "s".
    The one-line labels alone map as many fields as the whole row (remarks are no field), but
    the lines interleave: the header is all three, and the remarks have a column of their own
    (else "GI tagged" reads into the district: "Nicobars New")."""
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    lines = [_at(97.4, ("Remark", 229.5, 264.7), size=8.4),
             _at(102.7, ("State", 44.3, 68.9), ("Name", 71.7, 97.9), ("Name", 128.9, 155.1), ("of", 157.9, 167.1),
                 ("District", 169.8, 203.5), ("Sector", 289.3, 318.9), ("#", 358.3, 365.1), ("Products", 437.7, 478.3), size=8.4),
             _at(108.3, ("s", 244.6, 249.4), size=8.0),
             _at(119.9, ("Andaman", 37.0, 75.8), ("Nicobars", 107.2, 142.7), ("New", 227.3, 245.0), ("Food", 268.8, 288.7),
                 ("1", 341.5, 346.6), ("Pickles", 383.8, 414.3), size=8.4),
             _at(142.3, ("Agriculture", 268.8, 313.5), ("2", 341.5, 346.6), ("Sugarcane", 383.8, 427.1), size=8.4),
             _at(164.6, ("GI", 227.3, 235.9), ("Agriculture", 268.8, 313.5), ("3", 341.5, 346.6), ("Honey", 383.8, 410.0), size=8.4),
             _at(175.0, ("tagged", 227.3, 255.9), size=8.4)]
    page = PageContent(1, 595.0, 842.0, [w for line in lines for w in line])
    columns, (top, bottom), _ = find_header(page, lines, None, hint=False)
    assert [c.field for c in columns] == ["state", "district", None, "sector", "serial", "product"]
    assert (top, bottom) == (97.4, 116.3)


def test_a_line_whose_number_counts_on_below_is_a_row_wherever_its_serial_stands():
    """Chromium printed the category first and the serial fourth: the first row's line ("Secondary
    Dadra and Nagar Haveli ... 1 Coffee (Araku)") starts with no number, and read with the
    labels above it mapped more fields ("Secondary" names the products of a sector), so the
    header swallowed the row and every row after it ran together (fuzz 530300162). Its "1" has
    "2" under it two lines down, as a row's serial has and no label."""
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    lines = [_at(79.0, ("Category", 88.9, 124.4), ("State/UT", 236.5, 271.0), ("District", 371.2, 400.1), ("S.No", 473.5, 491.8),
                 ("Product", 637.0, 667.9), size=10.0),
             _at(99.2, ("Secondary", 42.0, 80.0), ("Dadra", 183.4, 205.3), ("and", 207.6, 220.6), ("Nagar", 222.8, 244.8),
                 ("Daman", 336.2, 362.2), ("1", 447.2, 451.7), ("Coffee", 530.1, 557.0), ("(Araku)", 559.0, 590.0), size=10.0),
             _at(109.7, ("and", 183.4, 196.4), ("Diu", 198.6, 212.1), size=10.0),
             _at(118.0, ("Secondary", 42.0, 80.0), ("Daman", 336.2, 362.2), ("2", 447.2, 451.7), ("Brassware", 530.1, 567.5), size=10.0),
             _at(136.7, ("Primary", 42.0, 71.0), ("3", 447.2, 451.7), ("Cashew", 530.1, 558.6), size=10.0)]
    page = PageContent(1, 842.0, 595.0, [w for line in lines for w in line])
    columns, (top, bottom), _ = find_header(page, lines, None, hint=False)
    assert [c.field for c in columns] == ["category", "state", "district", "serial", "product"] and bottom == 89.0


def test_a_word_printed_over_the_next_cells_text_and_read_broken_puts_both_in_doubt():
    """Chromium drew "Thiruvananthapuram", too wide for its cell, over "Turmeric" in the cell
    beside, and the text layer put a space inside the word under it: "Tu" | "rmeric". Both
    cells are in doubt. A text printed over and read whole ("Primary" under "Ramanathapuram",
    as most are) is not; nor is a word in lower case beyond the covering word."""
    from pipeline.extract.cells import printed_over
    district = _at(110.0, ("Thiruvananthapuram", 150.6, 256.2), size=11.6)[0]
    assert printed_over(district, _at(110.0, ("Tu", 225.4, 235.5), ("rmeric", 237.3, 268.6), size=11.6))
    assert not printed_over(district, _at(110.0, ("Turmeric", 225.4, 268.6), size=11.6))
    assert not printed_over(district, _at(110.0, ("Turmeric", 225.4, 268.6), ("and", 270.0, 285.0), size=11.6))
    assert not printed_over(district, _at(140.0, ("Tu", 225.4, 235.5), ("rmeric", 237.3, 268.6), size=11.6))  # a line below
    # Chromium drew "Handicraft" over "Uttara", its last "t" on the second "t" of the word under
    # it, and pdfium kept one of the two: "Ut" | "ara", a letter's gap under the covering word
    # (fuzz 2620700043: 4 rows wrong, with no doubt). Beyond the word, a gap is a space
    sector = _at(450.0, ("Handicraft", 253.8, 307.4), size=12.0)[0]
    assert printed_over(sector, _at(450.0, ("Ut", 293.8, 303.9), ("ara", 307.8, 325.5), ("Kannada", 329.0, 376.5), size=12.0))
    assert not printed_over(sector, _at(450.0, ("Uttara", 293.8, 325.5), ("Kannada", 329.0, 376.5), size=12.0))
    assert not printed_over(sector, _at(450.0, ("Lahaul", 293.8, 330.0), ("and", 333.3, 352.0), size=12.0))


def test_a_merged_cells_text_goes_on_overleaf_past_rows_left_blank():
    """Writer printed a state's cell merged over three rows across a page break: "Dadra and" /
    "Nagar Haveli" / "and Daman" at the first row of it on page 1, the second row blank, and
    "and Diu" atop page 2. Going on as no name begins, "and Diu" goes on the page's last text of
    its column, though a blank row stands between; a new name overleaf ("Goa") does not."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _join_run_on_cells

    def read(overleaf: str) -> list[str]:
        first = Row(1, cells={"state": [Line("Dadra and", 84.2), Line("Nagar Haveli", 111.9), Line("and Daman", 106.5)]})
        above = [first, Row(1, cells={"district": [Line("Daman", 147.5)]})]
        below = Row(2, cells={"state": [Line(overleaf, 90.0)]})
        _join_run_on_cells(above, below)
        return [row.text("state") for row in [*above, below]]
    assert read("and Diu") == ["Dadra and Nagar Haveli and Daman and Diu", "", "Dadra and Nagar Haveli and Daman and Diu"]
    assert read("Goa") == ["Dadra and Nagar Haveli and Daman", "", "Goa"]


def _merged_page(rows: list[float], states: list[tuple[str, float]], total: float | None = None):
    """The body of an unruled page as `merged_spans` takes it: a row of one line at each of
    `rows` (serial, product), each state's text on a line of its own, and a Total row."""
    lines = sorted([(y, 0, str(k + 1)) for k, y in enumerate(rows)] + [(y, 1, text) for text, y in states])
    parts = [{"serial": [Word(text, 40, 46, y, y + 10)], "product": [Word("Tea", 200, 220, y, y + 10)]} if kind == 0
             else {"state": [Word(text, 80, 120, y, y + 10)]} for y, kind, text in lines]
    anchors = [j for j, p in enumerate(parts) if "serial" in p]
    if total is not None:
        anchors.append(len(parts))
        parts.append({"product": [Word("Total", 200, 230, total, total + 10)]})
    owner = [max((i for i in anchors if i <= j), default=anchors[0]) for j in range(len(parts))]
    return parts, anchors, owner, [("state", [j]) for j, p in enumerate(parts) if "state" in p]


def test_a_spreadsheet_centres_a_merged_cell_on_the_whole_cell_across_a_page_break():
    """Calc prints a merged cell's text in the middle of the whole cell, on whichever page holds
    it. On page 1 "Goa" stands centred on rows 4 and 5, and row 6 at the foot is the next page's
    cell's ("Punjab", centred over row 6 and page 2's first three rows: higher on page 2 than the
    middle of its part there). Read as the last text's, row 6 took "Goa" (4 rows of a real list
    in the wrong state)."""
    from collections import defaultdict
    from pipeline.extract.merged import merged_spans
    merged: dict[str, str] = {}
    def spans(parts, anchors, owner, runs, **page):
        spanned, _, unsure, below, ends = merged_spans(parts, anchors, "serial", owner, runs, False, "middle", lambda: defaultdict(int), merged, **page)
        row = {j: int(parts[j]["serial"][0].text) for j in anchors if "serial" in parts[j]}
        return ({parts[lines[0]]["state"][0].text: row[a] for (a, _), lines in spanned.items()}, unsure,
                {f: row[a] for f, a in below.items()}, ends)
    page1 = _merged_page([100, 120, 140, 160, 180, 200], [("Kerala", 120), ("Goa", 170)])
    assert spans(*page1, first=True) == ({"Kerala": 1, "Goa": 4}, set(), {"state": 5}, {"state": 20.0})  # row 6: the next page's
    page2 = _merged_page([100, 120, 140, 160, 180, 200], [("Punjab", 110), ("Assam", 180)], total=220)
    assert spans(*page2, ended={"state": 20.0}) == ({"Punjab": 1, "Assam": 4}, set(), {}, {})


def _rows_of_one_line(texts: dict[int, tuple[str | None, str | None]], count: int = 6, hanging: float | None = None):
    """An unruled page of `count` rows of one line, as `merged_spans` takes it: by row (from 1),
    the state's and district's texts printed level with it (None: blank); and each text a run.
    With `hanging`, the text layer tells each line's foot, its boxes' bottom, and the product's
    letters hang that far below it (its "y", its "g")."""
    parts = []
    for row in range(1, count + 1):
        y = 100 + 15 * row
        foot = {} if hanging is None else {"foot": y + 10}
        state, district = texts.get(row, (None, None))
        parts.append({"serial": [Word(str(row), 40, 46, y, y + 10, **foot)],
                      "product": [Word("Tea", 300, 320, y, y + 10 + (hanging or 0.0), **foot)],
                      **({"state": [Word(state, 60, 100, y, y + 10, **foot)]} if state else {}),
                      **({"district": [Word(district, 120, 180, y, y + 10, **foot)]} if district else {})})
    return parts, list(range(count)), [(field, [j]) for j, p in enumerate(parts) for field in ("state", "district") if field in p]


def test_a_tables_district_cells_are_merged_as_its_state_cells_are():
    """Calc set every merged cell at its foot, in rows of one line: each state's and district's
    text stands level with a row, which fits a cell set at the top as well as one at the foot.
    The state's show it (the list's first row has no state: its cell is the first text's, set
    lower), and one table sets its merged cells alike, so the districts' texts end their cells
    too. Read each in its own row, every district after the first took the rows of the one
    before (fuzz 2931100124: 20 wrong rows, none in doubt)."""
    first_rows, merged, unsure = _first_rows_read(
        *_rows_of_one_line({3: ("Kerala", "Kollam"), 1: (None, "Idukki"), 4: (None, "North Goa"), 6: ("Goa", "South Goa")}), "top")
    assert first_rows == {"Kerala": 1, "Goa": 4, "Idukki": 1, "Kollam": 2, "North Goa": 4, "South Goa": 5}
    assert merged == {"state": "bottom", "district": "bottom"} and not unsure


def _first_rows_read(parts, anchors, runs, setting: str):
    """The first row (from 1) each state's and district's text spans on a list's first page of
    merged cells whose rows set their cells so (`setting`); where the page sets merged cells; the
    texts in doubt."""
    from collections import defaultdict
    from pipeline.extract.merged import merged_spans
    merged: dict[str, str] = {}
    spanned, _, unsure, _, _ = merged_spans(parts, anchors, "serial", anchors, runs, True, setting, lambda: defaultdict(int), merged,
                                            first=True)
    return {parts[lines[0]][field][0].text: a + 1 for (a, field), lines in spanned.items()}, merged, unsure


def test_a_merged_text_at_its_cells_foot_ends_level_with_its_last_rows_line_by_their_feet():
    """Calc, rules under the header only, state and district cells merged, their texts at the
    foot as the rows set their own cells. "Andaman" ends its cell on the line "Bobbili Veena" and
    "Primary" stand on, but "Primary" hangs 2 pt below it: measured by their ink, every
    district's text stood 2 pt above the foot of a cell spanning rows, and as well at the foot of
    its own row, so each was read printed once in its cell's first row, and took the rows of the
    next district (fuzz 2137700102: F1 0.66). Where the text layer tells the lines' feet, a text
    at the foot ends level with its last row by them."""
    texts = {2: (None, "Idukki"), 4: ("Kerala", "Kollam"), 6: (None, "North Goa"), 8: ("Goa", "South Goa")}
    first_rows, merged, unsure = _first_rows_read(*_rows_of_one_line(texts, count=8, hanging=2.0), "bottom")
    assert first_rows == {"Kerala": 1, "Goa": 5, "Idukki": 1, "Kollam": 3, "North Goa": 5, "South Goa": 7}
    assert merged == {"state": "bottom", "district": "bottom"} and not unsure


@pytest.mark.parametrize("sector", [True, False])
def test_a_state_printed_once_in_the_middle_of_its_first_row_is_that_rows_where_rows_set_their_cells_so(sector):
    """Writer, no rules, each state printed once in the first of its rows, the cells below left
    blank. A row's product cell of three lines fills it, so its first line stands at the row's
    top; the sector's one line, and the state's, stand in the row's middle, as the row sets its
    cells. "Goa" in the middle of row 3 stands as well centred on a merged cell over rows 2 to 4,
    and was read so: row 2 took Goa (fuzz 1243200183: F1 0.69, 34 wrong rows). The rows' own
    shorter cells show where a row sets them, and a text set so in its row is that row's own.
    Without a sector, the districts show it, printed in every row (Calc, fuzz 1966300130: F1
    0.49): a column with a text in every row has no merged cell."""
    from collections import defaultdict
    from pipeline.extract.merged import merged_spans
    parts = []
    for row, state in enumerate(["Kerala", None, "Goa", None]):
        y = 100 + 50 * row
        for line, product in enumerate(["Coir &", "Coir", "Products"]):
            parts.append({"product": [Word(product, 200, 240, y + 12 * line, y + 12 * line + 10)]})
        middle = parts[-2]
        if sector:
            middle["sector"] = [Word("Textiles", 300, 340, y + 12, y + 22)]
        middle["district"] = [Word(f"D{row}", 120, 180, y + 12, y + 22)]
        if state:
            middle["state"] = [Word(state, 60, 100, y + 12, y + 22)]
    anchors = [0, 3, 6, 9]
    owner = [3 * (j // 3) for j in range(len(parts))]
    runs = [(field, [j]) for j, p in enumerate(parts) for field in ("state", "district") if field in p]
    merged: dict[str, str] = {}
    spanned, _, unsure, _, _ = merged_spans(parts, anchors, "product", owner, runs, True, "top", lambda: defaultdict(int), merged,
                                            first=True)
    first_rows = {parts[lines[0]][field][0].text: anchors.index(a) + 1 for (a, field), lines in spanned.items()}
    assert first_rows == {"Kerala": 1, "Goa": 3} and merged["state"] == "own" and not unsure


def test_the_districts_in_its_rows_tell_which_rows_a_state_text_spans(places):
    """Rows of one line, every cell set at its foot: a state's text level with a row fits a
    merged cell that ends there as well as the first of rows printed once, the cells below left
    blank. The page cannot tell; the districts can. Calc set each state at the foot of its cell
    (fuzz 3846100030): read as printed once, Kerala's districts went to Karnataka and Madhya
    Pradesh's to Kerala, 76 rows of 86 wrong. The same texts at the head of their rows are read
    so: the directory only chooses where the page leaves the choice open."""
    from collections import defaultdict
    from pipeline.extract.merged import merged_spans

    def first_rows(texts: dict[int, tuple[str | None, str | None]], directory) -> tuple[dict[str, int], dict]:
        parts, anchors, runs = _rows_of_one_line(texts)
        merged: dict[str, str] = {}
        spanned, *_ = merged_spans(parts, anchors, "serial", anchors, runs, True, "bottom", lambda: defaultdict(int), merged,
                                   first=True, last=True, directory=directory)
        return {parts[lines[0]][field][0].text: a + 1 for (a, field), lines in spanned.items() if field == "state"}, merged

    at_foot = {1: ("Karnataka", "Uttara Kannada"), 2: (None, "Idukki"), 3: ("Kerala", "Thiruvananthapuram"),
               4: (None, "Agar Malwa"), 6: ("Madhya Pradesh", "Chhindwara")}
    assert first_rows(at_foot, None)[0] == {"Karnataka": 1, "Kerala": 3, "Madhya Pradesh": 6}  # the page alone
    assert first_rows(at_foot, places) == ({"Karnataka": 1, "Kerala": 2, "Madhya Pradesh": 4}, {"state": "bottom", "district": "bottom"})
    at_head = {1: ("Karnataka", "Uttara Kannada"), 2: ("Kerala", "Idukki"), 3: (None, "Thiruvananthapuram"),
               4: ("Madhya Pradesh", "Agar Malwa"), 5: (None, "Chhindwara")}
    assert first_rows(at_head, places)[0] == {"Karnataka": 1, "Kerala": 2, "Madhya Pradesh": 4}


def test_a_run_of_lines_the_directory_names_whole_is_not_parted_between_rows(places):
    """Chromium set "Mohla-Manpur-" / "Ambagarh" / "Chouki" at the top of a merged district cell,
    rows abutting: "Chouki" stood level with the next row's serial, as a row's own text, and
    the run was parted there ("Mohla-Manpur-Ambagarh" and "Chouki", fuzz 3361900041). The
    directory names the whole run and neither part: it is one text."""
    from collections import defaultdict
    from pipeline.extract.merged import merged_spans
    printed = [(610.6, "33", "Etikoppaka Toys", "Mohla-Manpur-"), (620.3, None, None, "Ambagarh"), (624.1, "34", "Jaggery", None),
               (630.1, None, None, "Chouki"), (637.6, "35", "Mangalagiri Sarees", None), (651.8, "36", "Coffee", "Gaurela-Pendra-"),
               (661.6, None, None, "Marwahi")]
    parts = [{field: [Word(text, x0, x1, y, y + 9.3)] for field, text, x0, x1 in
              (("serial", serial, 442.5, 452.6), ("product", product, 119.1, 180.0), ("district", district, 367.1, 420.0)) if text}
             for y, serial, product, district in printed]
    runs = [("district", [0, 1, 3]), ("district", [5, 6])]

    def texts(directory) -> list[str]:
        spanned, *_ = merged_spans(parts, [0, 2, 4, 5], "serial", [0, 0, 2, 2, 4, 5, 5], runs, True, "top", lambda: defaultdict(int), {},
                                   first=True, last=True, directory=directory)
        return [" ".join(w.text for j in lines for w in parts[j][field]) for (_, field), lines in sorted(spanned.items())]
    assert texts(None) == ["Mohla-Manpur- Ambagarh", "Chouki", "Gaurela-Pendra- Marwahi"]  # the page alone
    assert texts(places) == ["Mohla-Manpur- Ambagarh Chouki", "Gaurela-Pendra- Marwahi"]


def test_a_run_of_names_each_in_its_row_parts_between_the_names_the_directory_tells_apart(places):
    """Chromium set each district at the foot of its merged cell, rows abutting, so the column's
    lines made one run: "Sarangarh-" / "Bilaigarh" (a name broken after its hyphen, over two
    rows), then a district a row, each too long to have fitted after the one before. One part
    surely going on ran the whole run into one text, four districts over six rows (fuzz
    7183700068). Parts that surely go on are one text; the rest part where the directory names
    each and not the two as one, and, in doubt, where it names one of them only (it spells
    "Gaurella Pendra Marwahi"); with no directory, one text in doubt."""
    from pipeline.extract.cells import MAYBE, SURELY
    from pipeline.extract.merged import merged_spans
    parts, anchors, runs = _rows_of_one_line({2: (None, "Sarangarh-"), 3: (None, "Bilaigarh"), 4: (None, "Mohla-Manpur-Ambagarh Chouki"),
                                              5: (None, "Gaurela-Pendra-Marwahi"), 6: (None, "Janjgir-Champa")})
    runs = [("district", [1, 2, 3, 4, 5])]
    goes_on = {(1, 2, "district"): SURELY, **{(j, j + 1, "district"): MAYBE for j in range(2, 5)}}

    def read(directory) -> tuple[dict[str, int], set[int]]:
        spanned, _, unsure, _, _ = merged_spans(parts, anchors, "serial", anchors, runs, True, "bottom", lambda: goes_on,
                                                {"district": "bottom"}, first=True, last=True, directory=directory)
        return ({" ".join(w.text for j in lines for w in parts[j][field]): a + 1 for (a, field), lines in spanned.items()},
                {a + 1 for _, a in unsure})
    assert read(places) == ({"Sarangarh- Bilaigarh": 1, "Mohla-Manpur-Ambagarh Chouki": 4, "Gaurela-Pendra-Marwahi": 5,
                             "Janjgir-Champa": 6}, {4, 5, 6})
    texts, unsure = read(None)
    assert len(texts) == 1 and unsure


def test_the_directory_reads_a_place_broken_inside_a_word_at_a_cells_edge(places):
    """Calc set "Madhya / Pradesh" at the foot of a merged state cell, and "Maharashtr" / "a" at
    the foot of the next, the two abutting: read as one text, eleven rows' state was "Madhya
    Pradesh Maharashtra" (fuzz 7482100149). The directory names each apart, a word's rest in
    lower case joined to the word before, and not the two as one; a connector is no word's rest."""
    from pipeline.extract.merged import names_apart, names_whole
    assert names_apart(places, "state", ["Madhya Pradesh", "Maharashtr a"])
    assert not names_apart(places, "state", ["Madhya", "Pradesh"])
    assert names_whole(places, "state", ["Dadra and Nagar Haveli and", "Daman and Diu"])
    assert names_whole(places, "district", ["Jayashankar Bhupalp", "ally"])


def test_a_merged_cell_centred_on_its_rows_down_to_the_foot_ended_there():
    """Where a spreadsheet's last merged text on a page stands centred on its rows down to the
    foot ("Goa", rows 3-6), its cell ended there: the next page's rows above its first text are
    that text's, its cell running on past the foot ("Punjab", lower than the middle of the
    page's rows). Read alone, the next page let them be the cell's from the page before, as
    "Punjab" stands as well centred on rows 3-6 (5 rows of a real list read as Goa's)."""
    from collections import defaultdict
    from pipeline.extract.merged import merged_spans
    merged: dict[str, str] = {}
    def read(parts, anchors, owner, runs, **page):
        spanned, _, _, _, ends = merged_spans(parts, anchors, "serial", owner, runs, False, "middle", lambda: defaultdict(int), merged, **page)
        row = {j: int(parts[j]["serial"][0].text) for j in anchors}
        return {parts[lines[0]]["state"][0].text: row[a] for (a, _), lines in spanned.items()}, ends
    page1 = _merged_page([100, 120, 140, 160, 180, 200], [("Kerala", 110), ("Goa", 170)])
    assert read(*page1, first=True) == ({"Kerala": 1, "Goa": 3}, {"state": 0.0})
    page2 = _merged_page([100, 120, 140, 160, 180, 200], [("Punjab", 170)])
    assert read(*page2, ended={"state": 0.0}) == ({"Punjab": 1}, {})
    assert read(*page2) == ({"Punjab": 3}, {"state": 0.0})  # alone, the page cannot tell


def test_rows_above_a_pages_first_text_set_at_the_top_of_its_cell_run_on_from_the_page_before():
    """Writer set each merged district cell's text at its top, rows set in the middle (a serial
    centred on a product of two lines): each district stands level with its first row's first
    line. Under the header printed again, the page's first rows have no district: they run on
    from the page before's last cell. Read as the first text's cell, set at its foot, the
    districts after it were pushed a row or two down (fuzz 2486200138: 5 rows in the wrong
    district, 3 in no doubt). Only under the list's first header are such rows the first text's."""
    from collections import defaultdict
    from pipeline.extract.merged import merged_spans
    printed = [("Eri (Cocoon and/Fabric)", None), ("Uppada Jamdani/Sarees", "Pakke-Kessang"), ("Groundnut Oil", None),
               ("Coffee (Araku)", None), ("Banana Fibre/Products", "Kamrup Metropolitan"), ("Apple & Apple-/based Products", None),
               ("Processed Pork", "Kokrajhar"), ("Mango Pulp", "South Salmara-Mankachar"), ("Apple & Apple-/based Products", None),
               ("Blue Pottery", None), ("Saffron", "West Karbi Anglong"), ("Handmade Paper/Products", "Dima Hasao"), ("Kiwi", None)]
    parts, anchors, owner, y = [], [], [], 100.0
    for serial, (product, district) in enumerate(printed, 11):
        lines = product.split("/")
        first = len(parts)
        for k, line in enumerate(lines):
            parts.append({"product": [Word(line, 40.0, 40.0 + 5 * len(line), y + 12.5 * k, y + 12.5 * k + 9)],
                          **({"district": [Word(district, 160.0, 160.0 + 5 * len(district), y, y + 9)]} if district and not k else {})})
        middle = y + 12.5 * (len(lines) - 1) / 2
        if len(lines) == 1:
            parts[first]["serial"] = [Word(str(serial), 300.0, 310.0, middle, middle + 9)]
            anchors.append(first)
        else:  # the serial on a line of its own, between the product's
            parts.insert(first + 1, {"serial": [Word(str(serial), 300.0, 310.0, middle, middle + 9)]})
            anchors.append(first + 1)
        owner += [anchors[-1]] * (len(parts) - len(owner))
        y += 12.5 * len(lines) + 8
    runs = [("district", [j]) for j, p in enumerate(parts) if "district" in p]

    def first_rows(**page) -> dict[str, int]:
        spanned, *_ = merged_spans(parts, anchors, "serial", owner, runs, True, "middle", lambda: defaultdict(int), {}, **page)
        return {parts[lines[0]]["district"][0].text: int(parts[a]["serial"][0].text) for (a, _), lines in spanned.items()}
    at_top = {"Pakke-Kessang": 12, "Kamrup Metropolitan": 15, "Kokrajhar": 17, "South Salmara-Mankachar": 18, "West Karbi Anglong": 21,
              "Dima Hasao": 22}
    assert first_rows(split_at_top=True) == at_top
    assert first_rows(first=True)["Pakke-Kessang"] == 11  # under the list's first header: no cell runs on into the table


def test_a_header_ruled_above_and_below_holds_a_labels_last_letter_however_far_down():
    """Writer broke "identified" in a narrow header cell ("identifie" / "d") and set "d" 11 pt
    under it, its other lines 1 pt apart; rules above and below the header, none between rows'
    lines. "d" is above the rule under the header, so it is the header's, not the tail of the
    table above (fuzz 2764400042: "Leather Products d", with no doubt). A rule that falls under
    the first serial's line closes that row, not the header: the line above it stays the row's."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    printed = ("उत्पाद 169.3 197.7 214.0 223.4|क्र.सं. 40.0 66.1 232.3 243.0|Product( 156.9 209.9 233.2 244.2|जिला 99.0 124.9 241.7 252.7|"
               "Sr. 44.7 61.5 253.7 262.5|s) 178.1 188.7 253.1 264.1|District 89.0 134.7 263.2 272.5|No 44.7 61.5 273.7 282.4|"
               "identifie 157.7 209.1 273.1 282.4|d 179.5 187.3 293.1 302.3|Eri, 155.1 175.0 314.5 325.4|Muga 179.6 211.6 314.9 326.5|"
               "1 37.5 44.2 334.8 343.5|Jagatsinghpur 68.5 148.7 334.4 346.4|& 155.1 164.0 334.8 343.6|Assam 174.3 211.7 334.8 343.6|"
               "Silk 155.1 176.2 354.3 363.5")
    words = _printed(printed)
    header_rules = [Rule(35.0, 208.1, 214.0, 208.1), Rule(35.0, 310.4, 214.0, 310.4), Rule(35.0, 371.6, 214.0, 371.6)]
    _, (_, bottom), _ = find_header(PageContent(3, 595.0, 842.0, words, header_rules), group_lines(words), None)
    assert bottom == 302.3
    no_rule_under = [header_rules[0], header_rules[2]]
    _, (_, bottom), _ = find_header(PageContent(3, 595.0, 842.0, words, no_rule_under), group_lines(words), None)
    assert bottom == 282.4


def test_a_total_row_that_counts_none_of_the_rows_read_above_it_is_a_doubt_on_the_list():
    """Calc, rules at the header only: the first row's box reached 0.1 pt over the rule closing
    the header, and the row was lost; the Total row printed 44, with 42 products read, and no
    finding said so (fuzz 2391700199). A Total row sums what stands above it (from the list's
    start, or from the Total before): products, districts or serials; where it prints a number
    that none of them counts, rows were lost or read into others."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _records

    def row(serial: str, district: str, product: str) -> Row:
        cells = {"serial": [Line(serial, 20.0)] if serial else [], "state": [Line("Odisha", 60.0)] if serial else [],
                 "district": [Line(district, 60.0)], "product": [Line(product, 60.0)]}
        return Row(cells=cells, page=2)

    rows = [row("1", "Puri", "1. Tea 2. Honey"), row("2", "Khordha", "Cashew"), row("", "Total", "3")]
    assert _records(rows, {})[1] == []
    for count in ("2 districts, 3 products", "2"):  # what it counts: products, districts or serials
        assert _records(rows[:2] + [row("", "Total", count)], {})[1] == []
    records, doubts = _records(rows[:2] + [row("", "Total", "4")], {})
    assert len(records) == 3 and [(k, check) for k, check, _ in doubts] == [(None, "rows")]
    assert "page 2: the Total row prints 4, but the 3 products read above it, in 2 districts, count to none of it" in doubts[0][2]
    # a state's subtotal counts the rows since the Total before; the grand total all of them
    subtotals = rows + [row("3", "Cuttack", "Silver Filigree"), row("", "Total", "1"), row("", "Grand Total", "4")]
    assert _records(subtotals, {})[1] == []
    assert [k for k, _, _ in _records(subtotals[:-1] + [row("", "Grand Total", "5")], {})[1]] == [None]


def test_a_districts_blank_in_a_new_states_first_row_is_in_doubt_in_each_row_that_carries_it():
    """A district's merged cell ends with its state's, so a state's first row with its district
    blank was read wrong, or the row above was: a header's last letter read as a row of the next
    state's table, carrying the district of the state above (fuzz 2764400042). Each row that
    carries the district down is in doubt; the next district's are not."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _records

    def row(state: str, district: str, product: str) -> Row:
        cells = {"state": [Line(state, 60.0)], "product": [Line(product, 60.0)]}
        return Row(cells={**cells, "district": [Line(district, 60.0)] if district else []}, page=3)

    rows = [row("Assam", "Dima Hasao", "Tea"), row("Odisha", "", "d"), row("Odisha", "", "Honey"), row("Odisha", "Puri", "Tea")]
    records, doubts = _records(rows, {})
    assert [r["district"] for r in records] == ["Dima Hasao"] * 3 + ["Puri"]
    assert [(k, check) for k, check, _ in doubts] == [(1, "merged cells"), (2, "merged cells")]
    assert "blank in the first row of Odisha; 'Dima Hasao' carried from Assam" in doubts[0][2]


def test_a_state_blank_through_a_page_under_a_cell_closed_above_is_the_directorys(places):
    """Calc set merged cells at their foot and ruled every page's foot: Uttar Pradesh's cell,
    blank through pages 2 and 3, prints its name at its foot on page 4, and Arunachal Pradesh's
    ended at page 1's foot. The blank pages carried "Arunachal Pradesh" with no doubt (fuzz
    5823100091). Such a cell is the one above running on, or one whose text is printed below:
    the directory tells where it places the row's district in either state; without it, the
    text carried is in doubt."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _records

    def row(page: int, state: str, district: str, through: bool = False) -> Row:
        cells = {"state": [Line(state, 60.0)] if state else [], "district": [Line(district, 60.0)], "product": [Line("Tea", 60.0)]}
        return Row(page, cells=cells, runs_through={"state"} if through else set())

    rows = [row(1, "Arunachal Pradesh", "Pakke-Kessang"), row(2, "", "Sant Kabir Nagar", True), row(3, "", "Agra", True),
            row(4, "Uttar Pradesh", "Bulandshahr")]
    records, doubts = _records(rows, {}, places=places)
    assert [r["state"] for r in records] == ["Arunachal Pradesh"] + ["Uttar Pradesh"] * 3 and doubts == []
    records, doubts = _records(rows, {})
    assert [r["state"] for r in records] == ["Arunachal Pradesh"] * 3 + ["Uttar Pradesh"]
    assert [k for k, check, _ in doubts] == [1, 2] and "'Arunachal Pradesh' carried from above, where a later page prints 'Uttar Pradesh'" in doubts[0][2]
    # a cell running on from above, its district placed there: carried, with no doubt
    running_on = [row(1, "Arunachal Pradesh", "Pakke-Kessang"), row(2, "", "Lower Dibang Valley", True), row(3, "Uttar Pradesh", "Agra")]
    records, doubts = _records(running_on, {}, places=places)
    assert [r["state"] for r in records] == ["Arunachal Pradesh"] * 2 + ["Uttar Pradesh"] and doubts == []
    # a district of two states ("Balrampur": Uttar Pradesh and Chhattisgarh) tells where only one of the two has it
    two = [row(1, "Uttar Pradesh", "Ballia"), row(2, "", "Balrampur", True), row(3, "West Bengal", "Purba Medinipur")]
    records, doubts = _records(two, {}, places=places)
    assert [r["state"] for r in records] == ["Uttar Pradesh"] * 2 + ["West Bengal"] and doubts == []

def test_a_merged_cell_that_printed_its_text_in_its_first_part_carries_it_past_the_pages_foot():
    """Chromium ruled a merged cell "Uttar Pradesh" set at its top, open at page 2's foot, blank
    through page 3: each row of page 3 was in doubt, "no later page prints its text", in a list
    read exactly (fuzz 144000068, 28 rows). A cell prints its text once: where its part above
    printed it, the rows below carry it surely. A cell whose part above is blank, its text never
    printed below, still carries the text above in doubt."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _records

    def row(page: int, state: str, district: str, below: bool = False, through: bool = False) -> Row:
        cells = {"state": [Line(state, 60.0)] if state else [], "district": [Line(district, 60.0)], "product": [Line("Tea", 60.0)]}
        return Row(page, cells=cells, text_below={"state"} if below else set(), runs_through={"state"} if through else set())

    printed = [row(2, "Bihar", "Bhagalpur"), row(2, "Uttar Pradesh", "Aligarh", below=True), row(2, "", "Amethi", below=True),
               row(3, "", "Agra", through=True), row(3, "", "Bahraich", through=True)]
    records, doubts = _records(printed, {})
    assert [r["state"] for r in records] == ["Bihar"] + ["Uttar Pradesh"] * 4 and doubts == []
    blank = [row(2, "Bihar", "Bhagalpur"), row(2, "", "Aligarh", below=True), row(3, "", "Agra", through=True)]
    records, doubts = _records(blank, {})
    assert [k for k, _, _ in doubts] == [1, 2] and "no later page prints its text; 'Bihar' carried from above" in doubts[0][2]


def test_a_words_end_drawn_apart_among_the_text_run_over_it_is_put_back():
    """Chromium drew "Agriculture" run past its cell as "Agricultur" and "e", and "Jammu and",
    the next cell's text, over it in between; pdfium put the "e" after "and" ("Jammu e and
    Kashmir", fuzz 2764400118). A glyph further on the line, drawn among a tangled place's
    objects and standing in it, is put back in the order it was drawn."""
    from pipeline.extract.layers import _runs_apart
    text = "AgriculturJammu and e"
    lefts = [40.7, 49.0, 56.6, 61.5, 64.8, 71.4, 79.0, 82.3, 87.0, 94.6, 89.0, 93.2, 100.5, 112.2, 123.9, 0.0, 135.3, 142.6, 150.2, 0.0, 99.4]
    rights = [49.0, 56.6, 61.5, 64.8, 71.4, 79.0, 82.3, 87.0, 94.6, 99.6, 93.2, 100.5, 112.2, 123.9, 131.5, 0.0, 142.6, 150.2, 157.8, 0.0, 106.7]
    boxes = np.array([(a, 300.9, b, 314.8) if b else (0.0, 841.9, 0.0, 841.9) for a, b in zip(lefts, rights)])  # spaces: no box
    objects = [227] * 10 + [229] * 9 + [-1, 228]
    out, _ = _runs_apart(text, boxes, objects.__getitem__, generated=lambda k: k == 19)
    assert out.split() == ["Agriculture", "Jammu", "and"]
    objects[-1] = 230  # drawn after both: another text's
    out, _ = _runs_apart(text, boxes, objects.__getitem__, generated=lambda k: k == 19)
    assert out.split() == ["Agricultur", "Jammu", "and", "e"]


def test_a_mark_drawn_on_its_letter_is_part_of_its_word():
    """Writer, a bilingual header: "क्र.सं." over "#". Its virama ("्", a mark with no advance of its
    own) is drawn inside its "क", and the "र" after it starts 1.3 pt past the mark's ink: the mark
    read as a text drawn over another, and the gap after it as a word's, parted the label into
    "क", "्" and "र.सं.". "क ्" became a column of its own over the serials, which fell out of
    the table: a page's rows were read as one (fuzz 3117000175). A non-spacing mark is drawn on
    its letter; the next letter follows the letter. A spacing one ("ि" of "जिला") has its advance."""
    from pipeline.extract.layers import _runs_apart
    text = "क्र.सं. जिला"
    boxes = np.array([(41.52, 66.6, 48.79, 75.0), (44.74, 66.5, 47.31, 76.1), (48.62, 65.8, 53.07, 75.4), (53.0, 72.0, 56.41, 75.4),
                      (56.32, 65.8, 62.85, 75.4), (60.79, 65.8, 62.5, 68.0), (62.7, 72.0, 66.11, 75.4), (0.0, 0.0, 0.0, 0.0),
                      (98.82, 59.4, 103.44, 67.6), (103.44, 59.4, 108.07, 67.6), (107.92, 60.2, 114.35, 68.6), (114.12, 60.2, 116.68, 68.6)])
    assert [w.text for w in words_from_chars(text, boxes)] == ["क्र.सं.", "जिला"]
    assert _runs_apart(text, boxes, lambda k: 7)[0] == text  # nothing drawn over another's text


def test_a_sign_a_word_ran_over_is_put_back_in_the_order_it_was_drawn():
    """Chromium let "Muzaffarpur" run past its narrow cell, over the bullet the next cell prints in
    its padding; pdfium put the bullet among the word's letters ("Muzaffarpu•r", each glyph an
    object: fuzz 2411700024, "•r Banana Fibre Products" in district "Muzaffarpu"). Neither
    neighbour overlaps it by a fifth of the height, as a text run over another's letters does,
    but both do by a tenth, as no kerned pair of one text does: the place is put back in the
    order drawn, the word whole and the bullet apart."""
    from pipeline.extract.layers import _runs_apart
    text = "rpu•rBana"
    lefts = [220.3, 223.6, 229.2, 232.9, 234.8, 239.1, 245.8, 251.4, 256.9]
    rights = [223.6, 229.2, 234.8, 236.4, 238.1, 245.8, 251.4, 256.9, 262.5]
    boxes = np.array([(a, 330.7, b, 341.8) for a, b in zip(lefts, rights)])
    drawn = [740, 741, 742, 744, 743, 746, 747, 748, 749]
    out, _ = _runs_apart(text, boxes, drawn.__getitem__)
    assert out.split() == ["rpur", "•", "Bana"]
    kerned = boxes.copy()  # a sign overlapped by less on either side stays where it stands
    kerned[3, 0], kerned[4, 0] = 234.0, 235.9
    assert _runs_apart(text, kerned, drawn.__getitem__)[0] == text


def test_glyphs_left_out_right_after_a_places_objects_are_taken_back():
    """Chromium drew "Secondary" run past its cell, then "Dry" over its "ary", a glyph an object;
    pdfium read "r" and "y" of "Dry", drawn over the same glyphs, as a fake bold and left them
    out ("D Fish", fuzz 2067100151, with no doubt). They were drawn right after the place's
    last object, with only glyphs left out between: the place takes them back."""
    from pipeline.extract.layers import _runs_apart
    text = "SecondDary Fish"
    lefts = [384.8, 390.9, 396.8, 402.2, 408.2, 415.6, 421.9, 422.3, 428.3, 433.2, 0.0, 444.1, 450.4, 454.2, 458.8]
    rights = [389.7, 395.6, 401.2, 407.3, 414.7, 421.6, 428.8, 427.5, 433.0, 439.3, 0.0, 449.7, 453.6, 458.2, 465.3]
    boxes = np.array([(a, 535.0, b, 549.0) if b else (0.0, 841.9, 0.0, 841.9) for a, b in zip(lefts, rights)])  # space: no box
    drawn = [925, 926, 927, 928, 929, 930, 934, 931, 932, 933, -1, 938, 939, 940, 941]
    left_out = [("r", (429.8, 535.0, 434.5, 549.0), 935), ("y", (434.7, 535.0, 440.8, 549.0), 936)]
    out, _ = _runs_apart(text, boxes, drawn.__getitem__, lambda: left_out, generated=lambda k: k == 10)
    assert out.split() == ["Secondary", "Dry", "Fish"]
    left_out[0] = ("r", (429.8, 535.0, 434.5, 549.0), 937)  # another object drawn between: not the place's
    out, _ = _runs_apart(text, boxes, drawn.__getitem__, lambda: left_out[:1], generated=lambda k: k == 10)
    assert out.split() == ["Secondary", "D", "Fish"]


def test_no_row_runs_on_into_a_states_own_ruled_table_under_its_heading():
    """Rules between rows, a state's heading above each state's table: a band under Odisha's
    header with no serial ("d", a label's last letter the header did not take) is no tail of
    Assam's last row above the heading ("Leather Products d", fuzz 2764400042, with no doubt),
    but a row of Odisha's own, which its blank district puts in doubt."""
    from pipeline.extract.layers import PageContent
    from pipeline.extract.pdf import _table_rows
    printed = ("Assam 44.1 86.8 14.0 32.0|"
        "क्र.सं. 40.0 66.1 40.7 51.4|Sr. 44.7 61.5 62.1 70.9|No 44.7 61.5 82.1 90.8|जिला 117.0 142.9 50.0 61.0|District 107.0 152.7 71.5 80.8|उत्पाद 210.9 239.3 42.3 51.7|Product(s) 193.2 256.9 61.5 72.5|identified 195.5 254.7 81.5 90.8|4 37.5 44.2 113.3 122.0|South 68.6 101.5 102.9 112.1|Salmara- 139.9 191.0 102.9 112.1|Mankachar 68.6 134.0 122.8 132.0|Groundnut 191.1 254.5 102.9 112.1|Oil 191.1 207.5 122.8 132.0|5 37.5 44.2 154.5 163.3|South 68.6 101.5 144.2 153.4|Salmara- 139.9 191.0 144.2 153.4|Mankachar 68.6 134.0 164.1 173.3|Leather 191.1 235.6 144.2 153.4|Products 191.1 241.4 164.1 173.3|Odisha 44.1 86.8 188.7 207.0|क्र.सं. 40.0 66.1 232.3 243.0|Sr. 44.7 61.5 253.7 262.5|No 44.7 61.5 273.7 282.4|जिला 99.0 124.9 241.7 252.7|District 89.0 134.7 263.2 272.5|उत्पाद 169.3 197.7 214.0 223.4|Product( 156.9 209.9 233.2 244.2|s) 178.1 188.7 253.1 264.1|identifie 157.7 209.1 273.1 282.4|d 179.5 187.3 313.1 322.3|1 37.5 44.2 334.8 343.5|Jagatsinghpur 68.5 148.7 334.4 346.4|& 155.1 164.0 334.8 343.6|Assam 174.3 211.7 334.8 343.6")
    words = _printed(printed)
    hrules = [Rule(35.1, y, x1, y) for y, x1 in ((36.3, 261.2), (98.9, 261.2), (140.1, 261.2), (181.4, 261.2), (208.1, 213.9),
                                                  (310.4, 213.9), (328.0, 213.9), (371.6, 213.9))]
    rows, _, _ = _table_rows(lambda: iter([PageContent(3, 595.3, 841.9, words, hrules)]), None, "", 3)
    assert [(r.text("state"), r.text("serial"), r.text("product")) for r in rows] == [
        ("Assam", "4", "Groundnut Oil"), ("Assam", "5", "Leather Products"), ("Odisha", "", "d"), ("Odisha", "1", "& Assam")]


def test_the_tail_of_a_row_under_its_header_printed_again_is_kept_above_the_next_states_table():
    """Writer split Telangana's last row at the page break: "Kumuram" / "Bheem" at the foot,
    "Asifabad" overleaf under the header printed again, then Uttar Pradesh's heading and table.
    Lines above a page's first header hold no row of their own there, and were dropped as a
    merged cell's text printed again ("Kumuram Bheem", fuzz 3361900053); under the header
    printed again they go on the row the page broke."""
    from pipeline.extract.layers import PageContent
    from pipeline.extract.pdf import _table_rows

    def page(number: int, printed: str) -> PageContent:
        return PageContent(number, 841.9, 595.3, _printed(printed))
    foot = ("Telangana 44.1 93.6 476.0 490.4|Product 38.3 69.3 498.5 510.3|District 76.8 105.8 492.2 504.0|Name 80.1 102.6 504.8 516.6|"
            "S.No 113.8 132.0 498.5 510.3|Bamboo 37.5 68.0 523.1 532.0|Shoots 37.5 62.0 535.7 544.6|Kumuram 72.8 109.3 523.4 532.0|"
            "Bheem 72.8 98.3 535.7 544.6|1 112.6 117.1 523.4 532.0")
    overleaf = ("Product 38.3 69.3 43.0 54.8|District 76.8 105.8 36.7 48.5|Name 80.1 102.6 49.3 61.1|S.No 113.8 132.0 43.0 54.8|"
                "Asifabad 72.8 105.3 67.5 76.5|Uttar 44.1 69.7 86.6 101.0|Pradesh 72.5 110.9 86.6 101.0|Product 49.9 80.9 102.8 114.6|"
                "District 96.7 125.7 102.8 114.6|Name 127.8 150.3 102.8 114.6|S.No 155.0 173.2 102.8 114.6|Etikoppaka 37.5 78.4 121.1 130.0|"
                "Toys 37.5 55.5 134.0 142.6|Gautam 96.1 124.6 121.3 130.0|Buddha 96.1 124.1 133.7 142.6|Nagar 126.3 148.2 134.0 142.6|"
                "1 153.9 158.4 127.7 136.3")
    rows, _, _ = _table_rows(lambda: iter([page(8, foot), page(9, overleaf)]), None, "Writer", 9)
    assert [(r.text("state"), r.text("district"), r.text("product")) for r in rows] == [
        ("Telangana", "Kumuram Bheem Asifabad", "Bamboo Shoots"), ("Uttar Pradesh", "Gautam Buddha Nagar", "Etikoppaka Toys")]


def test_a_place_where_runs_overlap_ends_at_its_line():
    """pdfium's own line breaks are dropped, so the next line's first word runs on from the last
    word of the line before: the overlapping labels "Category" / "District" of a header took
    the first row's "Handicraf" and "Himachal" into their place, and "t", further on that line,
    was left apart ("Himachal t Pradesh", fuzz 2764400118). A place holds one line's glyphs."""
    from pipeline.extract.layers import _runs_apart

    def glyphs(word: str, x0: float, x1: float, top: float) -> list[tuple]:
        step = (x1 - x0) / len(word)
        return [(x0 + k * step, top, x0 + (k + 1) * step, top + 13.9) for k in range(len(word))]

    none = [(0.0, 841.9, 0.0, 841.9)]  # a space pdfium made has no box
    text = "CategoryDistrict ODOPHandicrafHimachal t"
    boxes = np.array([*glyphs("Category", 224.6, 285.9, 39.9), *glyphs("District", 279.6, 329.4, 39.9), *none,
                      *glyphs("ODOP", 372.6, 411.7, 39.9), *glyphs("Handicraf", 40.7, 98.9, 75.9),
                      *glyphs("Himachal", 89.6, 145.9, 75.9), *none, (98.6, 75.9, 103.3, 89.8)])
    objects = [176] * 8 + [177] * 8 + [-1] + [178] * 4 + [180] * 9 + [182] * 8 + [-1, 181]
    out, _ = _runs_apart(text, boxes, objects.__getitem__, generated=lambda k: k in (16, 38))
    assert out.endswith("ODOPHandicraft Himachal")  # (the words part at the line's change later)


def test_a_states_name_parted_over_two_rows_of_one_line_is_one_cells():
    """Writer set "Uttar" / "Pradesh" at the top of a merged state cell over rows of one line
    each, no padding between: each line stood in a row of its own, and every Uttar Pradesh row
    was read in a state "Pradesh" (fuzz 2764400182, in doubt). Two rows' texts that name one state
    together, the second naming none alone, are the first row's text; a state after a state, or
    a text that names none joined either, stays."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _records

    def row(state: str, district: str) -> Row:
        return Row(cells={"state": [Line(state, 60.0)] if state else [], "district": [Line(district, 60.0)],
                          "product": [Line("Honey", 60.0)]}, page=3)

    rows = [row("Chhattisgarh", "Bastar"), row("Uttar", "Bijnor"), row("Pradesh", "Budaun"), row("", "Agra"),
            row("Kerala", "Idukki"), row("Goa", "North Goa"), row("Andaman and Nicobar", "Nicobars"), row("Islands", "Nicobars"),
            row("Tamil", "Salem"), row("Nadu West", "Erode")]
    records, _ = _records(rows, {})
    assert [r["state"] for r in records] == ["Chhattisgarh", "Uttar Pradesh", "Uttar Pradesh", "Uttar Pradesh", "Kerala", "Goa",
                                             "Andaman and Nicobar Islands", "Andaman and Nicobar Islands", "Tamil", "Nadu West"]


def test_a_label_as_close_as_a_word_to_an_unread_columns_label_parts_from_it():
    """Writer set "State Name" and "Remarks" 3.3 pt apart, as close as words: read as one label,
    the remarks ("GI tagged", "New") went into the state ("Andhra New Pradesh", fuzz 2764400098,
    some rows with no doubt). A column the pipeline does not read still has a label it knows
    (`unread` in columns.yaml): the labels part where the body parts, and its text is read into
    no field."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    lines = [_at(90.0, ("Product", 55.4, 91.0), ("#", 114.2, 121.0), ("District", 161.9, 195.4), ("State", 234.6, 259.1),
                 ("Name", 261.9, 288.0), ("Remarks", 291.3, 331.1), size=8.4),
             _at(118.3, ("Black", 37.5, 59.4), ("Rice", 62.0, 79.2), ("1", 111.8, 116.9), ("Nicobars", 126.1, 161.4),
                 ("Nicobar", 234.2, 265.3), size=8.4),
             _at(159.5, ("Etikoppaka", 37.5, 82.5), ("2", 111.8, 116.9), ("Nicobars", 126.1, 161.4), ("Nicobar", 234.2, 265.3),
                 ("GI", 291.2, 299.9), ("tagged", 302.4, 330.9), size=8.4),
             _at(387.2, ("8", 111.8, 116.9), ("Alluri", 126.1, 146.8), ("Andhra", 234.2, 263.4), ("New", 291.2, 308.8), size=8.4)]
    page = PageContent(1, 842.0, 595.0, [w for line in lines for w in line])
    columns, _, _ = find_header(page, group_lines(page.words), None)
    assert [(c.field, c.label) for c in columns] == [("product", "Product"), ("serial", "#"), ("district", "District"),
                                                     ("state", "State Name"), (None, "Remarks")]


def test_a_cell_of_one_word_lines_measures_a_break_by_its_columns_word_space():
    """Calc wrapped "Bamboo" / "Shoots" in a cell where the two, a space apart, would have
    reached 1.2 pt short of its edge as ink boxes show them: the cell's lines show no space,
    and a quarter of the type's height (as OCR boxes the ink, 8.6 pt for 11 pt type) is half
    the column's own word space (fuzz 2223600027, read by OCR)."""
    lines = [[Word("Bamboo", 276.7, 316.0, 0.0, 8.6)], [Word("Shoots", 276.4, 309.1, 12.0, 20.6)]]
    assert cell_lines(lines, 353.0, 276.4)[1].hard_break  # by a guessed space: broken by hand
    assert not cell_lines(lines, 353.0, 276.4, column_space=4.2)[1].hard_break
    column = [[Word("Processed", 276.4, 325.0, 0.0, 8.6), Word("Pork", 329.2, 350.9, 0.0, 8.6)],
              [Word("Black", 276.4, 302.0, 0.0, 8.6), Word("Rice", 306.2, 326.0, 0.0, 8.6)]]
    assert word_space(column) == pytest.approx(4.2) and word_space(lines) is None


def test_a_header_over_counting_numbers_it_does_not_label_has_a_serial_column():
    """OCR did not see the "#" alone over a list's serials (fuzz 2223600043): the header named
    State, District and Product, and the serials were read into the state's column, every row
    wrong. Numbers that count on, left of the first label, are the serial column."""
    from pipeline.extract.header import _unlabelled_serials

    spans = [("State", 198.0, 218.0), ("Name of District", 329.0, 394.0), ("Product Name", 530.0, 586.0)]
    body = [_at(81.0 + 17 * k, (str(k + 1), 46, 50), ("Andaman", 120, 160), ("Tea", 430, 445)) for k in range(4)]
    fields, found = _unlabelled_serials(["state", "district", "product"], spans, body)
    assert fields == ["serial", "state", "district", "product"] and found[0] == ("", 46, 50)
    years = [_at(81.0 + 17 * k, (year, 46, 60), ("Andaman", 120, 160)) for k, year in enumerate(["2019", "2021", "2024"])]
    assert _unlabelled_serials(["state", "district", "product"], spans, years)[0] == ["state", "district", "product"]


def test_a_column_of_counting_numbers_under_a_label_read_as_no_field_is_the_serials():
    """OCR read a header's "#" as "井" (fuzz 4021300137, a scan at 300 dpi): the column named no
    field, its serials were dropped, and the table, read by its product lines, made a row of
    each line (F1 0.16, a third of the wrong rows with no doubt). A column whose label names no
    field over numbers counting on is the serial column; one over other numbers is not."""
    from pipeline.extract.header import _serials_unnamed

    columns = [Column("category", "Category", 36.0, 85.0), Column(None, "井", 85.0, 102.0), Column("remarks", "GI Status", 102.0, 150.0),
               Column("product", "Product Name", 195.0, 285.0)]
    body = [_at(143.0 + 60 * k, ("Primary", 39, 70), (str(k + 1), 89, 94), ("1.", 198, 203), ("Tea", 207, 220)) for k in range(4)]
    assert [c.field for c in _serials_unnamed(columns, body)] == ["category", "serial", "remarks", "product"]
    counts = [_at(143.0 + 60 * k, ("Primary", 39, 70), (n, 89, 94), ("Tea", 207, 220)) for k, n in enumerate(["12", "3", "40"])]
    assert [c.field for c in _serials_unnamed(columns, counts)] == ["category", None, "remarks", "product"]

def test_a_text_set_at_the_top_of_its_rows_stands_level_with_the_row_it_begins_in():
    """A state's merged cell of four lines set at the top of its rows, "Dadra and" level with
    row 43's serial: its centre stood level with row 44's, and a scan's boxes put its top 0.2 pt
    off row 43's, so it was read as row 44's (fuzz 2223600197). Set at the top, a text is level
    with a row by its top."""
    from pipeline.extract.merged import _Rows

    rows = _Rows(tops=[410.4, 429.9], bottoms=[424.8, 444.3], serials=[(410.4, 424.8), (429.9, 444.3)],
                 edges=[405.0, 427.0, 447.0], feet=[math.nan, math.nan], pad=1.0, size=14.4, cells_set=None)
    assert rows.level(410.0, 464.3, 0, "top") == pytest.approx(-0.4)
    assert rows.level(410.0, 464.3, 1, "top") == pytest.approx(-19.9)
    assert rows.level(410.0, 464.3, 1, "middle") == pytest.approx(0.05)


def test_a_word_one_letter_longer_is_another_word_not_a_misreading():
    from pipeline.extract.pdf import _one_letter_apart

    assert _one_letter_apart("Assan", "Assam") and _one_letter_apart("Balia", "Ballia")
    # two letters side by side swapped (unseen fuzz 339100163: "Bbobili Veena", no doubt); not two apart
    assert _one_letter_apart("Bbobili", "Bobbili") and not _one_letter_apart("Bibbolo", "Bobbili")
    assert not any(_one_letter_apart(a, b) for a, b in [("Uttara", "Uttar"), ("Nicobars", "Nicobar"), ("Fabrics", "Fabrics,"),
                                                          ("silk", "Silk"), ("Assam", "Asams")])


def test_a_rows_lines_above_a_pages_first_table_are_no_running_header():
    """Calc centres a row's cells: the product's "Brass & Bell Metal" / "Utensils" stand above
    and below its serial's line, each box reaching into it. The same product stood at the same
    height atop the page before, and was taken for a running header: the row's product was read
    empty on the next page (fuzz 7712300141). The running header stands clear of the lines
    around it, and is kept."""
    from pipeline.extract.table import _heading, _line_key

    running = _at(37.9, ("One", 222.5, 241.3), ("District", 244.1, 274.6), size=9.3)
    row = [_at(56.1, ("Brass", 268.0, 286.1), ("&", 288.0, 293.2), size=5.4),
           _at(61.0, ("5", 54.0, 57.9), ("Ratnagiri", 151.1, 182.0), size=7.0),
           _at(65.7, ("Utensils", 285.0, 311.4), size=5.4)]
    _, keys = _heading([w for line in (running, *row) for w in line], 100.0)
    assert keys == [_line_key(running), None, None, None]


def test_a_label_naming_no_field_over_texts_centred_under_it_and_the_label_before_is_part_of_it():
    """A scan boxed "Serial" and "No." 5 pt apart, a word space wider than the line's others:
    "No." named no field and made a column of its own, its edge where the serials start, and
    the table took no serials and was read as one merged cell (fuzz 7091300199, F1 0.34). The
    serials ("1", "10") are centred under "Serial No.", not under "Serial": one label. Texts
    centred under the first label alone keep the second apart."""
    from pipeline.extract.header import _labels_run_on

    labels = [("Name of the Product", 277.1, 354.8), ("Serial", 478.6, 499.5), ("No.", 504.5, 514.6)]
    body = [_at(467.0 + 12.8 * k, ("Saffron", 303.4, 328.2), (str(n), 496.6 - w, 496.6 + w), size=9.3)
            for k, (n, w) in enumerate([(1, 1.8), (2, 1.8), (9, 2.0), (10, 4.15)])]
    assert _labels_run_on(labels, lambda: body) == [labels[0], ("Serial No.", 478.6, 514.6)]
    under_first = [_at(467.0 + 12.8 * k, (str(n), 489.0 - w, 489.0 + w), size=9.3) for k, (n, w) in enumerate([(1, 1.8), (10, 4.15)])]
    assert _labels_run_on(labels, lambda: under_first) == labels


def test_a_label_naming_no_field_over_the_texts_run_on_from_the_label_before_is_part_of_it():
    """A scan at 150 dpi boxed "Product(s)" and "identified" 4.7 pt apart, as far as labels stand:
    "identified" named no field, made a column of its own, and the product's long lines lost
    their ends under it ("Srikalahasthi Kalamkari" for "... Fabrics/Handicrafts", no doubt; fuzz
    925200035). The texts run on under it from under "Product(s)": one label. "Categor" "y" (its
    label broken) stands over texts of their own, set at one place, that more lines show than
    run into it: a column (fuzz 294110269)."""
    from pipeline.extract.header import _labels_run_on

    product = ("Product(s)", 293.0, 337.3)
    unnamed = ("identified", 342.0, 380.1)
    long_lines = [_at(452.0, ("Srikalahasthi", 243.0, 293.0), ("Kalamkari", 298.0, 337.6), ("Fabrics/Handicrafts", 341.6, 419.3), size=11.0),
                  _at(464.0, ("Electronics", 243.0, 290.0), ("Manufacturing", 294.5, 355.0), ("Cluster", 359.0, 390.0), size=11.0),
                  _at(476.0, ("Coconut", 243.0, 280.0), ("&", 284.0, 289.0), ("Coconut", 293.0, 331.0), ("based", 335.0, 362.0), size=11.0)]
    assert _labels_run_on([product, unnamed], lambda: long_lines) == [("Product(s) identified", 293.0, 380.1)]
    category = ("Categor y", 421.0, 468.0)
    own = [_at(100.0 + 12 * k, ("Tea", 300.0, 330.0), (word, 421.0, 460.0), size=11.0) for k, word in enumerate(["Primary", "Tertiary"] * 3)]
    glued = [_at(200.0 + 12 * k, ("Pickles,", 300.0, 340.0), ("Papad", 343.0, 417.5), ("Primary", 421.0, 460.0), size=11.0) for k in range(2)]
    assert _labels_run_on([("Name of the Product", 329.0, 391.0), category], lambda: own + glued) == [("Name of the Product", 329.0, 391.0), category]
    # a label begins on no connector: "of District" goes on from "Name", OCR's boxes 6.8 pt apart
    # (the district was read into an unread column "Name", and the rows took the district above;
    # fuzz 3050900187), whatever the body, here one row
    assert _labels_run_on([("Name", 221.0, 254.5), ("of District", 261.3, 319.3)], lambda: []) == [("Name of District", 221.0, 319.3)]
    # "ODOP" and "Product" (both the product's names) centred over a wide column, boxed 4 pt apart
    # in a scan, over products set to the left that reach under neither, or run on under it from
    # the left: one label (fuzz 1073100015, 511800079: "ODOP" made a column of its own, and took
    # every product); over a text that starts under the second label, two columns still
    odop, named = ("ODOP", 319.0, 342.0), ("Product", 346.0, 371.0)
    short = [_at(600.0 + 12 * k, ("1)", 220.0, 228.0), (name, 232.0, 232.0 + 6 * len(name)), size=9.0)
             for k, name in enumerate(["Kondapalli Toys", "Bobbili Veena", "Zari-Zardozi"])]
    assert _labels_run_on([odop, named], lambda: short) == [("ODOP Product", 319.0, 371.0)]
    longer = short + [_at(640.0, ("1)", 220.0, 228.0), ("Handloom products of silk & cotton", 232.0, 360.0), size=9.0)]
    assert _labels_run_on([odop, named], lambda: longer) == [("ODOP Product", 319.0, 371.0)]
    under = short + [_at(640.0, ("Tea", 220.0, 240.0), ("Organic Ginger", 350.0, 420.0), size=9.0)]
    assert _labels_run_on([odop, named], lambda: under) == [odop, named]
    # or ends on one: "Name of the" goes on into "Product" before "District Name" can take it
    # (boxes 6.1 pt apart, its words' 3.2 to 6.8: fuzz 2223600022); "of" does both, and a chain of
    # such labels is one ("Name" "of" "District", fuzz 1116300115)
    assert _labels_run_on([("District Name", 109.7, 195.4), ("Name of the", 233.1, 308.0), ("Product", 314.1, 360.9)], lambda: []) == [
        ("District Name", 109.7, 195.4), ("Name of the Product", 233.1, 360.9)]
    assert _labels_run_on([("State Name", 235.4, 289.0), ("Name", 454.3, 480.5), ("of", 485.9, 493.1), ("District", 498.5, 530.2)], lambda: []) == [
        ("State Name", 235.4, 289.0), ("Name of District", 454.3, 530.2)]
    # OCR boxed "Sr." short of its full stop, 5.4 pt from "No": the serials, centred under both,
    # lie across the white between them, where no column's edge can stand (the serials read
    # into a column "No", and a page's 32 rows into one: fuzz 1116300062)
    serials = [_at(108.0 + 13 * k, (str(k + 10), 47.5, 56.5), ("Gujarat", 118.0, 150.0), size=9.9) for k in range(3)]
    assert _labels_run_on([("Sr.", 38.9, 50.4), ("No", 55.8, 64.8), ("State/UT", 118.8, 155.1)], lambda: serials) == [
        ("Sr. No", 38.9, 64.8), ("State/UT", 118.8, 155.1)]
    # "1" to "9" end 1.8 pt short of "No" and "10" to "13" 0.4 pt short or past it, as boxes
    # fall: the white is theirs (fuzz 1116300165); a product glued to its category by OCR is
    # no text across the white before "Categor" "y" (above), where the others leave it
    boxes = [(str(n), 183.2, 188.6) for n in range(1, 10)] + [("10", 180.3, 190.4), ("11", 180.3, 189.7), ("12", 180.0, 190.0), ("13", 180.0, 190.0)]
    serials = [_at(58.0 + 30 * k, box, size=10.0) for k, box in enumerate(boxes)]
    assert _labels_run_on([("Sr.", 172.4, 183.9), ("No", 190.4, 200.5)], lambda: serials) == [("Sr. No", 172.4, 200.5)]
    # neither label names a field alone, "SI." (OCR's l as I) and "No.", together the serial's
    # (the serials read into no column, each line a row: fuzz 5032100100, 34 rows wrong)
    assert _labels_run_on([("SI.", 172.4, 183.9), ("No.", 190.4, 200.5)], lambda: serials) == [("SI. No.", 172.4, 200.5)]


def test_a_rule_across_is_drawn_whole_or_as_cells_borders_on_one_page():
    """Calc draws some rules whole (the table's top, a state's last row) and the rest as each
    cell's border, twice where two cells meet: the rule under a header over a merged state cell
    is borders only. Taken for no rule there, the header ran down to the first whole rule and
    took the rows above it (fuzz 8624300038: 28 rows lost on two pages). Borders drawn twice
    count once: two halves over one another are no rule across."""
    from pipeline.extract.grid import rules_across
    from pipeline.extract.layers import PageContent

    page = PageContent(2, 842.0, 595.0)
    page.hrules = [Rule(35.0, 53.1, 753.4, 53.1),  # whole
                   Rule(35.0, 78.7, 352.8, 78.7), Rule(351.0, 78.7, 753.7, 78.7), Rule(468.4, 78.7, 753.7, 78.7),  # borders
                   Rule(35.0, 91.5, 400.0, 91.5), Rule(35.0, 91.5, 400.0, 91.5)]  # one half, drawn twice
    assert rules_across(page, 36.0, 752.8) == [53.1, 78.7]


def test_the_initiatives_product_names_settle_breaks_the_layout_leaves_open():
    """Where the list prints items one a line, a capitalised line whose first word would not
    have fitted may be the next item or a wrap: known names of more than one word on each side,
    and not the two together, part it, surely (2 of the initiative's 830 names are two others of
    several words run together); a known name read across a break joins it, settled. One word is
    no item by its name alone ("Pearl" / "Millet"); unknown names leave the break as it was."""
    from pipeline.extract.products import settle_breaks

    one_a_line = [Line("Jaggery", 0), Line("Honey", 0, hard_break=True)]  # "Honey" would have fitted: items one a line
    parted = [Line("Agro Products", 0), Line("Coffee (Araku)", 0)]
    joined = [Line("Aluminium", 0), Line("Ingot", 0, hard_break=True, break_unsure=True)]
    single = [Line("Pearl", 0), Line("Millet", 0)]
    unknown = [Line("Walnut Wood", 0), Line("Carving", 0)]
    settle_breaks([one_a_line, parted, joined, single, unknown])
    assert [split_products(c) for c in (parted, joined, single, unknown)] == [
        ["Agro Products", "Coffee (Araku)"], ["Aluminium Ingot"], ["Pearl Millet"], ["Walnut Wood Carving"]]
    assert parted[1].hard_break and not parted[1].break_unsure and not joined[1].break_unsure and joined[1].settled


def test_a_wrapped_names_part_meets_one_rest_whatever_items_follow_it():
    """reportlab, a narrow product column, one item a line: "Banana Fibre" / "Products" is one
    name wrapped; the cell after "Products" may hold more items ("Leather Footwear"), so the
    texts after the break differ, though the line after it does not. Read as two texts met, the
    head was whole, "Products" (after several names) too, and each name was parted in two (fuzz
    3098900094: F1 0.75). What a text meets across breaks is the line beside the break."""
    from pipeline.extract.products import settle_breaks

    cells = [[Line("Jaggery", 0), Line("Honey", 0, hard_break=True)], [Line("Kiwi", 0), Line("Leather Footwear", 0, hard_break=True)],
             [Line("Banana Fibre", 0), Line("Products", 0)], [Line("Banana Fibre", 0), Line("Products", 0), Line("Leather Footwear", 0)],
             [Line("Handmade Paper", 0), Line("Products", 0)]]
    settle_breaks(cells)
    assert [split_products(c) for c in cells[2:]] == [["Banana Fibre Products"], ["Banana Fibre Products", "Leather Footwear"],
                                                      ["Handmade Paper Products"]]

def test_a_break_the_initiatives_names_join_is_not_parted_again_by_the_lists_items():
    """reportlab, justified, one item a line: "Uppada Jamdani" / "Sarees" is a known name read
    across a break, joined and settled by names; "Sarees" also ends other names ("Tussar Silk"
    / "Sarees") and "Uppada Jamdani" stood alone once, so the list's items parted it again,
    with no doubt left, as the break was settled (fuzz 3098900086). A break names settled is
    not open to the items' passes."""
    from pipeline.extract.products import settle_breaks

    cells = [[Line("Jaggery", 0), Line("Honey", 0, hard_break=True)],
             [Line("Kiwi", 0), Line("Uppada Jamdani", 0, hard_break=True)],
             [Line("Uppada Jamdani", 0), Line("Sarees", 0)],
             [Line("Tussar Silk", 0), Line("Sarees", 0)], [Line("Venkatagiri Cotton", 0), Line("Sarees", 0)]]
    settle_breaks(cells)
    assert [split_products(c) for c in cells[2:]] == [["Uppada Jamdani Sarees"], ["Tussar Silk Sarees"],
                                                      ["Venkatagiri Cotton Sarees"]]


def _parts_at(*lines):
    """A page's lines split into cells: (foot, {field: text}) each, words 10 pt tall."""
    from pipeline.extract.layers import Word
    return [{name: [Word(word, 0.0, 1.0, foot - 8.0, foot + 2.0, foot=foot) for word in text.split()] for name, text in cells.items()}
            for foot, cells in lines]


def test_rows_without_serials_are_told_by_the_white_their_padding_leaves():
    """No serials, no rules: a cell's lines stand at the spacing its wraps show (12 pt: "Agarbatti
    (Incense" / "Sticks)"), two rows' lines that and the rows' padding apart (16 pt). The rows are
    the cells whose lines overlap in height, however they are set; a merged district's lines
    beside none of a row's own go with the row their middle is level with (fuzz 8880176, 8880018:
    every product line had started a row, "Venkatagiri" / "Cotton Sarees" two products)."""
    from pipeline.extract.unruled import rows_by_white
    parts = _parts_at((100.0, {"district": "Nicobars", "product": "Agarbatti (Incense"}), (112.0, {"product": "Sticks)"}),
                      (128.0, {"district": "South", "product": "Venkatagiri"}), (140.0, {"district": "Andamans", "product": "Cotton Sarees"}),
                      (156.0, {"product": "Kiwi", "category": "Primary"}),
                      (166.0, {"district": "Ramanathapura"}), (172.0, {"product": "Saffron", "category": "Tertiary"}), (178.0, {"district": "m"}))
    assert rows_by_white(parts) == [[0, 1], [2, 3], [4], [5, 6, 7]]
    # a page where no line surely wraps keeps the spacing the pages before showed (one body font)
    overleaf = _parts_at((100.0, {"district": "Kokrajhar", "product": "Kiwi"}), (116.0, {"product": "Saffron"}))
    assert rows_by_white(overleaf) is None
    seen: list[float] = []
    assert rows_by_white(parts, wraps=seen) and seen == [12.0, 12.0]  # "(Incense" / "Sticks)", "Ramanathapura" / "m"
    assert rows_by_white(overleaf, wraps=seen) == [[0], [1]]
    # or, where it shows lines clearly closer than any others, theirs: rows' padding never sets
    # two rows' lines closer than a cell's (fuzz 195200121: "Dr. B.R. Ambedkar" / "Konaseema")
    closer = _parts_at((100.0, {"district": "Kokrajhar", "product": "Handmade Paper"}), (112.0, {"product": "Products"}),
                       (128.0, {"district": "Dima Hasao", "product": "Kiwi"}))
    assert rows_by_white(closer) == [[0, 1], [2]]
    # and where every line fills each of the rows' own columns, one pitch apart, each is a row
    full = _parts_at((100.0, {"district": "Nicobars", "product": "Saffron", "category": "Tertiary"}),
                     (115.0, {"district": "Nicobars", "product": "Honey", "category": "Primary"}),
                     (130.0, {"district": "South Andamans", "product": "Cashew", "category": "Primary"}))
    assert rows_by_white(full) == [[0], [1], [2]]
    assert rows_by_white([{"product": p["product"]} for p in full]) is None  # one column: a cell of three lines, maybe
    # a line standing on no line the text layer tells ("g" of "Processin" / "g") is left to the rows
    # the others make, and a page of such lines (a scan's) tells none
    from pipeline.extract.layers import Word
    later = [{name: [Word(w.text, w.x0, w.x1, w.top + 12.0, w.bottom + 12.0, foot=w.foot + 12.0) for w in words] for name, words in p.items()}
             for p in parts[4:]]
    broken = parts[:4] + [{"product": [Word("g", 0.0, 1.0, 146.0, 155.0)]}] + later
    assert rows_by_white(broken) == [[0, 1], [2, 3], [5], [6, 7, 8]]
    # such a line takes its place at the spacing: the lines either side of it are one cell's, not two
    # rows' ("Prawns/Shrim" / "p" / "(3) Coffee": fuzz 7482100186, whose third item started a row)
    cell = _parts_at((100.0, {"district": "Purbi", "product": "(1) Agarbatti (Incense"}), (112.0, {"product": "Sticks) (2) Processed"}),
                     (124.0, {"product": "Prawns/Shrim"}), (136.0, {}), (148.0, {"product": "(3) Coffee"}),
                     (164.0, {"district": "Pashchim", "product": "Kiwi"}), (180.0, {"district": "Muzaffarpur", "product": "Saffron"}))
    cell[3] = {"product": [Word("p", 0.0, 1.0, 131.0, 139.0)]}
    assert rows_by_white(cell) == [[0, 1, 2, 4], [5], [6]]
    assert rows_by_white([{name: [Word(w.text, w.x0, w.x1, w.top, w.bottom) for w in words] for name, words in p.items()}
                          for p in parts]) is None



def test_a_cells_last_line_on_no_known_line_still_ends_it():
    """Writer, no rules: a category broken inside its word ("Secondar" / "y") set at its row's
    top, the product's one line in the row's middle, level with neither. "y" stands on no line the
    text layer tells, so the category's cell ended at "Secondar", above the product's line, and
    the two read as rows nearer than a cell's lines: the page told no rows, and every product
    line started one (fuzz 1195600171: 49 wrong rows). A cell ends on its last line, at the
    spacing below the line before."""
    from pipeline.extract.layers import Word
    from pipeline.extract.unruled import rows_by_white
    parts = _parts_at((100.0, {"district": "Nicobars", "product": "Agarbatti (Incense"}), (112.0, {"product": "Sticks)"}),
                      (128.0, {"district": "Alluri Sitharama Raju", "category": "Secondar"}), (134.0, {"product": "Bamboo Craft"}),
                      (140.0, {}), (156.0, {"district": "Kokrajhar", "product": "Kiwi", "category": "Primary"}))
    parts[4] = {"category": [Word("y", 0.0, 1.0, 133.0, 141.0)]}
    assert rows_by_white(parts) == [[0, 1], [2, 3], [5]]  # ("y" goes with the rows the others make)

def test_a_merged_columns_lines_broken_by_hand_are_two_rows_texts():
    """Calc, no rules, rows fitted to their text (they abut), cells set in the middle: districts
    of two lines stand at the spacing from the next row's ("Sri Potti Sriramulu" / "Nellore" /
    "Dr. B.R. Ambedkar" / "Konaseema"). Read as one text at the spacing, they all went to one
    row, and 'Bobbili Veena' took the district above with no doubt (fuzz 1195600119). A name
    holds no break by hand: where the next line's first word would have fitted (`fitted`), the
    lines are two texts, each the row's its middle is level with."""
    from pipeline.extract.unruled import rows_by_white
    parts = _parts_at((100.0, {"district": "Nicobars", "product": "Kiwi"}), (112.0, {"district": "Sri Potti Sriramulu"}),
                      (118.0, {"product": "Bobbili Veena"}), (124.0, {"district": "Nellore"}), (136.0, {"district": "Dr. B.R. Ambedkar"}),
                      (142.0, {"product": "Glass Beads"}), (148.0, {"district": "Konaseema"}))
    assert rows_by_white(parts, wraps=[12.0], rows_apart=[]) == [[0, 1, 3, 4, 6], [2], [5]]
    by_hand = {(0, 1, "district"), (3, 4, "district")}
    assert rows_by_white(parts, wraps=[12.0], rows_apart=[], fitted=lambda: by_hand) == [[0], [1, 2, 3], [4, 5, 6]]

def test_a_line_printed_into_the_last_row_goes_on_the_table():
    """Calc, rows too low for their text: the last row's "Agro-processing: Millet-based" /
    "Value-added Foods" straddle its serial's line, and rows printed over each other made the
    cells' spacing look 8 pt, so "Value-added Foods", 13.6 pt under "Millet-based", was read as
    a line below the table and dropped, with no doubt (fuzz 2021400071). A line less than an em
    below the line above is printed into it: no footer or note stands so."""
    from pipeline.extract.layers import Word
    from pipeline.extract.unruled import _table_end
    lines = [(220.0, {"serial": "6", "district": "Uttara Kannada", "product": "Handloom products of silk & cotton"}),
             (240.0, {"product": "Sugarcane based products"}), (243.5, {"serial": "7", "district": "Uttara Kannada"}),
             (247.9, {"product": "(Jaggery)"}), (256.0, {"product": "Agro-processing: Millet-based"}),
             (262.8, {"serial": "8", "district": "Uttara Kannada"}), (269.6, {"product": "Value-added Foods"}),
             (400.0, {"product": "Page 2 of 2"})]
    parts = [{name: [Word(word, 0.0, 1.0, foot - 5.9, foot + 1.8, foot=foot) for word in text.split()] for name, text in cells.items()}
             for foot, cells in lines]
    assert _table_end(parts, [0, 2, 5]) == 7

def test_rows_too_low_for_their_text_abut_and_tell_no_cells_spacing():
    """Calc, no serials, no rules, one line a row: rows fitted to their text abut ("Kerala" /
    "Kerala" 12 pt apart), others stand 16 pt apart. Lines clearly closer than any others were
    read as one cell's, so two rows were read as one ("Kerala Kerala", "Idukki Idukki") with no
    doubt of the rows (fuzz 4461700118). "Kerala" would have fitted after "Kerala" in the state
    column: no wrap, and a state's name is broken by no hand, so the two are two rows' lines."""
    from pipeline.extract.unruled import rows_by_white
    parts = _parts_at((100.0, {"state": "Kerala", "district": "Idukki", "product": "Large Cardamom", "sector": "Agriculture"}),
                      (112.0, {"state": "Kerala", "district": "Idukki", "product": "Rice based products", "sector": "Textiles"}),
                      (128.0, {"state": "Kerala", "district": "Wayanad", "product": "Kiwi", "sector": "Textiles"}))
    fitted = {(0, 1, "state"), (0, 1, "district"), (1, 2, "state"), (1, 2, "district"), (1, 2, "sector")}  # not "Agriculture Textiles"
    assert rows_by_white(parts) == [[0, 1], [2]]
    assert rows_by_white(parts, fitted=lambda: fitted) == [[0], [1], [2]]
    # a wrap that may be one ("Dr. B.R. Ambedkar" / "Konaseema": the next word would not have fitted) is a cell's
    wrapped = _parts_at((100.0, {"district": "Dr. B.R. Ambedkar", "product": "Kiwi"}), (112.0, {"district": "Konaseema"}),
                        (128.0, {"district": "Dima Hasao", "product": "Honey"}))
    assert rows_by_white(wrapped, fitted=lambda: {(1, 2, "district")}) == [[0, 1], [2]]


def test_a_page_of_one_row_is_told_by_the_padding_the_pages_before_showed():
    """reportlab, no rules, no serials, bulleted items one a line: the last page holds one row,
    "Bulandshahr" with "• Spices" / "• Carpets (Bhadohi)" 12.2 pt apart (the spacing), and no
    white of a row's edge; its row was read by spacing, exactly, but in doubt (fuzz 3904100079,
    unseen seed 39041). The pages before set rows 21.2 pt apart: the padding is the document's,
    so lines at the spacing are one row's. With no row apart seen before, the page tells none."""
    from pipeline.extract.unruled import rows_by_white
    page = _parts_at((91.5, {"state": "Uttar Pradesh", "district": "Bulandshahr", "product": "• Spices"}),
                     (103.7, {"product": "• Carpets (Bhadohi)"}))
    assert rows_by_white(page, wraps=[12.2] * 6) is None
    apart = [21.2] * 3
    assert rows_by_white(page, wraps=[12.2] * 6, rows_apart=apart) == [[0, 1]] and apart == [21.2] * 3
    before = _parts_at((100.0, {"district": "Bijnor", "product": "• Pineapple"}), (112.2, {"product": "• Chilli"}),
                       (133.4, {"district": "Budaun", "product": "• Chilli"}))
    seen: list[float] = []
    assert rows_by_white(before, wraps=[12.2], rows_apart=seen) == [[0, 1], [2]] and seen == [pytest.approx(21.2)]

def test_lines_a_browser_sets_on_whole_pixels_are_told_by_white():
    """Chromium sets lines on whole pixels (0.75 pt): at 8 pt its spacing of 9.75 pt shows as 10.5
    between two lines of one cell ("Food" / "Processing"), and rows 15.75 apart are still rows
    (fuzz 7482100177, whose rows were read by their product lines, two products of one split)."""
    from pipeline.extract.unruled import rows_by_white
    parts = _parts_at((100.0, {"district": "Gaurela-", "product": "Electronics Manufacturing Cluster", "sector": "Textiles"}),
                      (109.75, {"district": "Pendra-", "product": "(Mobile Phones and Components)"}), (119.5, {"district": "Marwahi"}),
                      (135.25, {"district": "Janjgir-", "product": "Groundnut Oil", "sector": "Food"}),
                      (145.75, {"district": "Champa", "sector": "Processing"}), (161.5, {"district": "Bastar", "product": "Honey", "sector": "Textiles"}))
    for words in (w for p in parts for w in p.values()):  # 8 pt type
        for w in words:
            w.top, w.bottom = w.foot - 6.5, w.foot + 1.5
    assert rows_by_white(parts) == [[0, 1, 2], [3, 4], [5]]


def test_lines_a_pixel_apart_are_told_by_white_whatever_the_floats_noise():
    """Chromium at 7 pt sets a cell's lines 8.25 or 9.0 pt apart (11 or 12 pixels), rows 12 to
    12.8 apart; the text layer's single floats put one pitch at 9.000015, past the spacing and a
    pixel by a hair, and the page was left untold (fuzz 4271900183: 97 of 190 rows doubted, the
    list read exactly). Positions count to a hundredth of a point."""
    from pipeline.extract.unruled import rows_by_white
    parts = _parts_at((68.4, {"district": "Muzaffarpur", "product": "(1) Handloom Fabrics", "sector": "Handicraft"}),
                      (77.400015, {"product": "(2) Apple"}), (85.65, {"product": "(3) Leather Products"}),
                      (98.4, {"district": "Bhagalpur", "product": "(1) Sal Leaf Plates", "sector": "Textiles"}),
                      (106.65, {"product": "(2) Dhokra Metal Craft"}),
                      (119.4, {"district": "Sarangarh", "product": "(1) Carpets", "sector": "Agriculture"}))
    for words in (w for p in parts for w in p.values()):  # 7 pt type
        for w in words:
            w.top, w.bottom = w.foot - 5.7, w.foot + 1.3
    assert rows_by_white(parts, wraps=[8.25, 9.0, 8.25]) == [[0, 1, 2], [3, 4], [5]]


def test_a_pages_first_row_blank_where_every_row_before_was_filled_is_the_tail_of_the_row_before():
    """Without serials, a ruled page's first row with no sector, where every row before had one of
    its own, is the rest of the row the page broke ("Srikalahasthi Kalamkari" / overleaf
    "Fabrics/Handicrafts": fuzz 7482100167); one that fills those fields is a row of its own,
    whatever a merged district leaves blank."""
    from pipeline.extract.cells import Line, Row
    from pipeline.extract.table import TableState, _tail_of_row_before
    state = TableState(filled_on_every_row=frozenset({"product", "sector"}), last_district="Chhota Udaipur",
                       last_products="Srikalahasthi Kalamkari")

    def first(**cells):
        return Row(2, {name: [Line(text, 0.0)] if text else [] for name, text in cells.items()})

    assert _tail_of_row_before(first(district="", product="Fabrics/Handicrafts", sector=""), state, ruled=True)
    assert not _tail_of_row_before(first(district="", product="Bobbili Veena", sector="Handicraft"), state, ruled=True)
    assert not _tail_of_row_before(first(district="", product="Fabrics/Handicrafts", sector=""), TableState(), ruled=True)


def test_rows_fitted_to_their_text_are_not_told_by_white():
    """Calc gives a row of one line its default height (padded: 12.8 pt), but fits a row of
    several lines to its text: a wrapped product's last line stands at the spacing (8.2 pt) from
    the next row's. Two districts' texts in one row by the white: two rows, and the white tells
    none (fuzz 8880177, read exactly by its lines, in doubt)."""
    from pipeline.extract.unruled import rows_by_white
    parts = _parts_at((232.2, {"district": "Banaskantha", "product": "Kiwi"}),
                      (245.0, {"district": "Chhota Udaipur", "product": "Electronics Manufacturing Cluster (Mobile"}),
                      (253.2, {"product": "Phones and Components)"}), (261.3, {"district": "Devbhumi Dwarka", "product": "Agarbatti"}),
                      (274.1, {"district": "Kutch", "product": "Saffron"}))
    assert rows_by_white(parts) is None
    # a pitch past the cell's spacing, however slight, is a row's (one font's lines stand at one
    # spacing; Calc fits a row of one line a point or so taller: fuzz 2610100197); a page showing
    # no line that surely goes on tells nothing
    parts = _parts_at((100.0, {"product": "Agarbatti (Incense"}), (112.0, {"product": "Sticks)"}), (125.0, {"product": "Kiwi"}))
    assert rows_by_white(parts) == [[0, 1], [2]]
    assert rows_by_white(_parts_at((100.0, {"product": "Kiwi"}), (116.0, {"product": "Saffron"}))) is None


def test_a_line_holding_the_next_count_of_a_list_above_goes_on_from_it_and_so_do_the_lines_between():
    """Calc justified an inline list in a narrow column, rows abutting, no serials: "1. Stone
    Carving 2." / "Handloom" / "Fabrics/Handicrafts 3." / "Organic Ginger 4. Kiwi". "Handloom"
    holds no marker, so "Fabrics/Handicrafts 3." was read as the next row's first line and the
    product parted (unseen fuzz 2524600089). Its "3." counts on from "2." two lines above: one
    list, one cell's. A count at a line's end is a marker too ("3.", as "b)" is)."""
    from pipeline.extract.unruled import _counted_on
    lines = ["1. Stone Carving 2.", "Handloom", "Fabrics/Handicrafts 3.", "Organic Ginger 4. Kiwi", "1. Makhana (Fox Nut) 2."]
    assert _counted_on(lines) == {1, 2, 3}
    assert _counted_on(["1. Tea", "Coffee", "1. Pottery"]) == set()  # a list's first count starts a cell
    assert _counted_on(["Tea 3.", "Kiwi", "2. Pottery"]) == set()  # a count out of turn is none


def test_a_product_line_that_opens_a_counted_list_surely_starts_a_row():
    """Without serials or rules, rows abutting, which lines make each row is in doubt, but not
    where a row's product cell opens its list ("1. Stone Carving 2."): a cell's list starts at its
    first count (unseen fuzz 2524600089: read exactly, every one of its 71 rows in doubt)."""
    from pipeline.extract.unruled import _starts_shown
    texts = ["1. Stone Carving 2.", "Handloom", "Fabrics/Handicrafts 3.", "1. Makhana (Fox Nut) 2.", "Sal Leaf Plates", "Kiwi"]
    parts = [{"product": _at(100.0 + 12 * k, *((word, 10.0 + 30 * n, 38.0 + 30 * n) for n, word in enumerate(text.split())))}
             for k, text in enumerate(texts)]
    anchor_room = [(a, a + 1, "product", None) for a in range(len(texts) - 1)]
    assert _starts_shown(parts, {"product": list(range(len(texts)))}, set(), anchor_room, None) == {0, 3}


def test_a_product_line_that_surely_goes_on_from_the_page_before_is_the_rest_of_its_row():
    """Without serials, a page's first product lines going on from the page before's last
    products ("fts" under "Fabrics/Handicra"; "Veena 3. Agarbatti" under "2. Bobbili"), or whose
    first marker is the next of the list those count ("Toys" / "(3) Kani Shawl" under "(1) Organic
    Ginger (2) Kondapalli": fuzz 7482100186), end the row the page broke; a line that opens a list
    ("a) Walnut Wood Carving", in lower case) starts a row, and so does a list's first marker."""
    from pipeline.extract.unruled import goes_on_from_page_before
    assert goes_on_from_page_before("Handloom Fabrics/Handicra", ["fts"])
    assert goes_on_from_page_before("1. Marine Products 2. Bobbili", ["Veena 3. Agarbatti (Incense Sticks)"])
    assert goes_on_from_page_before("(1) Organic Ginger (2) Kondapalli", ["Toys", "(3) Kani Shawl"])
    assert not goes_on_from_page_before("Electronics Manufacturing Cluster (Mobile Phones and Components)", ["a) Walnut Wood Carving"])
    assert not goes_on_from_page_before("(1) Organic Ginger (2) Kondapalli Toys", ["(1) Kani Shawl", "(2) Honey"])
    assert not goes_on_from_page_before("", ["fts"])
    # the page before ended them on the space LibreOffice wrapped the line at, leaving too little
    # room for the next word: "Tussar Silk " / overleaf "Sarees" (unseen fuzz 2524600049); not
    # a space typed at a cell's end, after which the word would have fitted
    assert goes_on_from_page_before("Tussar Silk", ["Sarees"], room_left=12.5, need=43.6)
    assert not goes_on_from_page_before("Tussar Silk", ["Sarees"], room_left=60.0, need=43.6)
    assert not goes_on_from_page_before("Tussar Silk", ["Sarees"], need=43.6)
    # the page broken after a list's next marker: its item is overleaf (fuzz 7482100164)
    assert goes_on_from_page_before("1. Tamarind 2. Fisheries/Marine products 3.", ["Large Cardamom"])
    assert goes_on_from_page_before("(i) Tea (ii)", ["Kiwi"])
    assert not goes_on_from_page_before("Tea 3.", ["Large Cardamom"])  # a count that goes on no list
    assert not goes_on_from_page_before("Warangal Urban (Hanumakond a)", ["Kiwi"])


def test_a_scripts_marks_stored_inside_its_letters_boxes_leave_no_word_space_in_a_header():
    """Calc stored the Devanagari "क्र.सं." as "क", "्" and "र.सं.", each piece inside the box of
    the one before: read from the piece before's end, "र.सं." stood 1.5 pt off, taken for the
    header's word space, and the 3.3 pt between "State" and "Name" (bold 12 pt) parted them into
    two columns; "Islands" of "Andaman & Nicobar Islands", under "Name", was lost with no doubt
    (fuzz 6745300132). The white before a word is from the furthest the words before reach."""
    def at(top, *words):
        return [Word(text, x0, x1, top, top + 9.0) for text, x0, x1 in words]
    block = [at(43.3, ("क", 46.9, 54.6), ("्", 50.7, 52.9), ("र.सं.", 54.4, 72.2), ("राज्य", 161.1, 178.2), ("उत्पाद", 405.7, 427.1)),
             at(55.0, ("#", 56.3, 63.0), ("State", 136.9, 166.2), ("Name", 169.5, 202.3), ("Product(s)", 358.1, 418.0),
                ("identified", 421.3, 474.4))]
    assert [label for label, _, _ in _labels_by_phrases(block)][1:] == ["राज्य State Name", "उत्पाद Product(s) identified"]


def test_serials_a_spreadsheet_printed_as_hash_signs_still_start_rows(tmp_path):
    """Calc prints a number too wide for its cell as "###": past serial 99 of a narrow serial
    column, a list without rules showed "###" where each row began, and all its rows after 99
    were read as one (fuzz 4271900196: 37 wrong rows). Hash signs alone in the serial column
    start a row as a number does; the serials are kept as printed, with a note, not a doubt."""
    from pipeline import quality
    from pipeline.extract import extract
    from tests.fixtures.lists import unruled_list

    path = tmp_path / "hashes.pdf"
    rows = [("98", "Kerala", "Idukki", "Cardamom"), ("99", "", "Wayanad", "Coffee and Tea Processing Units of the Hills"),
            ("###", "", "Kollam", "Cashew Kernels and Coir Products Made by Hand"), ("###", "", "Kannur", "Handloom")]
    unruled_list(path, ("Sl. No.", "State", "District", "Product"), rows, [45, 90, 90, 110])
    extraction = extract(path)
    assert [(r["serial"], r["state"], r["district"], r["product"]) for r in extraction.records] == [
        ("98", "Kerala", "Idukki", "Cardamom"), ("99", "Kerala", "Wayanad", "Coffee and Tea Processing Units of the Hills"),
        ("###", "Kerala", "Kollam", "Cashew Kernels and Coir Products Made by Hand"), ("###", "Kerala", "Kannur", "Handloom")]
    report = quality.report(extraction)
    assert not report.needs_review
    assert [f.detail for f in report.findings if f.check == "serial numbers"] == [
        "2 rows from row 3 (page 1) print their serial as '###': a number too wide for its column"]


def test_a_states_merged_cell_the_page_cannot_tell_is_settled_where_the_directory_places_each_district(places):
    """Writer set each state at the foot of its merged cell, with no rules between rows: which
    rows "Kerala" spans, the page cannot tell (fuzz 6745300052: 66 of 200 rows doubted, read
    exactly). A row whose district the directory has in the state it was given, and in no other,
    is settled; one in two states ("Aurangabad": Bihar and Maharashtra), or in another, is not."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _records

    def row(state: str, district: str) -> Row:
        return Row(1, {"state": [Line(state, 0.0)] if state else [], "district": [Line(district, 0.0)], "product": [Line("Tea", 0.0)]},
                   table=1)
    rows = [row("Kerala", "Wayanad"), row("", "Idukki"), row("", "Lakhimpur Kheri"), row("Bihar", "Aurangabad"), row("", "Gaya")]
    unsure = {k: "state: a text between rows: a merged cell whose rows the page cannot tell" for k in range(len(rows))}
    _, doubts = _records(rows, {}, False, unsure, places)
    assert [k for k, _, _ in doubts] == [2, 3]
    _, doubts = _records(rows, {}, False, unsure, None)
    assert [k for k, _, _ in doubts] == [0, 1, 2, 3, 4]


def test_a_district_broken_inside_its_word_still_tells_the_directory_its_state(places):
    """Writer, no rules, state cells merged with their texts at the foot, the district column
    narrow: "Bulandshahr", too wide for it, broke inside the word ("Bulandshah" / "r"). The
    page's first rows belong to Uttar Pradesh's cell, begun on the pages before; "West Bengal"
    ends its cell on the last row, which stands as well begun on the page's first row or its
    second. The directory tells, but was asked of "Bulandshah r" and knew no such district:
    Bulandshahr's row went to West Bengal (fuzz 2137700129, in doubt)."""
    from collections import defaultdict
    from pipeline.extract.merged import merged_spans

    def line(y: float, **texts: str) -> dict[str, list[Word]]:
        x = {"serial": 40, "district": 80, "state": 180, "product": 260}
        return {name: [Word(text, x[name], x[name] + 6 * len(text), y, y + 10, foot=y + 8)] for name, text in texts.items()}
    parts = [line(100, serial="26", district="Bulandshah", product="Toys"), line(112, district="r"),
             line(130, serial="27", district="Dakshin Dinajpur", product="Pineapple"),
             line(150, serial="28", district="Paschim Bardhaman", state="West Bengal", product="Garments")]
    runs = [("district", [0, 1]), ("district", [2]), ("district", [3]), ("state", [3])]
    merged = {"state": "bottom", "district": "own"}
    spanned, _, unsure, _, _ = merged_spans(parts, [0, 2, 3], "serial", [0, 0, 2, 3], runs, True, "middle", lambda: defaultdict(int),
                                            merged, split_at_top=True, last=True, directory=places, state_before="Uttar Pradesh")
    assert {parts[lines[0]][field][0].text: a for (a, field), lines in spanned.items() if field == "state"} == {"West Bengal": 2}


def test_a_repeated_places_wrapped_rest_starts_no_row(places):
    """A scan of Chromium's, no serials, the state printed on every row, wrapped in a narrow
    column ("Andaman & Nicobar" / "Islands") beside products wrapped ("... 4) Marine" /
    "Products (Shrimp, Prawn & Fish)"). A row without serials starts at a line with a place where
    the list prints one in every row, and "Islands" is one: the product was read as two, with
    no doubt (fuzz 2137700148). The directory names the two lines one state and "Islands" none:
    the rest of the line above's name, not a row's."""
    from pipeline.extract.unruled import _with_places_repeated

    def line(**texts: str) -> dict[str, list[Word]]:
        x = {"state": 40, "district": 140, "product": 300}
        return {name: [Word(text, x[name], x[name] + 5 * len(text), 0, 10)] for name, text in texts.items()}
    parts = [line(state="Andaman & Nicobar", district="Nicobars", product="1) Kani Shawl 2) Marine"),
             line(state="Islands", product="Products (Shrimp, Prawn & Fish)"),
             line(state="Andaman & Nicobar", district="South Andamans", product="Organic Ginger"), line(state="Islands"),
             line(state="Andhra Pradesh", district="Visakhapatnam", product="Pearl Millet"),
             line(state="Andhra Pradesh", district="YSR Kadapa", product="Pottery")]
    assert _with_places_repeated(parts, [0, 1, 2, 4, 5], places) == ([0, 2, 4, 5], {0, 2, 4, 5})
    # without the directory: as the page shows
    assert _with_places_repeated(parts, [0, 1, 2, 4, 5]) == ([0, 1, 2, 4, 5], {0, 1, 2, 4, 5})


def test_a_text_off_its_rows_line_spans_no_rows_on_a_page_where_every_row_has_its_own():
    """Writer set every cell in the middle of its row, no rules between rows, the state and
    district on every row (fuzz 517300019: 79 of 86 rows doubted 'merged cell's rows unclear',
    read exactly). A text set off its row's first line may be a merged cell's, spanning the rows
    above or below, only where some row of its page leaves that column blank."""
    from pipeline.extract.cells import Row
    from pipeline.extract.unruled import unsure_blocks

    def row(page: int, district: str, floating: bool) -> Row:
        return Row(page, {"district": [Line(district, 0.0)] if district else [], "product": [Line("Tea", 0.0)]}, table=1,
                   floating={"district"} if floating else set())
    rows = [row(1, "Idukki", True), row(1, "Wayanad", True), row(2, "Kollam", False), row(2, "Kannur", True), row(2, "", False),
            row(3, "Kasaragod", True)]
    # (Kannur: from the text above to the next; Kasaragod, alone on its page: from the text above on)
    assert [k for k, _, _ in unsure_blocks(rows)] == [3, 4, 4, 5]


def test_a_line_set_between_two_lines_of_the_last_rows_cell_is_that_rows():
    """Writer set the sector in the middle of the page's last row ("Food" / "Processing"), between
    the lines of its product, which runs on below them (fuzz 1282500063: the table was read as
    ending at "Food", and "Cluster (Mobile Phones and Components)" was lost with no doubt). A
    line that goes on no cell of the last row ends the table only where the line after it does
    not go on one either; a footer after the last row still ends it."""
    from pipeline.extract.unruled import _table_end
    body = ((657.0, {"serial": "72", "sector": "Agriculture", "district": "Baghpat", "product": "a) Bobbili"}),
            (672.4, {"product": "Veena"}), (707.5, {"serial": "73", "product": "Electronics", "district": "Bahraich"}),
            (722.7, {"product": "Manufacturing"}), (730.5, {"sector": "Food"}), (738.2, {"product": "Cluster (Mobile"}),
            (746.0, {"sector": "Processing"}), (753.6, {"product": "Phones and"}), (769.0, {"product": "Components)"}))
    assert _table_end(_parts_at(*body), [0, 2]) == 9
    assert _table_end(_parts_at(*body, (800.0, {"product": "Page 11 of 13"})), [0, 2]) == 9


def test_a_tables_end_is_judged_by_its_lines_feet_not_their_inks_centres():
    """Writer, a state's table ending its page: the product "Chikankari Embroidery", too wide for
    its cell, broke inside its last word, "Embroider" / "y" (fuzz 2280600163, unseen seed 22806).
    By their ink's centres the cell's lines scatter (15.5 to 16.6 pt: "Paper" and "y" reach
    down), the spacing read as 15.7 pt, and the lone "y", 18.9 pt below by its centre, was read
    as past the table: "Chikankari Embroider", with no doubt. By the lines' feet the cell keeps
    16.6 pt, and the "y" goes on it."""
    from pipeline.extract.layers import Word
    from pipeline.extract.unruled import _table_end

    def line(name, *words):  # (text, x0, x1, top, bottom, foot)
        return {name: [Word(t, x0, x1, top, bottom, foot=foot) for t, x0, x1, top, bottom, foot in words]}
    parts = [line("product", ("a)", 155.1, 163.7, 426.7, 435.4, 433.9), ("Chilli", 170.5, 193.3, 426.2, 433.9, 433.9),
                  ("b)", 200.1, 209.3, 426.2, 435.4, 433.9)),
             line("product", ("Handmade", 155.1, 207.1, 442.8, 450.5, 450.5)), line("product", ("Paper", 155.1, 182.6, 460.0, 469.5, 467.2)),
             line("district", ("Bengaluru", 70.1, 119.2, 467.8, 477.8, 475.5)),
             {**line("serial", ("1", 42.1, 47.8, 476.6, 483.7, 483.7)),
              **line("product", ("Products", 155.1, 196.9, 476.1, 483.8, 483.8), ("c)", 201.6, 209.4, 476.6, 485.3, 483.8))},
             line("district", ("Rural", 70.1, 94.8, 484.4, 492.1, 492.1)), line("product", ("Chikankari", 155.1, 204.9, 492.8, 500.5, 500.5)),
             line("product", ("Embroider", 155.1, 204.8, 509.4, 517.1, 517.1)), line("product", ("y", 155.1, 160.2, 528.2, 536.1, float("nan")))]
    assert _table_end(parts, [4]) == 9


def test_rows_told_by_their_lines_alone_are_in_doubt_where_any_table_of_the_list_has_cells_of_several_lines():
    """A state's table of one row, no serials, no rules ("Bamboo" / "Craft" beside "Kandhamal"
    set in the middle): each product line was read as a row, so no cell of that table holds two
    lines, and the rows were not doubted (fuzz 6745300139). Other tables of the list hold cells
    of several lines: which lines make each row is unclear in this one too."""
    from pipeline.extract.cells import Row
    from pipeline.extract.unruled import rows_by_spacing

    def row(table: int, *products: str, by_spacing: bool = False) -> Row:
        return Row(1, {"product": [Line(p, 0.0) for p in products]}, table=table, by_spacing=by_spacing)
    rows = [row(1, "Handmade", "Paper Products"), row(2, "Bamboo", by_spacing=True), row(2, "Craft", by_spacing=True)]
    assert rows_by_spacing(rows) == [1, 2]
    assert rows_by_spacing(rows[1:]) == []


def test_the_lines_after_a_name_broken_at_different_points_of_a_word_are_one_text():
    """Writer, products one a line in a narrow cell, no next line's first word fitting: the
    cell's width broke "Fabrics/Handicrafts" after "Handic" in two cells and after "Handi" in
    another. "Handloom" met two different lines after it only as two cuts of one word, and so
    was read as whole by recurrence: "Handloom" / "Fabrics/Handicrafts" was parted with no
    doubt, and, standing alone, parted the same name elsewhere (fuzz 5092300056). Lines met
    after a text that begin alike, or before it that end alike, are one text met."""
    from pipeline.extract.products import settle_breaks

    def cell(*texts: str) -> list[Line]:
        return [Line(t.lstrip("/~"), 300.0, hard_break=t[0] == "/", joiner="" if t[0] == "~" else " ", x0=200.0) for t in texts]

    carpets = cell("Carpets", "(Bhadohi)", "Handloom", "Fabrics/Handi", "~crafts")
    jaggery = cell("Jaggery", "Handloom", "Fabrics/Handic", "~rafts")
    found = [jaggery, cell("Kani Shawl", "Srikalahasthi", "Kalamkari", "Fabrics/Handic", "~rafts", "/Turmeric"),
             cell("Spices", "Sugarcane", "based products", "(Jaggery)"), carpets]
    settle_breaks(found)
    assert not any(line.hard_break and not line.break_unsure for line in carpets + jaggery)
    assert split_products(carpets)[-1] == "Handloom Fabrics/Handicrafts" and split_products(jaggery)[-1] == "Handloom Fabrics/Handicrafts"


def test_a_row_above_the_lists_first_header_read_is_a_finding_however_few(tmp_path):
    """A state's table of one row above the list's first header read, its own header unread
    (here, labels the header table does not know): its row was lost with no finding, where two
    rows counted from 1 were one (fuzz 4461700055, before its header was read). A lone serial 1
    counts where its line fills as many columns as the header names."""
    from reportlab.pdfgen import canvas

    from pipeline.extract import extract

    path = tmp_path / "one-row-table.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(420, 300))
    pdf.setFont("Helvetica", 10)
    lines = [(270, ["Arunachal Pradesh"]), (252, ["No.", "Place", "Item"]), (236, ["1", "Pakke-Kessang", "Spices"]),
             (210, ["Assam"]), (192, ["Sl. No.", "District", "Product"]), (176, ["1", "Kamrup", "Tea"]), (162, ["2", "Kokrajhar", "Silk"])]
    for y, texts in lines:
        for x, text in zip((30, 90, 200), texts):
            pdf.drawString(x, y, text)
    pdf.save()
    extraction = extract(path)
    assert [(r["state"], r["district"], r["product"]) for r in extraction.records] == [("Assam", "Kamrup", "Tea"), ("Assam", "Kokrajhar", "Silk")]
    assert [detail for _, check, detail in extraction.doubts if check == "tables"] == [
        "page 1: a line above the list's first header begins with serial 1: rows of a table whose header was not read?"]


def test_a_sign_unicode_counts_as_a_digit_is_no_number():
    """OCR read a scan's serial "1" as "①" (fuzz 550300165, unseen seed 5503): `str.isdigit`
    holds for it, `int` does not take it, and the extraction crashed. A number is decimal digits
    (`str.isdecimal`, as `int` and the regular expressions' \\d read them); the column's other
    serials still count on."""
    from pipeline.extract.header import _serials_unnamed
    columns = [Column(None, "#", 0.0, 20.0), Column("product", "Product", 30.0, 200.0)]
    body = [_at(y, (serial, 5, 12), (product, 40, 60)) for y, serial, product in
            ((100.0, "①", "Kiwi"), (115.0, "2", "Tea"), (130.0, "3", "Honey"), (145.0, "4", "Rice"))]
    assert [c.field for c in _serials_unnamed(columns, body)] == ["serial", "product"]


def test_a_counted_marker_goes_on_its_count_past_a_dash():
    """Writer, items counted one a line, a row broken by the page: "(4)" stood alone at the foot
    under "(3) Orthodox" / "Tea", its item overleaf. "products -" of "Rice based products - Poha
    etc" above read as a dash's bullet, which started a list of its own, so "(4)" went on no list
    and was cut as the page's number: its item was read into the one before, with no doubt (fuzz
    550300032, unseen seed 5503). A count goes on past bullets and dashes."""
    from pipeline.extract.markers import next_marker
    above = ["Lakhimpur Kheri (1) Rice", "based", "products -", "Poha etc", "(2) Jaggery", "(3) Orthodox", "Tea (Black)", "and Green", "Tea"]
    assert next_marker("(4)", above)
    assert not next_marker("(5)", above) and next_marker("•", ["• Kiwi", "(2) Tea"])


def test_two_cells_texts_read_as_one_word_hide_no_edge_where_the_next_columns_texts_start():
    """Writer set "Remarks" as close as a word to "ODOP Product", and justified "Makhana (Fox" to
    its cell's edge, where "GI tagged" starts with no padding between: pdfium read "(FoxGI",
    across the edge where "New" and "GI tagged" start on other rows. No edge stood clear of the
    body's words, so the label was never parted, and "GI tagged" was read as products (fuzz
    511800065: "Jaggery GI tagged", no doubt). Two cells' texts that meet where other rows'
    texts start are parted there before the columns are read."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    words = _printed("# 40.0 45.9 668.3 674.5|District 72.2 101.2 668.0 674.5|ODOP 125.7 148.5 668.1 674.5|Product 151.0 181.8 668.0 674.5|"
                     "Remarks 183.7 218.0 668.0 674.5|Apple 125.1 145.0 679.9 686.6|& 149.7 155.1 680.0 686.4|Apple- 159.9 182.3 679.9 686.6|"
                     "1 37.5 42.0 685.1 691.4|Kamrup 48.4 75.8 685.1 691.6|Metropolitan 78.1 122.3 684.9 691.6|New 182.4 197.6 685.1 691.4|"
                     "based 125.1 146.2 689.8 696.3|Products 148.4 178.9 689.8 696.3|2 37.5 42.0 701.8 708.2|Kokrajhar 48.4 81.9 701.7 708.4|"
                     "Cashew 125.1 152.4 701.7 708.2|3 37.5 42.0 718.7 725.1|Kokrajhar 48.4 81.9 718.7 725.1|Jaggery 124.7 151.6 718.8 725.3|"
                     "GI 182.4 189.9 718.7 725.1|tagged 192.1 216.7 718.6 725.3|4 37.5 42.0 735.4 741.9|West 48.4 66.0 735.4 741.9|"
                     "Makhana 125.1 156.9 735.4 741.9|(FoxGI 167.2 189.9 735.4 741.9|tagged 192.1 216.7 735.4 741.9|Nut) 125.1 140.2 745.3 751.8")
    columns, _, _ = find_header(PageContent(1, 595.3, 841.9, words, []), group_lines(words), None)
    assert [c.field for c in columns] == ["serial", "district", "product", None]
    assert 180.0 < columns[2].x1 <= 182.4
    # where no two other texts start, the word is left whole: "Product(s)" in a header
    lines = group_lines(_printed("Product(s) 134.8 177.0 56.7 66.0|Poha 124.5 150.0 77.3 86.0|etc 152.0 160.0 77.3 86.0"))
    from pipeline.extract.header import _parted_where_texts_start
    assert _parted_where_texts_start(lines) == lines


def test_a_line_that_starts_with_0_is_no_rows_line_under_a_header():
    """A list counts its rows from 1. OCR read the "o" of "S.No", broken after "S.N", as "0":
    the header's last line ("0 Name District ory") was taken for a row's, and the title and the
    header's first lines were read as the header (fuzz 1888900060, a scan: F1 0.00)."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    words = _printed("S.N 39.0 58.0 115.6 128.2|State 77.0 104.0 115.6 128.2|Name 139.0 168.0 115.8 128.2|of 172.0 183.0 115.8 128.2|"
                     "Categ 354.0 384.0 116.0 128.3|Products 251.0 298.0 121.4 134.0|Remarks 401.0 447.0 121.3 134.5|"
                     "0 45.0 52.0 129.7 139.6|Name 76.0 105.0 127.9 140.0|District 141.0 183.0 127.4 140.6|ory 361.0 379.0 128.3 140.9|"
                     "1 46.0 52.0 142.1 154.5|Andaman 63.0 110.0 142.1 154.5|& 113.0 120.0 142.1 154.5|Nicobars 139.0 185.0 142.2 154.9|"
                     "Chilli 230.0 260.0 142.0 154.9|Tertiar 353.0 388.0 142.2 154.9|2 46.0 52.0 160.0 172.0|"
                     "Nicobar 72.0 112.0 160.0 172.0|North 139.0 170.0 160.0 172.0|Pottery 230.0 270.0 160.0 172.0|Primar 353.0 388.0 160.0 172.0")
    columns, (top, bottom), _ = find_header(PageContent(1, 595.2, 842.0, words, []), group_lines(words), None)
    assert [c.field for c in columns][1:] == ["state", "district", "product", "category", None] and 140.0 < bottom < 142.0


def test_a_labels_last_line_at_the_pitch_of_its_own_lines_is_the_headers():
    """Writer broke "identified" in a narrow column ("identifie" / "d"), the label's lines 14 pt
    apart, with "Sector Category" set in the middle between them. The white above "d" (6.7 pt)
    was wider than the block's widest (4.7 pt, under "s)", whose box stands taller), so "d" was
    read as the first row's product, then joined to a product as "Rice based productsd" with no
    doubt (fuzz 1932300189). A line that stands below the line above it in its own column as a
    label's own lines stand, foot to foot, goes on the header."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    from pipeline.extract.layers import PageContent
    printed = ("Product( 133.6 174.7 320.6 329.9 327.9|Sl. 41.0 53.2 334.6 341.9 341.9|Name 74.9 102.1 334.9 341.9 341.9|"
               "of 104.9 114.3 334.6 341.9 341.9|s) 149.7 158.5 334.6 343.9 341.9|Sector 188.7 219.8 341.8 348.9 348.9|"
               "Category 236.1 279.4 341.8 350.9 348.9|No. 39.1 55.2 348.9 355.9 355.9|District 77.4 111.8 348.6 355.9 355.9|"
               "identifie 135.0 173.2 348.6 355.9 355.9|d 151.1 157.2 362.6 369.9 369.9|Orthodox 133.6 174.7 381.1 388.4 388.4|"
               "Tea 145.5 162.7 395.4 402.4 402.4|Alluri 83.5 105.7 402.1 409.4 409.4|(Black) 138.6 169.7 409.1 418.4 416.4|"
               "1 44.4 50.0 416.4 423.3 423.3|Sitharama 71.9 117.4 416.1 423.4 423.4|Agriculture 180.4 228.1 416.1 425.4 423.4|"
               "Secondary 233.9 281.7 416.1 425.4 423.4|2 44.4 50.0 450.4 457.3 457.3|Nellore 75.0 110.0 450.4 457.3 457.3|"
               "Tamarind 138.0 172.0 450.4 457.3 457.3|Textiles 180.4 215.0 450.4 457.3 457.3|Primary 233.9 268.0 450.4 457.3 457.3")
    words = [Word(text, *map(float, box[:4]), foot=float(box[4])) for text, *box in (w.split() for w in printed.split("|"))]
    _, (top, bottom), _ = find_header(PageContent(1, 841.9, 595.3, words, []), group_lines(words), None)
    assert bottom == 369.9


def test_a_scanned_line_that_begins_with_a_small_letter_shaped_as_its_capital_may_begin_an_item():
    """At 150 dpi OCR read "Stone Carving" and "Spices", each an item on a line of its own, as
    "stone carving" and "spices", sure of them: a line in lower case goes on the item above, and
    "Venkatagiri Cotton Sarees stone carving" was read with no doubt (fuzz 569900076). "s" and
    "S" differ in size alone: where the line's text to the item's end is an item the list reads
    elsewhere or a name of the initiative, the line may begin an item. Not after a line that runs
    on ("of silk &" / "cotton"), nor a wrap's rest that is neither ("of silk & cotton", "carvings"
    of "Red Sander & Wood" / "carvings", its capital misread as often)."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import misread_cells

    def cell(*lines: str) -> list[Line]:
        return cell_lines([[Word(w, 10.0 * k, 10.0 * k + 8, 12.0 * n, 12.0 * n + 10, 0.99) for k, w in enumerate(text.split())]
                           for n, text in enumerate(lines)], 900.0, 0.0)

    rows = [Row(1, cells={"district": cell("Kullu"), "product": cell(*lines)}) for lines in [
        ("Venkatagiri Cotton Sarees", "stone carving"), ("Zari-Zardozi", "spices"), ("Handloom products of silk &", "cotton"),
        ("Spices",), ("Handloom products", "of silk & cotton"), ("Red Sander & Wood", "carvings")]]
    found = misread_cells(rows)
    assert sorted(found) == [0, 1] and found[1][0][1] == ("product", ("spices",))


def test_a_line_between_two_serials_of_a_table_set_at_its_rows_foot_is_the_lower_rows():
    """Calc set every cell at its row's foot, no rules, rows abutting; scanned at 200 dpi, its
    lines stood about evenly apart: "Lacquerware/Wooden", the first line of Basti's "Lacquerware/
    Wooden Toys", 15.7 pt under Bareilly's serial line and 14.2 pt over Basti's. Lines between two
    serials that stand evenly went to the row above, as a table set at the top reads them, and
    the product was read as two, Bareilly's with no doubt (unseen fuzz 915700095). Set at the
    foot, no row's own cell reaches below its serial's line: such a line is the lower row's."""
    from pipeline.extract.layers import PageContent
    from pipeline.extract.unruled import unruled_rows
    columns = [Column("serial", "#", 30.0, 70.0), Column("district", "District", 250.0, 420.0), Column("product", "Product", 420.0, 560.0)]
    lines = [_at(335.3, ("Pickles,", 422.3, 464.8), ("Papad", 471.6, 505.8), ("&", 511.6, 519.5), size=14.5),
             _at(348.9, ("81", 37.8, 51.1), ("Barabanki", 256.7, 315.0), ("Spices", 421.9, 459.7), size=14.5),
             _at(364.8, ("82", 37.8, 51.1), ("Barabanki", 256.7, 315.4), ("Bamboo", 422.3, 470.2), ("Shoots", 475.2, 514.8), size=14.5),
             _at(380.2, ("83", 37.8, 51.5), ("Bareilly", 256.7, 299.9), ("Makhana", 422.3, 474.8), ("(Fox", 480.6, 504.7),
                 ("Nut)", 510.5, 534.2), size=14.5),
             _at(395.6, ("Lacquerware/Wooden", 422.3, 551.2), size=14.5),
             _at(410.1, ("84", 37.8, 51.8), ("Basti", 256.7, 284.0), ("Toys", 421.2, 448.9), size=14.5),
             _at(426.4, ("85", 37.8, 51.5), ("Bhadohi", 256.7, 303.1), ("Pearl", 422.3, 450.7), ("Millet", 459.7, 487.8), size=14.5),
             _at(441.3, ("Uppada", 422.3, 466.6), ("Jamdani", 470.9, 518.8), size=14.5),
             _at(455.5, ("86", 37.8, 51.5), ("Bijnor", 256.7, 290.2), ("Sarees", 421.9, 461.9), size=14.5)]
    page = PageContent(5, 842.0, 595.0, [w for line in lines for w in line])
    rows, setting, _, _ = unruled_rows(page, columns, lines, 320.0, 1, "bottom")
    assert setting == "bottom"
    assert [(row.text("serial"), row.text("product")) for row in rows] == [
        ("81", "Pickles, Papad & Spices"), ("82", "Bamboo Shoots"), ("83", "Makhana (Fox Nut)"), ("84", "Lacquerware/Wooden Toys"),
        ("85", "Pearl Millet"), ("86", "Uppada Jamdani Sarees")]


def test_a_serial_read_as_a_numeral_of_another_script_starts_its_row_in_doubt():
    """The recogniser, which knows Chinese, read the serial "1" of a 300 dpi scan as "一": the
    row had no serial, and the first two rows were read as one, "Odisha Tamil Nadu" (unseen fuzz
    2701300184: F1 0.84). A serial is a number, whatever numeral prints it: the row starts
    there, and a numeral that is no digit is in doubt."""
    from pipeline.extract.cells import Row
    from pipeline.extract.layers import PageContent
    from pipeline.extract.pdf import misread_cells
    from pipeline.extract.unruled import unruled_rows
    columns = [Column("serial", "S.No", 40.0, 80.0), Column("state", "Name of State/UT", 80.0, 180.0),
               Column("district", "Name of District", 180.0, 280.0), Column("product", "Products", 280.0, 500.0)]
    lines = [_at(129.5, ("一", 49.6, 51.4), ("Odisha", 82.7, 111.2), ("Jagatsinghpur", 186.7, 242.1), ("Groundnut", 286.7, 329.9),
                 ("Oil", 333.9, 345.0), size=11.0),
             _at(151.2, ("2", 48.6, 52.9), ("Tamil", 82.7, 109.4), ("Nadu", 112.1, 130.2), ("Kanniyakumari", 187.1, 248.2),
                 ("Venkatagiri", 287.1, 333.2), ("Cotton", 336.4, 363.0), ("Sarees", 366.6, 392.2), size=11.0),
             _at(172.0, ("3", 48.6, 52.5), ("Stone", 287.1, 308.7), ("Carving", 313.0, 344.0), size=11.0)]
    page = PageContent(1, 595.0, 842.0, [w for line in lines for w in line])
    rows, _, _, _ = unruled_rows(page, columns, lines, 120.0, 1, "top", first=True)
    assert [(row.text("serial"), row.text("state")) for row in rows] == [("一", "Odisha"), ("2", "Tamil Nadu"), ("3", "")]
    assert [detail for detail, *_ in misread_cells(rows)[0]] == ["serial '一' may be misread: a numeral that is no digit"]
    assert 1 not in misread_cells(rows)


def test_two_scanned_items_that_read_a_name_but_for_a_sign_between_are_in_doubt():
    """OCR lost the "-" that ended a justified line ("Rice based" / "products -" / "Poha etc"):
    the line ended short of the column's edge, so the next seemed to begin an item, and
    "Rice based products" and "Poha etc" were read as two, with no doubt (unseen fuzz 339100165,
    200 dpi). Two items of a cell that read one of the initiative's names but for a sign left out
    between them are in doubt; two names side by side are not."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import misread_cells

    def cell(*lines: str) -> list[Line]:
        return [Line(text, 100.0, hard_break=k > 0, x0=0.0, room=100.0, size=10.0) for k, text in enumerate(lines)]

    rows = [Row(1, cells={"district": [Line("Janjgir-Champa", 60.0)], "product": cell("Rice based products", "Poha etc")}),
            Row(1, cells={"district": [Line("Bastar", 60.0)], "product": cell("Rice based products", "Kiwi")})]
    found = misread_cells(rows)
    assert [scope for _, scope, _ in found[0]] == [("product", ("Rice based products",)), ("product", ("Poha etc",))]
    assert 1 not in found


def test_rows_told_by_where_their_lines_stand_are_sure_where_their_cells_centre_alike():
    """Calc, no serials, rules under the header only, cells set in the middle of rows that abut:
    which lines make each row was told by where they stand alone, and every such row was in doubt
    (fuzz 3224900055: read exactly, 106 of 215 rows doubted). A row whose cells are centred on
    one level shows its edges: a line given to the wrong row moves a middle by half a line. Two
    rows read as one centre alike only where every cell holds lines of both, as many more of one
    row's as of the other's: all cells of two lines, say."""
    from pipeline.extract.unruled import _centred_alike

    def cell(*tops: float) -> list[tuple[float, float]]:
        return [(top, top + 10.0) for top in tops]

    assert _centred_alike([cell(110.0), cell(98.0, 110.0, 122.0)], 10.0)  # one line and three, centred on 115
    assert not _centred_alike([cell(110.0), cell(98.0, 110.0)], 10.0)  # the third given to the row below
    assert not _centred_alike([cell(100.0, 112.0), cell(100.0, 112.0)], 10.0)  # two rows of one line each, read as one
    assert _centred_alike([cell(100.0, 112.0), cell(94.0, 106.0, 118.0)], 10.0)  # two lines and three: one row
    assert not _centred_alike([cell(110.0)], 10.0)  # one cell shows nothing


def _lines_of(texts: list[str], left: float = 100.0, room: float = 84.4, letter: float = 5.0) -> list[Line]:
    """A cell's lines, as `cell_lines` reads them: "Processed " ends on the space it was wrapped at."""
    words, y = [], 0.0
    for text in texts:
        line, x = [], left
        for word in text.rstrip().split():
            line.append(Word(word, x, x + letter * len(word), y, y + 10.0))
            x += letter * len(word) + 3.0
        line[-1].wrapped = text.endswith(" ")
        words.append(line)
        y += 12.0
    return cell_lines(words, left + room, left)


def test_where_the_engine_draws_the_space_it_wrapped_at_a_lines_end_tells_its_break():
    """Writer, a list one a line, no markers: "Blue Pottery" / "Processed" / "Prawns/Shrimp", where
    "Processed" would not have fitted after "Blue Pottery", read as one product, and "Venkatagiri"
    / "Cotton" / "Sarees" read as two (fuzz 460700001, "line break unsettled"). LibreOffice draws
    the space it wrapped a line at: "Processed " was wrapped, "Blue Pottery" was broken by hand
    with room left for a space. A line that fills its cell has no room for the space."""
    from pipeline.extract.cells import settle_breaks_by_wrap_spaces

    sure = [_lines_of(["Sugarcane ", "based ", "products ", "(Jaggery)"], room=60.0), _lines_of(["Sarees and ", "fabrics"], room=60.0)]
    cell = _lines_of(["Blue Pottery", "Processed ", "Prawns/Shrimp", "Venkatagiri ", "Cotton Sarees", "Kiwi"])
    full = _lines_of(["Organic Ginger", "Venkatagiri Cotton", "Sarees"], room=90.0)
    settle_breaks_by_wrap_spaces([cell, full], [*sure, cell, full])
    assert split_products(cell) == ["Blue Pottery", "Processed Prawns/Shrimp", "Venkatagiri Cotton Sarees", "Kiwi"]
    assert not any(line.break_unsure for line in cell)
    assert [line.hard_break for line in full] == [False, True, False]  # as the widths read it: "Sarees" would not have fitted

    def read(sure, typed: bool = False):
        cell = _lines_of(["Blue Pottery", "Processed ", "Prawns/Shrimp"])
        spaced = [_lines_of(["Kiwi ", "Tea"])] if typed else []  # "Tea" would have fitted after "Kiwi ": a space typed
        settle_breaks_by_wrap_spaces([cell, *spaced], [*sure, cell, *spaced])
        return [(line.hard_break, line.settled) for line in cell]

    assert read(sure) == [(False, False), (True, False), (False, True)]
    assert read(sure, typed=True) == [(False, False), (True, False), (False, False)]  # a space tells nothing
    assert read(sure[:1]) == read([_lines_of(["Sugarcane", "based ", "products ", "(Jaggery)"], room=60.0)]) == [(False, False)] * 3


def test_lines_printed_over_the_next_rows_first_line_are_not_spaced_and_stay_with_their_row():
    """Calc, no rules, cells set at the top of rows too low for their text (the page's first six
    rows): "Janjgir-Champa"'s products run on past its row, "Mango Pulp" printed over the next
    row's "Woollen Shawls," (8.3 pt apart by their feet; a cell's lines, 13.4 pt). Taken for the
    least white between the two serials, it made the next widest a row's edge (13.5 pt, above
    "Cashew"), and "Cashew" and "Mango Pulp" went to "Bastar", with no doubt; Daman's and Diu's
    last products went down alike (fuzz 1103300069). Lines closer than a cell's lines stand are
    not spaced: the lines between two serials keep one spacing, and stay with the row above."""
    from pipeline.extract.unruled import unruled_rows
    printed = [
               "1 56.2 62.9 114.0 122.2 122.2|Chhattisgarh 122.7 190.7 113.5 124.7 122.3|"
               "Janjgir-Champa 264.8 349.6 113.5 124.7 122.3|Fruits 409.4 439.3 113.5 122.3 122.3|"
               "& 442.6 450.6 113.9 122.3 122.3|Textiles 517.7 559.0 113.5 122.3 122.3",
               "Vegetables 399.9 460.0 126.9 138.1 135.7",
               "Processing 400.3 459.7 140.3 151.5 149.1",
               "(Tomato, 386.6 434.5 153.7 164.9 162.5|Onion, 437.8 473.1 153.7 163.9 162.5",
               "Potato) 410.7 449.3 167.1 178.3 175.9",
               "Venkatagiri 399.9 459.9 180.5 191.7 189.3",
               "Cotton 391.6 426.9 194.2 202.7 202.7|Sarees 430.2 468.2 194.2 202.7 202.7",
               "Cashew 408.2 451.6 207.4 216.2 216.2",
               "Mango 397.9 434.6 221.2 232.0 229.6|Pulp 437.9 461.9 220.8 232.0 229.6",
               "2 56.2 62.9 229.4 237.8 237.8|Bastar 290.0 324.6 229.5 237.9 237.9|"
               "Woollen 385.6 429.0 229.1 237.9 237.9|Shawls, 432.3 474.3 229.1 239.3 237.9|"
               "Agriculture 509.6 567.0 229.1 240.3 237.9",
               "Stoles 407.7 441.0 242.5 251.3 251.3|& 444.3 452.3 242.9 251.3 251.3",
               "Carpets 409.0 451.0 256.2 267.1 264.7",
               "3 56.2 62.9 269.0 277.5 277.5|Dadra 92.2 124.9 268.7 277.5 277.5|and 128.2 148.2 268.7 277.5 277.5|"
               "Nagar 151.6 184.3 269.1 279.9 277.5|Haveli 187.6 220.9 268.7 277.5 277.5|"
               "Dadra 242.8 275.5 268.7 277.5 277.5|and 278.8 298.8 268.7 277.5 277.5|"
               "Nagar 302.1 334.8 269.1 279.9 277.5|Haveli 338.1 371.5 268.7 277.5 277.5|"
               "Blue 397.4 421.4 268.7 277.5 277.5|Pottery 424.7 462.6 269.1 279.9 277.5|"
               "Agriculture 509.6 567.0 268.7 279.9 277.5",
               "4 56.2 62.9 284.1 292.4 292.4|and 103.3 123.3 282.1 290.9 290.9|Daman 126.6 165.3 282.6 290.9 290.9|"
               "and 168.6 188.7 282.1 290.9 290.9|Diu 192.0 210.0 282.1 290.9 290.9|"
               "Daman 287.9 326.6 284.1 292.5 292.5|Walnut 394.0 431.3 283.7 292.5 292.5|"
               "Wood 434.6 465.9 283.7 292.5 292.5|Food 493.3 520.6 283.7 292.5 292.5|"
               "Processing 523.9 583.3 283.7 294.9 292.5",
               "Carving 409.3 450.7 297.1 308.3 305.9",
               "Red 392.3 414.3 310.5 319.3 319.3|Sander 417.6 456.3 310.5 319.3 319.3|"
               "& 459.6 467.6 310.9 319.3 319.3",
               "Wood 388.9 420.2 323.9 332.7 332.7|Carvings 423.5 470.9 323.9 335.1 332.7",
               "Coir 400.6 422.6 337.3 346.1 346.1|& 425.9 433.9 337.7 346.1 346.1|Coir 437.2 459.3 337.3 346.1 346.1",
               "Products 406.3 453.6 350.7 359.5 359.5",
               "Mango 397.9 434.6 364.6 375.3 372.9|Pulp 437.9 461.9 364.1 375.3 372.9",
               "5 56.2 62.9 374.3 382.7 382.7|Diu 298.3 316.3 373.9 382.7 382.7|"
               "Processed 401.6 458.3 373.9 382.7 382.7|Agriculture 509.6 567.0 373.9 385.1 382.7",
               "Prawns/Shrimp 389.3 470.6 387.3 398.5 396.1",
               "Bamboo 393.0 437.7 400.7 409.5 409.5|Craft 441.0 467.0 400.7 409.5 409.5",
               "Chikankari 401.6 458.3 414.1 422.9 422.9",
               "Embroidery 399.3 460.6 427.5 438.7 436.3"]
    columns = [Column("serial", "Serial No.", 0.0, 84.0), Column("state", "Name of State/UT", 84.0, 231.9),
               Column("district", "District", 231.9, 378.6), Column("product", "Products", 378.6, 483.8),
               Column("sector", "Sector", 483.8, 606.8)]
    page, lines = _page_printed(1, 842.0, 595.0, printed)
    rows, _, _, _ = unruled_rows(page, columns, lines, 108.7, 1, first=True)
    assert [(row.text("district"), row.text("product")) for row in rows[:5]] == [
        ("Janjgir-Champa", "Fruits & Vegetables Processing (Tomato, Onion, Potato) Venkatagiri Cotton Sarees Cashew Mango Pulp"),
        ("Bastar", "Woollen Shawls, Stoles & Carpets"), ("Dadra and Nagar Haveli", "Blue Pottery"),
        ("Daman", "Walnut Wood Carving Red Sander & Wood Carvings Coir & Coir Products Mango Pulp"),
        ("Diu", "Processed Prawns/Shrimp Bamboo Craft Chikankari Embroidery")]


def test_a_state_name_wrapped_word_under_word_under_the_header_opens_the_body():
    """Chromium, no rules, no serials, a narrow state column: "Jammu" / "and" / "Kashmir" set
    close under the header "Name" / "of" / "State/UT", "Jammu" read in one phrase with the
    district beside it. No line held a state's name or began one by itself, so the header took
    the first two rows, and every state of the list was read one state down (fuzz 2911700132:
    F1 0.30). A word and the words under it that read a state's name are a row's cell."""
    from pipeline.extract.cells import group_lines
    from pipeline.extract.header import find_header
    printed = ["Name 43.4 75.8 83.5 98.5|District 121.7 163.7 83.5 98.5|Product 238.6 282.8 83.5 98.5|Sector 343.3 378.7 83.5 98.5|"
               "GI 420.0 432.9 83.5 98.5",
               "of 54.0 66.0 97.0 112.0|Status 409.1 443.8 97.0 112.0",
               "State/UT 37.0 83.8 110.5 125.5",
               "Jammu 36.9 74.9 127.2 142.0|Anantnag 84.2 135.4 127.2 142.0|Fisheries/Marine 203.2 291.9 127.2 142.0|"
               "Agriculture 320.1 380.0 127.2 142.0|New 403.9 427.6 127.2 142.0",
               "and 37.0 57.0 140.7 155.5|products 203.2 249.4 140.7 155.5",
               "Kashmir 37.0 81.9 153.5 168.2|Fruits 203.2 234.2 153.5 168.2|& 237.1 245.2 153.5 168.2|Vegetables 248.1 303.6 153.5 168.2",
               "Processing 203.2 259.1 167.0 181.7|(Tomato, 262.0 307.8 167.0 181.7",
               "Onion, 203.2 238.2 180.5 195.2|Potato) 241.0 278.1 180.5 195.2",
               "Coffee 203.2 235.9 194.0 208.7|(Araku) 238.7 278.6 194.0 208.7",
               "Terracotta 203.2 257.3 207.5 222.2",
               "Baramulla 84.2 139.1 224.0 238.7|Handmade 203.2 261.2 224.0 238.7|Paper 264.0 294.7 224.0 238.7|"
               "Handicraft 320.1 376.9 224.0 238.7|GI 403.9 415.7 224.0 238.7",
               "Products 203.2 249.3 237.5 252.2|tagged 403.9 438.4 237.5 252.2",
               "Srikalahasthi 203.2 272.6 251.0 265.7",
               "Kalamkari 203.2 258.4 264.5 279.2",
               "Fabrics/Handicrafts 203.2 306.1 277.2 292.0"]
    page, _ = _page_printed(1, 595.0, 842.0, printed)
    columns, (_, bottom), _ = find_header(page, group_lines(page.words), None)
    assert bottom == 125.5 and [c.field for c in columns][:3] == ["state", "district", "product"]


def test_a_district_cut_inside_a_word_by_the_pages_edge_is_the_one_district_it_begins(places):
    """Chromium drew a table wider than the page, its district column last: the page cut
    "Thiruvananthapuram" to "Thiruvananthap" (fuzz 2911700042: 3 rows wrong, in doubt). A district
    cut inside a word that names no district of its state is the one district of the state that
    begins so; a text that names one, or begins two, or was not cut, stays as printed."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _records

    def district(state: str, text: str, cut: bool = True) -> str:
        row = Row(cells={"state": [Line(state, 60.0)], "district": [Line(text, 160.0, cut=cut)], "product": [Line("Kiwi", 260.0)]}, page=1)
        return _records([row], {}, places=places)[0][0]["district"]

    assert district("Kerala", "Thiruvananthap") == "Thiruvananthapuram"
    assert district("Kerala", "Thiruvananthap", cut=False) == "Thiruvananthap"
    assert district("Kerala", "Kollam") == "Kollam"
    assert district("West Bengal", "Purba") == "Purba"  # Purba Bardhaman or Purba Medinipur


def test_lines_of_other_columns_closer_than_a_cells_lines_are_spaced_all_the_same():
    """A scan of Writer's, no rules: serials set in the middle of their rows, the other cells at
    their foot, so a serial's line stands 5 pt from the cells' lines beside it (11.2 pt apart).
    Lines of different columns are set apart by how their rows set them, not printed over each
    other: taken for that, the white between two rows (20 pt) was the only spacing left to
    measure it against, and "Uppada" went to the row above (kept scan 460700084). Only lines
    that share a column are printed over each other."""
    from pipeline.extract.unruled import unruled_rows
    printed = [
               "Fisheries/ 164.8 198.6 88.5 97.3 96.1",
               "Food 218.0 234.6 94.1 104.0 102.2",
               "1 37.8 41.4 100.4 109.2 107.6|Sarangarh-Bilaigarh 66.2 137.4 99.9 109.5 107.6|"
               "Marine 164.8 188.5 99.8 109.7 107.9",
               "Processing 218.0 255.8 105.6 115.3 113.3",
               "products 164.8 195.7 111.0 120.7 118.7",
               "Bamboo 164.8 193.9 125.5 134.8 133.1|Food 218.0 234.6 125.0 134.9 133.1",
               "2 37.8 41.4 131.2 140.6 138.9|Sarangarh-Bilaigarh 66.2 137.4 131.2 140.9 138.9",
               "Shoots 164.8 188.5 136.5 146.4 144.6|Processing 218.0 255.8 136.6 146.2 144.3",
               "Uppada 164.8 191.8 150.6 160.3 158.3",
               "Mohla-Manpur-Ambagarh 66.6 156.9 156.4 166.0 164.1|Food 218.0 234.6 156.3 166.2 164.4",
               "3 37.8 41.4 162.2 171.5 169.8|Jamdani 163.7 192.8 161.4 173.5 171.3",
               "Chouki 66.2 90.3 167.9 177.3 175.6|Processing 218.0 255.8 167.9 177.2 175.6",
               "Sarees 164.8 188.5 173.2 183.1 181.3",
               "Large 164.8 184.2 187.7 197.0 195.4|Food 218.0 234.6 187.3 197.2 195.4",
               "4 37.4 41.7 193.5 202.8 201.1|Gaurela-Pendra-Marwahi 66.2 154.7 193.0 202.9 201.1",
               "Cardamom 164.4 203.6 198.9 208.2 206.5|Processing 218.0 255.8 198.9 208.1 206.5",
               "Etikoppaka 164.8 203.6 212.8 222.5 220.5|Food 218.4 234.6 212.9 222.2 220.5",
               "5 37.8 41.4 219.0 228.4 226.7|Janjgir-Champa 65.5 120.9 218.6 228.3 226.3",
               "Toys 164.4 180.6 224.4 233.7 232.1|Processing 218.0 255.8 224.0 233.7 231.7"]
    columns = [Column("serial", "Serial No.", 0.0, 64.5), Column("district", "District", 64.5, 162.7),
               Column("product", "ODOP Product", 162.7, 216.7), Column("sector", "Sector", 216.7, 595.4)]
    page, lines = _page_printed(3, 595.4, 841.9, printed)
    rows, _, _, _ = unruled_rows(page, columns, lines, 84.6, 1, "middle", first=True)
    assert [row.text("product") for row in rows] == [
        "Fisheries/Marine products", "Bamboo Shoots", "Uppada Jamdani Sarees", "Large Cardamom", "Etikoppaka Toys"]


def test_a_spreadsheets_text_centred_on_a_cell_begun_on_the_page_before_stands_as_its_rows_set_it():
    """Calc, no rules, no serials, state cells merged and centred: Bihar's cell begins at the
    foot of page 1 (58.2 pt of its rows there) and ends three rows down page 2, where Calc
    centred "Bihar" on the whole cell, level with the first row. Shifted by half the rows above,
    the text was measured from the box of the rows' edges (the page's first edge 24 pt above the
    first row's text), the box nearer it before the shift and far off after:
    Bihar's cell was read as one row, and Muzaffarpur and Bhagalpur went to Chhattisgarh (fuzz
    917300138, every state of pages 2 and 3 a cell down: F1 0.78, in doubt). The text's offset
    is measured after the shift, from whichever box of its rows sets it nearer."""
    from pipeline.extract.unruled import unruled_rows
    printed = [
               "(1) 330.2 342.9 63.3 72.7 72.7|Cashew 345.7 380.9 63.3 72.7 72.7",
               "Bihar 37.0 60.6 75.7 85.1 85.1|Pashchim 219.7 262.9 74.9 84.2 84.2|"
               "Champaran 265.8 318.2 74.9 84.6 84.2|(2) 330.2 342.9 75.0 84.4 84.4|"
               "Agro-processing: 345.7 421.7 75.0 84.7 84.4|Millet- 424.5 452.0 75.0 84.4 84.4",
               "based 330.2 357.3 86.7 96.1 96.1|Value-added 360.1 416.9 86.7 96.1 96.1|"
               "Foods 419.8 446.3 86.7 96.1 96.1",
               "Muzaffarpur 219.7 273.9 98.8 108.5 108.2|Processed 330.2 375.8 98.8 108.2 108.2|"
               "Pork 378.7 398.5 98.8 108.2 108.2",
               "(1) 330.2 342.9 110.8 120.2 120.2|Pickles, 345.7 379.3 110.8 120.2 120.2|"
               "Papad 382.3 410.1 110.8 120.5 120.2|& 413.0 420.0 111.0 120.2 120.2|"
               "Spices 422.8 451.9 110.8 120.5 120.2",
               "(2) 330.2 342.9 122.5 131.9 131.9|Brass 345.7 370.5 122.8 131.9 131.9|& 373.5 380.5 122.7 131.9 131.9|"
               "Bell 383.4 400.1 122.5 131.9 131.9|Metal 402.9 427.8 122.5 131.9 131.9",
               "Bhagalpur 219.7 265.9 128.3 138.0 137.7",
               "Utensils 330.2 365.9 134.2 143.6 143.6",
               "(3) 330.2 342.9 145.9 155.3 155.3|Tamarind 345.7 388.7 145.9 155.3 155.3",
               "(1) 330.2 342.9 157.0 166.4 166.4|Marine 345.7 376.4 157.0 166.4 166.4|"
               "Products 379.4 418.4 157.0 166.4 166.4",
               "(Shrimp, 330.2 368.7 168.7 178.4 178.0|Prawn 371.6 399.3 169.0 178.0 178.0|"
               "& 402.2 409.2 168.9 178.0 178.0|Fish) 412.0 433.7 168.7 178.0 178.0",
               "Sarangarh-Bilaigarh 219.7 309.4 174.6 184.3 184.0",
               "(2) 330.2 342.9 180.4 189.8 189.8|Orthodox 345.7 387.8 180.4 189.8 189.8|"
               "Tea 390.6 407.1 180.7 189.8 189.8|(Black) 410.1 441.3 180.4 189.8 189.8",
               "and 330.2 347.1 192.1 201.5 201.5|Green 350.0 377.4 192.3 201.5 201.5|"
               "Tea 380.2 396.7 192.4 201.5 201.5",
               "(1) 330.2 342.9 202.8 212.1 212.1|Brass 345.7 370.5 203.1 212.1 212.1|& 373.5 380.5 203.0 212.1 212.1|"
               "Bell 383.4 400.1 202.8 212.1 212.1|Metal 402.9 427.8 202.8 212.1 212.1",
               "Utensils 330.2 365.9 214.5 223.9 223.9",
               "Mohla-Manpur- 219.7 287.2 226.1 235.8 235.4|(2) 330.2 342.9 226.2 235.6 235.6|"
               "Venkatagiri 345.7 397.3 226.2 235.9 235.6|Cotton 400.1 430.2 226.4 235.6 235.6",
               "Ambagarh 219.7 266.5 237.9 247.6 247.3|Chouki 269.4 300.3 237.9 247.3 247.3|"
               "Sarees 330.2 360.8 238.1 247.3 247.3",
               "(3) 330.2 342.9 249.6 258.9 258.9|Woollen 345.7 381.9 249.6 258.9 258.9|"
               "Shawls, 384.7 419.1 249.6 258.9 258.9|Stoles 422.1 449.5 249.6 258.9 258.9",
               "& 330.2 337.2 261.6 270.8 270.8|Carpets 340.0 375.0 261.6 271.1 270.8",
               "Gaurela-Pendra- 219.7 293.1 272.4 281.8 281.8|(1) 330.2 342.9 272.4 281.8 281.8|"
               "Coir 345.7 363.8 272.4 281.8 281.8|& 366.7 373.7 272.6 281.8 281.8|Coir 376.6 394.5 272.4 281.8 281.8|"
               "Products 397.4 436.6 272.4 281.8 281.8",
               "Chhattisgarh 37.0 95.0 278.2 287.9 287.6",
               "Marwahi 219.7 257.8 284.1 293.5 293.5|(2) 330.2 342.9 284.1 293.5 293.5|"
               "Honey 345.7 374.5 284.4 293.8 293.5"]
    columns = [Column("state", "State Name", 0.0, 218.3), Column("district", "Districts", 218.3, 329.2),
               Column("product", "Products", 329.2, 595.0)]
    page, lines = _page_printed(2, 595.0, 842.0, printed)
    rows, _, _, _ = unruled_rows(page, columns, lines, 61.1, 1, "middle", {"state": "middle"}, rows_whole=True, ended={"state": 58.2})
    assert [(row.text("state"), row.text("district")) for row in rows] == [
        ("Bihar", "Pashchim Champaran"), ("", "Muzaffarpur"), ("", "Bhagalpur"), ("Chhattisgarh", "Sarangarh-Bilaigarh"),
        ("", "Mohla-Manpur-Ambagarh Chouki"), ("", "Gaurela-Pendra-Marwahi")]


def test_the_rows_above_a_pages_first_state_are_the_running_cells_only_where_the_directory_places_them_so(places):
    """Writer, no rules, merged state cells set in the middle, split at a page break at the top
    of their first part: Chhattisgarh's cell runs on into page 4 from the page before, and the
    page's first state text, "Dadra and Nagar Haveli and Daman and Diu", starts level with the
    row of the district "Dadra and Nagar Haveli". Set in the middle of that row and the next or
    of the next alone, it stands as well; the directory told which for the page's own texts,
    not for the rows above its first, which the running cell took (fuzz 917300189: 1 row wrong,
    in doubt). The rows above the first text are the running cell's, and the districts there
    count against its state as they do against a text's."""
    from pipeline.extract.unruled import unruled_rows
    printed = [
               "products 258.9 299.2 356.8 365.5 365.2|- 326.6 329.6 357.0 365.2 365.2",
               "Poha 258.9 281.6 369.6 378.0 378.0|etc 292.2 306.2 369.8 378.0 378.0|"
               "(3) 316.9 329.6 369.6 378.0 378.0",
               "Makhana 258.9 301.2 382.4 390.8 390.8|(Fox 309.5 329.6 382.4 390.8 390.8",
               "25 38.4 49.8 388.9 397.2 397.2|Bastar 134.1 164.0 389.0 397.2 397.2",
               "Nut) 258.9 279.7 395.2 403.6 403.6|(4) 316.9 329.7 395.2 403.6 403.6",
               "Srikalahasthi 258.9 319.3 408.0 416.4 416.4",
               "Kalamkari 258.9 305.7 420.8 429.2 429.2",
               "Fabrics/Handic 258.9 328.8 433.6 442.0 442.0",
               "rafts 258.9 280.1 446.4 454.8 454.8",
               "26 38.4 49.8 463.7 472.0 472.0|Dadra 67.9 95.9 463.6 472.0 472.0|and 112.7 129.6 463.6 472.0 472.0|"
               "Dadra 134.1 162.1 463.6 472.0 472.0|and 164.9 181.8 463.6 472.0 472.0|"
               "Nagar 184.7 213.3 463.8 472.4 472.0|Haveli 216.2 245.6 463.6 472.0 472.0|"
               "Groundnut 258.9 308.3 463.6 472.0 472.0|Oil 311.2 324.3 463.6 472.0 472.0",
               "Nagar 67.9 96.5 476.6 485.2 484.8|Haveli 100.3 129.6 476.4 484.8 484.8",
               "27 38.4 49.8 481.0 489.3 489.3|Daman 134.1 166.4 481.1 489.3 489.3|(1) 258.9 271.6 480.9 489.3 489.3|"
               "Ready- 298.3 329.6 480.9 489.7 489.3",
               "and 67.9 84.8 489.2 497.6 497.6|Daman 97.4 129.7 489.4 497.6 497.6",
               "made 258.9 283.8 493.7 502.1 502.1",
               "and 67.9 84.8 502.0 510.4 510.4|Diu 87.7 103.6 502.2 510.4 510.4",
               "Garments 258.9 303.6 506.6 514.9 514.9|(2) 316.9 329.7 506.5 514.9 514.9",
               "Kondapalli 258.9 307.6 519.3 528.0 527.7",
               "Toys 258.9 280.0 532.3 540.9 540.5|(3) 317.0 329.7 532.1 540.5 540.5",
               "Handloom 258.9 305.9 544.9 553.3 553.3"]
    columns = [Column("serial", "Sl. No.", 0.0, 67.0), Column("state", "State Name", 67.0, 132.4),
               Column("district", "Name of District", 132.4, 257.2), Column("product", "Product(s) identified", 257.2, 841.9)]
    page, lines = _page_printed(4, 595.3, 841.9, printed)

    def states(before: str) -> list[tuple[str, str]]:
        rows, _, _, _ = unruled_rows(page, columns, lines, 74.8, 1, "middle", {"state": "middle"}, split_at_top=True, places=places,
                                     state_before=before)
        return [(row.text("state"), row.text("district")) for row in rows]

    dnh = "Dadra and Nagar Haveli and Daman and Diu"
    assert states("Chhattisgarh") == [("", "Bastar"), (dnh, "Dadra and Nagar Haveli"), ("", "Daman")]
    assert states("") == [("", "Bastar"), ("", "Dadra and Nagar Haveli"), (dnh, "Daman")]  # not told: as it stands best


def test_a_merged_cells_text_cut_by_a_page_break_is_the_one_name_it_begins(places):
    """Writer, no rules, merged cells set at their foot: "Dadra and Nagar Haveli and Daman and
    Diu" ran on past page 1's foot, and Writer printed none of its last line overleaf: read as
    "Dadra and Nagar Haveli and Daman" for three rows (fuzz 3071100087, in doubt). A text carried
    past a page's foot that names nothing and begins one name of the directory is that name, in
    doubt still; one that names a place itself ("Dadra and Nagar Haveli", a former state) stays."""
    from pipeline.extract.cells import Row
    from pipeline.extract.pdf import _records

    def read(state: str) -> list[tuple[str, str]]:
        rows = [Row(cells={"state": [Line(state, 60.0)], "district": [Line("Dadra and Nagar Haveli", 160.0)],
                           "product": [Line("Eri", 260.0)]}, page=1),
                Row(cells={"district": [Line("Daman", 160.0)], "product": [Line("Bamboo Craft", 260.0)]}, page=1),
                Row(cells={"district": [Line("Diu", 160.0)], "product": [Line("Kiwi", 260.0)]}, page=2)]
        records, doubts = _records(rows, {}, places=places)
        assert {k for k, check, _ in doubts if check == "merged cells"} == {0, 1, 2}
        return [(r["state"], r["district"]) for r in records]

    whole = "Dadra and Nagar Haveli and Daman and Diu"
    assert read("Dadra and Nagar Haveli and Daman") == [(whole, "Dadra and Nagar Haveli"), (whole, "Daman"), (whole, "Diu")]
    assert read("Dadra and Nagar Haveli")[0][0] == "Dadra and Nagar Haveli"


def test_by_ocr_a_widest_line_that_stands_alone_tells_the_room_only_roughly():
    """A scan of Writer's, centred, no rules between columns: OCR boxed "products of silk" 73.1 pt
    wide, printed 68.7 (a speck taken in), and the next widest lines measure 68.7 and 68.0.
    "Bamboo" / "Shoots" (69.2 together) wrapped; judged by the widest it would have fitted, and
    was read as two products with no doubt (fuzz 917300062, 4 cells). By OCR, a widest line that
    stands wider than the next by more than the ink's slack is not the room: the next is, and a
    wrap by it within the widest is in doubt. In a text layer the widest line is the room."""
    from pipeline.extract.cells import Row
    from pipeline.extract.unruled import settle_unruled_wraps

    def read(by_ocr: bool) -> tuple[bool, bool]:
        widest = [Line("products of silk", 317.8, x0=244.7, size=12.1)]
        others = [[Line(text, 244.7 + width, x0=244.7, size=12.1)] for text, width in (("based Products", 68.7), ("(Shrimp, Prawn", 68.0))]
        cell = [Line("Bamboo", 296.9, x0=260.9, size=12.1), Line("Shoots", 293.7, need=33.2, x0=263.8, size=12.1)]
        settle_unruled_wraps([Row(1, cells={"product": lines}, table=1) for lines in (widest, *others, cell)], by_ocr)
        return cell[1].hard_break, cell[1].break_unsure

    assert read(by_ocr=True) == (False, True)
    assert read(by_ocr=False) == (True, False)
