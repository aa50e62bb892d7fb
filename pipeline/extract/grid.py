"""Ruled tables: the grids of ruling lines on a page, and their rows, cut per column by the
horizontal rules so that a merged cell gives its text to every row it spans."""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import statistics
from collections.abc import Callable
from operator import attrgetter, itemgetter
from dataclasses import dataclass, replace

import numpy as np

from .cells import (RUNS_ON, TEXTS_MEET, TOL, Column, Row, cell_lines, group_lines, ink_slack, left_edges, line_foot, line_yc, merge_positions, padding_edges,
                    printed_over, rooms_told, set_past_edge, swallows, swallows_back, widest, word_space, words_text)
from .columns import product_fields
from .layers import PageContent, Rule, Word
from .markers import marks_an_item

TOP, BOTTOM, X0, X1 = attrgetter("top"), attrgetter("bottom"), attrgetter("x0"), attrgetter("x1")
CELL_TOP = itemgetter(0)


@dataclass
class Grid:
    """The extent and column boundaries of a ruled table on one page."""

    xs: list[float]
    top: float
    bottom: float

    @property
    def x0(self) -> float:
        return self.xs[0]

    @property
    def x1(self) -> float:
        return self.xs[-1]


def find_grids(page: PageContent) -> list[Grid]:
    """The ruled tables on the page, top to bottom: vertical rules that touch one another form
    one table (a cell's border meets the next row's); a gap between them starts another, as where
    a heading stands between two tables. A table needs at least three column rules."""
    tall = sorted((r for r in page.vrules if r.bottom - r.top > 4), key=lambda r: r.top)
    clusters: list[list[Rule]] = []
    reach = 0.0  # the lowest bottom of the cluster being gathered
    for rule in tall:
        if clusters and rule.top <= reach + 2 * TOL:
            clusters[-1].append(rule)
            reach = max(reach, rule.bottom)
        else:
            clusters.append([rule])
            reach = rule.bottom
    grids = []
    for cluster in clusters:
        xs = merge_positions([r.x0 for r in cluster])
        top, bottom = min(r.top for r in cluster), max(r.bottom for r in cluster)
        if len(xs) == 2:  # a box ruled across under each row: its columns, where each cell's rule ends
            xs = [xs[0], *joints(page.hrules, xs[0], xs[1], top, bottom), xs[1]]
        if len(xs) >= 3:
            grids.append(Grid(xs, top, bottom))
    return grids


def rules_across(page: PageContent, x0: float, x1: float) -> list[float]:
    """Heights of the rules across the table, sorted: one line, or each cell's border drawn on
    its own (as browsers and Calc do, and Calc beside lines it draws whole, under a header over a
    merged cell), together covering nine tenths of its width."""
    across = []
    rules = sorted(page.hrules, key=attrgetter("top"))
    start = 0
    for end in range(1, len(rules) + 1):
        if end < len(rules) and rules[end].top - rules[end - 1].top <= TOL:  # heights within TOL are one rule
            continue
        covered, reach = 0.0, x0
        for a, b in sorted((max(r.x0, x0), min(r.x1, x1)) for r in rules[start:end]):
            covered += max(0.0, b - max(a, reach))  # borders drawn twice, by the cells on each side, count once
            reach = max(reach, b)
        if covered > 0.9 * (x1 - x0):
            across.append(rules[start].top)
        start = end
    return across


