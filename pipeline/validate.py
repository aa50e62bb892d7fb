"""Validate: what every extraction must have before it goes on, and how districts are counted.
The checks of a list against itself and its publisher are the quality report (quality.py)."""

from __future__ import annotations

import pandas as pd


REQUIRED_COLUMNS = ("state", "district", "product")


def check_columns(rows: pd.DataFrame, where: str) -> None:
    """Raise if a required column is missing or wholly empty: nothing half-read is passed on."""
    for name in REQUIRED_COLUMNS:
        if name not in rows or (rows[name].fillna("") == "").all():
            raise ValueError(f"{where}: column {name!r} is missing or empty in every row")


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
