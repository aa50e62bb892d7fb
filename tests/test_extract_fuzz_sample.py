"""A fixed sample of the layout fuzzer's documents (tests/fixtures/fuzz.py; `make fuzz` draws many
more): each is read exactly, without a doubt, and drawing its seed again gives the same truth."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline import quality
from pipeline.extract import extract

from .fixtures.fuzz import PRODUCERS, document, truth
from .layout_score import score

SAMPLE = sorted((Path(__file__).parent / "fixtures" / "fuzz_sample").glob("*.pdf"))


def spec_of(pdf: Path):
    """The spec a sample document was drawn from: its seed, drawn over the producers that
    sample.csv gives (the producer is drawn from them, so the same seed over other producers is
    another document)."""
    with open(pdf.with_name("sample.csv"), encoding="utf-8") as f:
        entry = next(row for row in csv.DictReader(f) if row["file"] == pdf.name)
    return document(int(entry["seed"]), tuple(entry["producers"].split()))


def test_the_sample_spans_the_choices():
    specs = [spec_of(p) for p in SAMPLE]
    assert {s.producer for s in specs} == set(PRODUCERS)
    assert {s.grouping for s in specs} == {"repeat", "blank", "merged", "heading"}
    assert {s.items for s in specs} == {"row", "lines", "inline"}
    assert {s.rotate for s in specs} >= {0, 90, 270} and any(s.bilingual for s in specs) and any(s.total_row for s in specs)


def test_a_total_row_at_the_top_of_a_page_is_not_the_tail_of_the_row_before():
    """fuzz-1742100053 prints its Total row (count in the product column) at the top of page 3."""
    records = extract(SAMPLE[0].with_name("fuzz-1742100053.pdf")).records
    assert records[-1]["product"] == "Saffron" and records[-1]["page"] == 2 and len(records) == 54


@pytest.mark.parametrize("pdf", SAMPLE, ids=lambda p: p.stem)
def test_fuzzed_document_reads_exactly_without_a_doubt(pdf):
    f1, missed, extra = score(pdf)
    assert (dict(missed), dict(extra)) == ({}, {}), f"F1 {f1:.3f}"
    assert not quality.report(extract(pdf)).needs_review
    with open(pdf.with_name(pdf.stem + ".truth.csv"), encoding="utf-8") as f:
        assert [tuple(r.values()) for r in csv.DictReader(f)] == truth(spec_of(pdf))
