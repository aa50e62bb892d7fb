"""Normalise: tie every row to canonical places (LGD codes) and canonical spellings.

The printed text stays in `state`, `district` and `product`; the canonical names and codes go
beside it, with how each district was matched, so releases can be compared and joined.
"""

from __future__ import annotations

import csv
import itertools
from functools import lru_cache
from importlib import resources

import pandas as pd

from .gazetteer import Gazetteer
from .text import fold


def product_key(text: str) -> str:
    """A product name folded for matching across releases: 'Coir & Coir Products' -> 'coir and coir products'."""
    return fold(text)


@lru_cache(maxsize=1)
def vocabulary() -> dict[tuple[str, str], str]:
    with resources.files("pipeline.reference").joinpath("vocabulary.csv").open(encoding="utf-8") as f:
        return {(r["field"], r["variant"]): r["canonical"] for r in csv.DictReader(f)}


def canonical_term(field: str, text: str) -> str:
    """One spelling per sector or category ('handlooms' -> 'Handloom'); unknown terms keep their
    printed form, trimmed."""
    text = " ".join(text.split())
    return vocabulary().get((field, text.lower()), text)


def _state_elsewhere(places: Gazetteer, state_lgd: int | None, district: str) -> str:
    """The one other state that has a district of this name (exactly, by a known alias, or as
    the fuzzy match that places a name's other spelling: 'South Salmara-Mankachar' of Assam's
    'South Salmara Mancachar', under Uttar Pradesh), or ''."""
    found = {places.state_names[code] for code in places.state_names if code != state_lgd
             and places.district(code, district).method in ("exact", "alias", "variant", "fuzzy")}
    return found.pop() if len(found) == 1 else ""


def _districts_together(places: Gazetteer, state_lgd: int | None, district: str) -> str:
    """The districts whose names, one after the other, make the printed name: two or more merged
    cells' texts read as one ('Sarangarh-Bilaigarh Mohla-Manpur-Ambagarh Chouki'; 'South West
    Garo Hills South West Garo Hills West Jaintia Hills', the same name twice; 'YSR Kadapa
    Capital Complex-Itanagar ... Kamrup Metropolitan', the last rows of one state's cell read
    into the next state's), each of the row's state or else of another, as 'A + B + ...'; or ''.
    Words that make no whole name may stand among them where they are a name of the row's state
    as the publisher spells it, placed as a row of its own would be ('Jayashankar Bhupalpally')."""
    words = district.split()
    states = [state_lgd] + [code for code in places.state_names if code != state_lgd]

    def name_of(text: str) -> str | None:
        for code in states:
            if (found := places.district_named(code, text)).lgd is not None:
                return found.name
        return None

    @lru_cache(maxsize=None)
    def parts(start: int) -> tuple[int, tuple[tuple[str, bool], ...]]:
        """From `start` on: how many words no name makes, and the parts (text, whether a name),
        the longest names first where two readings leave as few words."""
        if start == len(words):
            return 0, ()
        left, rest = parts(start + 1)
        best = left + 1, ((words[start], False), *rest)
        for end in range(len(words), start, -1):
            if (found := name_of(" ".join(words[start:end]))) and (rest := parts(end))[0] < best[0]:
                best = rest[0], ((found, True), *rest[1])
        return best

    names = []
    for named, group in itertools.groupby(parts(0)[1], key=lambda part: part[1]):
        if named:
            names += [name for name, _ in group]
        elif (spelt := places.district(state_lgd, " ".join(word for word, _ in group))).lgd is not None:
            names.append(spelt.name)
        else:
            return ""
    return " + ".join(names) if len(names) >= 2 else ""


