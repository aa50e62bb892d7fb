"""Find the list's tables on each page and turn them into rows of cells.

One mechanism for every layout, in passes: the page's table regions (each ruled grid, or the
whole page when unruled) and the heading line above each; the header and its columns; the rows;
the lines of each cell.
- columns come from the vertical rules when the table is ruled, otherwise from the header's
  labels and the white space between the body's columns;
- the header row is found by what it says (reference/columns.yaml), on any page; a header
  repeated on later pages is dropped, and pages without one continue the previous page's table;
- rows come from the horizontal rules, per column, so a merged cell (a state printed once for a
  block) gives its text to every row it spans; without rules, a row starts at each serial number;
- a row that a page break splits is joined back: the tail at the top of the next page has no
  serial number of its own.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from .columns import map_header, mentions_required, missing_fields
from .layers import PageContent, Rule, Word

TOL = 1.5  # pt: positions closer than this are the same line


@dataclass
class Column:
    field: str | None
    label: str
    x0: float
    x1: float


@dataclass
class Line:
    """One printed line of a cell, whether a hard line break (not a wrap) came before it, and
    what joins it to the line before: a space, or nothing where a word or a hyphenated name was
    broken across the lines."""

    text: str
    x1: float  # where the printed line ends
    hard_break: bool = False
    joiner: str = " "
    need: float = 0.0  # width its first word would have needed on the line before (with a space)


# A line ending so runs on into the next: the break was a wrap, not the end of an item.
RUNS_ON = re.compile(r"([,&/(-]|\b(and|or|of|with|for|the|in))$", re.IGNORECASE)


def join_lines(lines: list[Line]) -> str:
    return "".join((line.joiner if i else "") + line.text for i, line in enumerate(lines))


@dataclass
class Row:
    page: int
    cells: dict[str, list[Line]] = field(default_factory=dict)
    continuation: bool = False  # the tail of the previous page's last row
    unruled: bool = False  # from a table without rules: its line breaks are judged over the document
    # fields whose merged cell runs on past the page's foot: its text was printed on the next page
    # (where the middle of the merged cell fell), or printed on both, clipped at the break
    text_below: set[str] = field(default_factory=set)
    # fields whose cell is blank from the page's top to its foot: a merged cell passing through,
    # its text printed on a page before or after
    runs_through: set[str] = field(default_factory=set)
    drawn_below: dict[str, str] = field(default_factory=dict)  # text drawn under the table, by field

    def text(self, name: str) -> str:
        return join_lines(self.cells.get(name, []))


@dataclass
class HeaderCandidate:
    """The best header-like line seen, for the error message when no header maps."""

    page: int
    labels: list[str]
    missing: list[str]


# --- geometry helpers ----------------------------------------------------------------------------


def group_lines(words: list[Word]) -> list[list[Word]]:
    """Words in reading order, grouped into printed lines by their vertical centre. A small glyph
    (a comma or hyphen whose box is its ink) sits low in its line: the line's height decides."""
    lines: list[list[Word]] = []
    height = 0.0  # of the line being gathered
    for word in sorted(words, key=lambda w: (w.yc, w.x0)):
        if lines and abs(word.yc - _line_yc(lines[-1])) <= max(TOL, 0.35 * max(word.size, height)):
            lines[-1].append(word)
            height = max(height, word.size)
        else:
            lines.append([word])
            height = word.size
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _line_yc(line: list[Word]) -> float:
    return sum(w.yc for w in line) / len(line)


def _merge_positions(values: list[float], tol: float = TOL * 2) -> list[float]:
    merged: list[float] = []
    for v in sorted(values):
        if merged and v - merged[-1] <= tol:
            continue
        merged.append(v)
    return merged