def joints(hrules: list[Rule], x0: float, x1: float, top: float, bottom: float) -> list[float]:
    """Inner column edges of a box (or a header) without inner vertical rules, where the rules
    under its cells meet: a browser or word processor draws each cell's border on its own, so
    one cell's border ends where the next one's starts, at the column edges row after row (a
    joint seen on two rules or more: a table cut by the page's foot may show only its
    header's). A rule that stops short, to go on past a merged cell, meets nothing there."""
    inside = sorted((r.top, r.x0, r.x1) for r in hrules if top - TOL <= r.top <= bottom + TOL)
    meetings = []
    for (y, _, end), (y_next, start, _) in zip(inside, inside[1:]):
        if abs(y_next - y) <= TOL and abs(start - end) <= TOL and x0 + 2 * TOL < end < x1 - 2 * TOL:
            meetings.append((end + start) / 2)
    joints: list[list[float]] = []
    for x in sorted(meetings):
        if joints and x - joints[-1][-1] <= TOL:
            joints[-1].append(x)
        else:
            joints.append([x])
    return [sum(j) / len(j) for j in joints if len(j) >= 2]


def _cuts(hrules: np.ndarray, x0: float, x1: float, top: float, bottom: float, text: tuple[float, float] | None = None) -> list[float]:
    """Row boundaries within one column: horizontal rules that cross most of it (`hrules`: the
    x0, x1 and height of those between the table's top and bottom, as columns of an array; a page
    may have a rule for every cell's edge), or all of its text (`text`: from where its words
    start to where they end): a column whose edges no rule draws is bounded only roughly, and a
    rule that stops short where the cells beside are merged still runs under all of its cells."""
    rx0, rx1, ry = hrules
    crossing = np.minimum(rx1, x1) - np.maximum(rx0, x0) >= 0.6 * (x1 - x0)
    if text is not None:
        crossing |= (rx0 <= text[0] + TOL) & (rx1 >= text[1] - TOL)
    return merge_positions([top, *ry[crossing].tolist(), bottom])


def ruled_in_rows(page: PageContent, columns: list[Column], words: list[Word], top: float,
                  shown: bool = False, text_foot: float | None = None) -> tuple[list[Column], float] | None:
    """A table ruled in rows only (a box with a rule under each row and none between columns, as
    a spreadsheet's cell borders or a word processor's row rules print): its columns (from its
    header) held within the rules, and its last rule, when a rule stands between most pairs of
    consecutive serials below `top`; else None. Rules decide its cells as in a grid: a region with
    no rule inside is one cell (merged), whose text belongs to every row it spans.
    `shown`: a table of the list before was so ruled, so one of a row or two (a state's table,
    or its rest overleaf) is too where rules close its rows: a table ruled at its header and foot
    only cannot show itself apart from it, but a list draws its tables one way. A serial below
    the last rule begins a row the page break left open (a browser rules each row's foot, and
    the break falls inside the row): the table goes down to the foot of the page's text
    (`text_foot`, its running footer aside), and the row's tail overleaf joins it."""
    serial = next((c for c in columns if c.field == "serial"), None)
    # without serials, the products' lines: never merged, each row holds some (a cell's several
    # lines stand between the same two rules, so the rules are seen parting the cells)
    products = product_fields(c.field for c in columns)
    by = serial or next((c for c in columns if c.field in products), None)
    texts = [w for w in words if by and by.x0 <= w.xc < by.x1 and w.top > top]
    marks = sorted(w.yc for w in texts if w.text.rstrip(".").isdecimal() or not serial)
    if not marks:
        return None
    x0, x1 = min(w.x0 for w in texts), max(w.x1 for w in texts)
    ys = sorted(r.top for r in page.hrules if r.top > top - TOL and r.x0 <= x0 and r.x1 >= x1)
    # the table's own rules: down to the one closing its last row, with nothing printed between
    # (another table may follow, under a heading of its own)
    last = max(w.bottom for w in words)
    k = bisect.bisect(ys, last)
    ys = ys[: k + (k < len(ys) and not any(last < w.top and w.yc < ys[k] for w in page.words))]  # a descender may cross the rule
    if serial:
        parted = sum(bisect.bisect(ys, a) != bisect.bisect(ys, b) for a, b in zip(marks, marks[1:]))
        # a rule between most pairs of serials; a table of one or two rows shows its rules by
        # parting every pair and closing its last row
        few = len(marks) < 3
        if parted < (len(marks) - 1 if few else 0.8 * (len(marks) - 1)) or few and not (ys and ys[-1] > marks[-1]):
            return None
    # without serials, rules parting the products' lines into three cells at least (or closing
    # them, where the list showed its rows ruled), and none through a line (a cell's lines stand
    # between the same two rules; a box's top or foot may reach past one: a descender, or a bold
    # Total row's box, taller than its type)
    elif len({bisect.bisect(ys, y) for y in marks} - ({len(ys)} if shown else set())) < (1 if shown else 3) or any(w.top + 0.25 * w.size < y < w.bottom - 0.25 * w.size for w in texts for y in ys):
        return None
    heights = {round(y) for y in ys}
    extent = [r for r in page.hrules if round(r.top) in heights]
    left, right = min(r.x0 for r in extent), max(r.x1 for r in extent)
    held = [replace(c, x0=max(c.x0, left), x1=min(c.x1, right)) for c in columns]
    opened = serial and text_foot is not None and any(y > ys[-1] for y in marks)
    return held, max(ys[-1], text_foot + TOL) if opened else ys[-1]


