"""Scanned lists: layout fixtures printed and scanned (tests/fixtures/scans/make.py: rendered at
150-300 dpi, turned by a fraction of a degree, noise, JPEG), with no text layer. OCR reads them
through the same table mechanism; what it gets wrong, the quality report must point at."""

import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest

from pipeline import normalise, quality
from pipeline.extract import extract
from pipeline.extract.layers import pdfium_pages
from pipeline.extract.ocr import skew_angle

from .layout_score import norm, truth

SCANS = Path(__file__).parent / "fixtures" / "scans"
FIXTURES = sorted(SCANS.glob("*.pdf"))


@pytest.fixture(scope="module")
def read(places):
    """Each scan extracted once (OCR takes seconds a page): (extraction, normalised rows, report)."""
    done = {}

    def get(name):
        if name not in done:
            extraction = extract(SCANS / f"{name}.pdf")
            rows, _ = normalise.run(extraction.rows, places)
            done[name] = extraction, rows, quality.report(extraction, rows)
        return done[name]

    return get


def test_the_fixtures_are_scans():
    assert len(FIXTURES) == 3
    for pdf in FIXTURES:
        pages = list(pdfium_pages(pdf))
        assert all(not page.words and page.has_images for page in pages), pdf.name


@pytest.mark.parametrize("name, lowest_f1", [
    ("writer_ruled.serif.200dpi", 1.0),
    ("writer_unruled.serif.300dpi", 0.98),
    ("calc_merged.sans.150dpi", 0.88),  # a merged cell clipped at a page break cannot be read from the image
])
def test_scan_extracts_and_every_wrong_row_is_flagged(read, name, lowest_f1):
    extraction, rows, report = read(name)
    assert extraction.text_layer == "ocr"
    key = [(norm(r.state), norm(r.district), norm(r.product)) for r in rows.itertuples()]
    got, want = Counter(key), truth(SCANS / f"{name}.pdf")
    f1 = 2 * sum((got & want).values()) / (sum(got.values()) + sum(want.values()))
    assert f1 >= lowest_f1
    rows = rows.assign(review=report.review_column())
    wrong = rows[[bool((got - want).get(k)) for k in key]]
    assert (wrong["review"] == "").sum() == 0, wrong[wrong["review"] == ""][["row", "page", "state", "district", "product"]]
    assert report.needs_review or wrong.empty
    recognition = next(c for c in report.checks if c.name == "recognition")
    for finding in recognition.findings:  # "page 1, serial 15: product 'Eri, ...': 'Muga' may be misread (least confidence 0.57)"
        assert " may be misread (least confidence " in finding


def test_ruled_scan_rows_and_confidence(read):
    extraction, rows, report = read("writer_ruled.serif.200dpi")
    assert len(rows) == 155 and extraction.pages == 4
    assert rows["serial"].tolist() == [str(n) for n in range(1, 156)]  # no row lost or merged at page tops
    first = rows.iloc[0]
    assert (first.state, first.district, first["product"], first.page) == (
        "Andaman & Nicobar Islands", "Nicobars", "Agarbatti (Incense Sticks)", 1)
    assert rows["ocr_confidence"].between(0, 1).all() and rows["ocr_confidence"].median() > 0.99


