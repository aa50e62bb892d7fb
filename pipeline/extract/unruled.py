"""Tables without rules: a row starts at each serial number (or product), the lines between
rows go to the nearer one, and line breaks are judged against each column's widest line."""

from __future__ import annotations

import functools
import itertools
import math
import re
import statistics
from collections import Counter
from collections.abc import Callable, Mapping
from types import MappingProxyType

import numpy as np

from .columns import product_fields
from .cells import (MAYBE, NUMBER_UNSHOWN, SURELY, TOL, TOTAL_ROW, Column, Line, Row, cell_lines, common_start, continues, group_lines, ink_slack, justified_edges,
                    left_edges, leftmost, line_foot, line_yc, printed_over, rooms_told, set_past_edge, swallows, swallows_back, widest, word_space, words_text)
from .layers import PageContent, Word
from .markers import counted_marks, counts_on, next_marker, opens_list
from .merged import MERGED, Places, body_size, merged_spans, names_apart, names_whole


def unruled_rows(page: PageContent, columns: list[Column], lines: list[list[Word]], top: float, table: int,
                 setting: str | None = None, merged: dict[str, str] | None = None,
                 first: bool = False, split_at_top: bool = False, rows_whole: bool = False, evidence: Mapping | None = None,
                 widest_texts: dict[str, dict[str, float]] | None = None,
                 ended: Mapping[str, float] = MappingProxyType({}), last: bool = False,
                 places: Places | None = None, before: str = "", room_left: float | None = None, wraps: list[float] | None = None,
                 rows_apart: list[float] | None = None, blank_before: frozenset[str] = frozenset(),
                 state_before: str = "") -> tuple[list[Row], str | None, bool, dict[str, float]]:
    """The rows of a table without rules (`table`: which one, counted from 1) below `top`, and
    how its cells are set in their rows (top, middle, bottom; None where its rows cannot tell), and
    whether its last row ended on the page (set at their rows' foot, its cells end on its serial's line),
    and how the page's last merged cells end (`merged_spans`; `ended`: as the page before's did;
    `last`: the document's last page, past whose foot no cell runs on).
    `setting`: as the tables before were set, for a table whose rows cannot tell; `merged`: the
    fields the pages before printed in merged cells, and where in them (this page's are added);
    `first`: no cell runs on into the table (the list's first table begins
    here, or the table before ended at its last row's foot);
    `split_at_top`: the producer prints a merged cell split by a page break at the top of its
    first part (`merged_spans`); `rows_whole`: it never breaks a row across pages; `evidence`: what the tables before showed of their setting
    (`_aligned_cells`; this table's is added); `widest_texts`: the table's widest texts by
    column on its other pages (`_runs_on`; this page's are added); `places`: the directory, where
    at hand (`merged_spans`); `before`: the last products on the page before, unless the table
    begins here, and `room_left` by their last line (`goes_on_from_page_before`); `wraps`: the
    pitches of lines that surely wrap on the pages before, and `rows_apart`: of lines across
    rows' edges (`rows_by_white`; this page's are added); `blank_before`: the fields the page
    before's last row left blank (`_first_row_texts`); `state_before`: the last state read on
    the pages before, whose cell may run on into the table (`merged_spans`)."""
    # a line whose box reaches up past the header's foot (`top`) but stands mostly below it
    # starts there (Calc set "• Eri, Muga &" 0.8 pt into the header's last line, and "Fruits &
    # Vegetables" 2.6 pt, rows abutting), unless a rule runs through it: text drawn over the rule
    # closing the header is a merged cell's, printed again and clipped to its part under the
    # rule ("Nagar"); a rule through the box's top tenth runs above its letters' ink (the box
    # reaches up to the font's ascent: Calc abutted a row's box 0.1 pt over the rule closing the
    # header). Where its words stand is where most of them do: OCR may box a sign taller than
    # the letters beside it (a dash 2.4 pt above them, over the rule)
    def below_header(line: list[Word]) -> bool:
        upper, lower = statistics.median(w.top for w in line), max(w.bottom for w in line)
        inked = upper + (lower - upper) / 10
        return upper >= top - TOL or (upper + lower) / 2 > top and not any(inked < rule.top < lower for rule in page.hrules)
    body = list(filter(below_header, lines))
    serial = next((c for c in columns if c.field == "serial"), None)
    body = _off_level_apart(_until_gap(body, serial), columns, serial)
    anchor_field = "serial" if serial else product_fields(c.field for c in columns)[0]

    # A word stands in the column that holds its middle; but a word too wide for a column set to
    # the left starts at that column's edge and runs on over the next ("Thiruvananthapuram" in a
    # narrow district column, Chromium): it is the column's where it starts.
    edges = left_edges(body, columns)

    def column_of(w: Word) -> int | None:
        home = next((k for k, c in enumerate(columns) if c.x0 <= w.xc < c.x1), None)
        start = next((k for k, c in enumerate(columns) if c.x0 <= w.x0 < c.x1), None)
        return start if start is not None and edges[start] is not None and abs(w.x0 - edges[start]) <= 1.0 else home

    def split(line):
        at = [column_of(w) for w in line]
        return {c.field: [w for w, home in zip(line, at) if home == k] for k, c in enumerate(columns) if c.field}

    parts = [split(line) for line in body]
    spread = functools.cache(lambda: _spread(parts))
    if anchor_field == "serial":
        _join_broken_serials(parts)
    # a row starts at its serial (or product); a Total row starts where its label stands. A serial
    # is a number: words without a figure in its column are another column's, set against it
    # ("GI" / "tagged" of remarks the header did not name); but a spreadsheet prints a number too
    # wide for its column as "###", and a recogniser may read a numeral of another script ("一"
    # for "1", in doubt: `misread_cells`)
    def starts_row(p) -> bool:
        words = p.get(anchor_field)
        return bool(words) and (anchor_field != "serial" or any(c.isnumeric() for w in words for c in w.text)
                                or any(NUMBER_UNSHOWN.fullmatch(w.text) for w in words))
    anchors = [i for i, p in enumerate(parts) if starts_row(p) or _total_line(p)]
    if anchor_field != "serial":
        anchors = _product_starts(parts, anchors, anchor_field, spread())
        anchors, placed_starts = _with_places_repeated(parts, anchors, places)
    else:
        placed_starts = set()
    end = _table_end(parts, anchors)
    body, parts = body[:end], parts[:end]
    # each column's lines, and whether each surely goes on from the one before (read once, where needed)
    # (a Total row's line is no cell's: printed in another weight, its box stands taller than a cell's line)
    totals = {i for i in anchors if not parts[i].get(anchor_field)}
    columns_lines = {name: [j for j in range(len(parts)) if parts[j].get(name) and j not in totals]
                     for name in {name for p in parts for name, words in p.items() if words} - {anchor_field}}
    widest_texts = _widest_texts(parts, columns_lines, {} if widest_texts is None else widest_texts)
    room_before = functools.cache(lambda: list(_room_before(parts, columns_lines, widest_texts)))
    goes_on = functools.cache(lambda: _runs_on(parts, room_before(), spread()))
    # the lines whose first word would have fitted on the line before: broken by hand, never wrapped
    fitted = functools.cache(lambda: {(a, b, name) for a, b, name, room in room_before() if room is True})
    # without serials, the white between rows tells them where the page shows it (each row then
    # starts at its first product line); else each product line starts one (`_product_starts`),
    # and which lines make a row is in doubt (`Row.by_spacing`)
    white = rows_by_white(parts, totals, wraps, rows_apart, fitted) if anchor_field != "serial" else None
    if white:
        anchors = sorted(totals | {next(j for j in lines if parts[j].get(anchor_field)) for lines in white
                                   if any(parts[j].get(anchor_field) for j in lines)})
        if placed_starts:  # a list that prints its place on every row's first line starts no row without one, whatever the white
            anchors, _ = _with_places_repeated(parts, anchors, places)
    # without serials, a first row's products that go on from the page before's are the rest of
    # a row the page broke, not a row
    if anchor_field != "serial" and anchors and (first_words := parts[anchors[0]].get(anchor_field)) and goes_on_from_page_before(
            before, [words_text(p[anchor_field]) for p in parts[anchors[0] : anchors[1] if len(anchors) > 1 else None] if p.get(anchor_field)],
            room_left, _need(first_words[0])):
        anchors = anchors[1:]
    known = setting
    spanning = frozenset(name for name, placement in (merged or {}).items() if placement != "own")
    aligned, adrift, setting, runs, abut, shown = _aligned_cells(parts, anchors, anchor_field, setting, columns_lines, goes_on, first,
                                                                 evidence, spanning)
    # Lines between two anchors belong to the row above or below. Where cells are set at the top
    # of their rows (as the wraps on this page showed, or the pages before), the row above's; at
    # their foot, the row below's; else they split where lines stand furthest apart (rows are
    # spaced apart), and with even spacing stay with the row above. A Total row is its one line:
    # the lines above it are the row above's.
    # (or its cells' levels showed it where rows abut: the white between lines then tells no
    # row's edge, as a cell's lines may stand further apart than one row's last and the next's first)
    at_top = setting == "top" and (shown == "by wraps" or known == "top" or abut and shown == "by levels")
    # (at the foot, so shown: no row's own cell reaches below its serial's line, so a line between
    # two rows' serials is the lower row's, however evenly the lines stand)
    at_foot = setting == "bottom" and (shown == "by wraps" or known == "bottom" or abut and shown == "by levels")
    owner = [None] * len(body)
    for i in anchors:
        owner[i] = i
    # the product lines, each after the one before: a product's line may surely go on too ("Fruits &
    # Vegetables Processing" / "(Tomato, Onion, Potato)"), and each line's first word may fit
    anchor_lines = {anchor_field: [j for j in range(len(parts)) if parts[j].get(anchor_field) and j not in totals]}
    anchor_room = functools.cache(lambda: list(_room_before(parts, anchor_lines, _widest_texts(parts, anchor_lines, widest_texts))))
    product_goes_on = functools.cache(lambda: _runs_on(parts, anchor_room(), spread()) if anchor_field != "serial" else {})
    joined = functools.cache(lambda: _surely_joined({**goes_on(), **product_goes_on()}))
    # pitches as close as this are one spacing (a line's top is its tallest letter's)
    size = functools.cache(lambda: body_size(parts))
    even = functools.cache(lambda: 0.1 * size())
    line_spacing = functools.cache(lambda: _cells_spacing(parts, [_centre(parts, i, anchor_field) for i in anchors if parts[i].get(anchor_field)],
                                                          columns_lines, goes_on, size())[0] or 0.0)
    for k, start in enumerate(anchors):
        end = anchors[k + 1] if k + 1 < len(anchors) else len(body)
        between = list(range(start + 1, end))
        row_below = k + 1 < len(anchors) and bool(parts[end].get(anchor_field))
        if at_foot and row_below:
            for j in between:
                owner[j] = end
        elif not at_top and row_below and between:
            # the white between rows is measured on the rows' own cells: a line of a state or
            # district alone may be a merged cell's, set across the rows' edge ("Sri Potti" between
            # "Sugarcane based products" / "(Jaggery)" and the next serial's line)
            own = [j for j in between if any(words for name, words in parts[j].items() if name not in MERGED)] + [end]
            gaps = [_pitch(body[above], body[j], size()) for above, j in zip([start] + own, own)]
            # lines of one column closer than its cells' lines stand were printed over each other (a
            # row too low for its cell's text: Calc prints it on over the next row's first line), not
            # spaced: no white between them tells a row's edge, nor the spacing the others keep (lines
            # of other columns may stand closer, set otherwise in their rows: a serial in the middle)
            spaced = [g for g, (above, j) in enumerate(zip([start] + own, own))
                      if gaps[g] >= line_spacing() - even() or not any(parts[above].get(name) for name, words in parts[j].items() if words)]
            spaced = spaced or list(range(len(gaps)))
            # never between two lines of a row's own cell that surely go on ("2) Marine Products" / "(Shrimp, ...) 3)")
            cut = max((g for g in spaced if not joined()[own[g]]), key=lambda g: gaps[g], default=len(gaps) - 1)
            below = own[cut] if gaps[cut] > min(gaps[g] for g in spaced) + even() else end
            for j in between:
                owner[j] = start if j < below else end
        else:
            for j in between:
                owner[j] = start
    # lines above the first row are its own where no row runs on into it: the list's first row, or
    # any page's where the producer never breaks a row across pages (its cells set higher than its serial)
    if (first or rows_whole) and anchors:
        owner[: anchors[0]] = [anchors[0]] * anchors[0]
    elif split_at_top and anchors:
        for j in _first_row_texts(parts, body, anchors[0], statistics.median(wraps) if white and wraps else None, blank_before):
            owner[j] = anchors[0]
    # Cells set in the middle or at the foot of their rows: each cell's lines go to the row whose
    # serial they are centred on (or end level with), wherever the lines between serials fall
    for j, i in aligned.items():
        owner[j] = i
    # ... but a product's line that surely goes on from the product line above is that row's
    # (and no row starts there: "2) Electronics " / "Manufacturing Cluster", the first ending on
    # the space it was wrapped at)
    for (a, b, _), how in sorted(product_goes_on().items()) if aligned else []:
        if how == SURELY:
            owner[b] = owner[a]
    # the lines given to a line that starts no row after all go with it to the row it joined
    # ("Textiles Tertiary Barabanki", between "(iv) Processed" and "Pork", went with "Pork")
    for j, i in enumerate(owner):
        passed = set()
        while i is not None and owner[i] != i and i not in passed:
            passed.add(i)
            i = owner[i]
        owner[j] = i
    anchors = [i for i in anchors if owner[i] == i]
    for lines in white or []:  # a row's own cells, as the white told them
        anchor = next((j for j in lines if j in anchors), None)
        for j in lines if anchor is not None else []:
            owner[j] = anchor
    # a merged state or district cell's text goes to the first row it spans (its lines may
    # share a line with other rows' cells)
    spanned, told, unsure, text_below, ends = merged_spans(parts, anchors, anchor_field, owner, runs, abut, setting, goes_on,
                                                           merged if merged is not None else {}, first, split_at_top, ended, last, places,
                                                           state_before)
    placed = {(j, name) for (_, name), lines in spanned.items() for j in lines}
    by_field = {c.field: c for c in columns if c.field}
    next_field = {a.field: b.field for a, b in zip(columns, columns[1:] + [Column(None, "", 0.0, 0.0)])}
    previous_field = {b.field: a.field for a, b in zip([Column(None, "", 0.0, 0.0)] + columns, columns)}
    limits = {c.field: widest(c, [w for p in parts for w in p.get(c.field, [])]) for c in columns if c.field}
    lefts = {c.field: leftmost(c, [w for p in parts for w in p.get(c.field, [])]) for c in columns if c.field}
    texts_in = functools.cache(lambda name: [p[name] for p in parts if p.get(name)])  # a column's lines' words, Total's too
    spaces = {name: word_space(texts_in(name)) for name in limits}
    rows: list[Row] = []
    rooms = rooms_told(columns, edges)
    head = [j for j in range(len(body)) if owner[j] is None]
    pitches: list[tuple[float, Line, Line]] = []  # from each line of a cell to the next
    groups = ([(None, head)] if head else []) + [(i, [j for j in range(len(body)) if owner[j] == i]) for i in anchors]
    starts_shown = functools.cache(lambda: _starts_shown(parts, columns_lines, fitted(), anchor_room(), places) | placed_starts
                                   | _items_begun_by_hand(parts, anchor_room(), places, at_top) | ({0} if first else set()))
    # (a row's edges show where its first line and the next row's start a row surely)
    firsts = [members[0] if members else None for _, members in groups]
    level: list[bool] = []  # by row: its cells centred alike in a table set in the middle (`_centred_alike`)
    for (anchor, members), after in zip(groups, firsts[1:] + [len(body)]):
        # (a body of one line holds one row, whatever the spacing)
        row = Row(page.number, continuation=anchor is None, table=table, rooms=rooms, by_spacing=anchor_field != "serial" and not white and len(body) > 1)
        row.edges_shown = row.by_spacing and bool(members) and {members[0], after} - {len(body)} <= starts_shown()
        for name, limit in limits.items():
            lines_of = sorted([j for j in members if (j, name) not in placed] + spanned.get((anchor, name), []))
            words = [w for j in lines_of for w in parts[j].get(name, [])]
            if words:
                grouped = group_lines(words)
                row.cells[name] = cell_lines(grouped, limit, lefts[name], spaces[name])
                pitches += [(line_foot(b) - line_foot(a), read_a, read_b) for (a, read_a), (b, read_b)
                            in itertools.pairwise(zip(grouped, row.cells[name]))]
                # a word run past its column's edge matters where it may hold the next column's text
                # (or, run back past its left edge, the previous column's), or is printed over it,
                # or is set where no word of the column would run past it
                for j, k, w in ((j, k, w) for j in lines_of for k, w in enumerate(parts[j].get(name, []))):
                    past = w.x1 > by_field[name].x1 + 0.5 * w.size
                    if (past and (swallows(w, texts_in(next_field[name])) or set_past_edge(w, parts[j][name][k - 1] if k else None, lefts[name]))
                            or printed_over(w, parts[j].get(next_field[name], []))):
                        row.overrun |= {name, next_field[name]} - {None}
                    if w.x0 < by_field[name].x0 - 0.5 * w.size and swallows_back(w, parts[j].get(previous_field[name], [])):
                        row.overrun |= {name, previous_field[name]} - {None}
                # printed off its row's serial: a merged cell's middle, unless its rows were told
                if (name, anchor) in unsure or (anchor is not None and name not in told and (name in MERGED or not white) and (
                        any((j, name) in adrift for j in lines_of) if adrift is not None else not parts[anchor].get(name))):
                    row.floating.add(name)
            elif (name, anchor) in unsure:  # blank: the text above's merged cell, or the next page's first text's?
                row.floating.add(name)
        row.text_below = {name for name, last in text_below.items() if anchor is not None and anchor > last}
        level.append(row.by_spacing and setting == "middle" and bool(shown) and anchor is not None and _centred_alike(
            [[(min(w.top for w in parts[j][name]), max(w.bottom for w in parts[j][name]))
              for j in members if parts[j].get(name) and (j, name) not in placed] for name in limits], size()))
        rows.append(row)
    # a row told by where its lines stand is sure where its cells and the rows' beside it are
    # centred alike (`_centred_alike`): a line given to the row above or below would move the
    # middles of its cell in both. (Set at the top or at the foot, a line so moved shifts one
    # edge of one cell, and two rows read as one stand level: no such test there.)
    for k, row in enumerate(rows):
        if row.by_spacing and all(level[max(0, k - 1) : k + 2]):
            row.edges_shown = True
    # a row too low for its cell's text (Calc, set in the middle) prints the text on past the
    # row's edges, over the next row's: two lines of a cell whose feet stand closer than a cell's lines' do
    # (here, or as the lines that surely wrap stood on the pages before) were printed over each
    # other, and which row each belongs to is unclear
    if pitches:
        leading = statistics.median([pitch for pitch, _, _ in pitches if not math.isnan(pitch)] + (wraps or []) or [0.0])
        for pitch, read_a, read_b in pitches:
            if pitch < 0.8 * leading:  # (by the lines' feet only: a line's top tells its letters' height too)
                read_a.overprinted = read_b.overprinted = True
    if setting == "top":
        # a state's or district's text below its row's first line where the rows' own cells are
        # set at the top: that column's merged cells set their text lower, so each of its texts
        # may span the rows above it as well as those below ("Pakke-Kessang" on its row's second
        # line: "North and Middle Andaman", level with a row of one line, may be at a cell's foot)
        for name in MERGED:
            if any(name in row.floating for row in rows):
                for row in rows:
                    if row.cells.get(name):
                        row.floating.add(name)
    # a state column blank from the page's top to its foot, in a spreadsheet's pages: a merged
    # cell passing through, its text on a page before or after, which the directory tells
    # (`pdf._records`). A spreadsheet lays the sheet out whole and cuts it into pages (it keeps
    # its rows whole), so it draws a merged cell's text where it sets it in the whole cell (Calc:
    # at the foot of one that runs over three pages); a word processor or a browser lays the
    # cell out page by page, its text in a part above. On the last page the text is above.
    if "state" in limits and rows and rows_whole and not last and not any(row.cells.get("state") for row in rows):
        for row in rows:
            row.runs_through.add("state")
    # set at its rows' foot, a row ends on its serial's line: where the table's last line is that,
    # its last row ended on this page (a row broken by the page would go on below its serial)
    ended_at_foot = setting == "bottom" and bool(anchors) and anchors[-1] == len(body) - 1
    return rows, setting if shown else None, ended_at_foot, ends