def ruled_rows(page: PageContent, columns: list[Column], words: list[Word], top: float, bottom: float,
                beneath: list[Word], sides_ruled: bool = True) -> list[Row]:
    """Rows of a ruled table. `beneath`: the words printed below the table, where a spreadsheet
    draws (clipped, unseen) the text of a merged cell that runs on to later pages. Without rules
    between its columns (`sides_ruled` false, a table ruled in rows only) a cell's room is known
    only from below, by the column's widest line, as in a table without rules."""
    # the rows start at the last rule above the body's first line (the rule under the header's
    # labels), so a cell blank from there to the foot is blank from the table's top
    first = min((w.top for w in words if w.yc > top), default=bottom)
    top = max((r.top for r in page.hrules if top - TOL < r.top < first + TOL), default=top)
    hrules = np.array([(r.x0, r.x1, r.top) for r in page.hrules if top + TOL < r.top < bottom - TOL]).reshape(-1, 3).T
    foot = [(r.x0, r.x1) for r in page.hrules if abs(r.top - bottom) <= 2 * TOL]  # rules closing the table
    centres = [w.xc for w in words]
    lo, hi = columns[0].x0, columns[-1].x1
    if centres and (min(centres) < lo or max(centres) >= hi):  # a word run past the table's edge stays in its edge column
        centres = [min(max(c, lo), hi - TOL) for c in centres]
    # a word too wide for its cell (a browser breaks no word: "Lacquerware/Wooden"), set to the
    # left, starts where its column's lines start and runs on over the next column's text: it
    # is the column's where it starts, however far it runs. Where the cell it runs into holds
    # no other text on its line, the word may hold that cell's text printed against it
    # ("HandicraftJagatsinghpur", where two texts meet: `TEXTS_MEET`), and is judged as such
    # (`overruns`, below); a word in which no two texts meet is the column's where it starts
    # ("Lacquerware/Wooden" on a row's lines past its district's)
    inner = [c.x0 for c in columns[1:]]
    home = [bisect.bisect_right(inner, c) for c in centres]
    run_on = [k for k, w in enumerate(words) if bisect.bisect_right(inner, w.x0) < home[k]]
    if run_on:
        lines = group_lines(words)
        starts, paddings = left_edges(lines, columns), padding_edges(lines, columns)
        for k in run_on:
            w, at = words[k], bisect.bisect_right(inner, words[k].x0)
            # (where the column centres its lines, a word too wide for its cell starts at its
            # padding: well inside it, not a scan's box a point left of the rule)
            wide = w.x1 - w.x0 > columns[at].x1 - columns[at].x0 and columns[at].x1 - w.x0 > 0.5 * w.size
            start = starts[at] if starts[at] is not None else paddings[at] if wide else None
            if (start is not None and abs(w.x0 - start) <= 1.0
                    and (not TEXTS_MEET.search(w.text)
                         or any(home[j] == home[k] and j != k and abs(v.yc - w.yc) < 0.5 * w.size for j, v in enumerate(words)))):
                centres[k] = columns[at].x1 - TOL
    cells_by_column = []
    overruns = []  # per column: the words that run past its right rule
    placed_by_column = []
    open_at_foot = []  # per column: no rule closes its last cell, which runs on past the page's foot
    for col in columns:
        open_at_foot.append(not any(min(x1, col.x1) - max(x0, col.x0) >= 0.6 * (col.x1 - col.x0) for x0, x1 in foot))
        col_x0, col_x1 = col.x0, col.x1
        placed = _placed_lines(overprints_parted(group_lines([w for w, xc in zip(words, centres) if col_x0 <= xc < col_x1])), top, bottom)
        col_words = [w for line, _ in placed for w in line]
        cuts = _cuts(hrules, col.x0, col.x1, top, bottom, None if sides_ruled or not col_words else
                     (max(col.x0, min(map(X0, col_words))), min(col.x1, max(map(X1, col_words)))))
        # where the cell's text starts, past its padding (not a word run back over its rule from the
        # cell before): where the lines that start first start, most of them (a letter's ink may
        # start left of its advance: "J" by a point in DejaVu Serif)
        starts = [min(w.x0 for w in line if w.x0 >= col_x0) for line, _ in placed if any(w.x0 >= col_x0 for w in line)]
        left = statistics.median(x for x in starts if x <= min(starts) + TOL) if starts else col.x0
        limit = col.x1 - max(0.0, left - col.x0) if sides_ruled else widest(col, col_words)
        heights = [y for _, y in placed]
        # group_lines makes lines top to bottom, each a run of consecutive words in reading order:
        # while the lines are placed in the order they were made, the lines of a cell are exactly
        # what grouping its words again would give, so they are not grouped again.
        in_order = all(a <= b for a, b in zip(heights, heights[1:]))
        if not in_order:
            placed.sort(key=lambda line_y: line_y[1])
            heights = [y for _, y in placed]
        placed_in = [bisect.bisect_right(cuts, h) - 1 for h in heights]  # each line's cell, as placed
        levels, rise = _levels(placed)
        size, pitch, slack = _line_pitch(placed, levels, placed_in, by_feet=rise is not None)
        if beneath and placed_in and placed_in[-1] == len(cuts) - 2 and (
                below := _run_on_below(levels[-1], rise, pitch, slack, beneath, col_x0, col_x1)):
            placed.append((below[0], bottom - 0.01))
            heights.append(bottom - 0.01)
            placed_in.append(len(cuts) - 2)
            levels.append(below[1])
        in_cells = _run_on_placed(placed, heights, levels, cuts, placed_in, pitch, size, slack,
                                  functools.cache(lambda: [w.foot for w, xc in zip(words, centres) if not col_x0 <= xc < col_x1]))
        cell_of = [bisect.bisect_right(cuts, h) - 1 for h in in_cells]
        space = word_space(line for line, _ in placed)
        # (each with whether it stands where no word of the column runs past the rule, `set_past_edge`)
        overrun = [(w, set_past_edge(w, line[k - 1] if k else None, left)) for line, _ in placed for k, w in enumerate(line)
                   if w.x1 > col_x1 + 0.5 * w.size] if col is not columns[-1] and col_words and max(map(X1, col_words)) > col_x1 else []
        cells = []
        last = None  # (index in `placed`, read line) of the cell above's last line, where it has lines
        for a, b in zip(cuts, cuts[1:]):
            lo, hi = bisect.bisect_left(in_cells, a), bisect.bisect_left(in_cells, b)
            lines = [line for line, _ in placed[lo:hi]]
            read = cell_lines(lines if in_order else group_lines([w for line in lines for w in line]), limit, left, space)
            # a row too low for its cell's text (Calc) prints the text on past its rule, over the next
            # cell's first line: a cell's first line across the rule above it, and two lines closer
            # than a line's height, of two cells or of one (the next cell's first line run up past
            # the rule, its middle still above it), are in doubt: the smaller line's, as a bold
            # Total row's boxes stand taller than its type (Calc: 14.4 pt for 11 pt "Total", 11.2
            # pt below the last product line). Each line read is a placed line
            # unless grouping the words again made others: then only its first and last are known.
            each = in_order and len(read) == hi - lo
            at = list(zip(range(lo, hi), read)) if each else [(lo, read[0]), (hi - 1, read[-1])] if read else []
            for previous, (k, line) in zip([last] + at, at if each else at[:1]):
                if (previous and heights[k] - heights[previous[0]] < 0.8 * min(placed[k][0][0].size, placed[previous[0]][0][0].size)
                        and not _parted_by_pitch(levels, cell_of, previous[0], k, pitch, size, slack)):
                    previous[1].overprinted = line.overprinted = True
            if (cells and read and min(w.top for w in lines[0]) < a - 0.25 * lines[0][0].size
                    and not (each and last and _parted_by_pitch(levels, cell_of, last[0], lo, pitch, size, slack))):
                read[0].overprinted = True
                if cells[-1][2]:
                    cells[-1][2][-1].overprinted = True
            last = at[-1] if at else None
            cells.append((a, b, read))
        cells_by_column.append(cells)
        overruns.append(overrun)
        placed_by_column.append(placed)
    # a word run past its column's rule matters where the next column's text on its line starts
    # only after it: the word may have swallowed that text's start (where that text starts within
    # the word, the two were told apart), or where it is printed over that text, read broken, or
    # where no word of the column would run past the rule
    overruns = [[w.yc for w, misplaced in over
                 if misplaced or swallows(w, [words for words, _ in after]) or printed_over(w, [v for words, _ in after for v in words])]
                if over else [] for over, after in zip(overruns, placed_by_column[1:] + [[]])]
    # and a word run back past its column's left edge, where it may hold the previous column's text
    # (two cells' texts printed against each other, read as one word)
    for k in range(1, len(columns)):
        back = [w for line, _ in placed_by_column[k] for w in line if w.x0 < columns[k].x0 - 0.5 * w.size]
        if back:
            before = [v for line, _ in placed_by_column[k - 1] for v in line]
            overruns[k - 1] += [w.yc for w in back if swallows_back(w, before)]
    key = max(range(len(columns)), key=lambda i: len(cells_by_column[i]))
    rooms = {} if sides_ruled else rooms_told(columns, left_edges(group_lines(words), columns))
    rows = []
    for a, b, _ in cells_by_column[key]:
        mid = (a + b) / 2
        row = Row(page.number, rooms=rooms)
        for before, col, after, cells, is_open, overrun in zip([columns[0]] + columns, columns, columns[1:] + [col], cells_by_column,
                                                               open_at_foot, overruns):
            # the column's cells are consecutive spans: the one that holds the row's middle (a column
            # the header names no field of is read for the text it may have taken from the next, and
            # for the signs it took from the one before: "&", "2." spread to a justified line's end
            # past an edge the header drew short)
            k = bisect.bisect_right(cells, mid, key=CELL_TOP) - 1
            if k >= 0 and mid < cells[k][1]:
                if overrun and any(cells[k][0] <= y < cells[k][1] for y in overrun):
                    row.overrun |= {col.field, after.field} - {None}
                if col.field:
                    row.cells[col.field] = cells[k][2]
                elif cells[k][2] and all(RUNS_ON.fullmatch(word) or marks_an_item(word) for line in cells[k][2] for word in line.text.split()):
                    row.overrun |= {before.field} - {None}
            if not col.field:
                continue
            # the cell at the foot of the page runs on to the next when no rule closes it where the
            # rules close another column's: a merged cell, its text printed further on, or on both
            # pages, clipped by each (Calc centres it on the whole cell: "Warangal Urban" at the
            # foot of a row of its own, "Warangal Urban" / "(Hanumakonda)" overleaf); a blank cell
            # that the rules close is blank, and takes the value above it
            foot_top, foot_bottom, foot_lines = cells[-1]
            spans = foot_top < cells_by_column[key][-1][0] - TOL  # over several rows
            # where no column is closed at the foot (a browser draws no rule at a page break), only
            # a cell over several rows is a merged cell: a blank cell of one row is blank
            merged = is_open and (spans or not all(open_at_foot))
            if foot_top <= mid < foot_bottom and merged:
                if foot_top > top + TOL:
                    row.text_below.add(col.field)
                elif not foot_lines:
                    row.runs_through.add(col.field)
                    row.drawn_below[col.field] = words_text([w for w in beneath if col.x0 <= w.xc < col.x1])
        if any(row.cells.values()):
            rows.append(row)
    # a merged cell that may hold another cell's text does so in every row it spans
    overrun = {id(row.cells[name]) for row in rows for name in row.overrun if name in row.cells}
    for row in rows:
        row.overrun |= {name for name, lines in row.cells.items() if id(lines) in overrun}
    return rows


