"""Validate: checks of a list against itself and against what its publisher stated.

Findings are warnings recorded in the snapshot, not failures: the published list is what it
is, and users need to know where it is inconsistent.
"""

from __future__ import annotations

import pandas as pd

from .sources import StatedTotals

REQUIRED_COLUMNS = ("state", "district", "product")


def check_columns(rows: pd.DataFrame, where: str) -> None:
    """Raise if a required column is missing or wholly empty: nothing half-read is passed on."""
    for name in REQUIRED_COLUMNS:
        if name not in rows or (rows[name].fillna("") == "").all():
            raise ValueError(f"{where}: column {name!r} is missing or empty in every row")


def check_serials(rows: pd.DataFrame) -> list[str]:
    """Serial numbers that skip or repeat, with the pages concerned."""
    printed = rows.drop_duplicates("serial")[["serial", "page"]]
    printed = printed[printed["serial"].str.fullmatch(r"\d+\.?", na=False)]
    if printed.empty:
        return []
    warnings = []
    previous, previous_page = None, None
    for serial, page in zip(printed["serial"].str.rstrip(".").astype(int), printed["page"]):
        if previous is not None and serial != previous + 1:
            kind = "repeats or goes back" if serial <= previous else "skips"
            warnings.append(f"serial {kind}: {previous} (page {previous_page}) is followed by {serial} (page {page})")
        previous, previous_page = serial, page
    return warnings


def district_ids(rows: pd.DataFrame) -> pd.Series:
    """What identifies a row's district: its LGD code, or its printed (state, district) names
    when unresolved, so spelling variants of one district count once."""
    printed = "name:" + rows["state"] + "|" + rows["district"]
    if "district_lgd" not in rows:
        return printed
    codes = pd.Series(pd.array(rows["district_lgd"], dtype="Int64"), index=rows.index).astype("string")
    return ("lgd:" + codes).fillna(printed)


def district_count(rows: pd.DataFrame) -> int:
    return int(district_ids(rows).nunique())


def check_totals(rows: pd.DataFrame, stated: StatedTotals) -> list[str]:
    """Our counts against the publisher's stated totals."""
    warnings = []
    districts = district_count(rows)
    for what, ours, theirs in (("products", len(rows), stated.products), ("districts", districts, stated.districts)):
        if theirs is not None and ours != theirs:
            warnings.append(f"{what}: extracted {ours}, the publisher stated {theirs} ({stated.stated_in})")
    return warnings
