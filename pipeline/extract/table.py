"""Find the list's tables on each page and turn them into rows of cells.

One mechanism for every layout, in passes, each in its own module so that a mistake can be
traced to the pass it comes from:
- words and ruling lines (layers.py): the page as characters' boxes and rules, as displayed;
- table regions (here): each ruled grid (grid.py), or the whole page when unruled, with the
  heading line above each (a state named above its own table);
- header and columns (header.py): the header found by what its labels say, on any page; a
  header repeated on later pages is dropped, and pages without one continue the table;
- rows: from the horizontal rules per column, so a merged cell gives its text to every row it
  spans (grid.py); without rules, from serial numbers (unruled.py), a merged cell's text given to
  the rows it spans by where its cell sets it (merged.py); a row split by a page break is joined
  back (its tail has no serial number of its own);
- cells (cells.py): the printed lines of each cell and how each joins the one before;
- items (products.py): the products of a product cell.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from types import MappingProxyType

from ..text import fold
from .cells import (TOL, Column, Line, Row, apart_at_columns, group_lines, join_lines, line_yc, partial_name, prints_one_a_line, runs_on,
                    words_text)
from .columns import label_table, product_fields, required_named
from .grid import Grid, find_grids, overprints_parted, ruled_in_rows, ruled_rows
from .header import BodySeen, HeaderCandidate, carry_columns, find_header, header_starts, phrases
from .layers import PageContent, Word
from .markers import marker_alone, marks
from .merged import MERGED, Places, names, names_whole
from .products import marked_list
from .title import is_state_name, state_named
from .unruled import goes_on_from_page_before, unruled_rows, without_footer


def _tail_of_row_before(first: Row, state: TableState, ruled: bool) -> bool:
    """In a list without serials, whether a page's first row is the tail of the page before's
    last row, broken by the page: where it leaves blank a field every row before filled with its
    own text (a district, a sector; Writer broke a row without rules, each cell's lines going on
    overleaf: "Madhya" / "Pradesh", "Kondapalli" / "Toys", the district's one line left above);
    in a ruled table (an unruled one's rows tell it from their lines, `unruled_rows`), where its
    products go on from the page before's ("Pickles," / overleaf "Papad & Spices"). In any:
    where every row prints its own district and this one's goes on from the last row's ("Kamrup"
    at the foot, "Metropolitan" overleaf: the directory names them one district read as one, not
    each; "Warangal Urban" / "(Hanumakonda)", as no name begins; "Capital" / "Complex -
    Itanagar", as a district the list printed before reads), or it has no product."""
    district, last = first.text("district"), state.last_district
    filled = state.filled_on_every_row or frozenset()
    lines = _first_product_lines(first)
    return (any(not first.text(name) for name in filled)
            or ruled and goes_on_from_page_before(state.last_products, [line.text for line in lines], state.last_room, lines[0].need if lines else 0.0)
            or "district" in filled and bool(last and district) and (
                runs_on(last) or partial_name(district) and not runs_on(district) or names_whole(state.places, "district", [last, district])
                or fold(f"{last} {district}") in state.districts and fold(district) not in state.districts
                or not any(first.cells[name] for name in product_fields(first.cells))))


def _first_product_lines(row: Row) -> list[Line]:
    """The lines of a row's first product cell (a wide list has several)."""
    return next((row.cells[name] for name in product_fields(row.cells)[:1]), [])


def product_cells(rows: list[Row]) -> list[list[Line]]:
    """Every product cell of the rows (a wide list has several a row)."""
    return [row.cells[f] for row in rows for f in product_fields(row.cells)]


def uncertain_breaks(rows: list[Row]) -> dict[int, list[tuple[str, str, tuple[str, str]]]]:
    """Line breaks where the page and the words disagree, by the index of their row. Where the
    list prints items one a line (some cell breaks a line before a name that would have fitted),
    a product line that starts like a name but would not have fitted on the line before was read
    as a wrap: it may be the next item; one the list's words alone parted from the line before
    (`settle_breaks`), or one beside an unruled column's widest line where nothing else wraps
    (`settle_unruled_wraps`), may go on from it. In any list, a product line that would have fitted was
    joined because the line before runs on ("," "&" "and"): it may be an item of its own. And in
    any cell, a line going on in lower case after a full one may be a wrap or a word's rest
    (`settle_word_breaks` left it unsettled). A cell whose items are marked in sequence
    (`marked_list`) settles its breaks by its markers; but where they open its lines, a line
    broken by hand that opens with none may have lost its marker ("b) Leather Products" /
    "Bamboo Craft", its "c)" unread in a scan). Each with its cell's field and the words beside
    the break, which tell the items it concerns."""
    one_a_line = prints_one_a_line(product_cells(rows))
    found: dict[int, list[tuple[str, str, tuple[str, str]]]] = {}
    for k, row in enumerate(rows):
        products = product_fields(row.cells)
        for name, lines in row.cells.items():
            if name not in MERGED and name not in products:  # a record is read from its place and products, not a sector's break
                continue
            listed = name in products and len(lines) > 1 and marked_list(lines)
            # (its items one a line: every marker opens a line; an inline list's lines wrap anywhere)
            one_a_line_listed = listed and all(mark.start == 0 for line in lines for mark in marks(line.text))
            for before, line in zip(lines, lines[1:]):
                if line.word_unsettled:
                    found.setdefault(k, []).append((f"{name}: {before.text!r} / {line.text!r}: a wrap before a word, "
                                                    "or a word broken at the edge?", name, _beside(before, line)))
                if name not in products or line.joiner != " " or not line.text[:1].isupper() or line.settled:
                    continue
                goes_on = runs_on(before.text)
                if marker_alone(before.text.split()[-1]):  # a marker at a line's end: its item follows, surely
                    continue
                if listed:  # its items part at their markers: a line broken by hand with none lost one?
                    if one_a_line_listed and line.hard_break and not goes_on:
                        found.setdefault(k, []).append((f"{before.text!r} / {line.text!r} read as one product: a line broken by hand "
                                                        "in a list of markers, with none (a marker lost?)", name, _beside(before, line)))
                    continue
                if (one_a_line and not line.hard_break and not goes_on) or (line.hard_break and goes_on) or line.break_unsure:
                    as_read = "one product" if not line.hard_break or goes_on else "two products"
                    found.setdefault(k, []).append((f"{before.text!r} / {line.text!r} read as {as_read}", name, _beside(before, line)))
    return found


def _beside(before: Line, line: Line) -> tuple[str, str]:
    """The words on each side of a line break (a line may have none: a heading's empty state)."""
    return (before.text.split()[-1:] or [""])[0], (line.text.split()[:1] or [""])[0]


@dataclass
class TableState:
    """What a page needs from the pages before it: the columns of the table in progress, and the
    heading that names its state when the table has no state column (or, for a list of one
    state, the state declared for it or named in the title above its first header)."""

    columns: list[Column] | None = None
    heading: str = ""
    best_candidate: HeaderCandidate | None = None
    declared_state: str | None = None
    title_state: str | None = None
    # lines seen above a page's first table, by height and text with digits masked: the pages on
    # which each was seen, those of the last page that showed any, and each page's first (`running`)
    seen_above: Counter = field(default_factory=Counter)
    last_above: set[tuple[int, str]] = field(default_factory=set)
    first_above: set[tuple[int, str]] = field(default_factory=set)
    heading_below: str = ""  # a heading printed below the last table of the page before
    body_seen: BodySeen = field(default_factory=BodySeen)  # an unruled table's body over its pages
    header_fields: tuple | None = None  # the fields an unruled table's header gives, in order
    cell_setting: str | None = None  # how the unruled tables so far set their cells: top, middle or bottom
    setting_evidence: dict = field(default_factory=dict)  # what they showed of it, by setting (unruled._aligned_cells)
    settled: bool = False  # the evidence is the whole document's (a second reading): the tables add none to it
    # the settings tables were read in where they showed one, and "top" where a table showed none
    # and none was known yet (read as the serials divide its rows): a later table's may be the document's
    read_settings: set[str] = field(default_factory=set)
    merged_fields: dict[str, str] = field(default_factory=dict)  # printed in merged cells in unruled tables so far, and where in them
    split_at_top: bool = False  # the producer prints a merged cell split by a page break at the top of its first part
    rows_whole: bool = False  # the producer never breaks a row across pages
    last_page: int = 0  # the document's: no table runs on past its foot
    last_products: str = ""  # the page before's last products (a cell's text): a row the page broke goes on from them
    # the room their last line left, where it ended on the space it was wrapped at (`goes_on_from_page_before`)
    last_room: float | None = None
    last_district: str = ""  # and the district of its last row
    last_state: str = ""  # the last state text read so far: a merged cell's that may run on into the next page
    districts: set[str] = field(default_factory=set)  # the district texts of the rows so far (folded)
    wraps: list[float] = field(default_factory=list)  # pitches of lines that surely wrap in unruled tables so far (`rows_by_white`)
    rows_apart: list[float] = field(default_factory=list)  # and of lines across their rows' edges, set apart by padding
    read_unspaced: bool = False  # a page of a list without serials was read before any line showed its spacing
    rows_ruled: bool = False  # a table so far was ruled in rows only (`ruled_in_rows`): so are the list's others
    places: Places | None = None  # the directory, where at hand: which state each district is of (`merged_spans`)
    # the last table ended on its last serial's line, its cells set at their rows' foot: that row
    # ended there, and no row runs on from it into the next page (but where the producer prints
    # a row the page breaks at the top of its first part, as a word processor does: its first
    # line may be its serial's)
    ended_at_foot: bool = False
    # the fields every row so far fills with text of its own (not a merged cell's): a page's first
    # row that leaves one blank, in a list without serials, is the tail of the row before, broken
    # by the page (a word processor or a browser breaks a tall row: "Srikalahasthi Kalamkari" at
    # the foot, "Fabrics/Handicrafts" overleaf with no sector beside it); None before any row
    filled_on_every_row: frozenset[str] | None = None
    merged_ends: dict[str, float] = field(default_factory=dict)  # where the page before's last merged cells ended (`merged_spans`)
    blank_at_foot: frozenset[str] = frozenset()  # the fields the page before's last row left blank (`unruled._first_row_texts`)
    # each unruled table's widest texts by column (`unruled._runs_on`), by its number: a second
    # reading starts with those of the whole document
    widest_texts: dict[int, dict[str, dict[str, float]]] = field(default_factory=dict)
    header_lines: tuple[str, ...] = ()  # the text of each line of the last header read, top to bottom
    passed_over: list[tuple[int, int]] = field(default_factory=list)  # (page, rows) above the first header read

    def document_setting(self) -> str | None:
        """How the document sets its cells, as all its unruled tables showed it (None: none did)."""
        evidence = self.setting_evidence
        return max(evidence, key=lambda s: (evidence[s], s == "top")) if evidence else None

    def running(self, key: tuple[int, str] | None) -> bool:
        """Whether a line (by `_line_key`) is a running header ("Page 3 of 9"), not a state's
        heading or a row: a line seen above the first table of the page before, or of two pages
        before, or first on a page before (OCR may read it a little differently on each page).
        Above a page's first table stand rows run on from the page before too, and one may stand
        where one did pages earlier, by chance ("• Pineapple" under the running header of pages
        3 and 5)."""
        return key in self.last_above or self.seen_above[key] >= 2 or key in self.first_above

    def note_above(self, keys: list[tuple[int, str] | None]) -> None:
        """Keep the lines above a page's first table, top to bottom (none where its header starts
        at its top), less rows' lines (None, `_heading`)."""
        keys = [key for key in keys if key is not None]
        if keys:
            self.seen_above.update(set(keys))
            self.last_above = set(keys)
            self.first_above.add(keys[0])

    def state_of_table(self) -> str:
        """A table without a state column: the declared state, else its heading as printed when it
        names a state, else the state the title names, else the heading (or nothing)."""
        if self.declared_state:
            return self.declared_state
        return self.heading if state_named(self.heading) else self.title_state or self.heading


def page_rows(page: PageContent, state: TableState) -> list[Row]:
    """The rows of every table region on the page, top to bottom."""
    grids = find_grids(page)
    if not grids:
        return _unruled_regions(page, state)
    rows, above_from = [], 0.0
    # a line of text across a table's top or foot (a merged cell's text, centred on its part on
    # this page, cut by the page's foot) is inside or outside whole, as its centre stands
    edges = [y for g in grids for y in (g.top, g.bottom)]
    across = {id(w): line_yc(line) for line in group_lines([w for w in page.words if any(w.top < y < w.bottom for y in edges)])
              for w in line}
    placed = [(w, w.xc, across.get(id(w), w.yc)) for w in page.words]
    seen: list[tuple[int, str]] = []
    for grid, below_to in zip(grids, [g.top - TOL for g in grids[1:]] + [float("inf")]):
        left, right, top, bottom = grid.x0 - TOL, grid.x1 + TOL, grid.top - TOL, grid.bottom + TOL
        # a word too wide for its cell may run past the table's edge: it is inside where it starts
        inside = [w for w, x, y in placed if top <= y <= bottom and (left <= x <= right or w.x0 < right - TOL and w.x1 > left + TOL)]
        above = [w for w, _, y in placed if above_from <= y < top]
        beneath = [w for w, _, y in placed if bottom < y < below_to]
        heading, keys = _heading(above, grid.top)
        if grid is grids[0]:  # between tables stand headings and rows, no running header
            seen = keys
            # nor is one in a table's first row: the running header the pages before showed
            # above their tables, enclosed by a box that begins in the top margin (Chromium
            # draws the rest of a row the page broke over the margin, where it prints the header)
            first_rule = min((r.top for r in page.hrules if grid.top + TOL < r.top < grid.bottom), default=grid.bottom)
            printed = {id(w) for line in group_lines([w for w in inside if w.yc < first_rule])
                       if state.running(_line_key(line)) for w in line}
            inside = [w for w in inside if id(w) not in printed] if printed else inside
        heading = "" if heading and state.running(keys[-1]) else heading
        if not heading and grid is grids[0] and state.heading_below:  # printed at the foot of the page before
            heading = state.heading_below
        rows += _region_rows(page, grid, inside, state, heading, beneath)
        above_from = grid.bottom + TOL
    # a state's name left at the page's foot, below the last table, heads the table on the next page;
    # so does one above a last table that holds no text (its first rules, its rows overleaf)
    last = group_lines(beneath)
    state.heading_below = next((text for text in (words_text(line) for line in reversed(last)) if state_named(text)),
                               heading if not inside and state_named(heading) else "")
    state.note_above(seen)
    return rows


def _unruled_regions(page: PageContent, state: TableState) -> list[Row]:
    """The rows of a page without rules: one table, or several, each under a header of its own
    (repeated) with a heading just above it, as where a state's name heads each state's table."""
    lines = group_lines(page.words)
    heading_before, state.heading_below = state.heading_below, ""
    foot = _heading_at_foot(lines)
    if foot is not None:  # a state's name at the page's foot heads the table on the next page
        state.heading_below = words_text(lines[foot])
        del lines[foot]
    starts, state.header_fields = header_starts(page, lines, state.header_fields, state.header_lines)
    if not starts:  # a header here names at least the fields of the table's (a running title over rows does not)
        body = [line for line in lines if not state.running(_line_key(line))]  # less the running header
        return _region_rows(page, None, [w for line in body for w in line], state, "", [], header=state.header_fields or True)
    # where no header was read before, the lines this page's headers all print are the header's
    # (only lines that name the fields: tables whose labels wrap otherwise share only their first lines)
    if not state.header_lines and len(starts) > 1 and (printed := _printed_by_every(lines, starts)) and set(
            state.header_fields or ()) & set(label_table()[1]) <= required_named(" ".join(printed)):
        state.header_lines = printed
    rows, seen = [], []
    if state.columns is None:  # rows counted from 1 above the list's first header: a table whose header was not read
        numbered = [line for line in lines[: starts[0]] if line[0].text.isdecimal()]
        serials = [int(line[0].text) for line in numbered]
        # (a lone serial 1, where its line fills as many columns as the header names: a state's table of one row)
        if serials == list(range(1, len(serials) + 1)) and (
                len(serials) >= 2 or serials and len(phrases(numbered[0])) >= max(2, len(state.header_fields or ()))):
            state.passed_over.append((page.number, len(serials)))
    for k, start in enumerate(starts):
        above = [w for line in lines[starts[k - 1] + 1 if k else 0 : start] for w in line]
        heading, keys = _heading(above, min(w.top for w in lines[start]))
        if k == 0:  # above a later header stand the table before's rows, no running header
            seen = keys
        heading = "" if heading and state.running(keys[-1]) else heading
        if k == 0 and state.columns is not None:
            # the table of the page before may go on above the first header (a state's last rows
            # above the next state's heading): its lines, less the heading and the running header,
            # when they hold rows of their own, or go on under its header printed again (the tail
            # of a row a page break split: "Asifabad" of "Kumuram Bheem"; but a merged cell's
            # text that a spreadsheet prints again above its repeated header is no row)
            carried = [line for line in lines[: start - 1 if heading else start] if not state.running(_line_key(line))]
            more = _region_rows(page, None, [w for line in carried for w in line], state, "", [], header=False) if carried else []
            under_header = bool(carried) and words_text(carried[0]) in state.header_lines
            if under_header or any(not row.continuation for row in more):
                rows += more
                # read as rows, they tell no running header ("Groundnut Oil" atop two pages)
                read = set(map(_line_key, carried))
                seen = [key for key in seen if key not in read]
        if not heading and k == 0 and heading_before:
            heading = heading_before
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        if k + 1 < len(starts) and _heading(lines[end - 1], min(w.top for w in lines[end]))[0]:
            end -= 1  # the next table's heading is not a row of this one
        words = [w for line in lines[start:end] for w in line]
        rows += _region_rows(page, None, words, state, heading, [])
    state.note_above(seen)
    return rows


def _printed_by_every(lines: list[list[Word]], starts: list[int]) -> tuple[str, ...]:
    """The text of the lines that every header of the page prints, top down: a header printed
    over each state's table is those lines, however its first row stands under it (a table of
    three rows, set as far apart as the header's two, cannot show where its body begins; its
    header printed again shows it)."""
    printings = [[words_text(line) for line in lines[start:]] for start in starts]
    return tuple(texts[0] for texts in itertools.takewhile(lambda texts: len(set(texts)) == 1, zip(*printings)))


def _heading_at_foot(lines: list[list[Word]]) -> int | None:
    """The page's last line (above its number) when it is a state's name and nothing else, apart
    from the line above or set larger (not the wrapped end of a cell that holds a state's name:
    "& Assam" of "Eri, Muga" / "& Assam" / "Silk", "Muga & Assam" of "Cardamom • Eri," / "Muga &
    Assam" / "Silk"): a heading whose table begins overleaf."""
    k = len(without_footer(lines)) - 1
    if k < 1 or len(phrases(lines[k])) != 1 or not is_state_name(words_text(lines[k])):
        return None
    # apart by the body's size, or set larger than the body (a heading's own style, however close)
    gap = min(w.top for w in lines[k]) - max(w.bottom for w in lines[k - 1])
    size = statistics.median(w.size for w in lines[k - 1])
    return k if gap > 0.6 * size or _rise(lines[k]) > 1.1 * _rise(lines[k - 1]) else None


def _rise(line: list[Word]) -> float:
    """How far a line's tallest letters stand above the line it stands on (its words' feet): its
    font's size, whatever letters it holds ("Meghalaya", its box as tall as "Agarbatti"'s, is set
    no larger for its "g" and "y"); by the words' boxes where the text layer tells no feet."""
    rises = [w.foot - w.top for w in line if not math.isnan(w.foot)]
    return max(rises) if rises else max(w.size for w in line)


def _heading(words: list[Word], table_top: float) -> tuple[str, list[tuple[int, str] | None]]:
    """The line just above a table, if it stands close to it: a section heading such as a state's
    name (a title further up is not a heading of this table); and the keys of the lines above
    (height, text with digits masked), to tell a running header seen on earlier pages; None for
    a line whose box reaches into the line's before or after it, a row's (the lines of a cell
    centred beside a serial's: "Brass & Bell Metal" / "5 Ratnagiri" / "Utensils", a row run on
    from the page before): no running header stands so close to other text, and the same product
    at the same height on the next page is no running header either."""
    lines = group_lines(words)

    def apart(above: list[Word] | None, below: list[Word] | None) -> bool:
        return above is None or below is None or min(w.top for w in below) >= max(w.bottom for w in above)
    keys = [_line_key(line) if apart(above, line) and apart(line, below) else None
            for above, line, below in zip([None] + lines[:-1], lines, lines[1:] + [None])]
    if not lines:
        return "", keys
    last = lines[-1]
    size = statistics.median(w.size for w in last)
    near = table_top - max(w.bottom for w in last) <= 3 * size
    return (words_text(last) if near else ""), keys


def _line_key(line: list[Word]) -> tuple[int, str]:
    """A line by its height and its text with digits masked: a running header's is the same on every page."""
    return round(max(w.bottom for w in line) / 2), DIGITS.sub("#", words_text(line))


DIGITS = re.compile(r"\d+")


def _page_lines(words: list[Word], grid: Grid | None) -> list[list[Word]]:
    """A region's lines: a ruled table's as grouped (its cells part words printed over each other,
    `ruled_rows`); an unruled one's less its running footer, and with words printed over each
    other parted into the two lines printed there (`overprints_parted`). The footer goes first,
    its line whole: pdfium may box a ligature over its line's next word ("fi" of "file:///")."""
    return group_lines(words) if grid else overprints_parted(without_footer(group_lines(words)))


def _region_rows(page: PageContent, grid: Grid | None, words: list[Word], state: TableState, heading: str,
                 beneath: list[Word], header: bool | tuple = True) -> list[Row]:
    """The rows of one table region, under its header if it has one (`header`: whether it may, or
    the fields a header of it names at least)."""
    lines = _page_lines(words, grid)
    columns, header_span, candidate = (find_header(page, lines, grid, hint=state.columns is None, seen=state.body_seen,
                                                   printed_before=state.header_lines, labels=state.columns or ())
                                       if header else (None, None, None))
    if columns is not None and isinstance(header, tuple) and not set(header) <= {c.field for c in columns}:
        columns, header_span = None, None  # no header of this table
    if candidate and (state.best_candidate is None or candidate.mapped > state.best_candidate.mapped):
        state.best_candidate = candidate
    first = state.columns is None  # the list's first table begins on this page
    if columns is None:
        if first:
            return []
        columns = carry_columns(state.columns, grid)
        top = grid.top if grid else 0.0
        # lines of the header printed again, too few to read as one (its first row, in another
        # script, left at a page's foot above a break before the rest): a state's table begins
        # under its heading, its header's first lines no row
        repeated = itertools.takewhile(lambda line: words_text(line) in state.header_lines, lines)
        top = max([top] + [max(w.bottom for w in line) + TOL / 2 for line in repeated])
        if top > (grid.top if grid else 0.0) and state_named(heading):
            state.heading = heading
    elif not grid and not any(line_yc(line) > header_span[1] for line in lines):
        # a header at the page's foot, its table overleaf: its columns are read there (a row under
        # it may stand higher than the header's foot: rows fitted to their text abut, their
        # letters' boxes overlapping)
        state.heading = heading or state.heading
        return []
    else:
        # a ruled header's rows: all above its body; an unruled one's, from where its table begins
        # (labels in another script set above those that name the fields, `header_starts`)
        head_top = min(grid.top, header_span[0]) if grid else min(header_span[0], min(w.top for w in lines[0]))
        state.header_lines = tuple(words_text(line) for line in lines if head_top - TOL <= line[0].top and line[-1].bottom <= header_span[1] + TOL)
        top = header_span[1] + TOL / 2
        state.heading = heading or state.heading
        if first:  # the first header: what the page says above it is the list's title
            state.title_state = state_named(words_text([w for w in page.words if w.bottom <= header_span[0] + TOL]))
    state.columns = columns
    named = functools.partial(names, state.places) if state.places is not None else None
    if (apart := apart_at_columns(words, columns, named)) is not words:
        words, lines = apart, _page_lines(apart, grid)
    # no row runs on into the list's first table, nor into a state's own table (no state column)
    # under its heading
    opens_anew = first or header_span is not None and bool(state_named(heading)) and not any(c.field == "state" for c in columns)
    in_rows = None if grid else ruled_in_rows(page, columns, words, top, state.rows_ruled,
                                              text_foot=max((w.bottom for line in lines for w in line), default=None))
    state.rows_ruled |= in_rows is not None
    has_serial = any(c.field == "serial" for c in columns)
    if grid or in_rows:
        if grid:
            rows = ruled_rows(page, columns, words, top, grid.bottom, beneath)
        else:
            held, last_rule = in_rows
            rows = ruled_rows(page, held, words, top, last_rule, [], sides_ruled=False)
        state.ended_at_foot, state.merged_ends = False, {}
        # a first row without a serial is the tail of the page before's last row; not a Total row
        if rows and has_serial and not rows[0].text("serial") and not rows[0].is_total and not opens_anew:
            rows[0].continuation = True
        if in_rows:  # no rules give its cells' widths: line breaks are judged over the table
            for row in rows:
                row.table = state.body_seen.table
    else:
        spaced = bool(state.wraps)
        rows, setting, state.ended_at_foot, state.merged_ends = unruled_rows(
            page, columns, lines, top, state.body_seen.table, state.cell_setting, state.merged_fields,
            first=opens_anew or state.ended_at_foot and not state.split_at_top,
            split_at_top=state.split_at_top, rows_whole=state.rows_whole,
            evidence=MappingProxyType(state.setting_evidence) if state.settled else state.setting_evidence,
            widest_texts=state.widest_texts.setdefault(state.body_seen.table, {}), ended=state.merged_ends, last=page.number == state.last_page,
            places=state.places, before="" if opens_anew else state.last_products, room_left=None if opens_anew else state.last_room,
            wraps=state.wraps, rows_apart=state.rows_apart, blank_before=frozenset() if opens_anew else state.blank_at_foot,
            state_before="" if opens_anew else state.last_state)
        # (its rows read by their product lines, or told with no spacing shown on it or before:
        # cells set as the later pages show, the merged cells' texts placed as their rows' are)
        state.read_unspaced |= not spaced and (any(row.by_spacing for row in rows) or not has_serial and not state.wraps)
        if setting or state.cell_setting is None and len(rows) > 1:
            state.read_settings.add(setting or "top")
        state.cell_setting = setting or state.cell_setting
    if rows and not has_serial and not opens_anew and not rows[0].is_total and _tail_of_row_before(rows[0], state, ruled=bool(grid or in_rows)):
        rows[0].continuation = True
    if rows:  # (a page that is all the rest of the row before leaves blank what both parts do)
        blank = frozenset() if rows[-1].is_total else frozenset(c.field for c in columns if c.field and not rows[-1].cells.get(c.field))
        state.blank_at_foot = blank & state.blank_at_foot if rows[-1].continuation else blank
    last = next((lines for row in reversed(rows) if (lines := _first_product_lines(row))), [])
    state.last_products = join_lines(last)
    state.last_room = last[-1].room - last[-1].width if last and last[-1].wrapped else None
    state.last_district = next((row.text("district") for row in reversed(rows) if not row.is_total), "")
    state.last_state = next((text for row in reversed(rows) if (text := row.text("state"))), state.last_state)
    state.districts |= {fold(row.text("district")) for row in rows if not row.continuation and not row.is_total}
    own = [row for row in rows if not row.continuation and not row.is_total]
    if own:
        filled = frozenset(c.field for c in columns if c.field and all(row.text(c.field) for row in own) and not any(
            a.cells.get(c.field) is b.cells.get(c.field) for a, b in zip(own, own[1:])))  # its own: not a merged cell's
        state.filled_on_every_row = filled if state.filled_on_every_row is None else state.filled_on_every_row & filled
    if not any(c.field == "state" for c in columns):  # the state is the heading above the table
        for row in rows:
            if not row.continuation:
                row.cells["state"] = [Line(state.state_of_table(), 0.0)]
    return rows