def _cell_lines(words: list[Word], limit: float, left: float) -> list[Line]:
    """The printed lines of one cell (text between `left` and `limit`). A line whose first word
    would have fitted on the line before was broken by hand (a list of items), not wrapped. Two
    kinds of break join without a space: a line ending in a hyphen broke a compound name
    ("Sarangarh-" / "Bilaigarh"), and a word wider than the cell was broken inside where it met the
    edge ("Lacquerware/W" / "ooden": alone on its line, ending at the edge, too wide to fit whole,
    going on in lower case)."""
    out: list[Line] = []
    before: list[Word] = []
    for line in group_lines(words):
        text = " ".join(w.text for w in line)
        hard, joiner = False, " "
        if before:
            first, last = line[0], before[-1]
            space = 0.25 * first.size
            need = space + (first.x1 - first.x0)
            hard = out[-1].x1 + need < limit - 1.0
            broken_word = (
                first.text[:1].islower()  # a name goes on with a capital after a space
                and last.x0 <= left + space
                and last.x1 >= limit - 0.8 * last.size
                and (last.x1 - last.x0) + (first.x1 - first.x0) > limit - left + 1.0
            )
            if re.search(r"\w-$", last.text) or broken_word:
                joiner = ""
        out.append(Line(text, line[-1].x1, hard, joiner, need if before else 0.0))
        before = line
    return out


# --- ruled tables ------------------------------------------------------------------------------


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
    for rule in tall:
        if clusters and rule.top <= max(r.bottom for r in clusters[-1]) + 2 * TOL:
            clusters[-1].append(rule)
        else:
            clusters.append([rule])
    grids = []
    for cluster in clusters:
        xs = _merge_positions([r.x0 for r in cluster])
        if len(xs) >= 3:
            grids.append(Grid(xs, min(r.top for r in cluster), max(r.bottom for r in cluster)))
    return grids


def _cuts(hrules: list[Rule], x0: float, x1: float, top: float, bottom: float) -> list[float]:
    """Row boundaries within one column: horizontal rules that cross most of it."""
    width = x1 - x0
    ys = [
        r.top
        for r in hrules
        if min(r.x1, x1) - max(r.x0, x0) >= 0.6 * width and top + TOL < r.top < bottom - TOL
    ]
    return _merge_positions([top, *ys, bottom])


# --- header ------------------------------------------------------------------------------------


def _phrases(words: list[Word]) -> list[list[Word]]:
    """Words of one header line grouped into labels: a gap wider than a font size separates labels."""
    groups: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.x0):
        if groups and word.x0 - groups[-1][-1].x1 <= 0.8 * word.size:
            groups[-1].append(word)
        else:
            groups.append([word])
    return groups


def _labels_by_columns(block: list[list[Word]], bounds: list[tuple[float, float]]) -> list[str]:
    """A ruled header's label per column, its lines joined as a cell's are ("S.N" / "o." is "S.No.")."""
    words = [w for line in block for w in line]
    labels = []
    for x0, x1 in bounds:
        inside = [w for w in words if x0 <= w.xc < x1]
        left = min((w.x0 for w in inside), default=x0)
        labels.append(join_lines(_cell_lines(inside, x1 - (left - x0), left)))
    return labels


def _labels_by_phrases(block: list[list[Word]]) -> list[tuple[str, float, float]]:
    """Unruled header: labels from phrases, phrases on different lines joined where they overlap."""
    spans: list[list] = []  # [x0, x1, words]
    for line in block:
        for phrase in _phrases(line):
            x0, x1 = phrase[0].x0, phrase[-1].x1
            for span in spans:
                if min(span[1], x1) - max(span[0], x0) > 0:
                    span[0], span[1] = min(span[0], x0), max(span[1], x1)
                    span[2] += phrase
                    break
            else:
                spans.append([x0, x1, list(phrase)])
    spans.sort(key=lambda s: s[0])
    return [(" ".join(w.text for w in sorted(s[2], key=lambda w: (w.yc, w.x0))), s[0], s[1]) for s in spans]


