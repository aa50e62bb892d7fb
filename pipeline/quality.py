"""Quality report: how far an extraction can be trusted, judged by the list against itself.

A wrong row is worse than a refused file, and the extractor cannot see its own mistakes; but
they leave marks in the list: serial numbers that skip, names that place nowhere (a merged or
shifted cell usually shows here first), product cells that still hold list markers or stop on
"and", pages with far fewer rows than the rest, totals that differ from the publisher's; and in
a scan, the words that OCR was unsure of. Each check passes or fails; a list with a failed check
is still written, marked `needs_review`.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from .extract import Extraction
from .extract.cells import RUNS_ON
from .sources import StatedTotals

if TYPE_CHECKING:
    import pandas as pd

EXAMPLES = 10  # findings kept per check; the count says how many there were
MARKER = re.compile(r"^\(?\d{1,2}[.)]\s|^[•●▪◦*–-]\s|\s\(?\d{1,2}[.)]\s+[A-Z]")
MIXED_WORD = re.compile(r"[a-z]\d|\d(?!(st|nd|rd|th)\b)[a-z]")  # "Bambo0": OCR took a letter for a digit
SERIAL = re.compile(r"\d+\.?")  # a serial number as printed: "12" or "12."
SPARSE_PAGE = 1 / 3  # a page with fewer rows than this share of the usual is suspect


@dataclass
class Check:
    name: str
    passed: bool | None  # None: not run (what it needs is missing)
    count: int = 0
    findings: list[str] = field(default_factory=list)  # the first EXAMPLES, each naming row or page


@dataclass
class QualityReport:
    checks: list[Check]

    @property
    def needs_review(self) -> bool:
        return any(c.passed is False for c in self.checks)

    def to_dict(self) -> dict:
        return {"needs_review": self.needs_review, "checks": [asdict(c) for c in self.checks]}

    def lines(self) -> list[str]:
        """One line a check, then its findings: for logs and the refresh summary."""
        out = []
        for c in self.checks:
            mark = {True: "ok", False: "FAILED", None: "not run"}[c.passed]
            out.append(f"{c.name}: {mark}" + (f" ({c.count})" if c.count else ""))
            out += [f"  - {f}" for f in c.findings]
        return out


def report(extraction: Extraction, rows: pd.DataFrame | None = None, stated: StatedTotals | None = None) -> QualityReport:
    """The checks of one extraction; `rows` are its normalised rows (places and totals are checked
    only with them), `stated` the publisher's totals. The checks of the extraction itself read its
    records, so a report needs no DataFrame until places are checked."""
    extracted, unit = extraction.records, extraction.located_by
    return QualityReport([
        check_serials(extracted, unit),
        check_places(rows, fuzzy=extraction.text_layer == "ocr"),
        check_product_cells(extracted, unit),
        _check("line breaks", extraction.uncertain_breaks),
        _check("recognition", extraction.low_confidence) if extraction.text_layer == "ocr" else Check("recognition", None),
        check_rows_per_page(extracted) if unit == "page" else Check("rows per page", None),
        check_totals(rows, stated),
    ])


def _check(name: str, findings: list[str]) -> Check:
    return Check(name, not findings, len(findings), findings[:EXAMPLES])


def check_serials(records: list[dict], unit: str = "page") -> Check:
    """Serial numbers that skip or repeat. A list printed as one table per state may start again
    at 1 where the state changes."""
    findings = []
    before = previous = None  # the row before (a district's next product repeats its serial), the last serial
    for row in records:
        serial, state, page = row["serial"], row["state"], row["page"]
        new_row, before = (serial, state) != before, (serial, state)
        if not (new_row and isinstance(serial, str) and SERIAL.fullmatch(serial)):
            continue
        number = int(serial.rstrip("."))
        if previous is not None:
            last, last_state, last_page = previous
            restart = number == 1 and state != last_state
            if number != last + 1 and not restart:
                kind = "repeats or goes back" if number <= last else "skips"
                findings.append(f"serial {kind}: {last} ({unit} {last_page}) is followed by {number} ({unit} {page})")
        previous = (number, state, page)
    return _check("serial numbers", findings)


def check_places(rows: pd.DataFrame | None, fuzzy: bool = False) -> Check:
    """States and districts that place nowhere, with the rows they hold; with `fuzzy` (a list read
    by OCR, where a misreading looks like a misspelling), also those placed only by a fuzzy match.
    In a text layer, a fuzzy match is the publisher's spelling, kept among the snapshot's warnings."""
    if rows is None or "district_match" not in rows:
        return Check("places", None)
    import pandas as pd

    doubtful = rows[(rows["district_match"] == "unresolved")
                    | (fuzzy & ((rows["district_match"] == "fuzzy") | (rows["state_match"] == "fuzzy")))]
    findings = []
    for (state, district), group in doubtful.groupby(["state", "district"], sort=False):
        first = group.iloc[0]
        if pd.isna(first["state_lgd"]):
            findings.append(f"state not placed: {state!r} / {district!r} ({_rows(group['row'])})")
        elif first["district_match"] == "unresolved":
            findings.append(f"district not placed: {state!r} / {district!r} ({_rows(group['row'])})")
        else:
            findings.append(f"placed only by a fuzzy match: {state!r} / {district!r} -> {first['state_name']} / "
                            f"{first['district_name']} ({_rows(group['row'])})")
    return Check("places", not findings, len(findings), findings[:EXAMPLES])


def check_product_cells(records: list[dict], unit: str = "page") -> Check:
    """Products that still hold a list marker, stop on a connector ("and", "&", ","), leave a
    bracket open, or are empty: the marks of a cell split or joined in the wrong place; or that
    have a digit inside a word, the mark of a letter misread."""
    findings = []
    for n, row in enumerate(records, start=1):
        text = str(row["product"]).strip()
        problem = (
            "empty" if not text
            else "list marker" if MARKER.search(text)
            else "ends on a connector" if RUNS_ON.search(text) and not text.endswith(")")
            else "unbalanced brackets" if text.count("(") != text.count(")")
            else "a digit inside a word" if MIXED_WORD.search(text)
            else ""
        )
        if problem:
            findings.append(f"row {n} ({unit} {row['page']}): {problem}: {text!r}")
    return _check("product cells", findings)


def check_rows_per_page(records: list[dict]) -> Check:
    """Pages between the first and the last with far fewer rows than the list's usual page (a
    table missed or rows run together), or none at all."""
    counts = Counter(page for _, _, page in {(r["serial"], r["district"], r["page"]) for r in records})
    if len(counts) < 3:
        return Check("rows per page", True)
    pages = range(min(counts), max(counts) + 1)
    usual = statistics.median(counts.get(p, 0) for p in pages)
    inner = list(pages)[1:-1]
    findings = [
        f"page {p}: {counts.get(p, 0)} row(s), the usual page has {usual:g}"
        for p in inner
        if counts.get(p, 0) < SPARSE_PAGE * usual
    ]
    return _check("rows per page", findings)


def check_totals(rows: pd.DataFrame | None, stated: StatedTotals | None) -> Check:
    """Our counts of products and districts against the totals the publisher stated."""
    if rows is None or stated is None or (stated.products is None and stated.districts is None):
        return Check("published totals", None)
    from .validate import district_count

    findings = []
    for what, ours, theirs in (("products", len(rows), stated.products), ("districts", district_count(rows), stated.districts)):
        if theirs is not None and ours != theirs:
            findings.append(f"{what}: extracted {ours}, the publisher stated {theirs} ({stated.stated_in})")
    return _check("published totals", findings)


def _rows(numbers: pd.Series) -> str:
    """'row 7', 'rows 7-9', or 'rows 7, 12, 30 ...'."""
    values = list(numbers)
    if len(values) == 1:
        return f"row {values[0]}"
    if values[-1] - values[0] + 1 == len(values):
        return f"rows {values[0]}-{values[-1]}"
    return "rows " + ", ".join(map(str, values[:5])) + (" ..." if len(values) > 5 else "")
