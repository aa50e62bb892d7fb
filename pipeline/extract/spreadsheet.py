"""The rows of a list published as a spreadsheet (XLSX or CSV), through the same column labels."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import ExtractionError, Extraction, ExtractSettings, csv_encoding
from .cells import Line
from .columns import category_of, map_header, product_fields, read_header
from .products import split_products
from .title import state_named

HEADER_SEARCH_ROWS = 30  # title rows a sheet may have above its header


def extract_spreadsheet(path: Path, kind: str, settings: ExtractSettings) -> Extraction:
    encoding = None if kind == "xlsx" else csv_encoding(path.read_bytes())
    if kind == "xlsx":
        _check_unpacked_size(path, settings.max_unpacked_bytes)
    limit = settings.max_rows + HEADER_SEARCH_ROWS + 1  # read no further than a list may go
    try:
        if kind == "xlsx":
            sheet = pd.read_excel(path, sheet_name=settings.sheet, header=None, dtype=str, engine="openpyxl", nrows=limit)
        else:
            sheet = pd.read_csv(path, header=None, dtype=str, keep_default_na=False, skip_blank_lines=False, encoding=encoding,
                                nrows=limit)
    except Exception as exc:  # openpyxl and pandas raise many types for a broken file
        raise ExtractionError(f"{path}: not a readable {kind.upper()} file ({type(exc).__name__}: {exc})") from exc
    if len(sheet) >= limit:
        raise ExtractionError(f"{path}: more than {settings.max_rows:,} rows, far beyond any list (about 1,300); "
                              "if it really is one, raise max_rows in the source's extract settings")
    sheet = sheet.fillna("").map(lambda v: str(v).strip())
    header_at, fields = _find_header(path, sheet)
    # a sheet of one state without a state column: the declared state, or the one its title names
    title = " ".join(v for row in sheet.iloc[:header_at].itertuples(index=False) for v in row if v)
    state = settings.state or state_named(title) or ""
    if "state" not in fields and not state:
        raise ExtractionError(f"{path}, row {header_at + 1}: no state column, and the title names no state: "
                              "declare the list's state (`state:` in sources.yaml, or extract --state NAME)")
    products = product_fields(fields)
    body = sheet.iloc[header_at + 1 :]
    records = []
    for offset, values in enumerate(body.itertuples(index=False), start=header_at + 2):
        cells = {f: v for f, v in zip(fields, values) if f}
        if not any(cells.values()):
            continue
        text = {f: " ".join(v.split()) for f, v in cells.items()}
        for field in products:
            # A line break inside a product cell separates products; a wide list's empty cell gives none.
            lines = [Line(part, 0, hard_break=True) for part in cells.get(field, "").splitlines() if part.strip()]
            for product in split_products(lines) or ([""] if len(products) == 1 else []):
                records.append(
                    {
                        "serial": text.get("serial", ""),
                        "state": text.get("state", state),
                        "district": text.get("district", ""),
                        "product": product,
                        "sector": text.get("sector", ""),
                        "category": category_of(field) or text.get("category", ""),
                        "source_district_lgd": _code(text.get("lgd", "")),
                        "page": offset,  # for a spreadsheet: the row number in the sheet
                    }
                )
    if not records:
        raise ExtractionError(f"{path}: the sheet has a header but no rows")
    return Extraction(records, pages=1, encoding=encoding, located_by="sheet row")


def _find_header(path: Path, sheet: pd.DataFrame) -> tuple[int, list[str | None]]:
    """The first row that maps every required field (the state may be left to a declared state
    or the title), and the fields of its columns."""
    best: tuple[int, int, list[str]] | None = None  # (row, fields mapped, problems)
    for i, row in enumerate(sheet.head(HEADER_SEARCH_ROWS).itertuples(index=False)):
        labels = list(row)
        fields = map_header(labels, optional=("state",))
        if fields:
            return i, fields
        mapped, problems = read_header(labels)
        count = sum(f is not None for f in mapped)
        if count and (best is None or count > best[1]):
            best = (i, count, problems)
    if best and best[1] >= 1:
        raise ExtractionError(
            f"{path}, row {best[0] + 1}: the header cannot be mapped: {'; '.join(best[2])} "
            "(labels are listed in pipeline/reference/columns.yaml)"
        )
    raise ExtractionError(f"{path}: no header row naming the state, district and product columns in the first {HEADER_SEARCH_ROWS} rows")


def _code(value: str) -> str:
    """Spreadsheets store codes as numbers: '603.0' is code 603."""
    return value[:-2] if value.endswith(".0") and value[:-2].isdecimal() else value


def _check_unpacked_size(path: Path, limit: int) -> None:
    """An XLSX file is a zip: refuse one whose contents unzip beyond `limit` before reading it."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            size = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise ExtractionError(f"{path}: not a readable XLSX file (a damaged zip: {exc})") from exc
    if size > limit:
        raise ExtractionError(f"{path}: unzips to {size:,} bytes, over the bound of {limit:,} for a list; "
                              "if it really is one, raise max_unpacked_bytes in the source's extract settings")