def _blocks(lines: list[list[Word]], i: int):
    """Candidate header blocks around line i: the line alone, then with its neighbours."""
    for lo, hi in ((i, i + 1), (i, i + 2), (i - 1, i + 1), (i - 1, i + 2), (i, i + 3), (i - 2, i + 1)):
        if lo >= 0 and hi <= len(lines):
            yield lines[lo:hi]


def _tight(block: list[list[Word]], hrules: list[Rule], x0: float, x1: float) -> bool:
    """The lines of a header block sit together: close, and no rule across the table between them."""
    for a, b in zip(block, block[1:]):
        a_bottom = max(w.bottom for w in a)
        b_top = min(w.top for w in b)
        size = statistics.median(w.size for w in a + b)
        if b_top - a_bottom > 0.8 * size:
            return False
        if any(a_bottom - TOL < r.top < b_top + TOL and r.x1 - r.x0 > 0.5 * (x1 - x0) for r in hrules):
            return False
    return True


HEADER_WINDOW = 3  # lines: a better header may start this far below the first that maps


def find_header(page: PageContent, lines: list[list[Word]], grid: Grid | None):
    """(columns, header bottom, best failed candidate) of the table's header: among the line blocks
    near the first one whose labels map every required field, the one that maps the most fields
    (a title above the header must not be read as part of it). A table may lack a state column
    when a heading above it names the state: such a header ranks below a full one."""
    best: HeaderCandidate | None = None
    x0, x1 = (grid.x0, grid.x1) if grid else (0.0, page.width)
    bounds = list(zip(grid.xs, grid.xs[1:])) if grid else []
    # Cheap test first: a header line says at least one required field somewhere.
    promising = [bool(mentions_required(" ".join(w.text for w in line))) for line in lines]
    found, first = [], None
    for i in range(len(lines)):
        if first is not None and i > first + HEADER_WINDOW:
            break
        if not promising[i]:
            continue
        for block in _blocks(lines, i):
            if not _tight(block, page.hrules, x0, x1):
                continue
            spans = [] if grid else _labels_by_phrases(block)
            labels = _labels_by_columns(block, bounds) if grid else [s[0] for s in spans]
            fields = map_header(labels) or map_header(labels, optional=("state",))
            if fields is None:
                missing = missing_fields(labels)
                if len(missing) < len(labels) and (best is None or len(missing) < len(best.missing)):
                    best = HeaderCandidate(page.number, [l for l in labels if l], missing)
                continue
            first = i if first is None else first
            rank = ("state" in fields, sum(f is not None for f in fields), -len(block), -i)
            found.append((rank, block, fields, spans))
    if not found:
        return None, None, best
    _, block, fields, spans = max(found, key=lambda f: f[0])
    bottom = _header_bottom(page, lines, block, grid)
    if grid:
        labels = _labels_by_columns([l for l in lines if block[0][0].top - TOL <= l[0].top < bottom], bounds)
        columns = [Column(f, l, a, b) for f, l, (a, b) in zip(fields, labels, bounds)]
    else:
        columns = _unruled_columns(fields, spans, lines, bottom, page.width)
    return columns, bottom, best


def _header_bottom(page: PageContent, lines, block, grid: Grid | None) -> float:
    """Where the header ends: at the rule under it (a ruled header cell may wrap onto more lines
    than the block that named the fields), or after the lines that keep close to it."""
    bottom = max(w.bottom for line in block for w in line)
    if grid:
        width = grid.x1 - grid.x0
        below = [r.top for r in page.hrules if r.top > bottom - TOL and r.x1 - r.x0 > 0.5 * width]
        return min(below, default=bottom)
    rest = lines[lines.index(block[-1]) + 1 :]
    for line in rest:
        if not _tight([block[-1], line], [], 0, page.width) or any(w.text.rstrip(".").isdigit() for w in line):
            break
        block = block + [line]
        bottom = max(w.bottom for w in line)
    return bottom


