"""The rows of a list published as a spreadsheet (XLSX or CSV), through the same column labels."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import ExtractionError, Extraction, ExtractSettings, csv_encoding
from .columns import map_header, missing_fields
from .products import split_products
from .cells import Line

HEADER_SEARCH_ROWS = 30  # title rows a sheet may have above its header


def extract_spreadsheet(path: Path, kind: str, settings: ExtractSettings) -> Extraction:
    encoding = None if kind == "xlsx" else csv_encoding(path.read_bytes())
    try:
        if kind == "xlsx":
            sheet = pd.read_excel(path, sheet_name=settings.sheet, header=None, dtype=str, engine="openpyxl")
        else:
            sheet = pd.read_csv(path, header=None, dtype=str, keep_default_na=False, skip_blank_lines=False, encoding=encoding)
    except Exception as exc:  # openpyxl and pandas raise many types for a broken file
        raise ExtractionError(f"{path}: not a readable {kind.upper()} file ({type(exc).__name__}: {exc})") from exc
    sheet = sheet.fillna("").map(lambda v: str(v).strip())
    header_at, fields = _find_header(path, sheet)
    body = sheet.iloc[header_at + 1 :]
    records = []
    for offset, values in enumerate(body.itertuples(index=False), start=header_at + 2):
        cells = {f: v for f, v in zip(fields, values) if f}
        if not any(cells.values()):
            continue
        text = {f: " ".join(v.split()) for f, v in cells.items()}
        # A line break inside a product cell separates products.
        lines = [Line(part, 0, hard_break=True) for part in cells.get("product", "").splitlines() if part.strip()]
        for product in split_products(lines) or [""]:
            records.append(
                {
                    "serial": text.get("serial", ""),
                    "state": text.get("state", ""),
                    "district": text.get("district", ""),
                    "product": product,
                    "sector": text.get("sector", ""),
                    "category": text.get("category", ""),
                    "source_district_lgd": _code(text.get("lgd", "")),
                    "page": offset,  # for a spreadsheet: the row number in the sheet
                }
            )
    if not records:
        raise ExtractionError(f"{path}: the sheet has a header but no rows")
    return Extraction(records, pages=1, encoding=encoding, located_by="sheet row")


def _find_header(path: Path, sheet: pd.DataFrame) -> tuple[int, list[str | None]]:
    best: tuple[int, list[str]] | None = None
    for i, row in enumerate(sheet.head(HEADER_SEARCH_ROWS).itertuples(index=False)):
        labels = list(row)
        fields = map_header(labels)
        if fields:
            return i, fields
        missing = missing_fields(labels)
        if any(labels) and (best is None or len(missing) < len(best[1])):
            best = (i, missing)
    if best and len(best[1]) < 3:
        raise ExtractionError(
            f"{path}, row {best[0] + 1}: the header cannot be mapped: no column for {', '.join(best[1])} "
            "(labels are listed in pipeline/reference/columns.yaml)"
        )
    raise ExtractionError(f"{path}: no header row naming the state, district and product columns in the first {HEADER_SEARCH_ROWS} rows")


def _code(value: str) -> str:
    """Spreadsheets store codes as numbers: '603.0' is code 603."""
    return value[:-2] if value.endswith(".0") and value[:-2].isdigit() else value
