"""Merged state and district cells in tables without rules: which rows each text spans.

A publisher merges a state's (or a district's) cells over its rows and prints the name once, at
the top, in the middle or at the foot of the merged cell. Without rules the page shows only where
the text stands, so the rows it spans follow from how the cell sets it: a text in the middle is
centred on the rows it spans, one at the foot ends level with the last one's text, and the cells
of one column follow one another. The texts part the column's rows between them where every text
stands best as its cell sets it, chosen over all of the page's texts at once.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Protocol

from .cells import MAYBE, SURELY, WORD_GOES_ON, Row, continues, join_lines, line_foot, words_text
from .layers import Word

MERGED = ("state", "district")  # the fields a publisher merges over the rows of one place
# where merged cells may set their texts, the likelier first, by how the rows set their own cells
# (rows set at the top may hold merged cells that set their text lower: the cells set apart)
PLACEMENTS = {"top": ("bottom", "middle"), "middle": ("middle", "bottom"), "bottom": ("bottom", "middle")}
Parts = list[dict[str, list[Word]]]  # each line of the table's body, its words by field


class Places(Protocol):
    """What the directory knows of place names (pipeline.gazetteer.Gazetteer)."""

    def state(self, name: str): ...  # a match: the state's code as .lgd (None: no state of this name), and .method

    def states_with_district(self, name: str) -> frozenset[int]: ...


@dataclass
class _Rows:
    """The rows of a page's table as the page shows them: each row's text (its cells other than
    the merged ones), its serial, and the edges between rows."""

    tops: list[float]
    bottoms: list[float]
    serials: list[tuple[float, float]]  # each row's serial (top, bottom)
    edges: list[float]  # edges[i]: above row i; edges[n]: below the last
    feet: list[float]  # each row's last line's foot (NaN where the text layer tells none)
    pad: float  # a cell's padding, inside each edge
    size: float
    cells_set: str | None  # where the rows set their own cells shorter than the row, where they show it

    @classmethod
    def of(cls, parts: Parts, anchors: list[int], owner: list[int | None], anchor_field: str, setting: str) -> _Rows | None:
        cells: dict[int | None, dict[str, list[Word]]] = {}  # each row's words, by field
        for j, i in enumerate(owner):
            for name, words in parts[j].items():
                cells.setdefault(i, {}).setdefault(name, []).extend(words)
        texts = [[w for name, words in cells.get(i, {}).items() if name not in MERGED for w in words] for i in anchors]
        if not all(texts):
            return None
        tops, bottoms = [min(w.top for w in t) for t in texts], [max(w.bottom for w in t) for t in texts]
        marks = [parts[i].get(anchor_field) or [w for words in parts[i].values() for w in words] for i in anchors]
        serials = [(min(w.top for w in m), max(w.bottom for w in m)) for m in marks]
        centres = [statistics.fmean(w.yc for w in m) for m in marks]
        # Between two rows: midway between their serials (a row set in the middle has its serial
        # at its centre), within the white between their texts less the padding (a row may be
        # taller than its text, as a spreadsheet makes a merged cell's rows for its text). The
        # padding is at least half the least white between rows' texts.
        pad = max(0.0, min(top - bottom for bottom, top in zip(bottoms, tops[1:]))) / 2
        edges = [tops[0] - pad] + [min(max((a + b) / 2, bottom + pad), top - pad)
                                   for a, b, bottom, top in zip(centres, centres[1:], bottoms, tops[1:])] + [bottoms[-1] + pad]
        if setting == "middle":  # the first and last rows as tall about their serials as the rows beside them
            edges[0], edges[-1] = min(2 * centres[0] - edges[1], edges[0]), max(2 * centres[-1] - edges[-2], edges[-1])
        size = body_size(parts)
        feet = [max((w.foot for w in t if not math.isnan(w.foot)), default=math.nan) for t in texts]
        return cls(tops, bottoms, serials, edges, feet, pad, size,
                   _cells_set([{name: words for name, words in cells[i].items() if name != anchor_field and words} for i in anchors],
                              tops, bottoms, size))

    def off(self, top: float, bottom: float, a: int, b: int, placement: str, above: float = 0.0, foot: float = math.nan) -> float:
        """How far a text (top, bottom) stands from where a cell spanning rows a..b sets it: within
        the edges less the padding, or within its rows' own texts (rows as tall as their tallest
        cell, whose edges the white between rows' texts places only roughly). `above`: the height
        of the cell's rows on the pages before, whose top is the cell's. At the foot, a text
        whose last line's `foot` the text layer tells ends level with its last row's by their
        feet, whatever the letters hang below them ("Andaman" beside "Primary")."""
        def from_box(lo: float, hi: float) -> float:
            lo -= above
            return {"top": top - lo, "middle": (top + bottom - lo - hi) / 2, "bottom": bottom - hi}[placement]
        by_texts = from_box(self.tops[a], self.bottoms[b])
        if placement == "bottom" and not math.isnan(foot - self.feet[b]):
            by_texts = foot - self.feet[b]
        return min(from_box(self.edges[a] + self.pad, self.edges[b + 1] - self.pad), by_texts, key=abs)

    def own(self, top: float, bottom: float, k: int, setting: str) -> float:
        """How far a text stands from its place in row k alone: set as the row's serial is (the
        table's setting), level with the row's first line, at the top of its cell, or where the
        table's setting puts it in the row's text (a word processor sets a row that one cell
        fills at the top: its serial stands at the top, a merged cell's text in the middle), or
        where the rows set their own shorter cells (`cells_set`)."""
        return min(abs(self.level(top, bottom, k, setting)), abs(top - self.tops[k]),
                   *(abs(self.off(top, bottom, k, k, at)) for at in {"top", setting, self.cells_set} - {None}))

    def level(self, top: float, bottom: float, k: int, setting: str) -> float:
        """How far a text stands from level with row k's serial, up or down: foot to foot where
        rows set their cells at the foot, top to top where at the top (a text of three lines
        there is no text centred on the row below its first), else centre to centre."""
        serial_top, serial_bottom = self.serials[k]
        if setting == "bottom":
            return bottom - serial_bottom
        return top - serial_top if setting == "top" else (top + bottom - serial_top - serial_bottom) / 2

    def cost(self, away: float) -> float:
        """How badly a text stands `away` from its place: growing with the distance, but bounded
        (a text far from every place costs no more than one far from its own), so that one text
        out of place does not move the others."""
        cap = (2 * self.size) ** 2
        return cap * (1 - math.exp(-away * away / cap))


def _cells_set(cells: list[dict[str, list[Word]]], tops: list[float], bottoms: list[float], size: float) -> str | None:
    """Where the rows set their own cells (a sector, a remark, a district printed in every row)
    that are shorter than the row: at its top, in its middle or at its foot, as most such cells
    stand, or None where none shows it (`cells`: each row's words by field, its anchor's aside;
    `tops`, `bottoms`: each row's text). A row's tallest cell fills it, so the serial, or a
    product column without one, may stand at the top of rows that set their other cells in the
    middle (a word processor's default)."""
    tol = 0.35 * size
    # (a state's or district's cells are the rows' own where the column has a text in every row)
    merged = {name for name in MERGED if not all(name in row for row in cells)}
    counts = dict.fromkeys(("top", "middle", "bottom"), 0)
    for row, top, bottom in zip(cells, tops, bottoms):
        for name, words in row.items():
            a, b = min(w.top for w in words), max(w.bottom for w in words)
            if name not in merged and b - a < bottom - top - size:  # a line shorter than the row, or more
                for at, away in (("top", a - top), ("middle", (a + b - top - bottom) / 2), ("bottom", b - bottom)):
                    counts[at] += abs(away) <= tol
    best = max(counts, key=counts.get)
    return best if counts[best] > max(c for at, c in counts.items() if at != best) else None


def body_size(parts: Parts) -> float:
    """The body text's size: the median height of its words."""
    return statistics.median(w.size for p in parts for words in p.values() for w in words)


def merged_spans(parts: Parts, anchors: list[int], anchor_field: str, owner: list[int | None],
                 runs: list[tuple[str, list[int]]], abut: bool, setting: str | None, goes_on, merged: dict[str, str],
                 first: bool = False, split_at_top: bool = False, ended: Mapping[str, float] = MappingProxyType({}),
                 last: bool = False, directory: Places | None = None, state_before: str = ""):
    """The rows each state or district text spans on a page of merged cells, however its rows set
    their own cells (a merged cell may set its text lower than they do) (`anchors`: each row's
    first line; `owner`: the row each line was given; `runs`: each column's runs of lines at its line spacing, one text each unless rows
    abut (`abut`: no padding tells a cell's lines from rows); `goes_on()`: whether each line
    goes on from the one before in its column, surely or maybe (`unruled._runs_on`), by (line
    before, line, field)).

    Rows above the page's first text belong to the cell running on from the page before; with
    texts at the foot, rows below the page's last text belong to the next page's first. A column
    with a text in every row, or whose texts stand as well each in its own row (printed once, the
    cells below left blank; or set at the top of a merged cell), is read so. The first page that
    shows which decides for the pages after it (`merged`: field -> "own", or where texts stand
    in merged cells, middle or bottom; this page's decisions are added), as a page's own few
    texts may fit either; rows above the page's first text are its cell's under the list's first
    header (`first`: no cell runs on into the table), or where the pages before told where this
    page's first cell began (`ended`: by field, the height of its rows on the pages before, 0 where the last cell
    there ended at the page's foot: a spreadsheet centres a merged cell's text on the whole
    cell, across the page break); no cell runs on past the document's `last` page. Where the
    `directory` is at hand, a state's cell that would span a row whose district it gives to
    another state stands as badly as a text out of its place by twice the margin of doubt (a
    span with one is never as good as one without): where the page sets texts alike at either
    end of their cells, or as the first of rows printed once, the districts tell which rows
    each state's text spans; so do they for the rows above the page's first text, the cell's
    that runs on into the page (`state_before`: its state, the last read on the pages before). A district's cells lie within its state's. Where the producer
    prints a merged cell split by a page break at the top of its first part (`split_at_top`: a
    word processor), a cell that begins on this page has its text here, so the rows below the
    page's last text are that text's, set at the top of the cell's part here.

    Returns {(first row's anchor, field): lines} of each text read as merged; the fields read here
    (their lines placed so, or left in their own rows); the (field, anchor) of texts in doubt
    (standing as no span would set them, or as well in a span a row longer or shorter); and, by
    field, the last anchor whose text is on this page when rows after it take the next page's;
    and `ended` for the next page: the height of the rows below the last text (or of all the
    page's rows, where none has text in the column, added to the pages' before), or 0 where the
    last text stands centred on its rows down to the foot (its cell ended there)."""
    places = [i for i in anchors if parts[i].get(anchor_field)]  # a Total row spans no place
    runs_on = not last and places[-1:] == anchors[-1:]  # the last cell may run on past the page's foot (no Total row ends the table)
    rows = _Rows.of(parts, places, owner, anchor_field, setting) if setting and len(places) > 1 else None
    spanned: dict[tuple[int, str], list[int]] = {}
    told: set[str] = set()
    unsure: set[tuple[str, int]] = set()
    below: dict[str, int] = {}
    ends: dict[str, float] = {}
    if rows is None:
        return spanned, told, unsure, below, ends
    n, row_of, anchored = len(places), {i: k for k, i in enumerate(places)}, set(anchors)
    near = 0.35 * rows.size  # as far as a text may stand from its place and be read there
    doubt = rows.cost(near)
    for field in MERGED:
        def extent(lines: list[int]) -> tuple[float, float]:
            return min(w.top for j in lines for w in parts[j][field]), max(w.bottom for j in lines for w in parts[j][field])

        def own(lines: list[int]) -> tuple[float, int]:
            """(cost, anchor) of the row it stands best in alone: a row its lines were given, or
            the next (a state's or district's line alone between two rows' lines is given the row
            above, but may stand at the top of the row below: "Agra" level with its row's serial,
            "Aligarh" above the next serial, set in the middle of a row of two lines)."""
            given = {row_of[owner[j]] for j in lines}
            return min((rows.cost(rows.own(*extent(lines), k, setting)), places[k]) for k in given | ({max(given) + 1} - {n}))

        # lines above the first row are the tail of the page before's last row
        # (a Total row's label, beside the column's last text, is no line of it)
        runs_here = [[j for j in run if owner[j] in row_of] for name, run in runs
                     if name == field and extent(run)[1] > rows.edges[0] and all(owner[j] in anchored for j in run)]
        runs_here = [run for run in runs_here if run]
        if not runs_here:
            if field in ended:
                ends[field] = ended[field] + rows.edges[-1] - rows.edges[0]
            continue
        told.add(field)
        pieces = [[list(p) for _, p in itertools.groupby(run, key=lambda j: owner[j])] for run in runs_here]
        if setting == "top":
            pieces = [_level_with_rows(parted, parts, field, anchor_field, owner, rows.size) for parted in pieces]
        if {owner[j] for run in runs_here for j in run} >= set(places):  # a text in every row: each row's own
            if setting == "top":  # as the serials divide the rows
                told.discard(field)
            else:
                # each where the column sets its texts in their rows, as most stand (a word processor
                # may set this column at the foot of its cells, the serials in their middle)
                texts = [p for parted in pieces for p in parted]
                off = {at: [rows.cost(abs(rows.off(*extent(p), row_of[owner[p[0]]], row_of[owner[p[0]]], at))) for p in texts]
                       for at in ("top", "middle", "bottom")}
                column = min(off, key=lambda at: sum(off[at]))
                unsure |= {(field, owner[p[0]]) for p, away in zip(texts, off[column]) if own(p)[0] > doubt and away > doubt}
            continue
        def level(lines: list[int]) -> float:
            """How far a text stands from level with its row's serial: by the lines' feet where the
            text layer tells them, as ink differs by the letters ("Kumuram Bheem Asifabad" has no
            descender, "Gautam Buddha Nagar" has: 2 pt apart on lines level with their serials)."""
            first, last = line_foot(parts[lines[0]][field]), line_foot(parts[lines[-1]][field])
            serial = line_foot(parts[owner[lines[0]]][anchor_field])
            if math.isnan(first + last + serial):
                return rows.level(*extent(lines), row_of[owner[lines[0]]], setting)
            return {"top": first, "bottom": last}.get(setting, (first + last) / 2) - serial

        def steady(a: list[int], b: list[int]) -> bool:  # two texts level with their rows stand alike
            return not (abs(level(a)) <= near and abs(level(b)) <= near) or abs(level(a) - level(b)) <= 0.15 * rows.size

        def text_of(lines: list[int]) -> str:
            return words_text([w for j in lines for w in parts[j][field]])

        # a run of lines parts between rows where each part stands in its own row, as the next
        # does (the lines of one text stand at their own pitch, which rows' padding makes wider:
        # "Andaman & Nicobar" a little above its row's serial, "Islands" level with its), and does
        # not surely go on from it (rows as close as a cell's lines); a run that goes on from a
        # connector, or in lower case, is of the text before (lines a little further apart); nor
        # does a run the directory names whole where a part of it names nothing ("Mohla-Manpur-"
        # / "Ambagarh" / "Chouki", its last line level with the next row)
        whole = [len(parted) > 1 and names_whole(directory, field, [text_of(p) for p in parted]) for parted in pieces]

        def read(parted: list[list[int]], named_whole: bool) -> tuple[list[list[list[int]]], set[int]]:
            """A run's texts, each as its parts, and the lines of texts beside a break in doubt.
            Where the parts stand each in its own row they part between texts, unless one goes on
            from the text before: surely (one text: "Sarangarh-" / "Bilaigarh"), or maybe, its
            first word not having fitted after it, where the directory does not name the two
            texts apart: which it is, the page leaves open. Else the run is one text."""
            if not (abut and len(parted) > 1 and all(own(p)[0] <= doubt for p in parted)
                    and all(map(steady, parted, parted[1:])) and not named_whole):
                return [parted], set()
            texts = [[parted[0]]]
            for part in parted[1:]:  # parts that surely go on first, so the directory is asked of whole texts
                if goes_on()[texts[-1][-1][-1], part[0], field] == SURELY:
                    texts[-1].append(part)
                else:
                    texts.append([part])
            out, unsure = [texts[0]], set()
            for text in texts[1:]:
                a, b = sum(out[-1], []), sum(text, [])
                named = named_apart(directory, field, [text_of(a), text_of(b)]) if goes_on()[a[-1], b[0], field] == MAYBE else [True]
                if not (named and all(named)):
                    unsure |= {*a, *b}
                # parted where it does not go on, or may and the directory names each; in doubt where
                # it names one only: a name it lacks beside one it has, the two naming nothing, are
                # more likely two names, each in its row, than one wrapped ("Capital
                # Complex-Itanagar" / "Lower Dibang Valley")
                if any(named):
                    out.append(text)
                else:
                    out[-1] = out[-1] + text
            return out, unsure

        read_runs = list(map(read, pieces, whole))
        in_doubt = {j for _, unsure in read_runs for j in unsure}
        texts = _joined([sum(text, []) for run_texts, _ in read_runs for text in run_texts], parts, field)
        marks = [extent(text) for text in texts]
        feet = [line_foot(parts[text[-1]][field]) for text in texts]

        def off(k: int, a: int, b: int, placement: str) -> float:
            """How far text k stands below where a cell spanning rows a..b sets it: a
            spreadsheet centres it on the whole cell, across page breaks, so the page's first
            text in a cell begun on the pages before (`ended`: their rows) stands higher by half
            their rows (than either box of its rows here would set it: `_Rows.off`)."""
            begun = k == 0 == a and field in ended and placement == "middle" and not split_at_top
            return rows.off(*marks[k], a, b, placement, ended[field] if begun else 0.0, feet[k])

        strays = _strays(texts, parts, runs, rows, directory, state_before) if field == "state" and directory else lambda k, a, b: 0
        astray = 2 * doubt  # a district of another state in a cell's rows: out of place past doubt

        def cost(k: int, a: int, b: int, placement: str) -> float:
            # (the rows above the page's first text are the cell's that runs on into the page)
            return standing(k, a, b, placement) + astray * (strays(k, a, b) + (strays(-1, 0, a - 1) if k == 0 < a else 0))

        def standing(k: int, a: int, b: int, placement: str) -> float:
            if k == 0 and a > 0 and (first or field in ended):  # rows above the first text are its cell's: no cell runs on into them
                return math.inf
            top, bottom = marks[k]
            centred = placement == "middle" and not split_at_top  # on the whole cell, across page breaks (a spreadsheet)
            if k == 0 == a and centred and not first and field not in ended and off(k, a, b, placement) < 0:
                return 0.0  # it may have begun on the page before, and stand higher than on its part here
            away = abs(off(k, a, b, placement))
            if a == b:  # a cell of one row: set as the row's own cells are
                away = min(away, rows.own(top, bottom, a, setting))
            if runs_on and k == len(texts) - 1 and b == n - 1 and (placement == "middle" or split_at_top):  # may run on past the foot:
                if centred and off(k, a, b, placement) > 0:
                    return 0.0  # lower than on its part here
                away = min(away, abs(rows.off(top, bottom, a, b, "top")))  # or at the top of its part here (a word processor)
            return rows.cost(away)

        if merged.get(field) != "own":  # where the table sets its cells, unless the other place fits clearly better
            placements = (merged[field],) if field in merged else PLACEMENTS[setting]
            (total, spans), placement = min(((_spans(len(texts), n, cost, placement, doubt, _ends_early(placement, runs_on, split_at_top)),
                                              placement) for placement in placements),
                                            key=lambda found: found[0][0] + (doubt if found[1] != placements[0] else 0.0))
        headless = first and owner[texts[0][0]] != places[0]  # rows above the table's first text: they are its
        alone = [(own(text), text) for text in _joined([p for run, parted, named in zip(runs_here, pieces, whole)
                                                        for p in (parted if abut and not named else [run])],
                                                       parts, field)]
        if field not in merged:
            # a district's cells lie within its state's: a reading that runs a district's cells
            # over the first row of a state (read above) is not how the page was set
            starts = {row_of[a] for a, f in spanned if f == "state"} - {0}
            rows_alone = sorted(row_of[anchor] for (_, anchor), _ in alone)
            nested = (sum(a < s <= b for a, b in zip(rows_alone, [r - 1 for r in rows_alone[1:]] + [n - 1]) for s in starts)
                      <= sum(a < s <= b for a, b in spans for s in starts))
        unplaced = merged.get(field) != "own" and not spans

        def alone_as_well() -> bool:
            """Whether the texts stand as well each in its own row as in the spans. One table sets
            its merged cells alike: where the state's stand merged as these would, the district's
            are read so unless each stands clearly better in its own row."""
            firsts = sorted(row_of[own(text)[1]] for text in texts)  # each text down to the next one's row
            owns = sum(own(text)[0] for text in texts) + astray * sum(
                strays(k, a, b - 1) for k, (a, b) in enumerate(zip(firsts, firsts[1:] + [n])))
            return owns + doubt < total if field != "state" and merged.get("state") == placement else total + doubt >= owns

        if unplaced or merged.get(field) == "own" or (field not in merged and not headless and nested and alone_as_well()):
            # each text stands as well in its own row (printed once, the cells below left blank; or
            # set at the top of a merged cell): in the row of its lines it stands best in. Where
            # no spans place the texts (more of them than rows), this page is not set as the
            # document's merged cells are: each text stays in its row, in doubt.
            merged.setdefault(field, "own")
            # (a run's parts that do not stand apart, each in its row, are parted as their rows divide
            # them: where a part stands off its row's serial, at the line spacing under the part
            # before, it may be that text's next line, both in doubt: "Dr. B.R. Ambedkar" level with
            # row 6's serial, "Konaseema" under it, atop row 7, whose serial is centred lower)
            guessed = {owner[p[0]] for run_texts, _ in read_runs if abut for text in run_texts
                       for a, b in zip(text, text[1:])
                       if abs(level(b)) > near
                       and not continues(words_text(parts[a[-1]][field]), words_text(parts[b[0]][field])) for p in (a, b)}
            for (cost_alone, anchor), text in alone:
                spanned.setdefault((anchor, field), []).extend(text)
                # (rows set at the top: as the serials divide them)
                if unplaced or cost_alone > doubt and setting != "top" or anchor in guessed:
                    unsure.add((field, anchor))
            continue
        merged[field] = placement

        def fits(k: int, a: int, b: int) -> bool:
            return 0 <= a <= b < n and cost(k, a, b, placement) <= doubt

        for k, (text, (a, b)) in enumerate(zip(texts, spans)):
            spanned.setdefault((places[a], field), []).extend(text)
            then = spans[k + 1] if k + 1 < len(spans) else None
            shifted = then is not None and any(fits(k, a, b + d) and fits(k + 1, b + d + 1, then[1]) for d in (-1, 1))
            # the first text at the foot of its cell, rows above it: where a split cell's text
            # stands in its first part, they may be the cell's that runs on from the page before
            split_above = split_at_top and placement == "bottom" and k == 0 and a == 0 < b and not first
            if (not fits(k, a, b) or shifted or (k == 0 and any(fits(k, above, b) for above in range(a))) or split_above
                    or in_doubt.intersection(text)):
                unsure.add((field, places[a]))
                if shifted:
                    unsure.add((field, places[then[0]]))
        if spans[-1][1] < n - 1:
            below[field] = places[spans[-1][1]]
            # rows the next page's first text takes, which the last text here, at the foot or in
            # the middle of its cell, may end as well (a cell closed at the page's foot)
            if placement in ("bottom", "middle") and fits(len(texts) - 1, spans[-1][0], n - 1):
                unsure.add((field, places[spans[-1][1] + 1]))
        if field in below:
            ends[field] = rows.edges[-1] - rows.edges[spans[-1][1] + 1]
        elif _ends_early(placement, runs_on, split_at_top) and abs(off(len(texts) - 1, spans[-1][0], n - 1, placement)) <= near:
            ends[field] = 0.0
    return spanned, told, unsure, below, ends


def _level_with_rows(parted: list[list[int]], parts: Parts, field: str, anchor_field: str, owner: list[int | None],
                     size: float) -> list[list[int]]:
    """A run of a column's lines parted by rows, less the partings where the part after does not
    begin on its row's first line: rows that set their cells at the top set every cell's first
    line on one line (`Word.foot`, where the text layer tells it), so a part whose first line
    stands off its row's by a tenth of the type goes on the text above ("Capital" / "Complex -"
    / "Itanagar" of one merged cell, "Complex -" 2 pt above the next row's serial)."""
    out = [parted[0]]
    for part in parted[1:]:
        off = abs(line_foot(parts[part[0]].get(field, [])) - line_foot(parts[owner[part[0]]].get(anchor_field, [])))
        if off > 0.1 * size:  # (NaN, where either foot is unknown, compares false: the part stands)
            out[-1] = out[-1] + part
        else:
            out.append(part)
    return out


def names_whole(directory: Places | None, field: str, texts: list[str]) -> bool:
    """Whether the directory names the texts, read as one, a place of `field` (a state or a
    district), and not each of them: one name parted between lines or pages ("Mohla-Manpur-" /
    "Ambagarh" / "Chouki"; "Yadadri" at a page's foot, "Bhuvanagiri" overleaf)."""
    return (directory is not None and len(texts) > 1 and _names_lines(directory, field, " ".join(texts))
            and not all(_names_lines(directory, field, text) for text in texts))


def names_apart(directory: Places | None, field: str, texts: list[str]) -> bool:
    """Whether the directory names each of the texts a place of `field`, and not the texts read as
    one: two names one under the other, not one name wrapped ("Kumuram Bheem Asifabad" /
    "Gautam Buddha Nagar" in a narrow column, where the next name would not have fitted)."""
    named = named_apart(directory, field, texts)
    return len(texts) > 1 and bool(named) and all(named)


def named_apart(directory: Places | None, field: str, texts: list[str]) -> list[bool]:
    """For each text, whether the directory names it a place of `field`, where it does not name
    the texts read as one (none, where it does: "Kamrup" / "Metropolitan" is one name)."""
    if directory is None or _names_lines(directory, field, " ".join(texts)):
        return []
    return [_names_lines(directory, field, text) for text in texts]


def settle_place_breaks(rows: list[Row], directory: Places | None) -> None:
    """A break before a state's or district's line going on in lower case, read either way by
    the geometry and the words (`settle_word_breaks`: "Bhupalp" / "ally", where "ally" is an
    English word; a name broken twice in a narrow cell, "Jayashank" / "ar Bhupalp" / "ally") is
    settled by the directory, where it names the cell's text read one way and not the other: a
    word broken at the edge ("Jayashankar Bhupalpally") or a wrap after a space."""
    for row, field in itertools.product(rows if directory else [], MERGED):
        lines = row.cells.get(field, [])
        for line in (line for line in lines[1:] if line.word_unsettled or WORD_GOES_ON.match(line.text)):
            as_read, named = line.joiner, {}
            for joiner in ("", " "):
                line.joiner = joiner
                named[joiner] = names(directory, field, join_lines(lines))
            line.joiner = as_read
            if named[""] != named[" "]:
                line.joiner, line.word_broken, line.word_unsettled = "" if named[""] else " ", named[""], False


def names(directory: Places, field: str, text: str) -> bool:
    """Whether the directory names the text a place of `field` (a state or a district; nothing
    else is a place)."""
    if field == "district":
        return bool(directory.states_with_district(text))
    return field == "state" and directory.state(text).method in ("exact", "alias")


def _names_lines(directory: Places, field: str, text: str) -> bool:
    """Whether the directory names a text read from lines joined by spaces, as it stands or with
    each word that goes on in lower case joined to the word before (a word broken at a narrow
    cell's edge, "Maharashtr" / "a")."""
    return names(directory, field, text) or names(directory, field, BROKEN_WORD.sub("", text))


def _district_states(directory: Places, text: str) -> frozenset[int]:
    """The states with a district the text names, read as `_names_lines` reads it ("Bulandshah" /
    "r" in a narrow cell)."""
    return directory.states_with_district(text) or directory.states_with_district(BROKEN_WORD.sub("", text))


BROKEN_WORD = re.compile(r"(?<=[a-z]) (?=[a-z]+\b)(?!(?:and|of|the)\b)")  # a space before a word's rest in lower case


def _strays(texts: list[list[int]], parts: Parts, runs: list[tuple[str, list[int]]], rows: _Rows, directory: Places,
            state_before: str = ""):
    """strays(k, a, b): how many districts standing in rows a..b the directory gives to states
    other than state text k's (k = -1: `state_before`'s, the state whose cell runs on into the
    page from the pages before). A district's text stands within its cell, and its cell within
    its state's: its row is one the state's cell spans, whichever rows those are."""
    states = [directory.state(words_text([w for j in text for w in parts[j]["state"]])).lgd for text in texts]
    states.append(directory.state(state_before).lgd if state_before else None)
    stood: list[tuple[int, frozenset[int]]] = []  # (row, the states with a district of its name)
    for name, run in runs:
        words = [w for j in run for w in parts[j].get(name, [])] if name == "district" else []
        if words and (of := _district_states(directory, words_text(words))):
            centre = (min(w.top for w in words) + max(w.bottom for w in words)) / 2
            stood.append((bisect.bisect_right(rows.edges, centre) - 1, of))
    n = len(rows.tops)
    counts = [list(itertools.accumulate((sum(r == row and state not in of for r, of in stood) for row in range(n)), initial=0))
              if state is not None else [0] * (n + 1) for state in states]
    return lambda k, a, b: counts[k][b + 1] - counts[k][a]


def _joined(texts: list[list[int]], parts: Parts, field: str) -> list[list[int]]:
    """The texts, each joined to the one before where it goes on from it as no name begins or
    ends (`continues`: "North and" / "Middle Andaman", runs a little further apart than lines)."""
    out: list[list[int]] = []
    for text in texts:
        if out and continues(words_text(parts[out[-1][-1]][field]), words_text(parts[text[0]][field])):
            out[-1] = out[-1] + text
        else:
            out.append(text)
    return out


def _ends_early(placement: str, runs_on: bool, split_at_top: bool) -> bool:
    """Whether the rows below a page's last text may be the next page's first text's: set at
    the foot of its cell, a text stands where the cell ends, so a cell that runs on past the
    page's foot has its text overleaf (but where a word processor prints a split cell's text in
    its first part, `split_at_top`); centred on the whole cell as a spreadsheet prints it
    across a page break, the text stands on the page that holds the cell's middle, which may be
    the next, where the table goes on past the page's foot (`runs_on`)."""
    return not (split_at_top and runs_on) if placement == "bottom" else placement == "middle" and runs_on and not split_at_top


def _spans(count: int, n: int, cost, placement: str, slack: float, ends_early: bool = False) -> tuple[float, list[tuple[int, int]]]:
    """The least total cost of placing `count` texts in order over rows 0..n-1, each spanning the
    rows from the one after the text before to where it ends, and those spans. Of the first
    text's spans that fit as well (to within `slack`), one in the middle leaves the most rows to
    the cell running on from the page before; one at the foot takes them (its text stands where
    its cell ends, wherever the cell starts). The last text's span ends at the last row, unless
    the rows below it may be the next page's first text's (`ends_early`)."""
    late = -1 if placement == "middle" else 1

    def first_span(b: int) -> tuple[float, list[tuple[int, int]]]:
        fits = [(cost(0, a, b, placement), a) for a in range(b + 1)]
        least = min(c for c, _ in fits)
        c, a = min(((c, a) for c, a in fits if c <= least + slack), key=lambda ca: late * ca[1])
        return c, [(a, b)]

    best = {b: first_span(b) for b in range(n)}
    for k in range(1, count):
        best = {b: min((c + cost(k, prev + 1, b, placement), spans + [(prev + 1, b)]) for prev, (c, spans) in best.items() if prev < b)
                for b in range(n) if any(prev < b for prev in best)}
    ends = best if ends_early else {n - 1: best[n - 1]} if n - 1 in best else {}
    return min(ends.values()) if ends else (math.inf, [])