def _unruled_columns(fields, spans, lines, header_bottom, width) -> list[Column]:
    """Column boundaries of an unruled table: the widest white gap of the body between two labels."""
    body = [w for line in lines if min(w.top for w in line) > header_bottom for w in line]
    bounds = [0.0]
    for (_, a0, a1), (_, b0, b1) in zip(spans, spans[1:]):
        lo, hi = (a0 + a1) / 2, (b0 + b1) / 2
        covered = sorted((max(w.x0, lo), min(w.x1, hi)) for w in body if w.x1 > lo and w.x0 < hi)
        gaps, edge = [], lo
        for c0, c1 in covered:
            if c0 > edge:
                gaps.append((c0 - edge, edge, c0))
            edge = max(edge, c1)
        if hi > edge:
            gaps.append((hi - edge, edge, hi))
        if gaps:
            _, g0, g1 = max(gaps)
            bounds.append((g0 + g1) / 2)
        else:
            bounds.append(b0 - 1.0)
    bounds.append(width)
    return [Column(f, s[0], a, b) for f, s, a, b in zip(fields, spans, bounds, bounds[1:])]


def _carry_columns(previous: list[Column], grid: Grid | None) -> list[Column]:
    """A page without a header continues the previous table: its grid columns take the fields
    of the previous page's columns they overlap most."""
    if not grid:
        return previous
    out = []
    for a, b in zip(grid.xs, grid.xs[1:]):
        overlap = max(previous, key=lambda c: min(c.x1, b) - max(c.x0, a))
        hit = min(overlap.x1, b) - max(overlap.x0, a) > 0.5 * (b - a)
        out.append(Column(overlap.field if hit else None, overlap.label if hit else "", a, b))
    return out


# --- rows --------------------------------------------------------------------------------------


def _ruled_rows(page: PageContent, columns: list[Column], words: list[Word], top: float, bottom: float,
                beneath: list[Word]) -> list[Row]:
    """Rows of a ruled table. `beneath`: the words printed below the table, where a spreadsheet
    draws (clipped, unseen) the text of a merged cell that runs on to later pages."""
    cells_by_column = []
    for col in columns:
        cuts = _cuts(page.hrules, col.x0, col.x1, top, bottom)
        placed = _placed_lines(group_lines([w for w in words if col.x0 <= w.xc < col.x1]), top, bottom)
        col_words = [w for line, _ in placed for w in line]
        left = min((w.x0 for w in col_words), default=col.x0)
        limit = col.x1 - max(0.0, left - col.x0)
        cells = []
        for a, b in zip(cuts, cuts[1:]):
            inside = [w for line, y in placed if a <= y < b for w in line]
            cells.append((a, b, _cell_lines(inside, limit, left)))
        cells_by_column.append(cells)
    key = max(range(len(columns)), key=lambda i: len(cells_by_column[i]))
    rows = []
    for a, b, _ in cells_by_column[key]:
        mid = (a + b) / 2
        row = Row(page.number)
        for col, cells in zip(columns, cells_by_column):
            if not col.field:
                continue
            for c0, c1, lines in cells:
                if c0 <= mid < c1:
                    row.cells[col.field] = lines
            foot_top, foot_bottom, foot_lines = cells[-1]  # the cell at the foot of the page
            merged = not foot_lines or foot_top < cells_by_column[key][-1][0] - TOL  # blank, or over rows
            if foot_top <= mid < foot_bottom and merged:
                if foot_top > top + TOL:
                    row.text_below.add(col.field)
                elif not foot_lines:
                    row.runs_through.add(col.field)
                    row.drawn_below[col.field] = " ".join(w.text for w in beneath if col.x0 <= w.xc < col.x1)
        if any(row.cells.values()):
            rows.append(row)
    return rows


def _placed_lines(lines: list[list[Word]], top: float, bottom: float) -> list[tuple[list[Word], float]]:
    """The printed lines of one column that show between `top` and `bottom`, each with the height
    that places it in a cell. A line is placed whole, by its centre, so words of one line never
    part. A merged cell's text printed across a page break is clipped at the page's table edge:
    a line cut by the edge still shows, and is placed inside."""
    placed = []
    for line in lines:
        line_top, line_bottom = min(w.top for w in line), max(w.bottom for w in line)
        if line_bottom <= top + 1.0 or line_top >= bottom - 1.0:
            continue
        placed.append((line, min(max(_line_yc(line), top + 0.01), bottom - 0.01)))
    return placed