def _centred_alike(cells: list[list[tuple[float, float]]], size: float) -> bool:
    """Whether a row's cells (each its lines' top and foot), two or more, stand centred on one
    level, to a fifth of a line, as a table set in the middle sets them: a line given to the
    wrong row moves its cell's middle by half a line. Two rows read as one centre alike only
    where each cell holds lines of both rows, and as many more of the lower's as of the upper's
    (else their middles part by a quarter of a line or more): each cell holds two lines or more,
    all even or all odd in number. A cell of one line, or counts that differ so, rule that out."""
    cells = [lines for lines in cells if lines]
    middles = [(lines[0][0] + lines[-1][1]) / 2 for lines in cells]
    one_row = any(len(lines) == 1 for lines in cells) or len({len(lines) % 2 for lines in cells}) > 1
    return len(cells) >= 2 and one_row and max(middles) - min(middles) <= 0.2 * size


def rows_by_spacing(rows: list[Row]) -> list[int]:
    """The rows (indices) told apart by where their lines stand alone (`Row.by_spacing`: no
    serials, no rules, no white the page showed between rows, and more than one line in the
    table's part on the page), in a list whose cells hold
    several lines somewhere (in any of its tables: a state's table of one row, each of its lines
    read as a row, shows none): such a row starts at each product line (`_product_starts`), and a
    product's line that may begin a name ("Uppada" / "Jamdani Sarees"), or the next item of a
    list one a line, may start a row or not: nothing on the page tells."""
    unruled = [k for k, row in enumerate(rows) if row.unruled]
    if not any(len(lines) > 1 for k in unruled for lines in rows[k].cells.values()):
        return []
    return [k for k in unruled if rows[k].by_spacing and not rows[k].edges_shown]


