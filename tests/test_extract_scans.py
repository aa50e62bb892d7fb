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