def _run_on_placed(placed: list[tuple[list[Word], float]], heights: list[float], levels: list[float], cuts: list[float], cell: list[int],
                   pitch: float, size: float, slack: float, feet_beside: Callable[[], list[float]]) -> list[float]:
    """The heights that put each line in its cell (`heights`, sorted): a row too low for its
    text (Calc's) prints the text on past its rule, over the next cell's text, set at the top of
    its cell ("South Salmara-" / "Mankachar" over "West Karbi Anglong") or in the middle
    ("Lacquerware/Wooden" / "Toys" over "Orthodox Tea"), or up past the rule above, set at the
    foot ("1) Electronics" over "Carvings"). A cell's line that reaches past its rule, at the
    column's line pitch (the one its cells' lines keep) from the line beyond the rule and closer
    than that to the next line on its own side (printed over it), goes on the cell beyond; so
    does one wholly past the rule, printed at the pitch over the next cell's first line, less
    than half the pitch from it, where that line, and not this one, stands level with a line of
    the columns beside in its cell ("Fabrics/Handicrafts" over "Dry Fish", on serial 24's line:
    the next row padded). `levels`: each line's `_levels`; `cell`: each line's cell as placed;
    `pitch`, `size`, `slack`: `_line_pitch`'s;
    `feet_beside`: the feet of the other columns' words."""
    def level(words: list[Word], cell: int) -> bool:
        foot = max(w.foot for w in words)
        return any(abs(f - foot) <= 0.3 for f in feet_beside() if cuts[cell] <= f <= cuts[cell + 1])

    if not pitch:
        return heights
    out = list(heights)
    for k in range(1, len(heights) - 1):
        above, line, below = levels[k - 1], levels[k], levels[k + 1]
        top, bottom = min(w.top for w in placed[k][0]), max(w.bottom for w in placed[k][0])
        if (cell[k - 1] + 1 == cell[k] == cell[k + 1] and abs(line - above - pitch) <= slack and below - line < pitch - slack
                and (top < cuts[cell[k]] - 0.25 * size
                     or below - line < 0.5 * pitch and level(placed[k + 1][0], cell[k]) and not level(placed[k][0], cell[k]))):
            out[k] = cuts[cell[k]] - 0.01  # the cell above's last line, printed on past its rule
        elif (cell[k - 1] == cell[k] == cell[k + 1] - 1 and bottom > cuts[cell[k + 1]] + 0.25 * size
              and abs(below - line - pitch) <= slack and line - above < pitch - slack):
            out[k] = cuts[cell[k + 1]]  # the cell below's first line, run up past its rule
    return out