def settle_unruled_wraps(rows: list[Row], by_ocr: bool = False) -> None:
    """Judge the line breaks of unruled tables against each column's right edge, over each table
    (a table keeps its columns from page to page; a table of its own under each state's heading
    may be laid out to other widths). Without rules the room is known from
    below, by the widest line, or from the header where its labels stand centred over their
    cells (`rooms_told`): a break is a wrap when the next line's first word would not have
    fitted on the line before within that width (widths, so that centred text is judged as
    left-aligned text is). Unless nothing wraps: with no sure wrap (`continues`: going on in
    lower case, or after "and", "&", "," or an open bracket) and no line that the widest would
    have wrapped (a column as wide as its content, as a web page prints it; several lines as
    wide as the widest are justified text, filled), every break is the end of an item. Read by
    OCR (`by_ocr`), a word's box may take in a speck beside it: where the widest line stands
    wider than the next by more than the ink's slack, the room is the next's, and a wrap by it
    that would have fitted within the widest is in doubt."""
    tables: dict[int, list[Row]] = {}
    for row in rows:
        if row.unruled:
            tables.setdefault(row.table, []).append(row)
    for unruled, name in ((t, name) for t in tables.values() for name in {name for row in t for name in row.cells}):
        breaks = [(b, l) for row in unruled for b, l in zip(row.cells.get(name, []), row.cells.get(name, [])[1:])]
        if not breaks:
            continue
        # by widths, whatever the alignment: the column's room is its widest line of several words
        # (a word with no break in it may run past the cell's edge; a line the engine broke cannot)
        lines = [line for row in unruled for line in row.cells.get(name, [])]
        # not a line run on past its column ("SareesFood": two cells' texts read as one word), nor,
        # in a column set to the left, one that starts before its lines do: the column before's
        # word too wide for its cell, run on over this one's text ("Thiruvananthapuram Leather
        # Products" in a narrow district column, Chromium)
        start = common_start([line.x0 for line in lines])
        # nor one with two words further apart than twice the column's usual narrowest white
        # between words: two cells' texts on one line ("Spices Bihar", a state's word read into
        # the products beside it, 94 pt where the column's lines reach 52; "Bamboo Craft GI", the
        # first word of the remarks' "GI tagged" taken into the products)
        space = statistics.median([line.spacing for line in lines if line.spacing > 0] or [0.0])
        filled = [line for line in lines if " " in line.text and line.width <= line.room + 0.5 * line.size
                  and not (start is not None and line.x0 < start - 1.0) and line.widest_white <= 2 * space] or lines
        widths = sorted((line.width for line in filled), reverse=True)
        room = widest = widths[0]
        if by_ocr and len(widths) > 1 and widths[0] - widths[1] > ink_slack(statistics.median(line.size for line in filled)):
            room = widths[1]  # (the widest may hold a speck: "products of silk" 4.4 pt wider than printed)
        # The header may tell a wider room (`rooms_told`, short of the cell's by its first glyph's
        # side bearings, and to within 2 pt): a break the widest line leaves open was made by hand
        # where the next word would have fitted well within it ("Handloom products of silk &
        # cotton" / "Jaggery", 7 pt short of it); nearer, it is read by the widest line as before.
        by_hand = min((row.rooms[name] for row in unruled if name in row.rooms), default=0.0) - 3.0
        # Where the column shows its edge itself, in lines of three texts spread to it (justified),
        # that is its room: a line past it holds a word of the next column's ("Agarbatti (Incense
        # New", "New" a remark), and a header set over more than the cell tells a room no line reaches
        if (shown := justified_edges([(0, row.cells[name]) for row in unruled if row.cells.get(name)], spread=True)[1]) and start is not None:
            room, by_hand = min(room, max(shown) - start), 0.0
        sure = any(continues(b.text, l.text) for b, l in breaks)
        # a break the next word could not have fitted before: beside the widest line itself, one
        # short of the room, or several lines as wide as it (justified text fills every line)
        full = [before.width < room - 1.0 for before, line in breaks if before.width + line.need >= room - 1.0]
        if sure or any(full) or len(full) >= 2:
            for before, line in breaks:
                wide = before.width + line.need
                line.hard_break = wide < max(room - 1.0, by_hand)
                # by less than the ink's slack, a break may be a wrap all the same: widths are ink
                # boxes, and the widest line need not fill the cell ("Brass & Bell" / "Metal
                # Utensils" 0.1 pt short of it)
                if line.hard_break and wide >= max(room - 1.0 - ink_slack(line.size), by_hand):
                    line.break_unsure = True
                elif not line.hard_break and wide < widest - 1.0:  # (by OCR: within the widest, it would have fitted)
                    line.break_unsure = True
        else:  # beside the widest line, a wrap in a column set to a width looks the same
            for before, line in breaks:
                line.hard_break, line.break_unsure = True, before.width + line.need >= room - 1.0


