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

from .text import fold

# A fuzzy match must be at least this similar (0..100) and this much more similar than the
# runner-up in its state; or, for a misspelling, start with the same letter and stand alone by far.
# Tuned by leaving each district of three real lists out of the gazetteer in turn: its name must
# then match nothing (bench/places.py prints the count).
FUZZY_MIN_SCORE, FUZZY_MIN_LEAD = 90.0, 6.0
TYPO_MIN_SCORE, TYPO_MIN_LEAD = 85.0, 25.0
_NOISE_WORDS = {"district", "dist", "distt", "the"}

# Words publishers use in either language and either position, and the one form a loose key uses.
_SAME_WORD = {
    **dict.fromkeys(("north", "uttar", "uttara", "uttari"), "north"),
    **dict.fromkeys(("south", "dakshin", "dakshina", "dakshini"), "south"),
    **dict.fromkeys(("east", "purba", "purbi", "purva", "poorva", "purab"), "east"),
    **dict.fromkeys(("west", "paschim", "pashchim", "paschimi", "pashchimi"), "west"),
    **dict.fromkeys(("r", "rural", "gramin"), "rural"),
    **dict.fromkeys(("u", "urban"), "urban"),
    **dict.fromkeys(("m", "metro", "metropolitan"), "metro"),
}
_NUMBERS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                         "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
# Spelling pairs of Indian place names in Latin letters, applied to each word in this order.
_TRANSLITERATION = [
    (r"ee", "i"), (r"oo", "u"), (r"aa", "a"), (r"w", "v"), (r"ph", "f"), (r"([bdgkjtcs])h", r"\1"),
    (r"(.)\1+", r"\1"), (r"puram$", "pur"), (r"gram$", "gaon"), (r"(?<=[aeiou])h$", ""), (r"y$", "i"),
]


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


def loose_key(key: str, sort: bool = True) -> str:
    """A name key with the variation of Indian place names taken out: initials run together
    ('S A S Nagar' -> sas nagar), numbers as digits ('Twenty Four' -> 24), direction and qualifier
    words in one language ('Paschim' -> west, '(R)' -> rural), transliteration pairs
    (Hooghly/Hugli, Beed/Bid, Poonch/Punch), 'and' dropped and the words sorted, so 'Medinipur
    West' meets 'Paschim Medinipur'."""
    words, out = re.sub(r"\b([a-z]) (?=[a-z]\b)", r"\1", key).split(), []
    for i, word in enumerate(words):
        if word in _TENS and i + 1 < len(words) and 0 < _NUMBERS.get(words[i + 1], 0) < 10:
            continue  # 'twenty' of 'twenty four': read with the next word
        if i and words[i - 1] in _TENS and 0 < _NUMBERS.get(word, 0) < 10:
            out.append(str(_TENS[words[i - 1]] + _NUMBERS[word]))
            continue
        word = _SAME_WORD.get(word, str(_NUMBERS[word]) if word in _NUMBERS else str(_TENS.get(word, word)))
        if word == "and":
            continue
        for pattern, replacement in _TRANSLITERATION if not word.isdigit() and word not in _SAME_WORD.values() else ():
            word = re.sub(pattern, replacement, word)
        out.append(word)
    return " ".join(sorted(out) if sort else out)


@dataclass(frozen=True)
class Match:
    lgd: int | None
    name: str
    method: str  # exact | alias | variant | fuzzy | unresolved
    score: float | None = None


@dataclass(frozen=True)
class PlaceName:
    """One name a state or district goes by, and where the name comes from."""

    state_lgd: int | None  # the district's state; None for a state's own names
    lgd: int
    name: str
    layer: str  # lgd | added | alias | census2011
    provenance: str


_METHOD = {"lgd": "exact", "added": "exact", "alias": "alias", "census2011": "alias"}
_RANK = {"exact": 0, "alias": 1}


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


def _marks(loose: str) -> frozenset[str]:
    """The words of a loose key that tell neighbouring districts apart: directions, qualifiers, numbers."""
    return frozenset(w for w in loose.split() if w in _SAME_WORD.values() or w.isdigit())