def _unruled_rows(page: PageContent, columns: list[Column], lines: list[list[Word]], top: float) -> list[Row]:
    body = [line for line in lines if min(w.top for w in line) >= top - TOL]
    body = _until_gap(body)
    anchor_field = "serial" if any(c.field == "serial" for c in columns) else "product"

    def split(line):
        return {c.field: [w for w in line if c.x0 <= w.xc < c.x1] for c in columns if c.field}

    parts = [split(line) for line in body]
    anchors = [i for i, p in enumerate(parts) if p.get(anchor_field)]
    # Lines between two anchors belong to the row above or below: they split at the widest gap
    # (rows are spaced apart); with even spacing they stay with the row above (top-aligned cells).
    owner = [None] * len(body)
    for i in anchors:
        owner[i] = i
    for k, start in enumerate(anchors):
        end = anchors[k + 1] if k + 1 < len(anchors) else len(body)
        between = list(range(start + 1, end))
        if k + 1 < len(anchors) and between:
            gaps = [_gap(body[j - 1], body[j]) for j in between + [end]]
            cut = max(range(len(gaps)), key=lambda g: gaps[g])
            cut = cut if gaps[cut] > min(gaps) + 0.5 else len(gaps) - 1
            for n, j in enumerate(between):
                owner[j] = start if n < cut else end
        else:
            for j in between:
                owner[j] = start
    limits = {c.field: max((w.x1 for p in parts for w in p.get(c.field, [])), default=c.x1) for c in columns if c.field}
    lefts = {c.field: min((w.x0 for p in parts for w in p.get(c.field, [])), default=c.x0) for c in columns if c.field}
    rows: list[Row] = []
    head = [j for j in range(len(body)) if owner[j] is None]
    groups = ([(None, head)] if head else []) + [(i, [j for j in range(len(body)) if owner[j] == i]) for i in anchors]
    for anchor, members in groups:
        row = Row(page.number, continuation=anchor is None, unruled=True)
        for name, limit in limits.items():
            words = [w for j in members for w in parts[j].get(name, [])]
            if words:
                row.cells[name] = _cell_lines(words, limit, lefts[name])
        rows.append(row)
    return rows


def settle_unruled_wraps(rows: list[Row]) -> None:
    """Judge the line breaks of unruled tables against each column's right edge, over the whole
    document (a table keeps its columns from page to page). Without rules the edge is known only
    from below, by the widest line: a break is a wrap when the next line's first word would not
    have fitted before the widest line's end. Unless nothing wraps: with no sure wrap (going on in
    lower case, or after "and", "&", ",") and no line that the widest would have wrapped (a column
    as wide as its content, as a web page prints it), every break is the end of an item."""
    unruled = [row for row in rows if row.unruled]
    for name in {name for row in unruled for name in row.cells}:
        breaks = [(b, l) for row in unruled for b, l in zip(row.cells.get(name, []), row.cells.get(name, [])[1:])]
        if not breaks:
            continue
        limit = max(line.x1 for row in unruled for line in row.cells.get(name, []))
        sure = any(l.text[:1].islower() or RUNS_ON.search(b.text) for b, l in breaks)
        if sure or any(before.x1 + line.need >= limit - 1.0 and before.x1 < limit - 1.0 for before, line in breaks):
            for before, line in breaks:
                line.hard_break = before.x1 + line.need < limit - 1.0
        else:
            for _, line in breaks:
                line.hard_break = True