def _aligned_cells(parts: list[dict[str, list[Word]]], anchors: list[int], anchor_field: str, known_setting: str | None,
                   columns: dict[str, list[int]], goes_on, first: bool = False, evidence: Mapping | None = None,
                   spanning: frozenset[str] = frozenset()):
    """Where a table sets its cells in the middle or at the foot of their rows (as word processors
    and spreadsheets do by default), lines above a row's serial belong to it. A cell's text is a
    run of lines at the column's line spacing (rows stand further apart, by their padding); the
    table's setting is the one under which most cells of several lines stand level with a serial
    (their first line: top; their centre: middle; their last: bottom). Returns the owner (an
    anchor line) of each line of a cell level with a serial, and the (line, field) pairs of cells
    level with none (a merged cell's text, or a row's tail from the page before), or ({}, None)
    for a table set at the top, which the serials alone divide; the setting; and each column's
    runs of lines at its line spacing (field, lines), before rows part them; whether rows abut
    (no padding between them: a run may hold several rows' texts); and how the page
    showed its setting ("by wraps", "by levels", or None). A table of one row cannot show its
    setting: it is set as `known_setting`, the setting of the tables before. One document sets
    its cells one way: a table's setting is the one that all its tables so far show best
    (`evidence`: setting -> the scores of the tables before, summed; this table's are added,
    but to a read-only mapping: a second reading's, the whole document's, which holds them
    already), so a wrap that only may go on in one table does not outweigh one that surely does
    in another.
    `columns`: each column's lines but the serial's; `goes_on()`: `_runs_on` over them; `first`:
    no row runs on into the table, and `spanning`: the fields the pages before printed in merged
    cells (`_row_starts`)."""
    evidence = {} if evidence is None else evidence
    centre = functools.partial(_centre, parts)
    marks = [centre(i, anchor_field) if parts[i].get(anchor_field) else None for i in anchors]
    known = [(c, i) for c, i in zip(marks, anchors) if c is not None]
    if not known or len(known) == 1 and known_setting in (None, "top"):
        return {}, None, None, [], False, False
    last = _anchor_ends(parts, anchors, anchor_field)
    size = body_size(parts)
    tol = 0.35 * size
    # rows of one line stand apart by the line spacing and their cells' padding: where the padding
    # is slight, lines of one cell are told from rows by half of it; where there is none (rows
    # abut), a column's lines at its spacing are one run, parted below where the rows' edges fall
    spacing, every, row_pitch = _cells_spacing(parts, [c for c, _ in known], columns, goes_on, size)
    # where no cell shows its lines closer than the rows stand, the least pitch is a cell's line
    # spacing only if lines so far apart could be one cell's: a text engine leaves less white
    # between a cell's lines than half its ink's height (from capitals to descenders)
    rows_only = spacing is None and _apart_by_more_than_a_line(min(every, default=row_pitch), parts)
    spacing = spacing or min(every, default=row_pitch)
    padding = row_pitch - spacing
    # two rows' cells that fill them stand apart by the line spacing and the rows' padding: where
    # lines stand where their fonts set them (`Word.foot`), the least pitch past the spacing's own
    # shows the padding, even where no row is one line high
    set_by_font = all(any(not math.isnan(w.foot) for w in line) for p in parts for line in p.values() if line)
    beyond = [p - spacing for p in every if p > spacing + 0.1 * size] if set_by_font else []
    apart = min([padding, *beyond])
    slack = apart / 2 if 0.1 * size < apart < 2 * tol else tol
    # rows stand clearly apart where their padding passes twice the slack, seen beside rows of
    # one line (the least pitch between serials is theirs when it is less than a line and a half)
    abut = not rows_only and not (row_pitch < 1.5 * spacing and padding >= 2 * tol)
    # (and a line that surely goes on from the one above is of its run, however OCR set its
    # line: "Red  Sander  &  Wood", spread to a justified column's edge, / "Carvings")
    runs = [(name, run) for name, lines in columns.items()
            for run in _runs(lines, lambda a, b: not rows_only and (_pitch(parts[a][name], parts[b][name], size) <= spacing + slack
                                                                    or goes_on()[a, b, name] == SURELY))]

    def level(run: list[int], name: str, setting: str) -> tuple[float, int]:
        """How far a run stands from level with the nearest row's anchor, as the setting sets
        both: their first lines, their middles, or their last lines."""
        def at(first: float, end: float) -> float:
            return {"top": first, "middle": (first + end) / 2, "bottom": end}[setting]
        here = at(centre(run[0], name), centre(run[-1], name))
        return min((abs(here - at(c, centre(last[i], anchor_field))), i) for c, i in known)

    # Where rows abut (no spacing between them), a run of lines spans several rows' cells: under
    # each setting, a run level with no serial parts where that setting puts the rows' edges, and
    # the setting that parts no line from the line it runs on to (a wrap) is the table's

    def beside(run: list[int], name: str) -> int:  # serials standing within the run's lines
        return sum(centre(run[0], name) - tol <= c <= centre(run[-1], name) + tol for c, _ in known)
    split: dict[str, list[tuple[str, list[int]]]] = {}
    score: dict[str, tuple[int, int, int]] = {}
    for setting in ("top", "middle", "bottom") if len(known) > 1 else (known_setting,):
        # a run level with a serial, and standing beside no other, stays whole
        # (or, a row's own cell, at the top: a word processor sets a row whose cell fills it so)
        whole = [min(level(run, name, s)[0] for s in (setting, "top" if name not in MERGED else setting)) <= tol
                 and beside(run, name) <= 1 for name, run in runs]
        parted = [(name, run) for (name, run), keep in zip(runs, whole) if not keep]
        starts = _row_starts(parts, anchors, last, setting, tol, first, goes_on, spanning) if parted else set()
        split[setting] = [(name, run) for (name, run), keep in zip(runs, whole) if keep] + [
            (name, piece) for name, run in parted for piece in _parted(run, starts)]
        cut = [(name, goes_on()[a, b, name]) for name, run in parted for a, b in zip(run, run[1:]) if any(a < k <= b for k in starts)]
        # a wrap that surely goes on (in lower case, after a connector) weighs before one that only
        # may (its next word would not have fitted, as every next name in a narrow column); but not
        # in a state's or district's text, which may be a merged cell's, spanning the rows' edges
        # (as `_surely_joined` holds): "Andaman" / "& Nicobar" / "Islands" set at the foot of three
        # rows set in their middles, which the foot parted (fuzz 6060700022)
        tall = [(name, run) for name, run in split[setting] if len(run) > 1]
        score[setting] = (-sum(how == SURELY and name not in MERGED for name, how in cut), -sum(bool(how) for _, how in cut),
                          sum(level(run, name, setting)[0] <= tol for name, run in tall))
    if len(score) > 1 and isinstance(evidence, dict):
        for s, (surely, maybe, level_count) in score.items():
            before = evidence.get(s, (0, 0, 0))
            evidence[s] = (before[0] + surely, before[1] + maybe, before[2] + level_count)
    # A wrap that surely goes on weighs before all else. One that only may (its next word would
    # not have fitted) is no surer than the next of a list's items one a line in a narrow column,
    # which a setting may cut anywhere: it weighs as two cells of several lines standing level
    # with their serials as the setting sets them, not before all of them (Calc set every cell at
    # its foot, rows abutting, items one a line: on page 2 the middle cut three such breaks fewer,
    # and the foot stood eight more cells level; fuzz 1942000024).
    def weight(found: tuple[int, int, int]) -> tuple[int, int]:
        surely, maybe, level_count = found
        return surely, 2 * maybe + level_count
    setting = max(score, key=lambda s: (weight(evidence.get(s, score[s])), s == known_setting, s == "top"))
    # how the page showed its setting: by the wraps the others would cut, by its cells' levels
    # alone, or not at all (another scores as well or better here)
    others = [score[s] for s in score if s != setting]
    shown = ("by wraps" if all(score[setting][:2] > o[:2] for o in others) else
             "by levels" if all(score[setting] > o for o in others) else None)
    if setting == "top":  # the serials divide the rows; a merged cell may still set its text lower
        return {}, None, setting, runs, abut, shown
    cells = split[setting]
    # (a line a merged cell's text shares with a row's own cell is that row's: the text is placed
    # apart, `merged_spans`)
    owners: dict[int, set[int]] = {}
    merged_owners: dict[int, set[int]] = {}
    adrift: set[tuple[int, str]] = set()
    for name, run in cells:
        # the table's setting first; a row set otherwise (a word processor sets a row whose cell
        # fills it at the top) still stands level with its serial
        off, i = min((level(run, name, s) for s in (setting, "top", "middle", "bottom")), key=lambda li: li[0] > tol)
        for j in run:
            if off <= tol:
                (merged_owners if name in spanning else owners).setdefault(j, set()).add(i)
            else:
                adrift.add((j, name))
    return {j: next(iter(o)) for j, o in (merged_owners | owners).items() if len(o) == 1}, adrift, setting, runs, abut, shown


def _apart_by_more_than_a_line(pitch: float, parts: list[dict[str, list[Word]]]) -> bool:
    """Whether lines this far apart leave more white between them than a text engine leaves
    between one cell's lines: half their ink's height (capitals to descenders)."""
    inked = float(np.percentile([max(w.bottom for w in line) - min(w.top for w in line)
                                 for p in parts for line in p.values() if line], 75))
    return pitch - inked > 0.5 * inked


def _cells_spacing(parts: list[dict[str, list[Word]]], anchors: list[float], columns: dict[str, list[int]], goes_on,
                   size: float) -> tuple[float | None, list[float], float]:
    """The line spacing of a page's cells (`_cell_spacing`), the pitches it was read from, and
    the least pitch of the rows (`anchors`: where each row's anchor stands), below which it lies.
    The spacing is the body's, read over every column (`columns`: their lines), each line to
    the next: a column's own pitches may be mostly rows' (a merged district's one-line texts,
    one a row), which would join texts as one run; or over the lines that surely go on one
    from another (`goes_on()`: `_runs_on`)."""
    row_pitch = min((b - a for a, b in itertools.pairwise(anchors)), default=math.inf)
    # (from top to top: a line's ink reaches down as far as its letters do, "Walnut Wood" / "Carving")
    pitches = {name: [_pitch(parts[a][name], parts[b][name], size) for a, b in zip(lines, lines[1:])]
               for name, lines in columns.items()}
    every = [p for ps in pitches.values() for p in ps]
    # (lines that surely go on one from another, set on their fonts' baselines: a line's top tells
    # its place only roughly, "y" of "Secondar" / "y")
    wrapped = [p for name, lines in columns.items() for a, b, p in zip(lines, lines[1:], pitches[name])
               if goes_on()[a, b, name] == SURELY and not math.isnan(line_foot(parts[a][name]) + line_foot(parts[b][name]))]
    return _cell_spacing(every, wrapped, row_pitch - 0.1 * size, size), every, row_pitch


def _cell_spacing(pitches: list[float], wrapped: list[float], below: float, size: float) -> float | None:
    """The line spacing of the table's cells (`_leading`), unless every pitch of lines that
    surely go on one from another (`wrapped`: one cell's lines) is closer than that: then it is
    a pitch of rows (one-line rows, closely padded, may outnumber a cell's lines: 16.8 pt
    against 14), and the wraps' is the spacing."""
    spacing = _leading(pitches, below, size)
    if spacing and wrapped and max(wrapped) < spacing - 0.1 * size:
        return _leading(wrapped, below, size)
    return spacing


def _leading(pitches: list[float], below: float, size: float) -> float | None:
    """The line spacing of the table's cells: the pitch below `below` (a row's) and below a line's
    greatest height that most of its lines keep, as an engine sets a cell's lines at its font's
    line height, the least where none recurs. Not the least of all: rows too low for their text
    (Calc's) print a cell's first line closer to the row above than a cell's lines stand to each
    other. Nor a pitch taller than a line: rows of one line, spaced apart, may outnumber a cell's
    lines (24.9 pt eleven times, 13.2 pt seven, in 8 pt type). The middle of the pitches so kept:
    OCR's baselines scatter a cell's lines about their spacing (11.5 to 12.8 pt, most 12.2)."""
    near = np.sort(np.array([p for p in pitches if p < min(below, LINE_HEIGHTS * size)]))
    if not len(near):
        return None
    keeping = np.searchsorted(near, near + 0.05 * size, "right") - np.searchsorted(near, near - 0.05 * size, "left")
    at = near[np.argmax(keeping)]  # the least of those most keep, and the middle of what it keeps
    return float(np.median(near[np.searchsorted(near, at - 0.05 * size, "left") : np.searchsorted(near, at + 0.05 * size, "right")]))


# a line's height is at most this many times its ink's (a cell's lines stand about 1.2 em apart,
# a line's ink about 0.7 em tall): a larger pitch is a row's
LINE_HEIGHTS = 3.0


