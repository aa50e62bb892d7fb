"""Multiset F1 of extracted (state, district, product) against a fixture's truth, comparing text
the way the issue measures it: case, runs of spaces and spaces around hyphens and slashes ignored."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

from pipeline.extract import ExtractSettings, extract


def norm(text: str) -> str:
    text = " ".join(str(text).lower().split())
    return re.sub(r"\s*([-/])\s*", r"\1", text)


def truth(pdf: Path) -> Counter:
    with open(pdf.with_name(pdf.name.removesuffix(".pdf") + ".truth.csv"), encoding="utf-8") as f:
        return Counter(tuple(norm(v) for v in (r["state"], r["district"], r["product"])) for r in csv.DictReader(f))


def score(pdf: Path, layer: str = "pdfium") -> tuple[float, Counter, Counter]:
    """(F1, missed, extra) of the extraction of a fixture PDF."""
    rows = extract(pdf, ExtractSettings(text_layer=layer)).rows
    got = Counter(tuple(norm(v) for v in r) for r in rows[["state", "district", "product"]].itertuples(index=False))
    want = truth(pdf)
    hit = sum((got & want).values())
    f1 = 2 * hit / (sum(got.values()) + sum(want.values())) if got or want else 1.0
    return f1, want - got, got - want