def _parted_by_pitch(levels: list[float], cell_of: list[int], upper: int, lower: int, pitch: float, size: float, slack: float) -> bool:
    """Whether two lines printed closer than the column's line pitch (a row too low for its text,
    the text run on past its rule, up or down), each in its own cell as placed, are surely those
    cells' lines: they are not at the pitch from each other, nor so close that their words may
    have been grouped into each other's lines, and each keeps the pitch with its own cell's next
    line away from the other (a text engine sets a cell's lines at one pitch) or is its cell's one
    line, the other's cell going on past it by no line at the pitch (a Total row's "6" under a
    product cell's last line)."""
    def at_pitch(k: int, j: int) -> bool:
        return 0 <= j < len(levels) and abs(abs(levels[k] - levels[j]) - pitch) <= slack

    def sure(k: int, j: int, other: int) -> bool:
        own = 0 <= j < len(levels) and cell_of[j] == cell_of[k]
        return at_pitch(k, j) if own else cell_of.count(cell_of[k]) == 1 and not at_pitch(other, j)

    return bool(pitch) and cell_of[upper] < cell_of[lower] and sure(upper, upper - 1, lower) and sure(lower, lower + 1, upper) and (
        0.5 * size <= levels[lower] - levels[upper] < pitch - slack)


def _levels(placed: list[tuple[list[Word], float]]) -> tuple[list[float], float | None]:
    """The height each placed line stands at, to measure the pitch by, and the column's usual
    height of a line's foot under its centre (None where the text layer tells no line's foot:
    OCR). A text engine sets a cell's lines at one pitch from foot to foot, to a hundredth of a
    point, while their boxes' centres move with their letters: a line stands at its foot, or,
    where the layer does not tell it (a lone ")"), at its centre and the usual rise; where no
    line's foot is told, at its centre."""
    feet = [line_foot(line) for line, _ in placed]
    rises = [foot - y for foot, (_, y) in zip(feet, placed) if not math.isnan(foot)]
    rise = statistics.median(rises) if rises else None
    return [_level(foot, y, rise) for foot, (_, y) in zip(feet, placed)], rise


