"""The extraction passes on their own, with the cases the layout fuzzer found: list markers, header
labels, running footers. (Whole documents are read in test_extract_fuzz_sample.py.)"""

from __future__ import annotations

import pytest

from pipeline.extract.cells import Line
from pipeline.extract.header import phrases
from pipeline.extract.layers import Word
from pipeline.extract.markers import LEFT_INSIDE, split_inline
from pipeline.extract.products import split_products
from pipeline.extract.unruled import without_footer


@pytest.mark.parametrize("text, items", [
    ("(i) Tea (ii) Coffee", ["Tea", "Coffee"]),
    ("• Terracotta· Handloom Fabrics/Handicrafts", ["Terracotta", "Handloom Fabrics/Handicrafts"]),  # OCR: a touching middle dot
    ("· Groundnut Oil · Pearl Millet• Glass Beads & Bangles", ["Groundnut Oil", "Pearl Millet", "Glass Beads & Bangles"]),
    ("Rice based products - Poha etc", ["Rice based products - Poha etc"]),  # a dash inside joins words
    ("A. Kumar Handlooms", ["A. Kumar Handlooms"]),  # an initial, not a list of one
])
def test_markers_split_a_paragraph_only_in_sequence(text, items):
    assert split_inline(text) == items


def test_a_lettered_list_one_a_line_loses_its_first_marker_too():
    lines = [Line("a) Coffee (Araku)", 100.0), Line("b) Bobbili Veena", 90.0, hard_break=True)]
    assert split_products(lines) == ["Coffee (Araku)", "Bobbili Veena"]


def test_a_marker_left_alone_at_a_line_end_still_counts():
    """A narrow cell wraps right after the marker: "a) Cashew b)" / "Leather Footwear"."""
    lines = [Line("a) Cashew b)", 60.0), Line("Leather Footwear", 70.0)]
    assert split_products(lines) == ["Cashew", "Leather Footwear"]


def test_a_bullet_left_between_items_is_the_mark_of_a_list_not_split():
    assert LEFT_INSIDE.search("Sugarcane based products (Jaggery) • Bamboo Shoots")
    assert not LEFT_INSIDE.search("Rice based products - Poha etc")


def _line(*words: tuple[str, float, float], size: float = 10.0) -> list[Word]:
    return [Word(text, x0, x1, 0.0, size) for text, x0, x1 in words]


def test_header_labels_part_at_more_than_a_word_space():
    # Writer, columns set tight: 6 pt between two labels, 3 pt between the words of one
    tight = _line(("State", 193, 218), ("Name", 221, 250), ("Remarks", 256, 301))
    assert [[w.text for w in p] for p in phrases(tight)] == [["State", "Name"], ["Remarks"]]
    # OCR boxes widen every space alike: one label stays whole
    ocr = _line(("#", 59, 67), ("Name", 94, 127.7), ("of", 132.4, 145), ("State/UT", 149, 202), ("Districts", 250, 299), size=8.6)
    assert [[w.text for w in p] for p in phrases(ocr)] == [["#"], ["Name", "of", "State/UT"], ["Districts"]]


def test_a_running_footer_is_not_a_row():
    row = _line(("7", 40, 45), ("Kerala", 60, 90), ("Idukki", 120, 150))
    ending_in_serial = _line(("Jaggery", 40, 80), ("Nicobars", 120, 160), ("1", 300, 305))
    total = _line(("Total", 40, 70), ("1241", 300, 320))
    browser = _line(("file:///tmp/list.html", 20, 160), ("1/3", 540, 555))
    page = _line(("Page", 280, 300), ("3", 302, 306))
    assert without_footer([row, ending_in_serial, total, browser, page]) == [row, ending_in_serial, total]