def uncertain_breaks(rows: list[Row]) -> list[str]:
    """Product line breaks where the page and the words disagree: in an unruled table, a line
    that starts like a name joined as a wrap because it would not have fitted on the line before;
    in any table, a line that would have fitted joined because the line before runs on ("," "&"
    "and"). Either may be one product or two."""
    found = []
    for row in rows:
        lines = row.cells.get("product", [])
        for before, line in zip(lines, lines[1:]):
            if line.joiner != " " or not line.text[:1].isupper():
                continue
            runs_on = bool(RUNS_ON.search(before.text))
            if (row.unruled and not line.hard_break and not runs_on) or (line.hard_break and runs_on):
                found.append(f"page {row.page}: {before.text!r} / {line.text!r} read as one product")
    return found


def _gap(a: list[Word], b: list[Word]) -> float:
    return min(w.top for w in b) - max(w.bottom for w in a)


def _until_gap(lines: list[list[Word]]) -> list[list[Word]]:
    """The table's lines: stop at a gap far wider than the line spacing (a footer or a note)."""
    if len(lines) < 3:
        return lines
    pitch = statistics.median(_line_yc(b) - _line_yc(a) for a, b in zip(lines, lines[1:]))
    for n in range(1, len(lines)):
        if _line_yc(lines[n]) - _line_yc(lines[n - 1]) > 3.5 * pitch:
            return lines[:n]
    return lines


# --- a page ------------------------------------------------------------------------------------


@dataclass
class TableState:
    """What a page needs from the pages before it: the columns of the table in progress, and the
    heading that names its state when the table has no state column."""

    columns: list[Column] | None = None
    heading: str = ""
    best_candidate: HeaderCandidate | None = None


def page_rows(page: PageContent, state: TableState) -> list[Row]:
    """The rows of every table region on the page, top to bottom."""
    grids = find_grids(page)
    if not grids:
        return _region_rows(page, None, page.words, state, "", [])
    rows, above_from = [], 0.0
    for grid, below_to in zip(grids, [g.top - TOL for g in grids[1:]] + [float("inf")]):
        inside = [w for w in page.words if grid.x0 - TOL <= w.xc <= grid.x1 + TOL and grid.top - TOL <= w.yc <= grid.bottom + TOL]
        above = [w for w in page.words if above_from <= w.yc < grid.top - TOL]
        beneath = [w for w in page.words if grid.bottom + TOL < w.yc < below_to]
        rows += _region_rows(page, grid, inside, state, _heading(above, grid.top), beneath)
        above_from = grid.bottom + TOL
    return rows


def _heading(words: list[Word], table_top: float) -> str:
    """The line just above a table, if it stands close to it: a section heading such as a state's
    name. A title further up is not a heading of this table."""
    lines = group_lines(words)
    if not lines:
        return ""
    last = lines[-1]
    size = statistics.median(w.size for w in last)
    return " ".join(w.text for w in last) if table_top - max(w.bottom for w in last) <= 3 * size else ""


def _region_rows(page: PageContent, grid: Grid | None, words: list[Word], state: TableState, heading: str,
                 beneath: list[Word]) -> list[Row]:
    lines = group_lines(words)
    columns, header_bottom, candidate = find_header(page, lines, grid)
    if candidate and (state.best_candidate is None or len(candidate.missing) < len(state.best_candidate.missing)):
        state.best_candidate = candidate
    if columns is None:
        if state.columns is None:
            return []
        columns = _carry_columns(state.columns, grid)
        top = grid.top if grid else 0.0
    else:
        top = header_bottom + TOL / 2
        state.heading = heading or state.heading
    state.columns = columns
    if grid:
        rows = _ruled_rows(page, columns, words, top, grid.bottom, beneath)
        has_serial = any(c.field == "serial" for c in columns)
        if rows and has_serial and not rows[0].text("serial"):
            rows[0].continuation = True
    else:
        rows = _unruled_rows(page, columns, lines, top)
    if not any(c.field == "state" for c in columns):  # the state is the heading above the table
        for row in rows:
            if not row.continuation:
                row.cells["state"] = [Line(state.heading, 0.0)]
    return rows
