"""Scoring place resolution against a truth list of (state, district, lgd_district_code), through
`pipeline.normalise.run` as a list's rows would go; and the leave-one-out check that a name whose
district is missing from the gazetteer resolves to nothing. Used by the tests and bench/places.py."""

from __future__ import annotations

import pandas as pd

from pipeline import normalise
from pipeline.extract import ROW_COLUMNS
from pipeline.gazetteer import _METHOD, Gazetteer, _Names


def score(places: Gazetteer, truth: pd.DataFrame) -> dict:
    rows = truth.assign(product="-", serial="", sector="", category="", source_district_lgd="", page=1, ocr_confidence=None)[ROW_COLUMNS]
    got = normalise.run(rows, places)[0]["district_lgd"].astype("Int64")
    want = pd.array(truth["lgd_district_code"].replace("", None), dtype="Int64")
    right = (got == want).fillna(False) | (got.isna() & pd.isna(want))
    unresolved = got.isna() & ~right
    wrong = truth[~right & ~unresolved].assign(got=got[~right & ~unresolved])
    return {"pairs": len(truth), "correct": float(right.mean()), "wrong": wrong, "unresolved": truth[unresolved]}


def leave_one_out(places: Gazetteer, truth: pd.DataFrame) -> pd.DataFrame:
    """The truth rows that still resolve when every name of their own district is removed."""
    names_by_state: dict[int, list] = {}
    for name in places.names:
        if name.state_lgd is not None:
            names_by_state.setdefault(name.state_lgd, []).append(name)
    guessed = []
    for row in truth.itertuples(index=False):
        state, code = places.state(row.state).lgd, int(row.lgd_district_code)
        without = _Names()
        for name in names_by_state.get(state, []):
            if name.lgd != code:
                without.add(name.lgd, name.name, _METHOD[name.layer], fuzzy=name.layer != "geonames")
        match = without.match(row.district, places.district_names)
        if match.lgd is not None:
            guessed.append((row.state, row.district, code, match.lgd, match.name, match.method))
    return pd.DataFrame(guessed, columns=["state", "district", "lgd", "guessed_lgd", "guessed_name", "method"])
