"""Canonical places: states and districts of the Local Government Directory (LGD) and the names
lists use for them.

The LGD directory itself is a reference source declared in sources.yaml (`lgd-states`,
`lgd-districts`), read from the raw store's verified copy. The project's own tables
(pipeline/reference/, with provenance in its README) add districts created since (codes as
stated by the data.gov.in list) and an alias table of spellings and renames, each with its reason.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from .text import fold

FUZZY_MIN_SCORE = 88.0  # a fuzzy match must be at least this similar (0..100) ...
FUZZY_MIN_LEAD = 6.0  # ... and this much more similar than the runner-up in the same state
_NOISE_WORDS = {"district", "dist", "the"}


def name_key(text: str) -> str:
    """A name folded for comparison: case, accents, punctuation and words like 'District' gone."""
    return " ".join(w for w in fold(text.replace("®", " (R) ")).split() if w not in _NOISE_WORDS)


def name_keys(text: str) -> list[str]:
    """The keys a name may match under: the whole name, then the name without its parenthesised
    part, then the part in parentheses ('Ananthpuram (Anantapur)', 'Kamrup (R)'), then each side
    of a slash ('Himmatnagar/Sabarkantha')."""
    keys = [name_key(text)]
    inner = re.findall(r"\(([^)]*)\)", text.replace("®", "(R)"))
    outer = re.sub(r"\([^)]*\)", " ", text.replace("®", "(R)"))
    keys.append(name_key(outer))
    keys += [name_key(part) for part in inner if len(name_key(part)) >= 3]
    keys += [name_key(part) for part in outer.split("/") if "/" in outer and len(name_key(part)) >= 3]
    return list(dict.fromkeys(k for k in keys if k))


@dataclass(frozen=True)
class Match:
    lgd: int | None
    name: str
    method: str  # exact | alias | fuzzy | unresolved
    score: float | None = None


def _display(name: str) -> str:
    """LGD names are mostly upper case: 'NORTH AND MIDDLE ANDAMAN' -> 'North and Middle Andaman'."""
    if not name.isupper():
        return name
    small = {"and", "of", "the"}
    words = name.title().split(" ")
    return " ".join(w.lower() if i and w.lower() in small else w for i, w in enumerate(words))


LGD_STATES, LGD_DISTRICTS = "lgd-states", "lgd-districts"  # their ids in sources.yaml


def _rows(name: str) -> list[dict]:
    with resources.files("pipeline.reference").joinpath(name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


class Gazetteer:
    """States and districts by LGD code, and the names they go by; built from the LGD directory's
    state and district tables and the project's own tables."""

    def __init__(self, lgd_states_csv: Path, lgd_districts_csv: Path):
        # which LGD files it was built from (raw files are named by their sha256), for snapshots
        self.provenance = {"lgd_states_sha256": Path(lgd_states_csv).stem, "lgd_districts_sha256": Path(lgd_districts_csv).stem}
        self.state_names: dict[int, str] = {}
        self.state_keys: dict[str, int] = {}
        self.district_names: dict[int, str] = {}
        self.district_state: dict[int, int] = {}
        self.district_keys: dict[int, dict[str, int]] = {}  # state -> key -> district
        self.alias_keys: dict[int, dict[str, int]] = {}  # state -> alias key -> district
        self.state_alias_keys: dict[str, int] = {}
        for row in _rows("states.csv"):
            code = int(row["state_lgd"])
            self.state_names[code] = row["state_name"]
            self.state_keys[name_key(row["state_name"])] = code
        for row in _csv(lgd_states_csv):
            self.state_keys.setdefault(name_key(row["State Name"]), int(row["State Code"]))
        for row in _csv(lgd_districts_csv):
            self._add_district(int(row["District Code"]), int(row["State Code"]), _display(row["District Name"]))
        for row in _rows("districts_added.csv"):
            self._add_district(int(row["district_lgd"]), int(row["state_lgd"]), row["district_name"])
        for row in _rows("aliases.csv"):
            if row["kind"] == "state":
                self.state_alias_keys[name_key(row["alias"])] = int(row["lgd"])
            else:
                self.alias_keys.setdefault(int(row["state_lgd"]), {})[name_key(row["alias"])] = int(row["lgd"])

    def _add_district(self, code: int, state: int, name: str) -> None:
        self.district_names[code] = name
        self.district_state[code] = state
        for key in name_keys(name):
            self.district_keys.setdefault(state, {}).setdefault(key, code)

    def state(self, name: str) -> Match:
        return self._match(name, self.state_keys, self.state_alias_keys, self.state_names)

    def district(self, state_lgd: int | None, name: str) -> Match:
        if state_lgd is None:
            return Match(None, "", "unresolved")
        return self._match(
            name, self.district_keys.get(state_lgd, {}), self.alias_keys.get(state_lgd, {}), self.district_names
        )

    def _match(self, name: str, keys: dict[str, int], aliases: dict[str, int], names: dict[int, str]) -> Match:
        """Exact (after folding), then the alias table, then a fuzzy match only if clear and unique."""
        candidates = name_keys(name)
        for key in candidates:  # the fullest form first: 'Kamrup (M)' is an alias before 'Kamrup' is exact
            if key in keys:
                return Match(keys[key], names[keys[key]], "exact")
            if key in aliases:
                return Match(aliases[key], names[aliases[key]], "alias")
        if candidates and keys:
            by_code: dict[int, float] = {}
            for candidate in candidates:
                for key, score, _ in process.extract(candidate, list(keys), scorer=fuzz.ratio, limit=None):
                    by_code[keys[key]] = max(by_code.get(keys[key], 0.0), score)
            ranked = sorted(by_code.items(), key=lambda kv: -kv[1])
            top_code, top = ranked[0]
            runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
            if top >= FUZZY_MIN_SCORE and top - runner_up >= FUZZY_MIN_LEAD:
                return Match(top_code, names[top_code], "fuzzy", round(top, 1))
        return Match(None, "", "unresolved")


def gazetteer(data_dir: Path, sources: list) -> Gazetteer:
    """The gazetteer of a data directory: the LGD files declared in `sources` (see
    `pipeline.sources.load_sources`), read from the raw store. Raises MissingFileError, saying
    how to get them, when they have not been fetched."""
    from .store import MissingFileError, RawStore

    declared = {s.id: s for s in sources}
    paths = []
    for ident in (LGD_STATES, LGD_DISTRICTS):
        if ident not in declared:
            raise MissingFileError(f"{ident}: not declared in sources.yaml; the gazetteer reads the LGD directory from it")
        paths.append(RawStore(data_dir, ident).verified_copy(ident, declared[ident].sha256))
    return _gazetteer(*paths)


@lru_cache(maxsize=4)
def _gazetteer(lgd_states_csv: Path, lgd_districts_csv: Path) -> Gazetteer:
    return Gazetteer(lgd_states_csv, lgd_districts_csv)  # raw files are named by checksum: safe to cache