def _level(foot: float, centre: float, rise: float | None) -> float:
    return centre if rise is None else centre + rise if math.isnan(foot) else foot


def _line_pitch(placed: list[tuple[list[Word], float]], levels: list[float], cell: list[int], by_feet: bool) -> tuple[float, float, float]:
    """The column's type size, the pitch its cells' lines keep (0 where no cell has two lines),
    and how far a step may stray from it and still be at the pitch: a fifth of the size where
    lines are measured by their centres, which move with their letters; by their feet, as far as
    the steps measured stray, from a twentieth of the size (a text engine keeps the pitch to a
    hundredth of a point)."""
    size = statistics.median(w.size for line, _ in placed for w in line) if placed else 0.0
    steps = [b - a for k, (a, b) in enumerate(itertools.pairwise(levels)) if cell[k] == cell[k + 1] and b - a >= 0.8 * size]
    if not steps:
        return size, 0.0, 0.2 * size
    pitch = statistics.median(steps)
    return size, pitch, min(0.2 * size, max(0.05 * size, 3 * statistics.median(abs(step - pitch) for step in steps))) if by_feet else 0.2 * size


def _run_on_below(last: float, rise: float | None, pitch: float, slack: float, beneath: list[Word],
                  x0: float, x1: float) -> tuple[list[Word], float] | None:
    """The line a last row too low for its text (Calc's) prints on past the table's last rule
    ("Gaurela-Pendra-" in the row, "Marwahi" under the rule, over the page's number), with its
    level: the first line under the table that stands within the column, at the pitch its
    cells' lines keep from the last cell's last line (`last`, its level; `rise`, `pitch`,
    `slack`: `_levels`' and `_line_pitch`'s); else None."""
    first = next(iter(group_lines([w for w in beneath if x0 - TOL <= w.x0 and w.x1 <= x1 + TOL])), None)
    if first is None or not pitch:
        return None
    level = _level(line_foot(first), line_yc(first), rise)
    return (first, level) if abs(level - last - pitch) <= slack else None


