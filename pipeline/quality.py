"""Quality report: how far an extraction can be trusted, judged by the list against itself.

A wrong row is worse than a refused file, and the extractor cannot see its own mistakes; but
they leave marks in the list: serial numbers that skip, names that place nowhere or in another
state (a merged or shifted cell usually shows here first), product cells that still hold list
markers or stop on "and", pages with far fewer rows than the rest; and what the reading itself
was unsure of: a line break the geometry cannot settle, a merged cell whose text came from
another page, a word OCR could barely read, a file pdfium had to mend.

A finding is of one of two kinds. A **doubt** says this reading may be wrong: it marks its rows
in the `review` column, and a list with a doubt `needs_review`. A **note** says the publisher
printed it so (a district the directory has nowhere, a trailing comma, a stated code or total
that differs): kept and shown, but it does not make the list doubtful. A finding that someone has
reviewed (`reviewed:` in sources.yaml, matched by the printed values of its row) is kept as
`reviewed`, with the reason given.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from .extract import Extraction
from .extract.cells import NAME_GOES_ON, NUMBER_UNSHOWN, RUNS_ON
from .extract.markers import LEFT_INSIDE
from .sources import Reviewed, StatedTotals

if TYPE_CHECKING:
    import pandas as pd

EXAMPLES = 10  # findings shown per check in the report's lines; all are kept as records
MIXED_WORD = re.compile(r"[a-z]\d|\d(?!(st|nd|rd|th)\b)[a-z]")  # "Bambo0": OCR took a letter for a digit
LONE_LETTER = re.compile(r"[a-z](\s|$)")  # "d Jaggery", "d": a letter broken off a word above, not a name's start
DIGIT = re.compile(r"\d")
SERIAL = re.compile(r"\d+\.?")  # a serial number as printed: "12" or "12."
UNPLACED_SHARE = 0.1  # more districts than this share placed nowhere: a column read wrong, not the publisher's names
SPARSE_PAGE = 1 / 3  # a page with fewer rows than this share of the usual is suspect
DOUBT, NOTE, REVIEWED = "doubt", "note", "reviewed"
CHECKS = ("serial numbers", "places", "product cells", "line breaks", "merged cells", "rows", "columns", "clipped text", "recognition",
          "rows per page", "tables", "damaged file", "stated codes", "published totals")


@dataclass
class Finding:
    check: str  # one of CHECKS
    kind: str  # doubt, note or reviewed
    rows: list[int]  # the rows it concerns (the snapshot's `row`, 1..n); empty for a page or the file
    page: int | None  # the page (or sheet row) where it shows
    detail: str  # what was found, in words
    reason: str  # a few words for the row's `review` column: "line break unsettled"


@dataclass
class Check:
    name: str
    passed: bool | None  # False: a doubt; True: none (there may be notes); None: not run
    count: int = 0  # findings of every kind
    findings: list[str] = field(default_factory=list)  # the first EXAMPLES, each naming row or page


@dataclass
class QualityReport:
    findings: list[Finding]
    not_run: set[str]  # checks that lacked what they need (places without the directory, ...)
    rows: int  # how many rows the report covers

    @property
    def needs_review(self) -> bool:
        return any(f.kind == DOUBT for f in self.findings)

    def count(self, kind: str) -> int:
        return sum(f.kind == kind for f in self.findings)

    @property
    def checks(self) -> list[Check]:
        """One summary a check: failed when it has a doubt."""
        out = []
        for name in CHECKS:
            mine = [f for f in self.findings if f.check == name]
            passed = None if name in self.not_run else not any(f.kind == DOUBT for f in mine)
            out.append(Check(name, passed, len(mine), [_line(f) for f in mine[:EXAMPLES]]))
        return out

    def review_column(self) -> list[str]:
        """For each row, the reasons it is doubted ("line break unsettled; serial skips"), or ''."""
        reasons: list[dict[str, None]] = [{} for _ in range(self.rows)]
        for f in self.findings:
            if f.kind == DOUBT:
                for row in f.rows:
                    reasons[row - 1][f.reason] = None
        return ["; ".join(r) for r in reasons]

    def to_dict(self) -> dict:
        flagged = sum(bool(r) for r in self.review_column())
        return {"needs_review": self.needs_review, "doubts": self.count(DOUBT), "notes": self.count(NOTE),
                "reviewed": self.count(REVIEWED), "rows_flagged": flagged,
                "checks": [asdict(c) for c in self.checks], "findings": [asdict(f) for f in self.findings]}

    def lines(self) -> list[str]:
        """One line a check, then its first findings: for logs and the refresh summary."""
        out = []
        for c in self.checks:
            mine = [f for f in self.findings if f.check == c.name]
            kinds = Counter(f.kind for f in mine)
            mark = {True: "ok", False: "DOUBT", None: "not run"}[c.passed]
            counted = ", ".join(f"{n} {kind}{'s' if n > 1 else ''}" for kind, n in kinds.items())
            out.append(f"{c.name}: {mark}" + (f" ({counted})" if counted else ""))
            out += [f"  - {_line(f)}" for f in mine[:EXAMPLES]]
        return out


def _line(f: Finding) -> str:
    return f"[{f.kind}] {f.detail}"


def report(extraction: Extraction, rows: pd.DataFrame | None = None, stated: StatedTotals | None = None,
           reviewed: tuple[Reviewed, ...] = ()) -> QualityReport:
    """The findings on one extraction; `rows` are its normalised rows (places, stated codes and
    totals are checked only with them), `stated` the publisher's totals, `reviewed` the findings
    someone has looked at. The checks of the extraction itself read its records, so a report
    needs no DataFrame until places are checked."""
    records, unit = extraction.records, extraction.located_by
    by_ocr = extraction.text_layer == "ocr"
    findings = (check_serials(records, unit) + from_extraction(extraction) + check_product_cells(records, unit, by_ocr)
                + (check_rows_per_page(records) if unit == "page" else []))
    not_run = {"recognition"} if not by_ocr else set()
    if unit != "page":
        not_run |= {"rows per page", "tables", "damaged file", "line breaks", "merged cells", "rows", "columns", "clipped text"}
    if rows is None or "district_match" not in rows:
        not_run |= {"places", "stated codes", "published totals"}
    else:
        findings += check_places(rows, fuzzy=by_ocr) + check_stated_codes(rows) + check_totals(rows, stated)
        findings += check_places_overleaf(rows) if unit == "page" else []
    if stated is None or (stated.products is None and stated.districts is None):
        not_run.add("published totals")
    return QualityReport(_mark_reviewed(findings, records, reviewed), not_run, len(records))


def _mark_reviewed(findings: list[Finding], records: list[dict], reviewed: tuple[Reviewed, ...]) -> list[Finding]:
    """Findings that match a reviewed entry (its check, and the printed values of one of its rows)."""
    for f in findings:
        for entry in reviewed:
            if entry.check == f.check and (not entry.row or any(
                    all(str(records[r - 1].get(k, "")) == v for k, v in entry.row.items()) for r in f.rows)):
                f.kind, f.detail = REVIEWED, f"{f.detail} (reviewed: {entry.why})"
                break
    return findings


def from_extraction(extraction: Extraction) -> list[Finding]:
    """What the reading itself was unsure of, as the extractor recorded it."""
    reasons = {"line breaks": "line break unsettled", "merged cells": "merged cell's rows unclear", "rows": "row's lines unclear",
               "columns": "text may belong to a cell beside", "clipped text": "text cut off at an edge",
               "recognition": "OCR may have misread", "tables": "a table may be lost", "damaged file": "damaged file"}
    out = []
    for index, check, detail in extraction.doubts:
        page = extraction.records[index]["page"] if index is not None else None
        where = f"row {index + 1} (page {page}): " if index is not None else ""
        out.append(Finding(check, DOUBT, [index + 1] if index is not None else [], page, where + detail, reasons[check]))
    return out


def check_serials(records: list[dict], unit: str = "page") -> list[Finding]:
    """Serial numbers that skip or repeat: a doubt on the rows where the sequence breaks. A list
    printed as one table per state may start again at 1 where the state changes. Serials a
    spreadsheet printed as "###" (numbers too wide for their column) are a note; they are not
    counted."""
    findings = []
    unshown = [n for n, row in enumerate(records, start=1) if NUMBER_UNSHOWN.fullmatch(str(row["serial"]))]
    if unshown:
        first = records[unshown[0] - 1]["page"]
        findings.append(Finding("serial numbers", NOTE, unshown, first,
                                f"{len(unshown)} rows from row {unshown[0]} ({unit} {first}) print their serial as "
                                f"{records[unshown[0] - 1]['serial']!r}: a number too wide for its column", "serial not shown"))
    before = previous = None  # the row before (a district's next product repeats its serial), the last serial
    for n, row in enumerate(records, start=1):
        serial, state, page = row["serial"], row["state"], row["page"]
        new_row, before = (serial, state) != before, (serial, state)
        if not (new_row and isinstance(serial, str) and SERIAL.fullmatch(serial)):
            continue
        number = int(serial.rstrip("."))
        if previous is not None:
            last, last_state, last_page, last_row = previous
            restart = number == 1 and state != last_state
            if number != last + 1 and not restart:
                kind = "repeats or goes back" if number <= last else "skips"
                findings.append(Finding("serial numbers", DOUBT, [last_row, n], page,
                                        f"serial {kind}: {last} ({unit} {last_page}) is followed by {number} ({unit} {page})",
                                        f"serial {kind.split()[0]}"))
        previous = (number, state, page, n)
    return findings


def check_places(rows: pd.DataFrame, fuzzy: bool = False) -> list[Finding]:
    """States and districts that place nowhere. A state that places nowhere, or a district that
    is a district of another state, is a doubt (a shifted or merged cell); a district the
    directory has in no state is a note (announced, renamed, or spelt past recognition). A fuzzy
    match is the publisher's spelling in a text layer (a note), a possible misreading in a scan
    (a doubt); so is, in a scan, a district placed nowhere, and so is any district placed nowhere
    where many are (a publisher prints a few names the directory lacks; a column read wrong,
    most of them). A district placed nowhere, or only fuzzily, whose words begin or end a
    district's name of its state is a doubt (a text cut short by a page break or a clip, though
    the place be right); so is one that reads as several districts' whole names run together
    (merged cells' texts read as one), however it was placed. So is a state placed only fuzzily
    whose words begin or end its name (its cell's text cut short). So is a district placed nowhere
    that holds a number: a name holds none but as the directory spells it ('North 24 Parganas');
    a serial glued to a word ("Dadra and1") was read into it. So is one whose text goes on past a
    district's whole name inside its last word ("Chhatrapati Sambhajinagarproducts": the next
    cell's text set against it). So are districts placed only by leaving out words in front of
    their names, where the same words stand in front of several districts: a person's name or an
    honorific fronts one district ('Sri Potti Sriramulu Nellore'), a column read into the
    district's cells fronts many ('Tertiary Nicobars', 'Tertiary Kokrajhar')."""
    import pandas as pd

    from .gazetteer import begins_or_ends, name_key

    by_part = rows["district_by_part"] if fuzzy and "district_by_part" in rows else False
    # (in a scan, a district placed by another of its spellings, its own with one of a double
    # letter left out, or of each of several: OCR reads two like glyphs side by side as one,
    # "Chindwara" for Chhindwara, "Tiruchirapalli" for Tiruchirappalli, spellings GeoNames knows)
    doubled = pd.Series([fuzzy and match == "alias" and _double_letter_read_once(name_key(str(read)), name_key(str(own)))
                         for match, read, own in zip(rows["district_match"], rows["district"], rows["district_name"])], index=rows.index, dtype=bool)
    doubtful = rows[(rows["district_match"].isin(["unresolved", "fuzzy"])) | (rows["state_match"] == "fuzzy") | by_part | doubled]
    pairs = rows[["state", "district"]].drop_duplicates()
    unplaced = doubtful[doubtful["district_match"] == "unresolved"][["state", "district"]].drop_duplicates()
    misread = fuzzy or len(unplaced) > max(2, UNPLACED_SHARE * len(pairs))
    findings = []
    for (state, district), group in doubtful.groupby(["state", "district"], sort=False):
        first, numbers = group.iloc[0], [int(r) for r in group["row"]]
        where = f"({_rows(numbers)})"
        elsewhere = first.get("district_elsewhere", "")
        if pd.isna(first["state_lgd"]):
            f = (DOUBT, f"state not placed: {state!r} / {district!r} {where}", "state not placed")
        elif first["district_match"] == "unresolved" and elsewhere:
            f = (DOUBT, f"district of another state: {district!r} is a district of {elsewhere}, not of {first['state_name']} {where}",
                 f"district of {elsewhere}")
        elif first.get("district_cut_from", ""):
            numbers += _rest_beside(rows, state, district, first["district_cut_from"], numbers)
            f = (DOUBT, f"district cut short or run on: {district!r} begins, ends or runs on past the name of "
                        f"{first['district_cut_from']} ({first['state_name']}) ({_rows(numbers)})", "district name cut short or run on")
        elif first["district_match"] == "unresolved" and DIGIT.search(district):
            f = (DOUBT, f"number in a district's name: {district!r} places nowhere, and no name but the directory's "
                        f"holds a number: a serial or another column's text read into it? {where}", "number in a district's name")
        elif first["district_match"] == "unresolved":  # misread, or never created?
            f = (DOUBT if misread else NOTE, f"district not in the directory: {state!r} / {district!r} {where}", "district not placed")
        elif first["state_match"] == "fuzzy" and begins_or_ends(name_key(state).split(), name_key(first["state_name"]).split()):
            f = (DOUBT, f"state cut short: {state!r} begins or ends the name of {first['state_name']}, with words left out "
                        f"(a merged cell too low for its text) {where}", "state name cut short")
        elif first.get("district_by_part", False) and first["state_match"] != "fuzzy":  # (in doubt in scans only)
            f = (DOUBT, f"placed by a part of its name alone: {district!r} -> {first['district_name']} ({first['state_name']}), "
                        f"the rest of it naming nothing: misread? {where}", "place read by a part of its name")
        elif doubled[group.index[0]]:
            f = (DOUBT, f"placed by another spelling, its name with a double letter read as one: {district!r} -> "
                        f"{first['district_name']} ({first['state_name']}): misread? {where}", "place read fuzzily")
        else:
            f = (DOUBT if fuzzy else NOTE, f"placed only by a fuzzy match: {state!r} / {district!r} -> {first['state_name']} / "
                 f"{first['district_name']} {where}", "place read fuzzily")
        findings.append(Finding("places", f[0], numbers, int(first["page"]), f[1], f[2]))
    if "district_front" in rows:
        for front, group in rows[rows["district_front"] != ""].groupby("district_front", sort=False):
            # (or before one, a part of its state's name: the state's text run into the district's
            # cell, "Uttar" / "Pradesh Bijnor"; a state's whole name added is the publisher's)
            part_of_state = all(set(name_key(front).split()) < set(name_key(state).split()) for state in group["state_name"])
            if (fronted := group["district_lgd"].nunique()) >= 2 or part_of_state:
                numbers = [int(r) for r in group["row"]]
                findings.append(Finding("places", DOUBT, numbers, int(group.iloc[0]["page"]),
                                        f"words in front of districts: {front!r} stands before {fronted} districts' "
                                        f"names ({group.iloc[0]['district']!r}, ...): another column's text read into the district? ({_rows(numbers)})",
                                        "district holds another column's text"))
    if "districts_together" in rows:
        for (state, district, names), group in rows[rows["districts_together"] != ""].groupby(["state", "district", "districts_together"], sort=False):
            numbers = [int(r) for r in group["row"]]
            numbers += _lent_words(rows, state, district, numbers)
            findings.append(Finding("places", DOUBT, numbers, int(group.iloc[0]["page"]),
                                    f"districts run together: {district!r} reads as {names} ({state}) ({_rows(numbers)})",
                                    "districts run together in one cell"))
    return findings


def check_places_overleaf(rows: pd.DataFrame) -> list[Finding]:
    """A state or district whose text changes at a page break to words that begin or end it, the
    place the same: a merged cell's text split by the page and read in part on one side
    ("Dadra and Nagar Haveli and" / "Daman and Diu" at a page's foot, "Daman and Diu" again at the
    next page's top, cut by its clip, which the directory places as the state's former name). A
    doubt on the rows that carry the shorter text; a publisher prints one place one way."""
    import pandas as pd

    from .gazetteer import begins_or_ends, name_key

    findings = []
    texts = {field: [str(t) for t in rows[field]] for field in ("state", "district")}
    codes = {field: [None if pd.isna(c) else c for c in rows[f"{field}_lgd"]] for field in ("state", "district")}
    pages, numbers = list(rows["page"]), [int(r) for r in rows["row"]]
    for k in (k for k in range(1, len(rows)) if pages[k] != pages[k - 1]):
        for field, reason in (("state", "state name cut short"), ("district", "district name cut short or run on")):
            before, after, code = texts[field][k - 1], texts[field][k], codes[field][k]
            if code is None or codes[field][k - 1] != code or before == after:
                continue
            for part, whole, run in ((after, before, range(k, len(rows))), (before, after, range(k - 1, -1, -1))):
                if begins_or_ends(name_key(part).split(), name_key(whole).split()):
                    carried = [numbers[j] for j in itertools.takewhile(lambda j: texts[field][j] == part and codes[field][j] == code, run)]
                    findings.append(Finding("places", DOUBT, sorted(carried), int(pages[k]),
                                            f"{field} {part!r} beside {whole!r} across the break before page {pages[k]}, one "
                                            f"place: a merged cell's text split by the page, read in part? ({_rows(sorted(carried))})",
                                            reason))
    return findings


def _districts_beside(rows: pd.DataFrame, state: str, numbers: list[int]) -> list[tuple[bool, str, list[int]]]:
    """The district just after rows `numbers`, and the one just before, in the list's order and
    their state: (whether after, its text, its rows)."""
    ordered = rows[rows["state"] == state].sort_values("row")[["row", "district"]].values.tolist()
    sides = ((True, [(r, d) for r, d in ordered if r > max(numbers)]), (False, [(r, d) for r, d in reversed(ordered) if r < min(numbers)]))
    return [(after, side[0][1], [int(r) for r, _ in itertools.takewhile(lambda row, d=side[0][1]: row[1] == d, side)])
            for after, side in sides if side]


def _lent_words(rows: pd.DataFrame, state: str, district: str, numbers: list[int]) -> list[int]:
    """The rows of the district just after (or before) districts' texts read as one, in the
    list's order and its state, placed as a name that the last (first) words of that text begin
    (end) with its own: their cell lent them ("South West Garo Hills West" / "Jaintia Hills",
    placed as "West Jaintia Hills")."""
    from .gazetteer import name_key

    placed = dict(zip(rows["row"].astype(int), rows["district_name"].fillna("")))
    return [n for after, other, beside in _districts_beside(rows, state, numbers)
            if placed[beside[0]] and any(name_key(f"{lent} {other}" if after else f"{other} {lent}") == name_key(placed[beside[0]])
                                         for lent in _word_runs(district, from_start=not after, most=3))
            for n in beside]


def _word_runs(text: str, from_start: bool, most: int | None = None) -> list[str]:
    """A text's runs of words from its start ("West", "West Jaintia", ...) or from its end, the
    shortest first (`most` words at most)."""
    words = text.split()
    return [" ".join(words[:k] if from_start else words[-k:]) for k in range(1, min(most or len(words), len(words)) + 1)]


def _double_letter_read_once(read: str, name: str) -> bool:
    """Whether a text is a name with one of a double letter left out, or of several
    ("tiruchirapalli", "tiruchirapali")."""
    return len(read) < len(name) and re.fullmatch(re.sub(r"(.)\1", lambda m: re.escape(m[1]) * 2 + "?", name), read) is not None


def _rest_beside(rows: pd.DataFrame, state: str, district: str, names: str, numbers: list[int]) -> list[int]:
    """The rows of the district just after (or before) a name cut short, in the list's order
    and its state, whose text is the name's rest ("West" / "Karbi Anglong" of "West Karbi
    Anglong", parted by a page break): a district the directory may know by itself; or begins
    (ends) with it ("Mohla-Manpur-Ambagarh" / "Chouki Gaurela-Pendra-Marwahi": rows' lines
    parted a line too low, the rest placed as words in front of the next district's name); or
    is placed as the very district whose name the text cut short begins, by another of its
    names ("Dr. B.R. Ambedkar" / "Konaseema": the directory's name of the district that "Dr.
    B.R. Ambedkar Konaseema" also spells)."""
    from .gazetteer import name_key

    cut_from = names.split(" or ")
    keys = set(map(name_key, cut_from))
    placed = dict(zip(rows["row"].astype(int), rows["district_name"].fillna("")))
    return [n for after, other, beside in _districts_beside(rows, state, numbers)
            if placed[beside[0]] in cut_from
            or any(name_key(f"{district} {rest}" if after else f"{rest} {district}") in keys for rest in _word_runs(other, from_start=after))
            for n in beside]


def _same_cell(records: list[dict], n: int) -> list[int]:
    """The rows (numbered from 1) read with row n from one row of the list: the run around it
    with its page, serial, state and district."""
    def key(k: int) -> list:
        return [records[k - 1].get(field) for field in ("page", "serial", "state", "district")]
    first, last = n, n
    while first > 1 and key(first - 1) == key(n):
        first -= 1
    while last < len(records) and key(last + 1) == key(n):
        last += 1
    return list(range(first, last + 1))


def check_product_cells(records: list[dict], unit: str = "page", by_ocr: bool = False) -> list[Finding]:
    """Products with the marks of a cell split or joined in the wrong place (a list marker, a
    connector at the end or the start: "& Coconut based products", whose first line a cell too
    low for its text left unprinted; a bracket in front, a qualifier's that never opens a name:
    "(Mobile Phones and Components) Groundnut Oil", the rest of the row above's product read into
    the next row's; a bracket left open, a lone small letter, in front or alone,
    the last of a label broken letter by letter: "identifie" / "d"; a page's first product
    starting in lower case, "silk & cotton" of "Handloom products of" / "silk & cotton"; nothing
    at all):
    doubts. A trailing comma is how the publisher left the cell (a note); so is a digit inside a
    word, except in a scan, where it is the mark of a letter misread."""
    findings = []
    for n, row in enumerate(records, start=1):
        text = str(row["product"]).strip()
        # a page's first product beginning in lower case may be the rest of a name whose start the
        # page's top or its header took; elsewhere the publisher printed it so ("medicines /drugs")
        first_on_page = unit == "page" and (n == 1 or records[n - 2]["page"] != row["page"])
        problem, kind = (
            ("empty", DOUBT) if not text
            else ("list marker", DOUBT) if LEFT_INSIDE.search(text)
            else ("ends on a comma", NOTE) if text.endswith(",")
            else ("ends on a connector", DOUBT) if RUNS_ON.search(text) and not text.endswith(")")
            else ("begins on a connector", DOUBT) if NAME_GOES_ON.match(text)
            else ("begins in brackets", DOUBT) if text.startswith("(")
            else ("unbalanced brackets", DOUBT) if text.count("(") != text.count(")")
            else ("a lone small letter", DOUBT) if LONE_LETTER.match(text)
            else ("begins in lower case", DOUBT if first_on_page else NOTE) if text[:1].islower()
            else ("a digit inside a word", DOUBT if by_ocr else NOTE) if MIXED_WORD.search(text)
            else ("", "")
        )
        if problem:
            # (a bracket or a connector in front is the rest of the product above, which is then
            # short of it; a list's marker inside a product, a list counted again inside one cell:
            # the cell holds two cells' lists, and each item read of it is in doubt)
            # an empty product's items went somewhere: to the row above's cell, the likeliest
            # (rows parted a line too low: "Processed Prawns/Shrimp" of the next row read as the last
            # item of "Visakhapatnam", a page's top row broken over from the page before)
            concerned = ([n - 1, n] if problem in ("begins in brackets", "begins on a connector") and n > 1
                         else _same_cell(records, n) if problem == "list marker"
                         else [*_same_cell(records, n - 1), n] if problem == "empty" and n > 1 else [n])
            findings.append(Finding("product cells", kind, concerned, row["page"], f"row {n} ({unit} {row['page']}): {problem}: {text!r}",
                                    f"product {problem}"))
    return findings


def check_rows_per_page(records: list[dict]) -> list[Finding]:
    """Pages between the first and the last with far fewer rows than the list's usual page (a
    table missed or rows run together), or none at all: a doubt on that page's rows, unless its
    serials go on without a gap from the page before to the page after (a page of tall rows, or
    one a printer broke early, loses nothing)."""
    counts = Counter(page for _, _, page in {(r["serial"], r["district"], r["page"]) for r in records})
    if len(counts) < 3:
        return []
    pages = range(min(counts), max(counts) + 1)
    usual = statistics.median(counts.get(p, 0) for p in pages)
    serials: dict[int, set[int]] = {}
    for r in records:
        if str(r["serial"]).isdecimal():
            serials.setdefault(r["page"], set()).add(int(r["serial"]))

    def unbroken(p: int) -> bool:
        before, here, after = serials.get(p - 1), serials.get(p), serials.get(p + 1)
        return bool(before and here and after) and sorted(here) == list(range(max(before) + 1, min(after)))

    return [
        Finding("rows per page", DOUBT, [n for n, r in enumerate(records, start=1) if r["page"] == p], p,
                f"page {p}: {counts.get(p, 0)} row(s), the usual page has {usual:g}", "sparse page")
        for p in list(pages)[1:-1]
        if counts.get(p, 0) < SPARSE_PAGE * usual and not unbroken(p)
    ]


def check_stated_codes(rows: pd.DataFrame) -> list[Finding]:
    """Codes the list states for its districts that the directory gives another district: the
    publisher's (a note)."""
    conflicts = rows[rows["source_district_lgd"].notna() & rows["district_lgd"].notna()
                     & (rows["source_district_lgd"] != rows["district_lgd"])]
    return [Finding("stated codes", NOTE, [int(r.row)], int(r.page),
                    f"row {r.row}: {r.state} / {r.district} states LGD code {r.source_district_lgd}, the directory "
                    f"gives {r.district_name} code {r.district_lgd}", "") for r in conflicts.itertuples()]


def check_totals(rows: pd.DataFrame, stated: StatedTotals | None) -> list[Finding]:
    """Our counts of products and districts against the totals the publisher stated: a
    difference is a note (lists are revised after the totals are announced)."""
    if stated is None:
        return []
    from .validate import district_count

    return [Finding("published totals", NOTE, [], None, f"{what}: extracted {ours}, the publisher stated {theirs} ({stated.stated_in})", "")
            for what, ours, theirs in (("products", len(rows), stated.products), ("districts", district_count(rows), stated.districts))
            if theirs is not None and ours != theirs]


def _rows(values: list[int]) -> str:
    """'row 7', 'rows 7-9', or 'rows 7, 12, 30 ...'."""
    if len(values) == 1:
        return f"row {values[0]}"
    if values[-1] - values[0] + 1 == len(values):
        return f"rows {values[0]}-{values[-1]}"
    return "rows " + ", ".join(map(str, values[:5])) + (" ..." if len(values) > 5 else "")