def run(rows: pd.DataFrame, places: Gazetteer) -> tuple[pd.DataFrame, list[str]]:
    """Add canonical places and keys to extracted rows; return them with the warnings found."""
    out = rows.copy()
    out.insert(0, "row", range(1, len(out) + 1))
    pairs = {}
    for state, district in out[["state", "district"]].drop_duplicates().itertuples(index=False):
        s = places.state(state)
        d = places.district(s.lgd, district)
        pairs[(state, district)] = (s, d)
    matched = [pairs[(s, d)] for s, d in zip(out["state"], out["district"])]
    out["state_name"] = [s.name for s, _ in matched]
    out["state_lgd"] = pd.array([s.lgd for s, _ in matched], dtype="Int32")
    out["state_match"] = [s.method for s, _ in matched]
    out["district_name"] = [d.name for _, d in matched]
    out["district_lgd"] = pd.array([d.lgd for _, d in matched], dtype="Int32")
    out["district_match"] = [d.method for _, d in matched]
    out["district_match_score"] = pd.array([d.score for _, d in matched], dtype="Float32")
    out["district_front"] = [d.front for _, d in matched]
    # a district placed by a part of its text alone, its other name in brackets or a side of a
    # slash, the rest naming nothing ('Warangal Jrban (Hanumakonda)': in a scan, misread?)
    by_part = {pair for pair, (s, d) in pairs.items() if d.method in ("exact", "alias") and s.lgd not in places.states_with_district(pair[1])}
    out["district_by_part"] = [pair in by_part for pair in zip(out["state"], out["district"])]
    # an unplaced district that is, by name, a district of another state: a shifted state cell?
    elsewhere = {pair: _state_elsewhere(places, s.lgd, pair[1]) for pair, (s, d) in pairs.items() if d.method == "unresolved"}
    out["district_elsewhere"] = [elsewhere.get(pair, "") for pair in zip(out["state"], out["district"])]
    # a district unplaced, or placed only fuzzily, whose words begin or end a district's name of
    # its state: cut short? (a clip hid "Mohla-" of "Mohla-Manpur-Ambagarh Chouki")
    cut = {pair: " or ".join(places.districts_beginning_or_ending(s.lgd, pair[1])) for pair, (s, d) in pairs.items()
           if d.method in ("unresolved", "fuzzy") and s.lgd is not None}
    out["district_cut_from"] = [cut.get(pair, "") for pair in zip(out["state"], out["district"])]
    # a district not placed by its whole name that is several districts' names run together
    together = {pair: _districts_together(places, s.lgd, pair[1]) for pair, (s, d) in pairs.items()
                if s.lgd is not None and d.method not in ("exact", "alias")}
    out["districts_together"] = [together.get(pair, "") for pair in zip(out["state"], out["district"])]
    out["source_district_lgd"] = pd.array(
        [int(v) if str(v).isdecimal() else None for v in out["source_district_lgd"]], dtype="Int32"
    )
    out["product_key"] = out["product"].map(product_key)
    out["sector"] = out["sector"].map(lambda t: canonical_term("sector", t))
    out["category"] = out["category"].map(lambda t: canonical_term("category", t))

    fuzzy_states = {state: s for (state, _), (s, _) in pairs.items() if s.method == "fuzzy"}
    warnings = [f"state matched fuzzily: {state!r} -> {s.name} (score {s.score})" for state, s in fuzzy_states.items()]
    for (state, district), (s, d) in pairs.items():
        if s.method == "unresolved":
            warnings.append(f"state unresolved: {state!r}")
        elif d.method == "unresolved":
            warnings.append(f"district unresolved: {district!r} in {s.name}")
        elif d.method == "fuzzy":
            warnings.append(f"district matched fuzzily: {district!r} in {s.name} -> {d.name} (LGD {d.lgd}, score {d.score})")
    conflicts = out[out["source_district_lgd"].notna() & (out["source_district_lgd"] != out["district_lgd"])]
    for r in conflicts.itertuples():
        stated = int(r.source_district_lgd)
        whose = places.district_names.get(stated)
        owner = f"{whose}, {places.state_names[places.district_state[stated]]}" if whose else "no district"
        warnings.append(
            f"LGD code conflict: row {r.row} ({r.state} / {r.district}) states code {stated}, "
            f"which is {owner}; the directory gives {r.district_name} code {r.district_lgd}"
        )
    return out, warnings
