"""Extract: the rows of a published list, from a PDF, XLSX or CSV file, as printed.

`extract(path)` returns an `Extraction`: one record per product (keys `ROW_COLUMNS`), as a
DataFrame in `.rows`, and the number of pages read. Anything that is not a list we understand
raises `ExtractionError` naming the file (and page) and what was expected. Reading a PDF needs
no pandas: the frame is built (and pandas imported) when `.rows` is first asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

ROW_COLUMNS = ["serial", "state", "district", "product", "sector", "category", "source_district_lgd", "page", "ocr_confidence"]


class ExtractionError(Exception):
    """The file cannot be read as a list; the message names the file, page and expectation."""


@dataclass
class ExtractSettings:
    """Per-source extraction options, from the `extract:` block of sources.yaml."""

    text_layer: str = "pdfium"  # or "pdfplumber"
    workers: int | None = None  # processes that read the pages of a PDF (beyond a few pages); None: one per core
    sheet: str | int = 0  # spreadsheet sheet name or index
    state: str | None = None  # a list of one state: the state of every row of a table without a state column
    # Bounds far beyond any real list (about 1,300 rows, 20 pages): a larger file is refused before
    # it takes the machine's memory. Raise them here for a list that really is that large.
    max_rows: int = 100_000  # rows of a sheet
    max_pages: int = 2_000  # pages of a PDF
    max_unpacked_bytes: int = 256 * 1024 * 1024  # an XLSX file's contents, unzipped

    @classmethod
    def from_dict(cls, data: dict | None) -> "ExtractSettings":
        data = dict(data or {})
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown extract settings {sorted(unknown)}")
        return cls(**data)


@dataclass
class Extraction:
    records: list[dict]  # one a product, with the keys ROW_COLUMNS
    pages: int
    # what the reading itself may have got wrong, for the quality report: (record index, check, detail),
    # e.g. (12, "line breaks", "'Venkatagiri' / 'Sarees' read as one product"), or (None, ...) for the file
    doubts: list[tuple[int | None, str, str]] = field(default_factory=list)
    encoding: str | None = None  # of a CSV file: utf-8, or cp1252 as Excel saves on Windows
    located_by: str = "page"  # what the rows' `page` column counts: "page", or "sheet row" for a spreadsheet
    text_layer: str | None = None  # what read a PDF's text: pdfium, pdfplumber, or ocr (pages printed as images)

    @cached_property
    def rows(self) -> pd.DataFrame:
        """The records as a DataFrame, columns ROW_COLUMNS."""
        import pandas as pd

        return pd.DataFrame.from_records(self.records, columns=ROW_COLUMNS)


def records_csv(records: list[dict], columns: list[str] = ROW_COLUMNS) -> str:
    """Records as CSV text (a missing or None value is an empty field), as `rows.to_csv(index=False)`
    writes them, without building a frame."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


# Leading bytes of files that are not lists, so that a refusal says what the file was.
MAGIC = {
    b"%PDF-": "pdf", b"PK\x03\x04": "xlsx", b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg", b"GIF8": "gif",
    b"II*\x00": "tiff", b"MM\x00*": "tiff", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "ole", b"\x1f\x8b": "gzip",
    b"{\\rtf": "rtf", b"Rar!": "rar", b"7z\xbc\xaf": "7z",
}
FORMAT_NAMES = {
    "pdf": "a PDF file", "xlsx": "an XLSX file", "csv": "a CSV file", "html": "an HTML page", "png": "a PNG image",
    "jpeg": "a JPEG image", "gif": "a GIF image", "tiff": "a TIFF image", "ole": "an old Office file (DOC or XLS)",
    "gzip": "gzip data", "rtf": "an RTF document", "rar": "a RAR archive", "7z": "a 7-Zip archive",
    "unknown": "unknown bytes",
}


NAMED_FORMATS = {".pdf": "pdf", ".xlsx": "xlsx", ".xls": "ole"}  # a file whose name promises a binary format


def describe_format(kind: str) -> str:
    """'png' -> 'a PNG image': what a sniffed file is, for messages."""
    return FORMAT_NAMES.get(kind, kind)


def sniff_format(path: Path) -> str:
    """What the bytes are, whatever the file is called: pdf, xlsx, csv, html, or another kind
    from MAGIC (png, jpeg, ...), else unknown."""
    with open(path, "rb") as f:
        head = f.read(2048)
    for magic, kind in MAGIC.items():
        if head.startswith(magic):
            return kind
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")):
        return "html"
    if head and b"\x00" not in head and csv_encoding(head):
        return "csv"
    return "unknown"


CSV_ENCODINGS = ("utf-8-sig", "cp1252")  # Excel on Indian Windows machines saves CSV in Windows-1252


def csv_encoding(data: bytes) -> str | None:
    """The first encoding in CSV_ENCODINGS that decodes the bytes (a cut multi-byte character at
    the end of a sample is forgiven), or None."""
    for encoding in CSV_ENCODINGS:
        try:
            data.decode(encoding)
            return encoding
        except UnicodeDecodeError as exc:
            if encoding.startswith("utf-8") and exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
                return encoding
    return None


def extract(path: str | Path, settings: ExtractSettings | None = None, places=None) -> Extraction:
    """The rows of a list's file. `places`, the directory (pipeline.gazetteer.Gazetteer) where at
    hand, tells which state each district is of, where a page leaves unclear which rows a merged
    state cell spans."""
    path = Path(path)
    settings = settings or ExtractSettings()
    if path.is_dir():
        raise ExtractionError(f"{path}: is a directory; expected a PDF, XLSX or CSV file")
    if not path.is_file():
        raise ExtractionError(f"{path}: no such file")
    if path.stat().st_size == 0:
        raise ExtractionError(f"{path}: the file is empty (0 bytes); expected a PDF, XLSX or CSV file")
    kind = sniff_format(path)
    named = NAMED_FORMATS.get(path.suffix.lower())
    if named and kind == "csv":  # text that a CSV reader would take, under a binary format's name
        raise ExtractionError(f"{path}: named {path.suffix} but it holds plain text; expected {describe_format(named)}")
    if kind == "pdf":
        from .pdf import extract_pdf

        return extract_pdf(path, settings, places)
    if kind in ("xlsx", "csv"):
        from .spreadsheet import extract_spreadsheet

        return extract_spreadsheet(path, kind, settings)
    raise ExtractionError(f"{path}: expected a PDF, XLSX or CSV file, found {describe_format(kind)}")


def document_date(path: str | Path):
    """The creation date a PDF or XLSX file records for itself, or None."""
    import datetime as dt
    import re

    path = Path(path)
    kind = sniff_format(path)
    if kind == "pdf":
        from .layers import open_pdfium

        pdf = open_pdfium(path)
        try:
            stamp = pdf.get_metadata_dict().get("CreationDate", "")
        finally:
            pdf.close()
        match = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", stamp)
        return dt.date(*map(int, match.groups())) if match else None
    if kind == "xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True)
        try:
            created = book.properties.created
        finally:
            book.close()
        return created.date() if created else None
    return None