def _widest_texts(parts: list[dict[str, list[Word]]], columns: dict[str, list[int]],
                  widest: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Each column's two widest texts of several words (of one, where it has none) and their
    widths, over this page's lines and those of the table's other pages (`widest`, updated). By
    text: one text printed again reaches as far again, and shows no edge."""
    for name, lines in columns.items():
        filled = {words_text(parts[j][name]): parts[j][name][-1].x1 - parts[j][name][0].x0
                  for j in lines if len(parts[j][name]) > 1} or {
            words_text(parts[j][name]): parts[j][name][-1].x1 - parts[j][name][0].x0 for j in lines}
        widest[name] = dict(sorted({**widest.get(name, {}), **filled}.items(), key=lambda kv: kv[1])[-2:])
    return widest


def _runs_on(parts: list[dict[str, list[Word]]], rooms, spread: set[tuple[int, str]]) -> dict[tuple[int, int, str], int]:
    """For each two lines one after the other in a column: whether the second goes on from the
    first (a wrap, not a row's edge): SURELY where it goes on as no name begins or ends
    (`continues`), or holds the next marker of the list a line above counts, as do the lines
    between (`_counted_on`), or the first is spread to a justified column's edge (`spread`: `_spread`),
    or ends on the space LibreOffice wrapped it at (`Word.wrapped`) with too little room left for
    the second's first word;
    MAYBE where its first word would not have fitted on the first line within the
    column's widest line in the table (`_room_before`), as a name broken by hand in a narrow
    column would not either; never where it opens a counted list ("(1) Tea") or is a Total row's
    label. `rooms`: `_room_before` of the table's columns."""
    by_column: dict[str, list] = {}
    for room in rooms:  # (each column's lines in turn)
        by_column.setdefault(room[2], []).append(room)
    out = {}
    for name, pairs in by_column.items():
        texts = [words_text(parts[pairs[0][0]][name]), *(words_text(parts[b][name]) for _, b, _, _ in pairs)]
        counted = _counted_on(texts)
        for k, (a, b, _, room) in enumerate(pairs, 1):
            before, after = texts[k - 1], texts[k]
            wrapped = room is False and parts[a][name][-1].wrapped
            out[a, b, name] = (0 if opens_list(after, before) or TOTAL_ROW.match(after)
                               else SURELY if (a, name) in spread or continues(before, after) or k in counted or wrapped
                               else MAYBE if room is False else 0)
    return out


def _counted_on(texts: list[str]) -> set[int]:
    """Of one column's lines, in turn: those that hold the next marker of the list a line above
    them counts (`counts_on`), and the lines between: one list, one cell's ("1. Stone Carving
    2." / "Handloom" / "Fabrics/Handicrafts 3.")."""
    out, listed = set(), None
    for k, text in enumerate(texts):
        if listed is not None and counts_on(texts[listed], text):
            out.update(range(listed + 1, k + 1))
        if counted_marks(text):
            listed = k
    return out


def _starts_shown(parts: list[dict[str, list[Word]]], columns: dict[str, list[int]], fitted: set[tuple[int, int, str]],
                  anchor_room: list[tuple[int, int, str, bool | None]], places: Places | None) -> set[int]:
    """The lines that surely start a row, however the rows are spaced: a line whose state or
    district repeats the line above's (a state printed on every row), or with it names two
    places, not one ("North and Middle Andaman" / "South Andamans"); a line of texts in two
    columns or more, none of which could go on from the line above in its column, as its first
    word would have fitted there (no cell wraps there, and a hand break in every column at once
    is none); a product line that opens a counted list ("1. Stone Carving 2."): a cell's list
    starts there. `fitted`: the other columns' lines whose first word would have fitted on the
    line before; `anchor_room`: `_room_before` of the product's lines."""
    fitted_to = {(b, name) for _, b, name in fitted} | {(b, name) for _, b, name, room in anchor_room if room is True}
    # a place's cell holds one name, on no two lines twice: its text on the line above printed
    # again, or a text that with it names two places, not one, is another row's
    places_lines = {name: lines for name, lines in columns.items() if name in MERGED}
    texts = {(j, name): words_text(parts[j][name]) for name, lines in places_lines.items() for j in lines}
    apart = {b for name, lines in places_lines.items() for a, b in itertools.pairwise(lines)
             if a == b - 1 and (texts[a, name] == texts[b, name] or names_apart(places, name, [texts[a, name], texts[b, name]]))}
    opens = {j for a, b, name, _ in anchor_room for j in (a, b) if opens_list(words_text(parts[j][name]))}
    return apart | opens | {b for b, p in enumerate(parts) if len(filled := [name for name, words in p.items() if words]) > 1
                            and all((b, name) in fitted_to for name in filled)}


def _items_begun_by_hand(parts: list[dict[str, list[Word]]], anchor_room: list[tuple[int, int, str, bool | None]],
                         places: Places | None, at_top: bool) -> set[int]:
    """The product lines that surely begin an item: broken by hand (the first word would have
    fitted on the product line above, `anchor_room`). Such a line begins a row or the next item
    of the row above's cell, and read either way its record is the same, where no place's text
    beside it may be that cell's: none stands beside it, or, in a table whose cells are set at
    the top of their rows (`at_top`), what stands there begins its cell (the line above holds
    none in its column, or the directory does not name the two as one place). Set in the middle
    or at the foot, a cell's place stands level with its middle or last item."""
    def begins_cell(b: int, field: str) -> bool:
        above = parts[b - 1].get(field) if b else None
        return at_top and (not above or places is not None and not names_whole(places, field, [words_text(above), words_text(parts[b][field])]))
    return {b for _, b, _, room in anchor_room if room is True and all(begins_cell(b, f) for f in MERGED if parts[b].get(f))}


def _need(word: Word) -> float:
    """The width a word needs on the line before, with a space (a quarter of its size)."""
    return 0.25 * word.size + word.x1 - word.x0


def _room_before(parts: list[dict[str, list[Word]]], columns: dict[str, list[int]], widest: dict[str, dict[str, float]]):
    """For each two lines one after the other in a column, (line before, line, field, room):
    whether the line's first word would have fitted on the line before within the column's
    widest line in the table (True), or would not (False), or None where that tells nothing:
    after the widest line itself, unless another line reaches as far, or within a point of it."""
    for name, lines in columns.items():  # each column's lines that hold its text
        widths = {j: parts[j][name][-1].x1 - parts[j][name][0].x0 for j in lines}
        room = max(widest[name].values(), default=0.0)
        alone = sum(w > room - 1.0 for w in widest[name].values()) < 2
        for a, b in zip(lines, lines[1:]):
            first = parts[b][name][0]
            need = _need(first)
            fill = widths[a] + need
            yield a, b, name, (None if alone and widths[a] > room - 1.0 else True if fill < room - 1.0 else False if fill > room + 1.0 else None)


def _row_starts(parts: list[dict[str, list[Word]]], anchors: list[int], last: dict[int, int], setting: str, tol: float,
                first: bool = False, goes_on=None, spanning: frozenset[str] = frozenset()) -> set[int]:
    """The lines that start a row, where rows abut, under a setting: at each serial (top); after
    each, or each product's last line where products anchor the rows (bottom; `last`: `_anchor_ends`); in
    the middle, where the edges between serials put each row's cells centred on its serial (or
    its product's lines), as near as the lines allow (chosen over all rows at once), and part no line
    of a row's own cell from one it surely goes on to (`goes_on()`: a merged cell's text,
    centred on no one row, may make a wrong parting cheaper otherwise). Lines above the first
    serial may be the tail of the page before's last row, unless no row runs on into the table
    (`first`). Only the rows' own cells count: a text of a field printed in merged cells
    (`spanning`) stands centred on its cell's rows, level with the middle one's serial where it
    spans three, and would draw that row's edges out to its own (Calc: "Dadra and Nagar" /
    "Haveli and Daman and" / "Diu", over three rows, took the first and third rows' nearest
    products into Daman's, fuzz 1289300101)."""
    if setting == "top":
        return set(anchors)
    if setting == "bottom":
        return {last[i] + 1 for i in anchors}
    def line_centre(j: int) -> float:
        return statistics.fmean(w.yc for words in parts[j].values() for w in words)
    marks = [(line_centre(i) + line_centre(last[i])) / 2 for i in anchors]
    cap = (3 * tol) ** 2  # a merged cell's text, centred on no one row, costs no more than this

    def cost(k: int, lo: int, hi: int) -> float:
        total = 0.0
        for name in {n for j in range(lo, hi) for n, words in parts[j].items() if words} - spanning:
            lines = [j for j in range(lo, hi) if parts[j].get(name)]
            mid = (_centre(parts, lines[0], name) + _centre(parts, lines[-1], name)) / 2
            total += min((mid - marks[k]) ** 2, cap)
        return total

    crossing = _surely_joined(goes_on() if goes_on else {})
    ends = [list(range(a + 1, b + 1)) for a, b in zip(anchors, anchors[1:])] + [[len(parts)]]
    best = {start: (0.0, [start]) for start in (range(0, anchors[0] + 1) if not first else [0])}
    for k, candidates in enumerate(ends):
        best = {end: min((c + cost(k, start, end) + cap * crossing[end], path + [end]) for start, (c, path) in best.items()
                         if start <= anchors[k] < end)
                for end in candidates}
    return set(min(best.values())[1][:-1])


def _with_places_repeated(parts: list[dict[str, list[Word]]], anchors: list[int],
                          places: Places | None = None) -> tuple[list[int], set[int]]:
    """Of a list without serials, the product lines that start rows, less those without a place
    where the list prints its state (or district) in every row, on the row's first line: a
    place's text printed again on the next row's first line shows it (a place printed once, or
    merged, never is), and none beginning on a line that starts no row (set lower, the place's
    text may stand on any of its row's lines). Such a list prints no row without it: "Srikalahasthi
    Kalamkari" / "Fabrics/Handicrafts" below "Bihar" is one product, however narrow its column;
    nor one whose place's line is the rest of the line above's, as the directory (`places`)
    names the two one place and not each ("Andaman & Nicobar" / "Islands", beside "4) Marine" /
    "Products (Shrimp, Prawn & Fish)"). With them, the lines that surely start rows so (none
    where the list does not show it)."""
    starts = set(anchors)
    for name in MERGED:
        texts = [words_text(parts[i][name]) if parts[i].get(name) else "" for i in anchors]
        # (each of the column's texts begins on a row's first line: its first line, or the line
        # under one of its own lines, "Dadra and Nagar Haveli and" / "Daman and Diu")
        firsts = [j for j, p in enumerate(parts) if p.get(name) and not (j and parts[j - 1].get(name))]
        if any(a and a == b for a, b in itertools.pairwise(texts)) and set(firsts) <= starts:
            def rest(i: int) -> bool:
                return i > 0 and bool(parts[i - 1].get(name)) and names_whole(
                    places, name, [words_text(parts[i - 1][name]), words_text(parts[i][name])])
            kept = [i for k, i in enumerate(anchors) if k == 0 or parts[i].get(name) and not rest(i) or _total_line(parts[i])]
            return kept, {i for i in kept if parts[i].get(name)}
    return anchors, set()


def _total_line(part: dict[str, list[Word]]) -> bool:
    """Whether a line begins a Total row: a text of it begins with the label."""
    return any(TOTAL_ROW.match(words[0].text) for words in part.values() if words)


def _anchor_ends(parts: list[dict[str, list[Word]]], anchors: list[int], anchor_field: str) -> dict[int, int]:
    """Each row's anchor text's last line: a serial's own; a product's last line before the next
    row's, where products anchor the rows (a cell set at the foot ends level with it, one set in
    the middle is centred on the product's lines, not on its first)."""
    return {i: max(j for j in range(i, end) if parts[j].get(anchor_field) or j == i)
            for i, end in zip(anchors, [*anchors[1:], len(parts)])}


def _product_starts(parts: list[dict[str, list[Word]]], anchors: list[int], field: str, spread: set[tuple[int, str]]) -> list[int]:
    """Without serials a row starts at its product's first line: not at a product line that
    surely goes on from the product line above it (a wrap: "Handloom products of silk &" /
    "cotton"; a line after one spread to a justified column's edge, `_spread`, or after one the
    page ended with the space it was wrapped at, `Word.wrapped`), or holds the next
    item of the list a line above counts, or stands between the two ("1) Tea" / "2) Coffee",
    `_counted_on`), nor at one a line of another column stands across from the line above
    (`_straddled`), unless it opens a counted list ("(i) Handloom" after "(iv) Groundnut Oil":
    a cell's list starts there, though a merged state's text, centred on all its rows, stands
    across the two)."""
    def text(j: int) -> str:
        return words_text(parts[j].get(field, []))
    straddled = _straddled(parts)
    counted = _counted_on([text(j) for j in anchors])
    return [b for k, (a, b) in enumerate(zip([None, *anchors], anchors))
            if a is None or not (parts[a].get(field) and parts[b].get(field)
                                 and ((a, field) in spread or parts[a][field][-1].wrapped or _surely_goes_on(text(a), text(b)) or k in counted
                                      or straddled(a, b) and not opens_list(text(b), text(a))))]


def _spread(parts: list[dict[str, list[Word]]]) -> set[tuple[int, str]]:
    """The lines (line, column) spread to a justified column's edge: a text engine spreads each
    line of a paragraph but its last, so the cell goes on below each ("Apple    &    Apple-based"
    / "Products", Calc, set at the rows' foot). Spread: its words stand wider apart by half than
    the body's lines mostly set theirs (one font's spaces: a cell's last lines, and a column's
    lines that are not justified, keep them), and it ends where another text so spread ends (a
    ragged column's lines end alike by chance, but not with their words spread)."""
    natural = word_space(line for p in parts for line in p.values())
    if natural is None:
        return set()
    # (to a few tenths of a point, as a text layer tells where a glyph ends; OCR's ink boxes, to a
    # pixel or two)
    near = 1.0 if any(w.confidence < 1.0 for p in parts for words in p.values() for w in words) else 0.3
    out = set()
    for name in {name for p in parts for name, words in p.items() if len(words) > 1}:
        wide = {j: p[name] for j, p in enumerate(parts) if len(p.get(name, ())) > 1
                and min(b.x0 - a.x1 for a, b in itertools.pairwise(p[name])) > 1.5 * natural}
        ends = sorted((words[-1].x1, words_text(words)) for words in wide.values())
        edges = [x for x, text in ends if any(abs(y - x) <= near and other != text for y, other in ends)]
        out |= {(j, name) for j, words in wide.items() if any(abs(words[-1].x1 - x) <= near for x in edges)}
    return out


def _straddled(parts: list[dict[str, list[Word]]]) -> Callable[[int, int], bool]:
    """Whether a line of the page stands half way between lines a and b that stand one line
    spacing apart (the least pitch of a column's lines on the page): no row's edge can part a
    and b, as that line's cell would cross it ("Tertiary", set in the middle of its row, between
    "Mangalagiri Sarees and" / "Fabrics" in the middle of theirs; Calc abuts rows of several
    lines). Lines whose baselines the text layer does not tell straddle none."""
    feet = [line_foot([w for words in p.values() for w in words]) for p in parts]
    columns = {name for p in parts for name, words in p.items() if words}
    pitches = [feet[b] - feet[a] for name in columns for a, b in itertools.pairwise(j for j, p in enumerate(parts) if p.get(name))]
    spacing = min((p for p in pitches if p > 0), default=math.nan)

    def straddled(a: int, b: int) -> bool:
        middle = (feet[a] + feet[b]) / 2
        return feet[b] - feet[a] <= 1.1 * spacing and any(abs(feet[j] - middle) <= 0.2 * spacing for j in range(a + 1, b))
    return straddled


def goes_on_from_page_before(before: str, lines: list[str], room_left: float | None = None, need: float = 0.0) -> bool:
    """Whether a page's first product lines (a row's, in a list without serials) go on from the
    last products of the page before (`before`): the first line surely goes on from them ("fts"
    under "Fabrics/Handicra"; "Papad & Spices" under "Pickles,"), or the first of the lines' list
    markers is the next of the list they count ("Toys" / "(3) Kani Shawl" under "(1) Organic
    Ginger (2) Kondapalli": a row's own list starts at its first marker), or the page before
    ended them on the space a text engine wrapped the line at (`Word.wrapped`; `room_left`: the
    room it left), too little for the first line's first word (`need`, with a space): "Tussar
    Silk " / overleaf "Sarees" (a space typed at a cell's end leaves room)."""
    return bool(before and lines) and (room_left is not None and room_left < need
                                       or _surely_goes_on(before, lines[0]) or counts_on(before, " ".join(lines)))


def _surely_goes_on(before: str, line: str) -> bool:
    """Whether a line surely goes on from the line before: as no name begins or ends
    (`continues`), or with the next marker of the list the line before counts (`counts_on`); not
    where it opens a list ("a) Walnut Wood Carving" is in lower case)."""
    return not opens_list(line, before) and (continues(before, line) or counts_on(before, line))


def _first_row_texts(parts: list[dict[str, list[Word]]], body: list[list[Word]], first: int, spacing: float | None,
                     blank_before: frozenset[str]) -> list[int]:
    """The lines above a page's first row (at line `first`) that are that row's, not the rest of
    the page before's last row, where the producer lays a cell broken by a page break out from its
    top (a word processor: `split_cell_text_at_top`). Such a cell's part on the next page holds
    text only where its part above was full, so lines holding only fields the page before's last
    row left blank (`blank_before`) are the first row's (Writer: "Chikkaballapura" at the top of
    its merged cell, above its serial, under the blank foot of Bengaluru Rural's cell, was read as
    that row's, fuzz 1997600003). So are state or district texts alone standing less than a line
    `spacing` above its first line, where the page's white tells rows: the rest of a row the page
    broke stands the spacing and twice the cells' padding above the next row's first (Writer:
    "Chhindwara" at the top of its cell, 8.3 pt above its first product "Tamarind", set in the
    middle of its row, was read into the district above, fuzz 3904100160)."""
    foot = line_foot(body[first])
    lines = []
    for j in reversed(range(first)):
        filled = {name for name, words in parts[j].items() if words}
        if not (filled <= blank_before or spacing is not None and filled <= set(MERGED) and foot - line_foot(body[j]) < 0.9 * spacing):
            break
        lines.append(j)
    return lines


def rows_by_white(parts: list[dict[str, list[Word]]], skip: set[int] = frozenset(), wraps: list[float] | None = None,
                  rows_apart: list[float] | None = None, fitted=None) -> list[list[int]] | None:
    """Rows told by the white between them, where nothing else tells them (no serials): the
    lines of each row (each a list of line indices, top to bottom), or None where the page does
    not tell. A text engine sets a cell's lines at its font's line spacing, and pads each row's
    cells from the row's edges: two lines of one column stand the spacing apart within a cell,
    and at least the spacing and twice the padding apart across a row's edge. The spacing is the
    pitch of lines that surely go on one from another (`continues`, `counts_on`; a wrap is one
    cell's); where every column's pitch is that or more (the padding, however slight), each
    column's runs of lines at the spacing are its cells, and cells whose lines overlap in height (a row's cells
    share its top, middle or foot, however they are set) are one row's. A row's own cells only
    (a merged state's or district's text spans rows), but not lines of `skip` (a Total row's).
    `wraps`: the pitches of lines that surely wrap on the pages before (this page's are added),
    for a page where none does: one document sets its body in one font and size. Where none has
    yet, lines that stand clearly closer than any others are one cell's; and where every line
    fills each of the rows' own columns at one pitch, each line is a row. A line standing on no
    baseline the text layer tells takes its place at the spacing between the lines beside it.
    A page tells its rows where one pitch at least is a row's, or where the pages before showed
    rows apart by their padding (`rows_apart`: those pitches; this page's are added): then a page
    whose lines all stand at the spacing holds one row (a state's table of one row). Rows too
    low for their text (a spreadsheet's) abut: lines as close as any are two rows' where a column
    but the products' breaks them where its next word would have fitted (`fitted()`, from `_room_before`:
    no wrap, and no name of a state, district or sector holds a break by hand: "Kerala" /
    "Kerala"), and are no evidence of a cell's spacing."""
    every = {name: [j for j, p in enumerate(parts) if p.get(name)] for name in {n for p in parts for n, w in p.items() if w}}
    # (to a hundredth of a point: a text layer's positions are single floats, a pixel 0.75 +- 0.00002)
    feet = {(j, name): round(line_foot(parts[j][name]), 2) for name, lines in every.items() for j in lines}
    # lines whose fonts' baselines the text layer does not tell: a scan's (their pitch is too
    # rough to tell rows by), or a few standing on no line ("g", the rest of a word broken above),
    # which go with the rows the others make
    if not feet or sum(math.isnan(f) for f in feet.values()) > UNKNOWN_FEET * len(feet):
        return None
    # (line, column): how many of the column's lines just above it (`hidden`), and just below it
    # up to the next that does (`trailing`), stand on no known line
    hidden, trailing = {}, {}
    for name, lines in every.items():
        run, known = 0, None
        for j in lines:
            if math.isnan(feet[j, name]):
                run += 1
            else:
                hidden[j, name], run, known = run, 0, j
            if known is not None:
                trailing[known, name] = run
    every = {name: [j for j in lines if not math.isnan(feet[j, name])] for name, lines in every.items()}
    by_column = {name: [j for j in lines if j not in skip] for name, lines in every.items() if name not in MERGED}
    wrapped = [feet[b, name] - feet[a, name] for name, lines in every.items() for a, b in itertools.pairwise(lines)
               if not hidden[b, name] and _surely_goes_on(words_text(parts[a][name]), words_text(parts[b][name]))]
    if wraps is not None:
        wrapped, wraps[:] = wrapped or wraps, wraps + wrapped
    size = body_size(parts)
    close = max(WHITE_NOISE * size, PIXEL)
    products = product_fields(every)
    if not wrapped:
        # where no line surely goes on, lines that stand clearly closer than any others are one
        # cell's ("Dr. B.R. Ambedkar" / "Konaseema" 11 pt apart, every row 15): rows' padding sets
        # two rows' lines further apart than a cell's, never closer
        every_pitch = sorted(feet[b, name] - feet[a, name] for name, lines in every.items()
                             for a, b in itertools.pairwise(lines) if not hidden[b, name])
        closest = [p for p in every_pitch if p <= every_pitch[0] + 2 * close] if every_pitch else []
        abut = bool(closest) and fitted is not None and any(
            name not in products and feet.get((b, name), math.inf) - feet.get((a, name), math.nan) <= closest[-1]
            for a, b, name in fitted())
        if not abut and len(closest) < len(every_pitch) and every_pitch[len(closest)] - closest[-1] >= ROWS_APART * size:
            wrapped = closest
        # or, where every line holds a text in each of the row's own columns (two at least) and all
        # stand one pitch apart, or the closest are rows that abut, rows of one line each (a row of
        # several lines leaves some column blank on some line)
        elif closest and (abut or len(closest) == len(every_pitch)) and len(by_column) > 1 and not any(hidden.values()):
            lines = sorted({j for ls in by_column.values() for j in ls})
            others = {j for ls in every.values() for j in ls} - skip - set(lines)  # lines of merged texts alone
            if not others and all(parts[j].get(name) for j in lines for name in by_column):
                return [[j] for j in lines]
    if not wrapped:
        return None
    spacing = statistics.median(wrapped)

    def apart(a: int, b: int, name: str) -> float:
        """How far line b stands below line a of a column, less the spacing of the lines between
        them that stand on no known line (so "Prawns/Shrim" / "p" / "(3) Coffee" stand a spacing apart),
        to a hundredth of a point as the feet are (a browser's line a pixel taller, for a glyph of a
        taller font, stands 8.25 + 0.75 pt below, not 9.000000000000028)."""
        return round(feet[b, name] - feet[a, name] - hidden[b, name] * spacing, 2)

    pitches = [apart(a, b, name) for name, lines in by_column.items() for a, b in itertools.pairwise(lines)]
    if not pitches:
        return None
    # the most a cell's lines stand apart: one font's lines stand at one spacing, so any pitch
    # past it is two rows', however slight their padding (Calc fits a row to its text: rows of
    # one line 14.6 to 15 pt apart, a cell's lines 13.6)
    within = spacing + close
    # the wraps agree, and no pitch is less than a cell's (rows too low for their text, as a
    # spreadsheet's may be, abut)
    apart_here = [p for p in pitches if p > within]
    if max(wrapped) - min(wrapped) > 2 * close or not (apart_here or rows_apart) or any(p < within - 2 * close for p in pitches):
        return None
    # (top, foot, lines) of each column's runs of lines at the spacing: its cells, each to its
    # last line, though that stand on no known line ("Secondar" / "y": the word's rest); a line
    # that opens a counted list begins a cell, however close it stands ("Value-added Foods" /
    # "(i) Terracotta" of two rows that abut, Calc)
    cells = [[feet[run[0], name], feet[run[-1], name] + trailing[run[-1], name] * spacing, run] for name, lines in by_column.items()
             for run in _runs(lines, lambda a, b: apart(a, b, name) <= within
                              and not opens_list(words_text(parts[b][name]), words_text(parts[a][name])))]
    rows: list[list] = []
    for top, foot, lines in sorted(cells):
        if rows and top <= rows[-1][1] + close:
            rows[-1][1], rows[-1][2] = max(rows[-1][1], foot), rows[-1][2] + lines
        elif rows and top - rows[-1][1] < within:
            return None  # two rows nearer than their cells' lines are to the next row's: not told
        else:
            rows.append([top, foot, lines])
    # a row holds one cell in each column: two texts of one column on a row's lines, further apart
    # than the spacing, are two rows' (a spreadsheet fits a row of several lines to its text,
    # without the padding its rows of one line have: "Gujarat" / "Chhota Udaipur" beside a wrapped
    # product, then "Gujarat" / "Devbhumi Dwarka" at the spacing below)
    row_of = {j: k for k, (_, _, lines) in enumerate(rows) for j in lines}
    for name, lines in every.items():
        for a, b in itertools.pairwise(j for j in lines if j in row_of):
            if row_of[a] == row_of[b] and apart(a, b, name) > within:
                return None
    # a state's or district's lines beside none of a row's own (a merged cell's text may stand
    # between them) go with their text's other lines, or to the row their text's middle is level
    # with. A text's lines stand at the spacing, and so do two rows' that abut, where the next
    # line's first word would have fitted on the line before (no name holds a break by hand:
    # "Sri Potti Sriramulu" / "Nellore" / "Dr. B.R. Ambedkar" / "Konaseema", Calc)
    # (`fitted`, cached, is read only where a place's lines stand at the spacing)
    for name, lines in every.items():
        for run in _runs(lines, lambda a, b: apart(a, b, name) <= within and (name in products or fitted is None or (a, b, name) not in fitted())):
            middle = (feet[run[0], name] + feet[run[-1], name]) / 2
            k = next((row_of[j] for j in run if j in row_of),
                     next((k for k, (top, foot, _) in enumerate(rows) if top - close <= middle <= foot + close), None))
            for j in run if k is not None else []:
                row_of.setdefault(j, k)
    if rows_apart is not None:
        rows_apart += apart_here
    return [sorted(j for j, k in row_of.items() if k == n) for n in range(len(rows))]


def _runs(lines: list[int], together) -> list[list[int]]:
    """The lines in runs: each line with the one before where `together(before, line)`."""
    runs: list[list[int]] = []
    for a, b in zip([None, *lines], lines):
        if a is not None and together(a, b):
            runs[-1].append(b)
        else:
            runs.append([b])
    return runs


# pitches of lines set on their fonts' baselines differ by less than this (in the body's size)
# within one spacing; where no line surely wraps, the closest pitches are a cell's spacing only
# where all others stand this much further apart
WHITE_NOISE, ROWS_APART = 0.08, 0.15
PIXEL = 0.75  # a browser sets lines on whole pixels (1/96 inch): a pitch may be one more than its spacing
UNKNOWN_FEET = 0.1  # of a page's lines, at most, standing on no line the text layer tells


def _surely_joined(goes_on: dict[tuple[int, int, str], int]) -> Counter:
    """How many lines of rows' own cells (not a merged state's or district's, whose text spans
    rows) surely go on across the edge above each line (`_runs_on`)."""
    return Counter(e for (a, b, name), how in goes_on.items() if how == SURELY and name not in MERGED for e in range(a + 1, b + 1))


def _parted(run: list[int], starts: set[int]) -> list[list[int]]:
    pieces = [[run[0]]]
    for a, b in zip(run, run[1:]):
        if any(a < k <= b for k in starts):
            pieces.append([b])
        else:
            pieces[-1].append(b)
    return pieces


def _join_broken_serials(parts: list[dict[str, list[Word]]]) -> None:
    """A serial column narrower than a number breaks it at the edge, a digit or two a line ("1" /
    "0" is 10): the page's serial lines are grouped as the numbers that run on most often by one,
    a number's lines standing at the cells' line spacing (or within a line and a half); each
    group's digits go to its first line, which starts the row."""
    lines = [j for j, p in enumerate(parts) if p.get("serial")]
    texts = ["".join(w.text for w in parts[j]["serial"]).rstrip(".") for j in lines]
    # (serials that count on by one as they stand are whole: no joining counts on better)
    if len(lines) < 2 or not all(t.isdecimal() for t in texts) or all(int(b) == int(a) + 1 for a, b in itertools.pairwise(texts)):
        return
    size = statistics.median(w.size for j in lines for w in parts[j]["serial"])
    # (at the cells' line spacing: a face's lines may stand 1.5 em apart, Noto's or DejaVu's)
    reach = max(1.5 * size, (_lines_leading(parts, math.inf, size) or 0.0) + 0.35 * size)
    near = [_feet_pitch(parts, a, b, "serial") <= reach for a, b in itertools.pairwise(lines)]
    # best[k][n]: (numbers that follow the one before by one, less those that do not, and less
    # those that begin with a 0, which no serial does: "0" / "2" is the end of "1" / "0" / "2";
    # less the lines joined) over the first k lines, the last number made of the last n of them.
    # (Counted only by the numbers that follow, "111" / "1" / "1" / "2" was as good as "111" /
    # "112": a number broken digit by digit ends like a run of small ones)
    best: list[dict[int, tuple[tuple[int, int], int]]] = [{0: ((0, 0), 0)}]
    for k in range(1, len(lines) + 1):
        best.append({})
        for n in (1, 2, 3):
            if n > k or not all(near[k - n : k - 1]):
                continue
            value, zero = int("".join(texts[k - n : k])), texts[k - n].startswith("0")
            options = [((score + (k - n > 0 and (1 if int("".join(texts[k - n - m : k - n])) + 1 == value else -1)) - zero,
                         joins - (n - 1)), m) for m, ((score, joins), _) in best[k - n].items()]
            best[k][n] = max(options)
    k, n = len(lines), max(best[-1], key=lambda n: best[-1][n][0])
    while k:
        if n > 1:
            group = [w for j in lines[k - n : k] for w in parts[j]["serial"]]
            first = parts[lines[k - n]]["serial"][0]
            parts[lines[k - n]]["serial"] = [Word("".join(texts[k - n : k]), min(w.x0 for w in group), max(w.x1 for w in group),
                                                 first.top, first.bottom)]
            for j in lines[k - n + 1 : k]:
                parts[j]["serial"] = []
        k, n = k - n, best[k][n][1]


def _table_end(parts: list[dict[str, list[Word]]], anchors: list[int]) -> int:
    """Where the table ends below its last serial: at the first line that goes on no cell of the
    last row (none of its words stands at its column's line spacing below that column's line
    above): a footer the browser prints ("file:///list.html 1/7"), a note below the table."""
    if not anchors:
        return len(parts)

    size = body_size(parts)
    tol = 0.35 * size
    last_line: dict[str, int] = {name: j for j in range(anchors[-1] + 1) for name, words in parts[j].items() if words}
    def middle(j: int) -> float:
        return statistics.fmean(w.yc for words in parts[j].values() for w in words)
    row_pitch = statistics.median(middle(b) - middle(a) for a, b in itertools.pairwise(anchors)) if len(anchors) > 1 else None
    leading = _lines_leading(parts, row_pitch or math.inf, size)
    # where no spacing recurs below the rows' pitch, each line stands a row's pitch from the one
    # above (each product line starts a row in a list without serials), and a line that keeps it
    # goes on the table: "products of" / "silk &" at 1.66 em under "Handloom" (Writer), past a
    # line and a half
    reach = max((leading or 0.0) + tol, 1.5 * size, row_pitch + tol if leading is None and row_pitch else 0.0)

    def goes_on(j: int) -> bool:
        # a cell's next line: at the column's line spacing, or within a line and a half; or a
        # line less than an em below the line above, printed into it as no footer or note is
        # (a Calc row too low for its text: "Agro-processing: Millet-based" / "Value-added
        # Foods" 6.8 pt under the serial's line, where rows printed over each other made the
        # cells' spacing look 8 pt)
        above = [w for words in parts[j - 1].values() for w in words]
        return (any(name in last_line and _feet_pitch(parts, last_line[name], j, name) <= reach for name, words in parts[j].items() if words)
                or bool(above) and line_foot([w for words in parts[j].values() for w in words]) - line_foot(above) < size)

    for j in range(anchors[-1] + 1, len(parts)):
        named = [name for name, words in parts[j].items() if words]
        # or a merged state or district cell's text, set lower than the last row on the page
        # (centred on a cell that runs on past the page's foot), within a row of the line above
        merged = (named and set(named) <= set(MERGED) and row_pitch is not None and any(parts[j - 1].values())
                  and middle(j) - middle(j - 1) <= row_pitch)
        # or a line set between two lines of a cell of the last row, which goes on below it: the
        # text of another of its cells, set lower ("Food" / "Processing" in the middle of a row
        # whose product's lines run on past them)
        if named and not goes_on(j) and not merged and not (j + 1 < len(parts) and goes_on(j + 1)):
            return j
        last_line.update(dict.fromkeys(named, j))
    return len(parts)


def _lines_leading(parts: list[dict[str, list[Word]]], below: float, size: float) -> float | None:
    """The line spacing of the cells (`_leading`), read over every column's lines one to the next:
    the lines of one cell stand closest, at the spacing most of them keep."""
    pitches = [_feet_pitch(parts, a, b, name) for name in {name for p in parts for name, words in p.items() if words}
               for a, b in itertools.pairwise([j for j in range(len(parts)) if parts[j].get(name)])]
    return _leading(pitches, below, size) if pitches else None


def _feet_pitch(parts: list[dict[str, list[Word]]], a: int, b: int, name: str) -> float:
    """From line a to line b of a column: by the lines' feet where the text layer tells them, else
    by their ink's centres. The centres of lines with and without descenders scatter a cell's
    spacing: the rest "y" of "Embroider" / "y" stood 18.9 pt below by its centre, at 16.6 pt
    spacing (Writer); "Paper" under "• Handmade" 18.0 pt, at 16.1 pt."""
    by_feet = line_foot(parts[b][name]) - line_foot(parts[a][name])
    return by_feet if not math.isnan(by_feet) else _centre(parts, b, name) - _centre(parts, a, name)


def _centre(parts: list[dict[str, list[Word]]], j: int, name: str) -> float:
    """The height of line j's text in the column `name`."""
    return sum(w.yc for w in parts[j][name]) / len(parts[j][name])


def _pitch(a: list[Word], b: list[Word], size: float) -> float:
    """From one line to the next: by the line their fonts set their glyphs on (`Word.foot`),
    where the text layer tells it; else from one line's top to the next's (a glyph's box reaches
    down as far as its letter does, "p", ")"), so the white between two lines varies by their
    letters where their pitch does not; `size`: the body's, `_top`)."""
    pitch = line_foot(b) - line_foot(a)
    return pitch if not math.isnan(pitch) else _top(b, size) - _top(a, size)


def _top(line: list[Word], size: float) -> float:
    """Where a line's capitals reach: its top, or, on a line of small letters only ("uram", the
    rest of a word broken above it) whose boxes are their ink (lower than the body's `size`, the
    height of its words' boxes), its top raised by what capitals stand above small letters (about
    two fifths of a small letter's height, in the usual faces; a "p" reaches below)."""
    top = min(w.top for w in line)
    if not all(SMALL_LETTERS.issuperset(w.text) for w in line):
        return top
    small = [w.bottom - w.top for w in line if DESCENDING.isdisjoint(w.text)] or [(w.bottom - w.top) / 1.45 for w in line]
    return top - 0.4 * max(small) if max(small) < 0.85 * size else top


SMALL_LETTERS = frozenset("acegmnopqrsuvwxyz.,:;-")  # letters no taller than an "x" (and what hangs below it)
DESCENDING = frozenset("gpqy,;")


PAGE_NUMBER = re.compile(r"^[-–(\s]*(page|p\.|pg\.?)?\s*\d{1,4}(\s*(of|/)\s*\d{1,4})?[-–)\s]*$", re.IGNORECASE)
# a line ending in the page's number ("file:///C:/list.html    1/3", "ODOP list   Page 3"): a running footer
PAGE_FOOTER = re.compile(r"(^|\s)(page\s*\d{1,4}|\d{1,4}\s*(of|/)\s*\d{1,4})[-–)\s]*$", re.IGNORECASE)


def without_footer(lines: list[list[Word]]) -> list[list[Word]]:
    """The page's lines without its running footer: the last lines, when they are its number or
    end in it, and are not the next marker of a list in the text set where it starts ("(4)" at a
    page's foot under "(3) Srikalahasthi": its item goes on overleaf; "(3)" under "(2)" and the
    serial's line "1 Lahaul (1)"), or in the lines it stands under (a list set in the middle of
    its column: "(3)" under "(1) Tussar" and "(2)", which start elsewhere)."""
    while lines and (PAGE_NUMBER.match(text := words_text(lines[-1])) or PAGE_FOOTER.search(text)):
        x0, x1 = lines[-1][0].x0, lines[-1][-1].x1
        if (next_marker(text, [words_text(line[k:]) for line in lines[:-1] for k, w in enumerate(line) if abs(w.x0 - x0) <= TOL])
                or next_marker(text, [words_text(line) for line in lines[:-1] if any(w.x0 < x1 and w.x1 > x0 for w in line)])):
            break
        lines = lines[:-1]
    return lines


def _off_level_apart(lines: list[list[Word]], columns: list[Column], serial: Column | None) -> list[list[Word]]:
    """The lines, with a state's or district's words that end the text above taken out of a
    serial's line they stand near. A row's cells start level with its serial (all set alike),
    but a merged cell's text goes on at its own line pitch, and its next line may come within a
    third of an em of a later row's serial ("Hills" of "South West Garo Hills", 3 pt under row
    22's serial, 10 pt type), or stand above the serial's level ("Pradesh" of "Arunachal
    Pradesh", set at the top of a merged cell at a line spacing less than the rows' pitch):
    grouped with it, it would open that row's cell. Such words, off the level of the line's other
    cells by a fifth of a line's box at both top and foot (a box may be its ink, with or without
    a descender), above it or a line's pitch under their column's line above, are put as a line
    of their own before the serial's line."""
    if serial is None:
        return lines
    merged = [c for c in columns if c.field in MERGED]
    out: list[list[Word]] = []
    for line in lines:
        level = [w for w in line if not any(c.x0 <= w.xc < c.x1 for c in merged)]
        if not any(serial.x0 <= w.xc < serial.x1 for w in level):
            out.append(line)
            continue
        top, bottom = statistics.median(w.top for w in level), statistics.median(w.bottom for w in level)
        size = statistics.median(w.size for w in line)
        for column in merged:
            cell = [w for w in line if column.x0 <= w.xc < column.x1]
            if not cell or any(min(abs(w.top - top), abs(w.bottom - bottom)) <= 0.2 * size for w in cell):
                continue
            above = next(([w for w in earlier if column.x0 <= w.xc < column.x1] for earlier in reversed(out)
                          if any(column.x0 <= w.xc < column.x1 for w in earlier)), [])
            # above the level, as no text set in its own row stands; below it, within a line's pitch
            if above and (min(w.top for w in cell) < top or 0 < min(w.top for w in cell) - max(w.top for w in above) < 1.3 * size):
                out.append(cell)
                line = [w for w in line if w not in cell]
        out.append(line)
    return out


def _until_gap(lines: list[list[Word]], serial: Column | None = None) -> list[list[Word]]:
    """The table's lines: stop at a gap far wider than the line spacing, and than any gap between
    rows above it (a footer or a note), unless the lines after it go on with the next serial
    (a spreadsheet makes a row taller than its text where its own metrics say the text needs it;
    set in the middle of that row, its serial stands below the first lines of a long cell)."""
    if len(lines) < 3:
        return lines
    # the line spacing within a column: from each line to the next one below it that has a word over
    # one of its own (cells set in the middle of their rows interleave their lines with others');
    # at least a line's height
    steps = []
    for n, line in enumerate(lines):
        below = next((b for b in lines[n + 1 : n + 5] if any(v.x0 < w.x1 and w.x0 < v.x1 for v in b for w in line)), None)
        if below is not None:
            steps.append(line_yc(below) - line_yc(line))
    pitch = max(statistics.median(steps) if steps else 0.0, 1.2 * statistics.median(w.size for line in lines for w in line))
    gaps = [line_yc(b) - line_yc(a) for a, b in itertools.pairwise(lines)]
    widest = 0.0
    for n, gap in enumerate(gaps, 1):
        if gap > 3.5 * pitch and gap > 2 * widest:
            end = next((m for m in range(n, len(gaps)) if gaps[m] > 3.5 * pitch), len(gaps)) + 1  # (up to the next such gap)
            if not _serial_goes_on(lines[:n], lines[n:end], serial):
                return lines[:n]
        widest = max(widest, gap)
    return lines


def _serial_goes_on(above: list[list[Word]], below: list[list[Word]], serial: Column | None) -> bool:
    """Whether the first serial of the lines below is the one after the last serial above them."""
    if serial is None:
        return False

    def numbers(lines: list[list[Word]]) -> list[int]:
        return [int(w.text.rstrip(".")) for words in lines for w in words
                if serial.x0 <= w.xc < serial.x1 and w.text.rstrip(".").isdecimal()]

    before = numbers(above)
    return bool(before) and numbers(below)[:1] == [before[-1] + 1]


def unsure_blocks(rows: list[Row]):
    """(row index, field, detail) of the rows whose state or district the page cannot settle in a table
    without rules: a blank cell repeats the text above it only where the text stands on its
    row's first line; where a text stands between rows (a merged cell's middle) or the first row
    of the table is blank (texts at the foot of their cells), every row from the text before to
    the text after may belong to either. Not so on a page where every row (two or more) has a
    text of its own in that column: none spans rows, wherever each is set."""
    own = [row for row in rows if row.unruled and not row.continuation]
    first_blank = next((k for k, row in enumerate(rows) if row.unruled and not row.continuation), None)
    few = {page for page, n in Counter(row.page for row in own).items() if n < 2}
    for name in ("state", "district"):
        texts = [k for k, row in enumerate(rows) if row.unruled and row.text(name)]
        spanned = {row.page for row in own if not row.text(name)} | few
        unsure = [k for k, row in enumerate(rows) if row.unruled and name in row.floating and row.page in spanned]
        if first_blank is not None and not rows[first_blank].text(name) and texts:
            unsure.append(texts[0])
        for k in unsure:
            before = max((t for t in texts if t < k), default=-1)
            after = min((t for t in texts if t > k), default=len(rows))
            detail = (f"a text between rows ({rows[k].text(name)!r})" if rows[k].text(name) else
                      f"a blank cell, of the merged cell above ({rows[max(before, 0)].text(name)!r}) or of the next text's")
            for j in range(before + 1, after):
                if rows[j].unruled and not rows[j].continuation:
                    yield j, name, f"{name}: {detail}: a merged cell whose rows the page cannot tell"