def overprints_parted(lines: list[list[Word]]) -> list[list[Word]]:
    """Each line whose words stand over each other parted into the two lines printed there: one
    line's words advance, never overlap, so two texts at nearly one height over the same width
    are two cells' lines (Calc prints a row's text on past its rule when the row is too low for it,
    over the next cell's first line: "Fabrics/Handicrafts" over "Dry Fish"). They part by their
    feet, at the widest step between them; a word whose foot is not known (OCR's box of two
    lines read as one) goes with the part whose middle it stands nearest. (Its foot is NaN, which
    no comparison places and which a set orders by where it lies in memory.)"""
    def overlapping(words: list[Word]) -> bool:
        return any(b.x0 < a.x1 - 0.3 * min(a.size, b.size) for a, b in itertools.pairwise(words))

    out = []
    for line in lines:
        feet = sorted({w.foot for w in line if not math.isnan(w.foot)}) if overlapping(line) else []
        step, lower = max(((b - a, b) for a, b in itertools.pairwise(feet)), default=(0.0, 0.0))
        parts = [[w for w in line if w.foot < lower], [w for w in line if w.foot >= lower]] if step > 0.5 else []
        if parts:
            middles = [statistics.median(w.yc for w in part) for part in parts]
            for w in (w for w in line if math.isnan(w.foot)):
                parts[abs(w.yc - middles[1]) < abs(w.yc - middles[0])].append(w)
            parts = [sorted(part, key=lambda w: w.x0) for part in parts]
        out += parts if parts and not any(map(overlapping, parts)) else [line]
    return out