def test_text_layer_lists_never_go_through_ocr():
    """A text PDF is read by its text layer: no OCR engine is even imported, no confidence is set."""
    layout = Path(__file__).parent / "fixtures" / "layouts" / "writer_ruled.serif.pdf"
    code = (
        "import sys; from pipeline.extract import extract; e = extract(sys.argv[1]); "
        "assert e.text_layer == 'pdfium' and e.rows['ocr_confidence'].isna().all(); "
        "assert 'rapidocr' not in sys.modules and 'onnxruntime' not in sys.modules; print(len(e.rows))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(layout)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "155"


@pytest.mark.parametrize("degrees", [-1.5, 0.3, 0.8])
def test_skew_is_measured(degrees):
    from PIL import Image

    page = pdfium.PdfDocument(str(SCANS.parent / "layouts" / "writer_unruled.sans.pdf"))[0]
    image = page.render(scale=150 / 72, grayscale=True).to_pil().convert("L")
    turned = np.asarray(image.rotate(degrees, resample=Image.BICUBIC, fillcolor=255))
    assert skew_angle(turned) == pytest.approx(-degrees, abs=0.1)


def test_a_lines_end_letter_cut_by_the_recognisers_box_is_whole():
    """The recogniser boxed "Woollen" from the middle of its "W": 3 pt short, so the line seemed
    to leave room for the next line's first word, and a wrapped product was read as two (fuzz
    2223600027). At a line's ends a piece of ink mostly inside the box is the word's whole;
    between two words of a line, and for a speck of noise beside it, the box stands."""
    from pipeline.extract.ocr import _ink_box

    ink = np.zeros((40, 120), dtype=bool)
    ink[10:30, 20:32] = True  # the "W", its box cut at column 24
    ink[10:30, 34:60] = True  # the rest of the word
    ink[20, 64] = True  # a speck beside it
    assert _ink_box(ink, 24, 5, 60, 35, ends=(True, True)) == (20, 10, 60, 30)
    assert _ink_box(ink, 24, 5, 60, 35) == (24, 10, 60, 30)
    assert _ink_box(ink, 24, 5, 60, 35, ends=(True, True))[2] == 60  # not out to the speck
    assert _ink_box(np.zeros((40, 120), dtype=bool), 24, 5, 60, 35) is None  # two lines read as one: no ink in the middle


def test_a_scanned_lines_box_is_its_fonts_told_by_its_letters():
    """Ink boxes are as tall as their letters ("Location" 6.5 pt, "products" 7.9 pt, "etc"
    less), where a text layer's boxes reach from the font's ascent to its descent alike: two
    header rows of 8 pt type stood further apart than the body's rows, and a header was not
    found (fuzz 2223600043). Each line gets its font's box: its baseline where the ink of its
    words without a descender ends, its size from its capitals and ascenders."""
    from pipeline.extract.ocr import ASCENT, CAP_HEIGHT, DESCENT, _line_type

    baseline, em, _, _ = _line_type(((100, 82, 160, 100), (166, 82, 200, 105), (206, 89, 220, 100)), ("Handloom", "products", "of"))
    assert baseline == 100 and em == pytest.approx(18 / CAP_HEIGHT)
    assert _line_type(((100, 89, 130, 100),), ("etc",))[1] is None  # small letters alone: the page's other lines tell
    assert _line_type(((100, 80, 150, 104),), ("Potato)",))[1] == pytest.approx((104 - 0.2 * 24 - 80) / 0.78)
    assert ASCENT + DESCENT > 1.0 > CAP_HEIGHT


def test_one_line_detected_twice_is_read_once():
    """The detector found "and Green Tea" at 7 pt in two overlapping boxes, read 1.0 and, over it,
    "anu Grven rea" at 0.6 (fuzz 2223600009): the same ink holds one word, the surer."""
    from pipeline.extract.layers import Word
    from pipeline.extract.ocr import _read_once

    sure = [Word("and", 420.1, 433.0, 322.8, 332.4, 1.0), Word("Green", 437.3, 456.8, 322.8, 332.4, 1.0)]
    again = [Word("anu", 420.1, 433.0, 323.3, 332.3, 0.93), Word("Grven", 436.3, 456.1, 323.3, 332.3, 0.59)]
    below = Word("Tea", 420.0, 432.0, 333.0, 342.6, 0.7)
    assert _read_once([again[0], *sure, again[1], below]) == [*sure, below]


def test_ink_read_again_between_two_words_is_read_once():
    """Writer set "Wood" against its cell's rule, and the next cell's "Primary" stands past it.
    The ink there, read again alone, gave "1" at 0.98 in a box over the end of one and the start
    of the other (fuzz 2743100187: a line "1" of its own, and "Carvings" after it read as an item
    of its own with no doubt). A box more than half covered by the words beside it holds no word
    of its own; one between two words, clear of both, does ("&" of "Coconut & Coconut")."""
    from pipeline.extract.layers import Word
    from pipeline.extract.ocr import _read_once

    wood, primary = Word("Wood", 324.9, 345.8, 395.9, 406.1, 1.0), Word("Primary", 349.3, 381.4, 402.1, 411.8, 1.0)
    assert _read_once([wood, Word("1", 338.9, 354.0, 395.2, 409.5, 0.98), primary]) == [wood, primary]
    line = [Word("Coconut", 100.0, 135.0, 200.0, 210.0, 1.0), Word("&", 138.2, 144.0, 200.0, 210.0, 0.6),
            Word("Coconut", 147.0, 182.0, 200.0, 210.0, 1.0)]
    assert _read_once(line) == line


def test_a_hyphen_read_apart_from_the_words_it_is_set_against_joins_them():
    """OCR read "Value-added" as "Value" and "added", the hyphen by its shape, 0.7 and 0.3 pt from
    them. As words apart, "Value" seemed to fit after "Millet-based" in its 67 pt cell, and
    "Value-added" / "Foods" were read as items of their own, with no doubt (fuzz 511800083). A
    dash after a space stands apart ("Capital Complex -")."""
    from pipeline.extract.layers import Word
    from pipeline.extract.ocr import _joined_at_hyphens

    line = [Word("Value", 295.9, 315.7, 121.0, 133.0, 0.99), Word("-", 316.4, 318.6, 121.0, 133.0, 1.0),
            Word("added", 318.9, 340.5, 121.0, 133.0, 1.0)]
    assert [(w.text, w.x0, w.x1, w.confidence) for w in _joined_at_hyphens(line)] == [("Value-added", 295.9, 340.5, 0.99)]
    apart = [Word("Complex", 100.0, 140.0, 121.0, 133.0, 1.0), Word("-", 143.5, 146.0, 121.0, 133.0, 1.0),
             Word("Itanagar", 150.0, 190.0, 121.0, 133.0, 1.0)]
    assert _joined_at_hyphens(apart) == apart


def test_a_word_of_no_known_foot_goes_with_the_overprinted_line_it_stands_nearest():
    """OCR boxed "Leather" over two printed lines ("b) Leather" / "Products"), with no ink through
    its middle, so its foot is unknown (NaN), and the three words were grouped as one line, its
    words over each other. Parted by their feet, "Leather" fell in neither part and was lost; and
    as NaN is ordered in a set by where it lies in memory, the kept scan 1993600061 read one way
    or another from run to run. A word of no known foot goes with the part it stands nearest."""
    from pipeline.extract.grid import overprints_parted
    from pipeline.extract.layers import Word

    b = Word("b)", 190.8, 200.0, 265.9, 273.6, 1.0, foot=272.0)
    leather = Word("Leather", 217.1, 250.0, 263.8, 280.8, 0.9)
    products = Word("Products", 191.1, 230.0, 276.1, 284.9, 1.0, foot=283.0)
    assert overprints_parted([[b, products, leather]]) == [[b, leather], [products]]


def test_a_letter_shaped_alike_in_either_case_is_a_capital_by_its_size_alone():
    """A text engine broke "Fabrics/Handicrafts" inside its last word, and OCR read the "s" left
    on the next line as "S": a capital, so the list's "Handicraft S" was read with no doubt
    (fuzz 294110061). As tall as the page's small letters, it is a small letter."""
    from pipeline.extract.ocr import _in_font_boxes

    lines = [([("Handloom", 1.0, (169, 280, 226, 296))], [(169, 284, 226, 296)]),
             ([("Fabrics/Handicraft", 1.0, (169, 300, 274, 318))], [(169, 304, 274, 318)]),  # "/" reaches below
             ([("S", 0.97, (169, 324, 174, 340))], [(169, 331, 174, 340)]), ([("Sal", 1.0, (169, 344, 190, 360))], [(169, 348, 190, 360)])]
    words = _in_font_boxes(lines, 1.0)
    assert [w.text for w in words] == ["Handloom", "Fabrics/Handicraft", "s", "Sal"]
    assert words[2].bottom - words[2].top == pytest.approx(words[0].bottom - words[0].top)  # its line as tall as the others


def test_a_capital_i_read_as_l_is_read_as_i():
    """In a sans font "I" and "l" are one shape: the recogniser read "Idukki" as "ldukki", which the
    directory does not know, in 43 of the 726 wrong rows of 84 kept scans. No word of a list's
    names begins with l and a consonant; "Lalitpur", "Leh" and "lace" keep their l."""
    from pipeline.extract.ocr import _in_font_boxes

    texts = ["ldukki", "(lncense", "Sticks)", "Lalitpur", "lace", "Leh"]
    lines = [([(text, 0.95, (10 + 60 * k, 100, 60 + 60 * k, 118))], [None]) for k, text in enumerate(texts)]
    assert [w.text for w in _in_font_boxes(lines, 1.0)] == ["Idukki", "(Incense", "Sticks)", "Lalitpur", "lace", "Leh"]


def test_a_word_run_on_over_a_rule_is_read_whole():
    """A browser let "Secondary", too wide for its cell, overflow: its "y" drawn across the rule.
    Parted at the rule, the "y" was read in the next cell as "V", and 45 rows took it for their
    state (fuzz 1966300010, F1 0.42). Where a letter's ink stands against the rule on both sides
    at once, the line parts where the word ends, past the rule; where a cell's text stands its
    padding off the rule, at the rule; and where the word runs into the next cell's text, at the
    rule, its end unseen ("Lacquerware/Wo" / "oden" under "Handicraft", fuzz 3229200052, read
    with no doubt)."""
    from pipeline.extract.ocr import _cut_at

    scale, rows = 200 / 72, slice(0, 30)
    down = np.zeros((30, 120), dtype=bool)
    down[:, 50:55] = True  # the rule, 5 px wide, erased from the ink
    word = np.zeros((30, 120), dtype=bool)
    word[5:20, 10:49] = True  # "Secondar", up against the rule
    run_on = word.copy()
    run_on[12:16, 49] = True  # the "y": its arm meets the rule's left side ...
    run_on[16:26, 55:58] = True  # ... and its tail leaves the right side lower down
    assert _cut_at(52.0, rows, run_on, down, scale) == (58.0, False)
    padded = np.zeros((30, 120), dtype=bool)
    padded[5:20, 10:46], padded[5:20, 58:80] = True, True  # each cell's text its padding off the rule
    assert _cut_at(52.0, rows, padded, down, scale) == (52.0, False)
    into_text = run_on.copy()
    into_text[5:20, 57:100] = True  # the tail printed over the next cell's text: no white after it
    assert _cut_at(52.0, rows, into_text, down, scale) == (52.0, True)


def test_a_word_run_past_the_tables_last_rule_may_have_lost_its_end():
    """Chromium let "Fabrics/Handicrafts" overflow the last column past the page's printable
    width, and the scan shows "Fabrics/Handicraf", cut by the page: the recogniser read
    "Fabrics/Handicr", up to the table's last rule, "af" drawn past it, and two rows read so had
    no doubt (unseen fuzz 2987300098). A word over the last rule, or up to it with ink just past
    it, may go on unseen; a cell's text up to the rule with nothing past it is whole."""
    from pipeline.extract.layers import Rule, Word
    from pipeline.extract.ocr import _past_last_rule

    scale = 2.0
    rules = [Rule(456.9, 95.7, 456.9, 805.5), Rule(548.0, 95.7, 548.0, 805.5)]
    ink = np.zeros((1700, 1200), dtype=bool)
    ink[540:562, 1102:1116] = True  # "af", past the rule at 548 pt, on the line 270-281 pt
    assert _past_last_rule(Word("Fabrics/Handicr", 460.3, 546.7, 270.0, 281.0), rules, ink, scale)
    assert not _past_last_rule(Word("Fabrics/Handicrafts", 460.3, 546.7, 300.0, 311.0), rules, ink, scale)
    assert _past_last_rule(Word("Lacquerware/Wo0", 460.3, 559.7, 343.0, 354.0), rules, ink, scale)
    assert not _past_last_rule(Word("Pottery", 460.3, 500.0, 270.0, 281.0), rules, ink, scale)
    assert not _past_last_rule(Word("Ahmedabad", 260.0, 320.0, 270.0, 281.0), rules, ink, scale)
    assert not _past_last_rule(Word("Handloom", 460.3, 546.7, 900.0, 911.0), rules, ink, scale)  # (below the table)


def test_a_scanned_lines_foot_is_told_one_way_for_every_line():
    """Rows without serials or rules are told by the white between their lines, which needs each
    line's foot as a text layer gives it, to a fraction of a point. A line's own size, read
    apart, was rougher (fuzz 511800198: lines of one cell 13.1 to 14.6 pt apart, rows 25; the
    page's rows went untold, F1 0.46). A line stands where its words without a descender end;
    else as far below its capitals' tops, or its brackets', or its small letters', as the page's
    lines that show both stand."""
    from pipeline.extract.ocr import CAP_HEIGHT, X_HEIGHT, _feet

    def line(*words):
        return [(text, 1.0, box) for text, box in words], [box for _, box in words]
    lines = [line(("Tea", (10, 80, 40, 100))),  # no descender: its foot; its capitals 20 px above it
             line(("Shrimp", (10, 120, 60, 146))),  # its ink ends at the "p"
             line(("Tea", (10, 200, 40, 220)), ("(Black)", (45, 198, 90, 224))),  # brackets 22 px above the foot
             line(("(Jaggery)", (10, 258, 70, 286))),
             line(("y", (10, 310, 16, 328)))]  # small letters alone, which no line shows beside a foot
    assert _feet(lines) == pytest.approx([100, 140, 220, 280, 310 + 20 * X_HEIGHT / CAP_HEIGHT])


def test_ink_no_word_holds_is_read_again_on_its_own():
    """The detector missed a serial "1" standing alone in its column (fuzz 118730121: rows 1 and
    2 read as one, their districts run together) and an "&" between two words. Ink as tall as
    letters that no word's box holds is read again; a speck of noise is not, nor is a word's own
    letter just past its box (the recogniser's box stopped short of "To" in "Toys")."""
    from pipeline.extract.ocr import _unheld_ink, _unread_ink

    ink = np.zeros((100, 300), dtype=bool)
    ink[40:60, 100:140] = True  # a word read, its box (100, 40, 140, 60)
    ink[40:60, 142:146] = True  # its last letter, a pixel past its box
    ink[42:60, 20:26] = True  # a serial "1" no word holds
    ink[45:60, 160:172] = True  # an "&" between two words
    ink[80, 250] = True  # a speck
    word = [("Toy", 0.99, (100.0, 38.0, 140.0, 62.0))]
    # each box about its ink, with a letter's gap of paper either side
    letter, unheld = _unheld_ink(ink, [(word, [(100, 40, 140, 60)])])
    assert _unread_ink(ink.shape, unheld, letter) == [(17, 40, 30, 62), (157, 43, 176, 62)]


def test_a_bullet_the_recogniser_left_out_is_read_by_its_shape():
    """Chromium's bullets at 200 dpi: the recogniser read nothing of "•" at a full line's end
    ("Stone Carving •" / "Pineapple": two items read as one, with no doubt, fuzz 925200005) nor
    of one in a justified line's wide space. A round dot, a quarter to half a letter high,
    standing above the line's foot beside its words, is a bullet; a full stop on the foot is
    not, nor a speck, nor a dash."""
    from pipeline.extract.ocr import _add_bullets, _unheld_ink

    ink = np.zeros((100, 400), dtype=bool)
    ink[40:60, 100:140] = True  # "Carving", its ink box (100, 40, 140, 60)
    ink[46:54, 150:158] = True  # a bullet after it, at its middle
    ink[40:60, 250:280] = True  # "Tea", 118 px on
    ink[46:54, 205:213] = True  # a bullet in the wide space before it
    ink[56:60, 290:294] = True  # a full stop on the foot of "Tea."
    ink[80, 350] = True  # a speck
    ink[49:51, 300:310] = True  # a dash
    lines = [([("Carving", 0.99, (98.0, 38.0, 142.0, 62.0))], [(100, 40, 140, 60)]),
             ([("Tea", 0.99, (248.0, 38.0, 282.0, 62.0))], [(250, 40, 280, 60)])]
    _add_bullets(lines, _unheld_ink(ink, lines)[1], 20.0)
    assert [[text for text, _, _ in kept] for kept, _ in lines] == [["Carving", "•"], ["•", "Tea"]]


def test_a_dash_the_recogniser_left_out_is_read_by_its_shape():
    """A scan at 150 dpi: the recogniser read nothing of the dash in "Capital Complex -" /
    "Itanagar" (7 by 3 pixels, letters 20 high), and the district was read "Capital Complex
    Itanagar", a place nowhere (fuzz 282100188). A flat, filled piece of ink a quarter of a
    letter to a letter wide, at a small letter's middle height on a line, near its words, is a
    dash; a speck is not, nor a rule (longer), nor a piece between lines."""
    from pipeline.extract.ocr import _add_dashes, _unheld_ink

    ink = np.zeros((200, 800), dtype=bool)
    ink[40:60, 100:180] = True  # "Complex", its ink box (100, 40, 180, 60): letters 20 high
    ink[51:54, 210:217] = True  # the dash, 7 by 3, at a small letter's middle height
    ink[52:54, 300:302] = True  # a speck
    ink[51:53, 400:460] = True  # a rule, three letters long
    ink[70:73, 120:127] = True  # a dash-like piece between lines
    ink[140:160, 100:180] = True  # "Itanagar"
    lines = [([("Complex", 0.99, (98.0, 38.0, 182.0, 62.0))], [(100, 40, 180, 60)]),
             ([("Itanagar", 0.99, (98.0, 138.0, 182.0, 162.0))], [(100, 140, 180, 160)])]
    _add_dashes(lines, _unheld_ink(ink, lines)[1], 20.0)
    assert [[text for text, _, _ in kept] for kept, _ in lines] == [["Complex", "-"], ["Itanagar"]]


def test_a_bullet_ending_a_justified_line_far_from_its_word_is_read_by_its_shape():
    """Chromium, justified, a scan at 300 dpi: "Turmeric •" / "Bobbili Veena", the line of one
    short word spread to its cell's edge, set the bullet 43 pt (four letters and more) past
    "Turmeric", and the recogniser read nothing of it: two items read as one, with no doubt (fuzz
    1993600182). A bullet ends a line as far from its last word as the cell's room leaves, ten
    letters at most here; one beyond that, or with no line level with it, is no line's."""
    from pipeline.extract.ocr import _add_bullets, _unheld_ink

    ink = np.zeros((200, 800), dtype=bool)
    ink[40:60, 100:180] = True  # "Turmeric", its ink box (100, 40, 180, 60)
    ink[46:54, 300:308] = True  # the bullet, six letters on, nothing after it
    ink[140:160, 100:180] = True  # "Turmeric" again
    ink[146:154, 500:508] = True  # a dot sixteen letters on: no bullet of that line
    lines = [([("Turmeric", 0.99, (98.0, 38.0, 182.0, 62.0))], [(100, 40, 180, 60)]),
             ([("Turmeric", 0.99, (98.0, 138.0, 182.0, 162.0))], [(100, 140, 180, 160)])]
    _add_bullets(lines, _unheld_ink(ink, lines)[1], 20.0)
    assert [[text for text, _, _ in kept] for kept, _ in lines] == [["Turmeric", "•"], ["Turmeric"]]