class _Names:
    """The names of one set of places (the states, or one state's districts), by key."""

    def __init__(self):
        self.exact: dict[str, dict[int, str]] = {}  # name key -> code -> best method
        self.loose: dict[str, set[int]] = {}  # loose key -> codes
        self.spelled: dict[str, set[int]] = {}  # loose key in printed word order, without spaces -> codes
        self.marks: dict[str, frozenset[str]] = {}  # ... -> its direction, qualifier and number words

    def add(self, code: int, name: str, method: str) -> None:
        # 'Kamrup (M)' is not a name of Kamrup: a qualifier in brackets names a district of its own
        qualified = re.search(r"\(\s*(r|m|u|rural|urban|metro|metropolitan)\s*\)|®", name, re.I)
        for key in name_keys(name)[:1] if qualified else name_keys(name):
            methods = self.exact.setdefault(key, {})
            if _RANK[method] < _RANK.get(methods.get(code, ""), 9):
                methods[code] = method
            self.loose.setdefault(loose_key(key), set()).add(code)
            spelled = loose_key(key, sort=False)
            self.spelled.setdefault(spelled.replace(" ", ""), set()).add(code)
            self.marks[spelled.replace(" ", "")] = _marks(spelled)

    def match(self, name: str, display: dict[int, str]) -> Match:
        """Exact (after folding), then an alias, then a loose-key variant, then a fuzzy match
        only if clear; a key that names two places matches neither."""
        keys = name_keys(name)
        for key in keys:  # the fullest form first: 'Kamrup (M)' is an alias before 'Kamrup' is exact
            methods = self.exact.get(key)
            if methods:
                best = min(_RANK[m] for m in methods.values())
                codes = [c for c, m in methods.items() if _RANK[m] == best]
                if len(codes) > 1:
                    return Match(None, "", "unresolved")
                return Match(codes[0], display[codes[0]], methods[codes[0]])
        for key in keys:
            codes = self.loose.get(loose_key(key))
            if codes:
                return Match(next(iter(codes)), display[next(iter(codes))], "variant") if len(codes) == 1 else Match(None, "", "unresolved")
        return self._fuzzy(keys, display)

    def _fuzzy(self, keys: list[str], display: dict[int, str]) -> Match:
        """Similarity of the loose spellings run together ('Cooch Behar' meets 'Coochbehar'), among
        names with the same direction, qualifier and number words: East Godavari is never a
        misspelt West Godavari. (rapidfuzz is imported here: most names never need it.)"""
        from rapidfuzz import fuzz, process

        by_code: dict[int, float] = {}
        for key in keys:
            loose = loose_key(key, sort=False)
            marks = _marks(loose)
            for other, score, _ in process.extract(loose.replace(" ", ""), list(self.spelled), scorer=fuzz.ratio, limit=None):
                if self.marks[other] != marks:
                    continue
                for code in self.spelled[other]:
                    by_code[code] = max(by_code.get(code, 0.0), score)
        ranked = sorted(by_code.items(), key=lambda kv: -kv[1])
        if not ranked:
            return Match(None, "", "unresolved")
        (code, top), runner_up = ranked[0], ranked[1][1] if len(ranked) > 1 else 0.0
        clear = top >= FUZZY_MIN_SCORE and top - runner_up >= FUZZY_MIN_LEAD
        same_start = any(name_key(display[code])[:1] == key[:1] for key in keys)
        typo = top >= TYPO_MIN_SCORE and top - runner_up >= TYPO_MIN_LEAD and same_start
        return Match(code, display[code], "fuzzy", round(top, 1)) if clear or typo else Match(None, "", "unresolved")


class Gazetteer:
    """States and districts by LGD code, and every name they go by (`names`, with provenance):
    the LGD directory's own names, districts created since, hand aliases (each with its reason)
    and Census 2011 names joined through the directory's `Census 2011 Code` column."""

    def __init__(self, lgd_states_csv: Path, lgd_districts_csv: Path):
        # which LGD files it was built from (raw files are named by their sha256), for snapshots
        self.provenance = {"lgd_states_sha256": Path(lgd_states_csv).stem, "lgd_districts_sha256": Path(lgd_districts_csv).stem}
        self.state_names: dict[int, str] = {}
        self.district_names: dict[int, str] = {}
        self.district_state: dict[int, int] = {}
        self.names: list[PlaceName] = []
        self._states = _Names()
        self._districts: dict[int, _Names] = {}

        lgd = "LGD directory, December 2022 extract"
        for row in _rows("states.csv"):
            self.state_names[int(row["state_lgd"])] = row["state_name"]
            self._add(None, int(row["state_lgd"]), row["state_name"], "lgd", "the name we print (states.csv)")
        for row in _csv(lgd_states_csv):
            self._add(None, int(row["State Code"]), row["State Name"], "lgd", lgd)
        by_census: dict[str, list[int]] = {}
        for row in _csv(lgd_districts_csv):
            code, state = int(row["District Code"]), int(row["State Code"])
            self.district_state[code] = state
            self.district_names[code] = _display(row["District Name"])
            self._add(state, code, self.district_names[code], "lgd", lgd)
            by_census.setdefault(row.get("Census 2011 Code", "").strip(), []).append(code)
        for row in _rows("districts_added.csv"):
            code, state = int(row["district_lgd"]), int(row["state_lgd"])
            self.district_state[code], self.district_names[code] = state, row["district_name"]
            self._add(state, code, row["district_name"], "added", row["provenance"])
        for row in _rows("aliases.csv"):
            state = None if row["kind"] == "state" else int(row["state_lgd"])
            if state is not None and self.district_state.get(int(row["lgd"])) != state:
                raise ValueError(f"pipeline/reference/aliases.csv: alias {row['alias']!r} gives code {row['lgd']}, "
                                 f"which is not a district of state {state} in the LGD directory")
            self._add(state, int(row["lgd"]), row["alias"], "alias", row["reason"])
        for row in _rows("census2011_districts.csv"):
            codes = by_census.get(row["census_2011_code"], [])
            if len(codes) == 1:  # a census district the directory gives to one district today
                self._add(self.district_state[codes[0]], codes[0], row["district"], "census2011",
                          f"Census 2011 name, census code {row['census_2011_code']}")

    def _add(self, state: int | None, code: int, name: str, layer: str, provenance: str) -> None:
        self.names.append(PlaceName(state, code, name, layer, provenance))
        names = self._states if state is None else self._districts.setdefault(state, _Names())
        names.add(code, name, _METHOD[layer])

    def state(self, name: str) -> Match:
        return self._states.match(name, self.state_names)

    def district(self, state_lgd: int | None, name: str) -> Match:
        if state_lgd is None or state_lgd not in self._districts:
            return Match(None, "", "unresolved")
        return self._districts[state_lgd].match(name, self.district_names)


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