def _placed_lines(lines: list[list[Word]], top: float, bottom: float) -> list[tuple[list[Word], float]]:
    """The printed lines of one column that show between `top` and `bottom`, each with the height
    that places it in a cell. A line is placed whole, by its centre, so words of one line never
    part. A merged cell's text printed across a page break is clipped at the page's table edge:
    a line cut by the edge still shows, and is placed inside; not one whose box only reaches past
    it by less than a quarter of its height (a bold header's last line, "No" of "Sr." / "No",
    its box taller than its type, 1.2 pt past the rule under the header)."""
    placed = []
    for line in lines:
        yc = line_yc(line)
        if top + 1.0 < yc < bottom - 1.0:  # inside: its words reach above and below their centres
            placed.append((line, yc))
        elif max(map(BOTTOM, line)) > top + (reach := 0.25 * max(w.size for w in line)) and min(map(TOP, line)) < bottom - reach:
            placed.append((line, min(max(yc, top + 0.01), bottom - 0.01)))
    return placed


def doubt_close_breaks(rows: list[Row]) -> None:
    """A ruled cell's room is its rules less the padding its text starts at, while the program
    filled its lines by its own metrics (Calc wraps a little early): a break the geometry read as
    by hand (the next word would have fitted) by less than an em, where no line of the column in
    the document is clearly wider than the two would have made (ink boxes tell widths to within
    their side bearings), may be a wrap ("Mangalagiri" / "Sarees and Fabrics"): in doubt. A word
    alone wider than its cell (a browser lets it overflow) shows nothing of the width lines fill."""
    ruled = [row for row in rows if not row.unruled]
    widest: dict[str, float] = {}
    for row in ruled:
        for name, lines in row.cells.items():
            widest[name] = max([widest.get(name, 0.0), *(line.width for line in lines if line.width <= line.room + line.size)])
    for row in ruled:
        for name, lines in row.cells.items():
            for before, line in zip(lines, lines[1:]):
                wide = before.width + line.need
                if line.hard_break and wide > widest[name] - ink_slack(line.size) and wide > line.room - line.size:
                    line.break_unsure = True
