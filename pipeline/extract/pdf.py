"""The rows of a list printed as a table in a PDF."""

from __future__ import annotations

import bisect
import contextlib
import functools
import gc
import itertools
import logging
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import islice, takewhile
from pathlib import Path
from types import MappingProxyType
from typing import Callable, Iterator

from . import ExtractionError, Extraction, ExtractSettings
from ..text import fold
from .layers import TEXT_LAYERS, DocumentInfo, PageContent, PdfError, cut_past_table_edge, document_info
from .cells import (TEXTS_MEET, TOTAL_AFTER, Line, Row, a_word, begins_as_no_name, breaks_after_hyphens, continues, cut_short, english, fits_on,
                    join_across_pages, join_lines, keeps_rows_whole, keeps_words_whole, partial_name, runs_on, settle_hyphen_breaks,
                    settle_breaks_by_wrap_spaces, settle_justified_breaks, settle_word_breaks, splits_cell_text_at_top, spreads_only_wrapped_lines)
from .products import item_groups, known_product_names, known_products, settle_breaks, split_products
from .columns import category_of, product_fields
from .grid import doubt_close_breaks
from .markers import ITEM_BULLETS, ROMAN, at_start, ends_on_marker, list_of, marks, marks_an_item, opens_list, past_first
from .merged import MERGED, Places, names, names_apart, names_whole, settle_place_breaks
from .table import TableState, page_rows, product_cells, uncertain_breaks
from .title import is_state_name
from .unruled import rows_by_spacing, settle_unruled_wraps, unsure_blocks

log = logging.getLogger(__name__)

MAX_PAGES_PER_TASK = 16  # pages a worker reads at a time, at most (each task opens the document)
TASKS_IN_FLIGHT = 2  # per worker: bounds the pages held in memory at once
READ_IN_PROCESS = 6  # pages: a document this short is read in-process (starting workers costs more)


@contextlib.contextmanager
def collector_paused():
    """Python's cyclic garbage collector paused while a document is read. Reading makes hundreds of
    thousands of small objects (words, lines, rows) and no reference cycles, and each automatic
    collection walks every object still alive: on a 500-page list they cost a sixth of the time.
    Reference counting still frees what is dropped; the collector resumes afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@collector_paused()
def extract_pdf(path: Path, settings: ExtractSettings, places: Places | None = None) -> Extraction:
    info = check_pdf(path)
    pages = info.pages
    if pages > settings.max_pages:
        raise ExtractionError(f"{path}: {pages:,} pages, over the bound of {settings.max_pages:,} for a list (about 20 pages); "
                              "if it really is one, raise max_pages in the source's extract settings")
    rows, state, scanned = _table_rows(lambda: _pages(path, pages, settings), settings.state, info.producer, pages, places)
    text_layer = settings.text_layer
    if scanned:  # pages printed as images: read again, those pages by OCR (once: recognition is slow)
        log.info("%s: page(s) %s have no text layer: reading them by OCR", path.name, _pages_text(scanned))
        read = list(_with_ocr(path, pages, scanned, settings))
        rows, state, _ = _table_rows(lambda: iter(read), settings.state, info.producer, pages, places)
        text_layer = "ocr"
        blank = sorted(set(scanned) - {row.page for row in rows})
        if len(blank) == len(scanned):
            raise ExtractionError(
                f"{path}: page(s) {_pages_text(scanned)} have no text layer and OCR found no table text on them "
                "(blank or unreadable scans?); expected a list printed as a table"
            )
    if state.columns is None:
        hint = state.best_candidate
        if hint:
            raise ExtractionError(
                f"{path}, page {hint.page}: the table header {hint.labels} cannot be mapped: "
                f"{'; '.join(hint.problems)} (labels are listed in pipeline/reference/columns.yaml)"
            )
        raise ExtractionError(
            f"{path}: no table found on {pages} page(s): expected a header row naming the "
            "state, district and product columns"
        )
    if not rows:
        raise ExtractionError(f"{path}: the table has a header but no rows")
    if not any(row.text("state") for row in rows):
        raise ExtractionError(f"{path}: no state column, and neither a heading nor the title names a state: "
                              "declare the list's state (`state:` in sources.yaml, or extract --state NAME)")
    # Settle the line breaks of product cells over the whole document, then read the items.
    settle_unruled_wraps(rows, text_layer == "ocr")
    doubt_close_breaks(rows)
    settle_word_breaks([lines for row in rows for lines in row.cells.values()], keeps_words_whole(info.producer))
    settle_hyphen_breaks(product_cells([row for row in rows if not row.unruled]), breaks_after_hyphens(info.producer))
    settle_place_breaks(rows, places)
    settle_justified_breaks(rows, lambda row: product_fields(row.cells), spreads_only_wrapped_lines(info.producer))
    settle_breaks_by_wrap_spaces(product_cells(rows), [lines for row in rows for lines in row.cells.values()])
    spaced = rows_by_spacing(rows)  # rows told apart only by where their lines stand
    settle_breaks(product_cells(rows), {id(lines) for lines in product_cells([rows[k] for k in spaced])})
    # each doubt with what it concerns (its scope): a cell's text (its field), or in a cell of
    # products the items beside a break (its field and the words beside it); else the whole row (None)
    doubts = {k: [("line breaks", detail, (name, beside)) for detail, name, beside in found]
              for k, found in uncertain_breaks(rows).items()}
    unsure_states: dict[int, str] = {}  # rows whose state's merged cell the page cannot tell, for the directory to settle
    for k, name, detail in unsure_blocks(rows):
        if name == "state":
            unsure_states.setdefault(k, detail)
        else:
            doubts.setdefault(k, []).append(("merged cells", detail, None))
    serials = any(row.cells.get("serial") for row in rows)
    # (read only for a list without serials: it splits every cell)
    one_item_a_cell = not serials and not any(len(split_products(cell)) > 1 for cell in product_cells(rows))
    one_line = _one_line_texts(rows) if not serials else {}
    for k in (k for k in range(1, len(rows)) if not serials and rows[k - 1].page != rows[k].page and not rows[k].text("district")
              and not rows[k].is_total and not (one_item_a_cell and _begins_an_item(rows[k - 1], rows[k]))
              and not any(rows[k - 1].text(name) and texts[rows[k].text(name)] >= 2 for name, texts in one_line.items())):
        for j in (k - 1, k):  # (then neither is a row of its own)
            doubts.setdefault(j, []).append(("rows", f"the first row of page {rows[k].page} has no district, and the list prints no "
                                                     "serials: it may be the tail of the row before, broken by the page", None))
    for k in spaced:
        doubts.setdefault(k, []).append(("rows", "a table with neither serials nor rules between its rows, its cells of several "
                                                 "lines: which lines make each row is told only by where they stand", None))
        # a page's first row so read may hold the rest of the page before's last, broken by the page
        if k and rows[k - 1].page != rows[k].page:
            for name in product_fields(rows[k - 1].cells):
                doubts.setdefault(k - 1, []).append(("rows", f"the first row of page {rows[k].page} is told only by where its lines "
                                                             f"stand: it may hold the rest of {rows[k - 1].text(name)!r}",
                                                     (name, _end_item(rows[k - 1].cells[name], -1))))
    labels = {c.field: set(fold(c.label).split()) for c in state.columns if c.field}
    besides = _values_beside(rows)
    # the widest word a product line begins with: a line that ends on a space with room left for
    # it was not wrapped there. A space typed at a cell's end is drawn too (the January 2022 list,
    # Word: 11 of 790 cells, "Mustard ", "Blue Pottery of Jaipur ", each of one line and whole)
    widest_word = max((line.need for cell in product_cells(rows) for line in cell), default=0.0)
    short = cut_short(rows)
    heads, items = _heads_at_wraps(product_cells(rows))
    bullet_first, every_item_bulleted = _bullet_first(product_cells(rows))
    counted_alone = _counted_alone(product_cells(rows))
    for k, row in enumerate(rows):  # where a place or product may hold another cell's text, or a row is none
        read = set(MERGED) | set(product_fields(row.cells))  # the fields a row's record is read from
        if row.overrun & read:
            names = " and ".join(sorted(row.overrun))
            # a state's or district's text in doubt is in doubt in every row that carries it down
            for scope in [(name, ()) for name in sorted(row.overrun & set(MERGED))] or [None]:
                doubts.setdefault(k, []).append(("columns", f"{names}: text runs past a column's edge into the next: "
                                                            "either may hold the other's text", scope))
        for name, lines in ((name, lines) for name, lines in row.cells.items() if name in read):
            if any(line.cut for line in lines):
                doubts.setdefault(k, []).append(("clipped text", f"{name}: {row.text(name)!r} is cut by the edge of what the page "
                                                                 "shows, or by the next cell's text drawn over its end (a word "
                                                                 "run past it): its text may go on unseen", (name, ())))
            if (k, name) in short:
                doubts.setdefault(k, []).append(("clipped text", f"{name}: {row.text(name)!r} ends on a line spread to its "
                                                                 "column's edge, as a justified line is before another: its "
                                                                 "text may go on unseen", (name, (lines[-1].text.split()[-1],))))
            for line in (line for line in lines if line.lost_start):
                doubts.setdefault(k, []).append(("recognition", f"{name}: {line.text!r} starts past its column's start, spread "
                                                                 "to its edge from a glyph not read (a list's marker?)",
                                                 (name, tuple(line.text.split()[-1:]))))
            if any(line.overprinted for line in lines):
                # (the items that hold the words printed over each other)
                over = tuple(w for line in lines if line.overprinted for w in line.text.split() if len(w.strip("().,&")) >= 4)
                doubts.setdefault(k, []).append(("columns", f"{name}: {row.text(name)!r} has words printed over each other "
                                                            "(a row too low for a cell's text): which cell each belongs to is unclear", (name, over)))
            # over its first line: the text of the row above ran down into it, and may have left its last
            # item's end here; over its last: the text of the row below ran up into it, and may have left
            # its first item's start here
            for j, end, how in ((k - 1, 0, "may go on in the words printed over the next row's"),
                                (k + 1, -1, "may begin in the words printed over the row above's")):
                if 0 <= j < len(rows) and lines and lines[end].overprinted and rows[j].page == row.page and rows[j].cells.get(name):
                    scope = (name, _end_item(rows[j].cells[name], -1 - end)) if name not in MERGED else None
                    doubts.setdefault(j, []).append(("columns", f"{name}: {rows[j].text(name)!r} {how} ({row.text(name)!r})", scope))
        # a list's cell holds no text before its first item: lines above a counted list's "1."
        # in an unruled table may be the row above's last item, its lines given to this row; lines
        # above a bulleted list's first bullet may have lost their start above them (an item's
        # head printed over the header: "Garments" under "• Ready-made"; or left unprinted by a
        # row too low for its text: "Veena" of "• Bobbili Veena"), or be the row above's
        row_above = bool(k) and rows[k - 1].page == row.page
        for name in product_fields(row.cells):
            lines = row.cells[name]
            # (a cell of one line may end on a typed space; one of several, wrapped at each space
            # it ends a line on, was cut after its last line)
            if len(lines) > 1 and lines[-1].wrapped and lines[-1].room - lines[-1].width < widest_word:
                doubts.setdefault(k, []).append(("clipped text", f"{name}: {row.text(name)!r} ends on the space its last line was "
                                                                 "wrapped at: the lines after it were not printed (a row too low "
                                                                 "for its text)", (name, _end_item(lines, -1))))
                # without a rule below it, the text may go on in the next row's first line, read as that row's
                _doubt_rest_below(doubts, rows, k, name, row.unruled)
            # a last item that the list prints whole nowhere else, but wrapped there, as the head of a
            # longer name, in a cell that goes on ("Lacquerware/Wooden" / "Toys"): its end may be unprinted
            if (last := split_products(lines)[-1:]) and fold(last[0]) in heads and items[fold(last[0])] == 1:
                doubts.setdefault(k, []).append(("clipped text", f"{name}: {row.text(name)!r} ends on {last[0]!r}, which the list "
                                                                 "prints elsewhere only wrapped, as the head of a longer name: "
                                                                 "its end may be unprinted (a row too low for its text)", (name, tuple(last))))
                _doubt_rest_below(doubts, rows, k, name)
            if ends_on_marker(text := row.text(name)):
                doubts.setdefault(k, []).append(("clipped text", f"{name}: the list of {text!r} ends on its next marker, with no "
                                                                 "item after it: its last items were not printed (a row too low "
                                                                 "for its text)", (name, tuple(text.split()[-2:-1]))))
            # (a list whose cells set their items in one paragraph, a bullet before each: a cell
            # whose text begins after its first bullet lost its start, as a counted list's does;
            # where the list sets a bullet before an item alone in its cell too, so does a cell
            # with none: "Dolls" under "• Dry Fish • Brassware • Raja Rani" printed over the row above)
            if ((text := row.text(name)) and text[:1] not in ITEM_BULLETS and not any(line.text[:1] in ITEM_BULLETS for line in lines)
                    and (bullet_first and any(b in text for b in ITEM_BULLETS) or every_item_bulleted)):
                doubts.setdefault(k, []).append(("clipped text", f"{name}: the list of {text!r} begins with no bullet, as the "
                                                                 "list's other cells do: its first items were not printed (a "
                                                                 "row too low for its text) or lost their bullet", (name, ())))
            if id(lines) in counted_alone:
                doubts.setdefault(k, []).append(("clipped text", f"{name}: {row.text(name)!r} is counted as a list's first item, "
                                                                 "alone, where the list sets an item alone without a number: the "
                                                                 "items after it were not printed (a row too low for its text)?", (name, ())))
            if late := _list_begins_late(lines):
                doubts.setdefault(k, []).append(("clipped text", f"{name}: the list of {text!r} begins at {late!r}: "
                                                                 "its first items were not printed (a row too low for its "
                                                                 "text) or lost their markers", (name, ())))
            opening = next((m for m in range(1, len(lines))
                            if opens_list(lines[m].text, lines[m - 1].text) or lines[m].text[:1] in ITEM_BULLETS), None)
            if opening is None or any(at_start(line.text) for line in lines[:opening]):
                continue
            head, bulleted = join_lines(lines[:opening]), lines[opening].text[:1] in ITEM_BULLETS
            # at a page's top, the rest of the page before's last item, its row broken by the page
            if k and rows[k - 1].page != row.page and (before := rows[k - 1].cells.get(name)):
                doubts.setdefault(k - 1, []).append(("columns", f"{name}: {head!r}, before the first item of a list at the top of page "
                                                                f"{row.page}, may be the rest of {rows[k - 1].text(name)!r}", (name, _end_item(before, -1))))
            if bulleted:  # (below a row of its table, in a table without rules, it may be that row's too)
                for j in (k - 1, k) if row.unruled and row_above else (k,):
                    doubts.setdefault(j, []).append(("columns", f"{name}: {head!r} stands before the first bullet of a list "
                                                                f"({row.text(name)!r}): its start may be lost above", None))
            elif not bulleted and row.unruled and row_above:
                for j in (k - 1, k):
                    doubts.setdefault(j, []).append(("columns", f"{name}: {head!r} stands before the first item of a list "
                                                                f"({row.text(name)!r}): the row above's, or this row's?", None))
        for name in ("state", "district"):
            # a Total row's label after a place's name: the Total row, its count in the product
            # column, read as the row's last line ("Warangal Urban (Hanumakonda) Total")
            if TOTAL_AFTER.search(text := row.text(name)):
                doubts.setdefault(k, []).append(("columns", f"{name}: {text!r} ends with a Total row's label: "
                                                            "that row read into this one?", None))
            if partial_name(text):
                doubts.setdefault(k, []).append(("columns", f"{name}: {text!r} begins, ends or holds what no name does: "
                                                            "a word of it may stand in the column beside", (name, ())))
            # beginning so, its start may be the row above's text, on this page or the one before
            # ("Warangal Urban" at a foot, "(Hanumakonda)" overleaf)
            if k and begins_as_no_name(text) and (above := rows[k - 1].text(name)) and above != text:
                doubts.setdefault(k - 1, []).append(("columns", f"{name}: {above!r} may go on in the row below's {text!r}, "
                                                                "which begins as no name does", (name, ())))
            # ending so, its rest may be the text of the rows below ("Dadra and Nagar Haveli and" /
            # "Daman and Diu", a merged state's text read as two), each row that carries it
            # (rows left blank carry the text above them)
            if (text and runs_on(text) and (after := next((j for j in range(k + 1, len(rows)) if rows[j].text(name)), None))
                    and (below := rows[after].text(name)) != text):
                for j in itertools.takewhile(lambda j: rows[j].text(name) in ("", below), range(after, len(rows))):
                    doubts.setdefault(j, []).append(("columns", f"{name}: {below!r} may hold the rest of the row above's {text!r}, "
                                                                "which ends as no name does", (name, ())))
        if repeats := _repeats_header(row, labels):
            doubts.setdefault(k, []).append(("columns", f"{repeats} are words of the header's labels: a header line read as a row?", None))
        for name, (value, column) in _holds_values(row, besides).items():
            doubts.setdefault(k, []).append(("columns", f"{name}: {row.text(name)!r} holds {value!r}, a text the {column} column "
                                                        "holds alone: a cell beside's text read into it?", (name, ())))
    read_as = recognition_doubts(rows, places, doubts) if text_layer == "ocr" else {}
    records, record_doubts = _records(rows, doubts, text_layer == "ocr", unsure_states, places, read_as)
    damage = [(None, "damaged file", why) for why in info.mended]
    lost = [(None, "tables", f"page {page}: " + (f"{count} lines above the list's first header begin with serials 1 to {count}"
                                                 if count > 1 else "a line above the list's first header begins with serial 1")
             + ": rows of a table whose header was not read?") for page, count in state.passed_over]
    return Extraction(records, pages, damage + lost + record_doubts, text_layer=text_layer)


def _one_line_texts(rows: list[Row]) -> dict[str, Counter]:
    """The fields other than places and products whose every cell in the list is one line (a
    sector, a category), with how often each text fills one: a row broken by a page prints such
    a cell whole on one side of the break, so a page's first row that holds a text the field
    holds whole elsewhere too, under a row that holds one, is a row of its own."""
    fields = {name for row in rows for name in row.cells}
    fields -= {*MERGED, *product_fields(fields), "serial"}
    return {name: Counter(row.text(name) for row in rows if row.cells.get(name))
            for name in fields if all(len(row.cells.get(name) or ()) <= 1 for row in rows)}


def _begins_an_item(above: Row, row: Row) -> bool:
    """Whether a row's product, set on as the next line of the product of the row above, would
    begin an item: its first word would have fitted on that line (the engine breaks only a line
    full), and it goes on from it as no name does. In a list that sets one item a cell, a page's
    first row so is a row of its own, not the tail of the row above broken by the page."""
    name = next(iter(product_fields(above.cells)), None)
    if not (name and above.cells[name] and row.cells.get(name)):
        return False
    before, first = above.cells[name][-1], row.cells[name][0]
    return not continues(before.text, first.text) and fits_on(before, first.need, first.size)


def _heads_at_wraps(cells: list[list[Line]]) -> tuple[set[str], Counter]:
    """The texts items reach where their lines wrap ("Lacquerware/Wooden" of "Lacquerware/Wooden" /
    "Toys"), and how often the list prints each item whole (folded)."""
    heads, items = set(), Counter()
    for lines in cells:
        items.update(map(fold, split_products(lines)))
        start = 0  # (an item begins at a break by hand, if not before)
        for k in range(1, len(lines)):
            if lines[k].hard_break:
                start = k
            elif before := split_products(lines[start:k]):
                heads.add(fold(before[-1]))
    return heads, items


def _end_item(lines: list[Line], end: int) -> tuple[str, ...]:
    """A cell's first (`end` 0) or last (-1) item as its record reads it, as a doubt's scope
    (none: the whole cell)."""
    return tuple(split_products(lines)[end:][:1])


def _bullet_first(cells: list[list[Line]]) -> tuple[bool, bool]:
    """Whether the list's cells of bulleted items begin with a bullet, most of them; and whether
    its cells of one item do too, nearly all (three at least): a bullet before every item."""
    texts = [join_lines(lines) for lines in cells if lines]
    bulleted = [text for text in texts if any(b in text for b in ITEM_BULLETS)]
    alone = [text for text in texts if not any(b in text[1:] for b in ITEM_BULLETS)]
    return (sum(text[:1] in ITEM_BULLETS for text in bulleted) > len(bulleted) / 2,
            sum(text[:1] in ITEM_BULLETS for text in alone) >= max(3, 0.9 * len(alone)))


def _counted_alone(cells: list[list[Line]]) -> set[int]:
    """The cells (their ids) whose count stops at their first item, where the list counts the
    items of its cells of several ("1) Kiwi" / "2) Tamarind"), most of them, and sets an item
    alone in its cell without a number, nearly all (three at least): such a cell lost the items
    after its first, unprinted where a spreadsheet's row is too low for its text ("1) Agro-
    processing: ..." / "Foods", its "2) Zari-Zardozi" below the row's foot)."""
    if not any(opens_list(lines[0].text) for lines in cells if lines):
        return set()
    counted = [(lines, len(split_products(lines)), opens_list(lines[0].text)) for lines in cells if lines]
    alone = [first for _, n, first in counted if n == 1]
    several = [first for _, n, first in counted if n > 1]
    if alone.count(False) < max(3, 0.9 * len(alone)) or several.count(True) <= len(several) / 2:
        return set()
    return {id(lines) for lines, n, first in counted if n == 1 and first}


def _list_begins_late(lines: list[Line]) -> str | None:
    """The marker a cell's list begins at, where it begins past its first at a line's start
    ("Garments" / "(ii) Raja Rani" / "Dolls"), or anywhere with the next marker after it
    ("Turmeric c) Blue" / "Pottery d) Woollen", `list_of`); None otherwise. Read in the cell's
    whole text: a marker alone on its line ("1." / "Fisheries/Marine products") counts before
    the item after it."""
    text = join_lines(lines)
    starts = {0} | {len(join_lines(lines[:k])) + len(lines[k].joiner) for k in range(1, len(lines))}
    first = next(iter(marks(text)), None)
    if first and past_first(first) and (first.start in starts or list_of(text).style is not None):
        return text[first.start:first.end].strip()
    return None


def _values_beside(rows: list[Row]) -> dict[str, str]:
    """The texts that the columns beside the places and products (a category, a sector, remarks)
    hold alone in three rows or more ("Tertiary"), folded, each with its column."""
    counts = Counter((fold(row.text(name)), name) for row in rows
                     for name in set(row.cells) - {*MERGED, "serial", *product_fields(row.cells)} if row.text(name).strip())
    return {text: name for (text, name), n in counts.items() if n >= 3}


def _holds_values(row: Row, besides: dict[str, str]) -> dict[str, tuple[str, str]]:
    """The row's product fields whose text holds, among other words, a text that a column beside
    holds alone (`_values_beside`): "Large Tertiary Cardamom", the category's "Tertiary" read into
    a justified product cell whose column's edge was read too far right, or met inside a word
    ("TurmericAgriculture", the sector's run into a scan's product); or a word of such a text
    whose rest the column beside holds in the row ("Apple & Food Apple-based Products" beside
    "Processing": "Food Processing" parted between the two cells). Each with that text and its
    column."""
    out = {}
    for name in product_fields(row.cells):
        words = fold(TEXTS_MEET.sub(" ", row.text(name))).split()
        for value, column in besides.items():
            held, beside = value.split(), fold(row.text(column)).split()
            rest = held[: len(held) - len(beside)] if held[len(held) - len(beside) :] == beside else (
                held[len(beside) :] if held[: len(beside)] == beside else [])
            if _holds_among_others(words, held) or 0 < len(beside) < len(held) and rest and _holds_among_others(words, rest):
                out[name] = (value, column)
    return out


def _holds_among_others(words: list[str], part: list[str]) -> bool:
    """Whether `words` hold the words of `part` in a run, and others beside."""
    return len(words) > len(part) and any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


def _repeats_header(row: Row, labels: dict[str, set[str]]) -> list[str]:
    """The texts of a row whose district and product cells each hold only words of their own
    column's label ("Name" under "District Name" and under "Product Name"): a header's line (its
    second, or the header printed again) read as a row. Empty where the row is not such."""
    texts = {name: row.text(name) for name in ["district", *product_fields(row.cells)] if row.text(name).strip()}
    if len(texts) < 2 or not all(set(fold(text).split()) <= labels.get(name, set()) for name, text in texts.items()):
        return []
    return list(texts.values())


def _table_rows(pages: Callable[[], Iterator[PageContent]], declared_state: str | None,
                producer: str, last_page: int, places: Places | None = None) -> tuple[list[Row], TableState, list[int]]:
    """The table's rows, page after page (`pages()` reads them), and the numbers of the pages
    that hold only images. One document sets its cells one way: where a table was read in a
    setting that the tables after it showed worse than another (`_aligned_cells` weighs the
    evidence so far), or before any showed one, the pages are read again in the setting the whole document shows, and
    with its columns' widest lines; so are pages of a list without serials read before any line
    showed the line spacing that tells its rows apart (`unruled.rows_by_white`), where a later
    one did. `producer`: the program that made the PDF, for what it does at a page break;
    `places`: the directory, where at hand (`merged_spans`)."""
    split_at_top, rows_whole = splits_cell_text_at_top(producer), keeps_rows_whole(producer)
    read = (lambda: map(cut_past_table_edge, pages())) if keeps_words_whole(producer) else pages
    rows, state, scanned = _rows_of(read(), TableState(declared_state=declared_state, split_at_top=split_at_top, rows_whole=rows_whole,
                                                        last_page=last_page, places=places))
    setting = state.document_setting()
    if setting and state.read_settings - {setting} or state.read_unspaced and state.wraps:
        again = TableState(declared_state=declared_state, split_at_top=split_at_top, rows_whole=rows_whole, last_page=last_page,
                           setting_evidence=state.setting_evidence,
                           settled=True, widest_texts=state.widest_texts, places=places, wraps=state.wraps, rows_apart=state.rows_apart)
        rows, state, _ = _rows_of(read(), again)
    return rows, state, scanned


def _rows_of(pages: Iterator[PageContent], state: TableState) -> tuple[list[Row], TableState, list[int]]:
    """One reading of the pages' rows, the page before's tail joined to the row it ends."""
    rows: list[Row] = []
    scanned: list[int] = []
    for page in pages:
        if not page.words and page.has_images:
            scanned.append(page.number)
            continue
        joined: dict[str, tuple[list, list]] = {}
        on_page = page_rows(page, state)
        for k, row in enumerate(on_page):
            if row.continuation and rows:
                joined = _append(rows[-1], row)
            else:
                # a merged cell over the tail of the row before and rows after it holds for them
                # too the text joined across the page break ("Mohla-Manpur-" / "Ambagarh Chouki")
                row.cells.update({name: whole for name, lines in row.cells.items() for tail, whole in joined.values() if lines is tail})
                if rows and rows[-1].page != row.page:
                    _join_run_on_cells(rows, row, state.places, set(joined) if joined else None, on_page[k + 1 :])
                rows.append(row)
    return rows, state, scanned


def _with_ocr(path: Path, pages: int, scanned: list[int], settings: ExtractSettings) -> Iterator[PageContent]:
    """Every page in order: the scanned ones read by OCR, the others by their text layer."""
    from .ocr import ocr_pages

    read_by_ocr = ocr_pages(path, scanned, settings.workers)
    for page in _pages(path, pages, settings):
        yield next(read_by_ocr) if page.number in scanned else page


# what a doubt concerns: a cell of products (its field) and the words of its items it is about
# (none: all of them); None: every item of the row
Scope = tuple[str, tuple[str, ...]] | None


def recognition_doubts(rows: list[Row], places: Places | None, doubts: dict[int, list]) -> dict[tuple[int, str, str], str]:
    """Add the doubts of what OCR may have misread (`misread_cells`) to `doubts`, by row; return
    the items to read as the list reads them elsewhere, by (row, field, item as read): a product
    read once a sign from, or spaced otherwise than, a text the list reads more often ("Nalnut
    Wood Carving" beside "Walnut Wood Carving" read three times). The doubt stays: the row may
    print another name, a sign apart."""
    read_as = {}
    for k, details in misread_cells(rows, places).items():
        doubts.setdefault(k, []).extend(("recognition", detail, scope) for detail, scope, _ in details)
        read_as.update({(k, scope[0], scope[1][0]): likelier for _, scope, likelier in details if likelier})
    return read_as


def misread_cells(rows: list[Row], places: Places | None = None) -> dict[int, list[tuple[str, Scope, str | None]]]:
    """The cells OCR may have misread, by the index of their row, each with the doubt's scope (the
    items that read the text or hold the words; None: every item of the row) and the text the list
    reads for it, where it reads one more often (a product a sign away, or spaced otherwise; else
    None): a word read with less than LOW_CONFIDENCE that the document does not confirm, or a
    word of four letters or more read once where the list reads one a letter away three times
    or more ("Assan" beside "Assam", at 0.999), or a place or product read once a sign away
    from one the list reads twice or more, or spaced otherwise than the list reads it more
    often, or with no space before a bracket. The recogniser is unsure of many words it reads
    right ("Embroidery" at 0.52): one read surely elsewhere is confirmed, unless the list reads a
    word one letter away more often (a font misread the same way each time); so is a list's
    marker (its item is read the same, whatever its count), and a place's text the directory
    (`places`) names as read ("Alluri Sitharama Raju", "Raju" a letter from "Raja" of "Raja
    Rani Dolls", read often)."""
    from .ocr import LOW_CONFIDENCE

    def unsure(line) -> set[str]:
        return {text for text, confidence in line.unsure if confidence < LOW_CONFIDENCE}

    lines = [line for row in rows for cell in row.cells.values() for line in cell]
    counts = Counter(word for line in lines for word in line.text.split())
    # confirmed in any case, as names compare ("silk" read unsurely, "Silk" surely)
    surely = {word.casefold() for line in lines for word in line.text.split() if word not in unsure(line)}

    @functools.cache
    def likelier(word: str, times: int) -> bool:  # a word one letter away read `times` times or more
        return any(n >= times and _one_letter_apart(word, other) for other, n in counts.items())

    def texts_of(row: Row) -> dict[str, list[str]]:  # its places' texts and its products' items
        products = product_fields(row.cells)
        return {name: split_products(cell) if name in products else [row.text(name)]
                for name, cell in row.cells.items() if name in MERGED or name in products}

    texts = list(map(texts_of, rows))
    read = [text for found in texts for items in found.values() for text in items]
    # the texts the list reads whose words go on past another's in brackets ("... (Jaggery)")
    qualified = sorted({fold(text) for text in read if text.rstrip().endswith(")") and "(" in text})
    times = Counter(map(_compared, read))  # how often the list reads each text, as names compare
    spaced = Counter(map(_spaced, read))  # and as printed, word by word
    as_printed = {_spaced(text): text for text in reversed(read)}
    usual: dict[str, str] = {}  # each text as the list prints it most often (spaced so)
    for form, _ in spaced.most_common():
        usual.setdefault(_compared(form), as_printed[form])
    often = defaultdict(list)  # by length: the texts the list reads twice or more
    for text, n in times.items():
        if n >= 2:
            often[len(text)].append(text)
    often_words = defaultdict(list)  # by their count of words: the same, word by word
    for form, n in spaced.items():
        if n >= 2:
            often_words[len(form.split())].append(form.split())

    found: dict[int, list[tuple[str, Scope, str | None]]] = {}

    def misread(k: int, name: str, text: str, why: str, likelier: str | None = None) -> None:  # (it concerns the item that reads so)
        read_as = likelier if likelier and name not in MERGED else None  # (a place's text the directory reads)
        found.setdefault(k, []).append((f"{name} {text!r} may be misread (least confidence {rows[k].confidence(name):.2f}): {why}"
                                        + (f"; read as {read_as!r}" if read_as else ""), (name, (text,)), read_as))

    for k, row in enumerate(rows):
        # a text read once, a sign from one the list reads more often: the sign read wrong or left
        # out ("Coconut Coconut based products" beside "Coconut & Coconut based products" read
        # three times, its "&" unread at 0.99), as a word a letter from a word read more often
        for name, items in texts[k].items():
            for text in items:  # words run together or apart: a space missed or seen ("Agarbatti(Incense")
                if (most := spaced[_spaced(usual[key := _compared(text)])]) > spaced[form := _spaced(text)]:
                    misread(k, name, text, f"spaced otherwise than {usual[key]!r}, read {most} times", usual[key])
                elif GLUED_SIGN.search(form) and text not in known_product_names():
                    misread(k, name, text, "no space beside its bracket or \"&\", as names print one")
                if not row.is_total and (odd := _odd_signs(name, text)):
                    misread(k, name, text, odd)
            # two items of a cell that read one of the initiative's names but for a sign left out
            # ("Rice based products" / "Poha etc": the "-" that ended a justified line lost, the
            # line ended short of the edge, and the next seemed to begin an item)
            for before, after in itertools.pairwise(items if name not in MERGED else ()):
                if known := _sign_lost(f"{before} {after}"):
                    for text in (before, after):
                        misread(k, name, text, f"with the item beside it the initiative's {known!r}, a sign lost between")
            # and an item read once that is two items or more the list reads elsewhere, one after
            # the other: the markers between them lost ("Turmeric Pottery": a bullet at 150 dpi)
            for text in (t for t in items if name not in MERGED and times[_compared(t)] == 1):
                if _items_run_together(text.split(), times):
                    misread(k, name, text, "items the list reads elsewhere, one after the other: a marker between lost?")
            # (a text read more than once may be misread the same way each time, in one font:
            # "Cofee (Araku)" twice; the initiative's names tell it still)
            # (of five letters at least: "Chili" of "Chilli")
            for text in (t for t in items if len(key := _compared(t)) >= 5):
                # (or short of its last sign: "Apple & Apple-based Product" beside "... Products" read
                # three times, "s (iii)" read "(iii)"; a word one letter longer is another word)
                near = next((other for n in (len(key) - 1, len(key), len(key) + 1) for other in often[n]
                             if _one_letter_apart(key, other) or _last_sign_lost(key, other)),
                            None) if times[key] == 1 and len(key) >= 6 else None
                if near:
                    misread(k, name, text, f"a sign away from {usual[near]!r}, read {times[near]} times", usual[near])
                elif name not in MERGED and times[key] == 1 and (other := _word_misread(_spaced(text), often_words)):
                    misread(k, name, text, f"but for a word that is no word, {usual[_compared(other)]!r}, read {spaced[other]} times")
                elif name not in MERGED and (known := _known_near(text)):
                    misread(k, name, text, f"a letter away from the initiative's {known!r}")
                elif name not in MERGED and len(key) >= 6 and (known := _sign_lost(text)):
                    misread(k, name, text, f"a sign short of the initiative's {known!r}")
                elif name not in MERGED and (longer := _read_longer(text, qualified)):
                    misread(k, name, text, f"the list reads {longer!r}: its end may be lost")
                elif name not in MERGED and (whole := _thin_letter_lost(text)):
                    misread(k, name, text, f"its last word no word, {whole!r} one: a thin letter lost at its end")
        products = product_fields(row.cells)
        # a serial read as a numeral that is no digit ("一" for "1": the recogniser knows Chinese)
        serial = row.text("serial")
        if any(c.isnumeric() and not c.isdecimal() for c in serial):
            found.setdefault(k, []).append((f"serial {serial!r} may be misread: a numeral that is no digit", None, None))
        for name, cell in row.cells.items():
            if name in MERGED and places is not None and names(places, name, row.text(name)):
                continue
            doubtful = sorted({word for line in cell for word in unsure(line) if not marks_an_item(word)
                               if word.casefold() not in surely or likelier(word, counts[word] + 1)}
                              # a word read once a letter from one read three times or more; or, however often
                              # read, a word of products (or a part of one between hyphens or signs:
                              # "Agro-procelssing:") that is no English word and that no name of the
                              # initiative uses, a letter from one they do ("Milliet" twice, in one font; not
                              # "Stoles", a word, nor a place's name), or two of their words run together
                              # ("Jamdanisarees": a space unseen)
                              | {word for line in cell for word in line.text.split()
                                 if len(word) >= 4 and word.isalpha() and counts[word] == 1 and likelier(word, 3)}
                              # (as the cell's lines join: "Jamdani" / "sarees", its capital misread, is one word broken)
                              | {part for part in (LETTER_RUN.findall(row.text(name)) if name in products else [])
                                 if (_misread_known_word(part) if len(part) >= 4 else _no_word(part))})
            # a capital read as its small letter at a line's start, where the letters differ in
            # size alone ("stone carving" under "Venkatagiri Cotton Sarees", 150 dpi): read so, the
            # line goes on the item above, as a wrap; where its text to the item's end is an item
            # the list reads elsewhere or a name of the initiative, it may begin one (not after a
            # line that runs on, "of silk &" / "cotton"; nor a wrap's rest, "carvings")
            for item in item_groups(cell) if name in products else ():
                for j, (before, line) in enumerate(itertools.pairwise(item), 1):
                    first = line.text.split()[0] if line.text.split() else ""
                    rest = join_lines(item[j:])
                    if (first[:1] in SAME_SHAPE and line.joiner == " " and not runs_on(before.text)
                            and (times[_compared(rest)] or fold(rest) in known_products())):
                        found.setdefault(k, []).append((f"{name} {line.text!r}: {first!r} may be a capital misread, "
                                                        "which would begin an item", (name, (first,)), None))
            if doubtful:
                # (it concerns the items that hold the words, where each is in one)
                held = name in products and all(any(word.casefold() in item.casefold() for item in texts[k][name]) for word in doubtful)
                found.setdefault(k, []).append((f"{name} {row.text(name)!r}: {', '.join(map(repr, doubtful))} may be misread "
                                                f"(least confidence {row.confidence(name):.2f})", (name, tuple(doubtful)) if held else None,
                                                None))
    return found


# letters a recogniser reads for others of their shape: "m" as "rn" or "in", "w" as "vv", "d" as
# "cl", and the other way round ("Fumiture")
LOOK_ALIKE = (("rn", "m"), ("in", "m"), ("vv", "w"), ("cl", "d"), ("m", "rn"), ("w", "vv"), ("d", "cl"))

# small letters shaped as their capitals, told apart by size alone
SAME_SHAPE = frozenset("cosvwxz")

# letters whose ink is one thin stroke: a recogniser may leave one out at a word's end ("Chill" of "Chilli")
THIN_LETTERS = frozenset("iljtf")


def _read_longer(text: str, qualified: list[str]) -> str | None:
    """A text the list reads that is a scanned product's words and a qualifier in brackets after
    them (`qualified`: such texts, folded and sorted), where the product has none and is none of
    the initiative's names: its last line may be lost ("Sugarcane based products" beside "...
    (Jaggery)": a row too low for its text, the next row's printed over its last line). Not a
    text that goes on by another item ("Pickles, Papad & Spices ( ) Bamboo Shoots": two items
    read as one), nor where the initiative's names begin one another ("Carpets", "Carpets (Dari)")."""
    key = fold(text)
    if "(" in text or key in known_products():
        return None
    at = bisect.bisect_left(qualified, key + " ")
    return qualified[at] if at < len(qualified) and qualified[at].startswith(key + " ") else None


@functools.cache
def _known_near(text: str) -> str | None:
    """The initiative's product name (folded) a letter away from a text the list reads, in a
    scan: "Sugarcane based products (aggery)", "Cofee (Araku)" (OCR reads a letter wrong or not
    at all, sure of it). None where the text is a known name itself, or near none."""
    key = "".join(fold(text).split())
    if key in _known_compared():
        return None
    # the name less its last letter: one of a thin stroke ("Chill" of "Chilli"), or any, where what
    # is left ends in no word ("Terracott": the next word's box took it)
    last = fold(text).rsplit(" ", 1)[-1]
    cut = last not in english() and last not in _known_words()

    def thin_lost(other: str) -> bool:
        return _last_sign_lost(key, other) and (other[-1] in THIN_LETTERS or cut)

    return next((name for other, name in _known_compared().items() if _one_letter_apart(key, other) or thin_lost(other)), None)


@functools.cache
def _misread_known_word(word: str) -> bool:
    """Whether a word is none of English's nor of the initiative's product names, and a letter
    from a word of those names ("Milliet": "millet"; "Wooder": "wooden"), or two of them run
    together ("Jamdanisarees": "jamdani", "sarees"; not two English words, as English writes its
    compounds: "Handloom"; but a capital inside the word parts two: "ManufacturingCluster"), or
    one of those words with letters a recogniser takes for others of their shape ("Shriinp":
    "shrimp", `LOOK_ALIKE`)."""
    token, used = word.casefold(), _known_words()
    if token in used or token in english():
        return False
    return (re.search(r"[a-z][A-Z]", word) is not None or any(_one_letter_apart(token, other) for other in used)
            or any(token.replace(read, meant) in used for read, meant in LOOK_ALIKE if read in token)
            or any(token[:k] in used and token[k:] in used and not (token[:k] in english() and token[k:] in english())
                   for k in range(3, len(token) - 2)))


def _no_word(letters: str) -> bool:
    """Whether a short run of letters (two or three) is no word: none of English's, nor of the
    initiative's names, nor a list's roman count ("ii"). A recogniser makes such runs of ink it
    cannot read, sure of them ("ei cts" for "(2) Leather Products", a faint line)."""
    token = letters.casefold()
    return len(token) >= 2 and not _a_word_of_names(token) and token not in ROMAN


def _a_word_of_names(token: str) -> bool:
    """Whether a word (folded) is one of English's or of the initiative's names."""
    return a_word(token) or token in _known_words()


@functools.cache
def _known_words() -> frozenset[str]:
    return frozenset(word for name in known_products() for word in name.split())


def _sign_lost(text: str) -> str | None:
    """The initiative's name, as it prints it, that a scanned text reads with a sign left out
    ("Rice based products Poha etc" for "Rice based products - poha etc": a dash between
    spaces is a few pixels, and the recogniser drops it sure of the words), or None. Names
    compare folded, signs aside, so the text is that name to every other check."""
    return next((name for name in _known_by_letters().get(_letters(text), ()) if _signs(text) < _signs(name)), None)


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _signs(text: str) -> Counter:
    return Counter(c for c in text if not c.isalnum() and not c.isspace())


@functools.cache
def _known_by_letters() -> dict[str, list[str]]:
    """The initiative's names as it prints them, by their letters alone."""
    by_letters = defaultdict(list)
    for name in known_product_names():
        by_letters[_letters(name)].append(name)
    return dict(by_letters)


@functools.cache
def _known_compared() -> dict[str, str]:
    return {"".join(name.split()): name for name in known_products()}


def _compared(text: str) -> str:
    """A text as names compare: case and spaces aside."""
    return "".join(text.split()).casefold()


def _spaced(text: str) -> str:
    """A text as printed word by word: case aside."""
    return " ".join(text.split()).casefold()


LETTER_RUN = re.compile(r"[^\W\d_]+")  # a word's letters, between hyphens, slashes or other signs
DASHES = frozenset("-–")
PLACE_SIGNS = frozenset("&") | DASHES  # the signs a place's name holds as words ("Andaman & Nicobar Islands", "Capital Complex - Itanagar")

# a letter against a bracket, before an opening one or after a closing one ("(ii)Brass", a list's
# marker glued to its item), or against "&" ("Andaman& Nicobar"): a name sets a space between,
# but for a few the initiative prints so ("IT/ITES and R&D")
GLUED_SIGN = re.compile(r"[^\W\d_][(&]|[)&][^\W\d_]")


def _odd_signs(name: str, text: str) -> str:
    """What a recogniser may have made of a letter in a scanned text (none: ""): a letter outside
    the Latin alphabet ("Chouki" read "Čhouki"; "Narmadapuram 身", a line in Hindi read by a
    recogniser that knows Chinese, run into the cell), or a number in a product's name
    ("Fruits 8 & Vegetables"; no product of the initiative has one, a list's
    markers aside; a district may: "North 24 Parganas"), or a full stop after a word inside a
    product's name, where a comma reads so ("(Tomato, Onion. Potato)", "Eri. Muga & Assam Silk";
    no name of the initiative stops a word of three letters or more inside it, "Ex." of "(Ex.
    Jaggery, Molasses)" one of two), or a lone letter inside a product's name, as none has
    ("Fisheries/Marin e products": a space read inside a word; "Cashew C Handloom products of
    silk & cotton": a list's "(c)" misread), or empty brackets in it ("Pickles,
    Papad & Spices ( ) Bamboo Shoots": a list's count unread), or a sign before or after a place's
    name, which begins with a letter and ends with one or a bracket ("'Uttara Kannada",
    "Telangana ”": specks read as quotes), or between its words, where only "&" and dashes stand
    ("Ambedkar • Nagar"), or a dash there beside a word in lower case, where a dash joins names
    ("North and - Middle Andaman"; not "Capital Complex - Itanagar"), or a full stop after a word
    of three letters or more inside it ("Mohla-Manpur-Ambagarh. Chouki"; no state's or
    district's name in the directory has one: "Dr. B.R. Ambedkar Konaseema" stops shorter words)."""
    words = text.split()
    if any(c.isalpha() and not c.isascii() for c in text):
        return "a letter outside the Latin alphabet, as no name of the lists has"
    if name in MERGED and text[:1] and not text[:1].isalnum():
        return "a sign before a place's name, as no place's name begins with"
    if name in MERGED and text[-1:] and not (text[-1:].isalnum() or text[-1:] == ")"):
        return "a sign after a place's name, as no place's name ends with"
    if name in MERGED and any(not any(c.isalnum() for c in word) and word not in PLACE_SIGNS for word in words):
        return "a sign between a place's words, as no place's name holds but \"&\" and \"-\""
    if name in MERGED and any(word in DASHES and not (before[:1].isupper() and after[:1].isupper())
                              for before, word, after in zip(words, words[1:], words[2:])):
        return "a dash beside a word in lower case inside a place's name, where a dash joins names (a speck)"
    if name in MERGED and STOP_INSIDE.search(text):
        return "a full stop after a word inside a place's name, as no name of the directory has (a speck)"
    if name not in MERGED and EMPTY_BRACKETS.search(text):
        return "empty brackets in a product's name (a list's count unread)"
    if name not in MERGED and any(c.isdecimal() for c in text):
        return "a number in a product's name, as no name of the initiative has"
    if name not in MERGED and STOP_INSIDE.search(text):
        return "a full stop inside a product's name, where a comma may have been read"
    if name not in MERGED and any(len(w) == 1 and w.isalpha() and w not in "aA" for w in words):
        return "a lone letter inside a product's name, as no name has (a space read inside a word, or a list's marker misread)"
    return ""


EMPTY_BRACKETS = re.compile(r"\(\s*\)")  # a pair of brackets with nothing inside
STOP_INSIDE = re.compile(r"[^\W\d_]{3}\.\s")  # a word of three letters or more stopped, and more after it


def _word_misread(form: str, often: dict[int, list[list[str]]]) -> str | None:
    """The text the list reads twice or more (`often`: by their count of words, word by word) that
    a product is but for one of its words, two letters at most from the list's, where that word is
    no word of English's nor of the initiative's names ("Sugarcane aser products (Jaggery)" beside
    "... based ..." read seven times: OCR misread "based", sure of it), as spaced; or None. (Not
    two names that part by a word of their own: "Kondapalli Toys", "Etikoppaka Toys".)"""
    from rapidfuzz.distance import Levenshtein

    words = form.split()
    for other in often.get(len(words), ()):
        apart = [i for i, (a, b) in enumerate(zip(words, other)) if a != b]
        if (len(apart) == 1 and (word := words[apart[0]]).isalpha() and Levenshtein.distance(word, other[apart[0]]) <= 2
                and not _a_word_of_names(word)):
            return " ".join(other)
    return None


def _thin_letter_lost(text: str) -> str | None:
    """The word a scanned product's last word is, but for a letter of a thin stroke lost at its
    end, where the word as read is none of English's nor of the initiative's names ("Mille" of
    "Pearl Millet", read once and none of the initiative's names); or None."""
    last = (text.split() or [""])[-1].casefold()
    if len(last) < 3 or not last.isalpha() or _a_word_of_names(last):
        return None
    return next((last + c for c in sorted(THIN_LETTERS) if _a_word_of_names(last + c)), None)


def _last_sign_lost(read: str, other: str) -> bool:
    """Whether a text is another less its last sign ("Product" of "Products")."""
    return len(other) == len(read) + 1 and other.startswith(read)


def _items_run_together(words: list[str], times: Counter) -> bool:
    """Whether the words part into two texts or more that the list reads (`times`, as names
    compare), one after the other."""
    ends = {0: 0}  # the word each run of read texts ends before: the most texts it is
    for start in range(len(words)):
        if start in ends:
            for end in range(start + 1, len(words) + 1):
                if times[_compared(" ".join(words[start:end]))]:
                    ends[end] = max(ends.get(end, 0), ends[start] + 1)
    return ends.get(len(words), 0) >= 2


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two words differ by one letter changed, or two side by side swapped ("Bbobili" of
    "Bobbili": the recogniser set one of a double letter before the letter it follows), or one
    left out or added before their end: a word that goes on by a letter is another word or form
    ("Uttara" of "Uttar", a plural "Nicobars", "Fabrics," before a comma), not a misreading of
    it; nor is the word in another case ("silk", "Silk")."""
    if abs(len(a) - len(b)) > 1 or a.casefold() == b.casefold():
        return False
    if len(a) == len(b):
        apart = [k for k, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(apart) == 1 or len(apart) == 2 and apart[1] == apart[0] + 1 and a[apart[0]] == b[apart[1]] and a[apart[1]] == b[apart[0]]
    short, long = sorted((a, b), key=len)
    k = next((i for i, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return k < len(short) and short[k:] == long[k + 1 :]


def check_pdf(path: Path) -> DocumentInfo:
    """A complete, readable PDF's page count, what pdfium had to mend to open it and the program
    that made it; ExtractionError otherwise. A truncated download still opens in forgiving
    readers: its missing end marker gives it away."""
    with open(path, "rb") as f:
        f.seek(max(0, os.path.getsize(path) - 2048))
        if b"%%EOF" not in f.read():
            raise ExtractionError(f"{path}: the PDF is truncated (no %%EOF end marker)")
    try:
        info = document_info(path)
    except PdfError as exc:
        raise ExtractionError(f"{path}: {exc}") from exc
    if info.pages == 0:
        raise ExtractionError(f"{path}: the PDF has no pages")
    return info


def _pages(path: Path, pages: int, settings: ExtractSettings) -> Iterator[PageContent]:
    """Page contents in order. With workers, they read the pages a chunk at a time while this
    process finds the table on the pages read so far; chunks are small enough that every worker
    has some from the start."""
    read = TEXT_LAYERS[settings.text_layer]
    workers = settings.workers or os.cpu_count() or 1
    try:
        if workers == 1 or pages <= READ_IN_PROCESS:
            yield from read(path)
            return
        size = max(1, min(MAX_PAGES_PER_TASK, pages // (workers * TASKS_IN_FLIGHT)))
        chunks = [list(range(s, min(s + size, pages + 1))) for s in range(1, pages + 1, size)]
        from .workers import worker_pool

        with worker_pool(workers) as pool:
            todo = iter(chunks)
            pending = [pool.submit(_read_chunk, settings.text_layer, path, c) for c in islice(todo, workers * TASKS_IN_FLIGHT)]
            while pending:
                done = pending.pop(0).result()
                nxt = next(todo, None)
                if nxt:
                    pending.append(pool.submit(_read_chunk, settings.text_layer, path, nxt))
                yield from done
    except PdfError as exc:
        raise ExtractionError(f"{path}: {exc}") from exc


def _read_chunk(layer: str, path: Path, numbers: list[int]) -> list[PageContent]:
    return list(TEXT_LAYERS[layer](path, numbers))


def _join_run_on_cells(above: list[Row], first: Row, directory: Places | None = None, tail_read: set[str] | None = None,
                       after: Sequence[Row] = ()) -> None:
    """A state's or district's cell merged over the last row of a page and the first of the next
    has its lines printed as far as each page holds them ("Sarangarh-" at the foot, "Bilaigarh"
    overleaf, as Calc prints a merged cell across a page break): where the page's last text ends
    as no name does (`runs_on`), or no rule closes its cell at the foot ("Dakshina" / "Kannada"),
    both rows, and the rows that share either's cell, hold the text joined (a merged cell's lines
    are one list in every row it spans on its page). Where the next page prints the whole text
    again ("Dadra and Nagar Haveli and" clipped at the foot), `_records` carries it; where it
    prints the cell's last lines again ("Gaurela-Pendra-" / "Marwahi" at the foot, "Marwahi"
    overleaf: a text set in the middle of the cell, clipped at the top), the text is the foot's,
    and so is a line printed on both sides of the break, cut by each ("Haveli and" / "Daman" at
    the foot, "Daman" / "and Diu" overleaf: read once).
    A text overleaf that goes on as no name begins ("and Diu", "(Hanumakonda)": `continues`)
    goes on the last text of its column on the page (a word processor sets there what the cell's
    part at the foot had no room for), though rows left blank below it (a merged cell's text goes
    to the first row it spans) stand between ("Dadra and Nagar Haveli and Daman" / "and Diu").
    Where the `directory` names the two texts as one place, and not each ("Yadadri" /
    "Bhuvanagiri", in a cell closed by a rule at the foot), they are one text too, rows left blank
    between or not (Calc centres "Himachal Pradesh" on a merged cell across the break, and each
    page's clip shows one of its lines), on either page: Writer sets a merged cell's text in the
    middle of each part, and "Madhya" at the foot went on as "Pradesh" two rows down overleaf
    (`after`: the page's rows after `first`; fuzz 1100400101). But two texts the directory names
    each a place, and not as one, are two cells, however the foot's cell stood open: Chromium
    clipped the rule under "Dadra and Nagar Haveli and Daman and Diu" at the page's foot, and
    "Gujarat" overleaf begins a cell of its own.
    `first` is the page's first row of its own. Where the tail of the row before stands above it
    (`tail_read`: the columns that tail gave text to, joined with it), its text in those columns
    is a cell of its own, and in the others goes on the text above only as their words tell
    ("and Diu" below a product's tail "(Bhadohi)"): the cell that ran on past the foot may have
    ended in the tail ("Himachal Pradesh" below the tail of a row of Gujarat's)."""
    last = above[-1]
    for name in MERGED:
        if tail_read is not None and name in tail_read:
            continue
        head, tail = last.cells.get(name), first.cells.get(name)
        if head and not tail and (below := next((row.cells[name] for row in after if row.cells.get(name)), None)) and names_whole(
                directory, name, [join_lines(head), join_lines(below)]):
            head[:] = below[:] = join_across_pages(head, below)
            continue
        from_above = not head and bool(tail)  # the page's last rows blank: the text up the page
        if from_above:
            on_page = takewhile(lambda row: row.page == last.page, reversed(above))
            head = next((row.cells[name] for row in on_page if row.cells.get(name)), None)
        tail_goes_on = bool(tail) and continues("", tail[0].text.strip())
        goes_on = bool(head) and (tail_goes_on or bool(tail) and names_whole(directory, name, [join_lines(head), join_lines(tail)])
                                  or not from_above and (runs_on(head[-1].text.strip()) or tail_read is None and name in last.text_below)
                                  and not (tail and names_apart(directory, name, [join_lines(head), join_lines(tail)])))
        if head and tail and _cut_by_the_page(directory, name, join_lines(head), join_lines(tail)):
            head[:] = tail  # (the rows that share the cell on the page hold its text whole too)
            continue
        if not (goes_on and tail) or _printed_again(join_lines(head), join_lines(tail)):
            continue
        # lines printed on both sides of the break, clipped by each: the foot's, once
        again = next((k for k in range(min(len(head), len(tail)), 0, -1)
                      if [line.text for line in head[-k:]] == [line.text for line in tail[:k]]), 0)
        head[:] = tail[:] = join_across_pages(head, tail[again:])


def _doubt_rest_below(doubts: dict[int, list], rows: list[Row], k: int, name: str, same_page: bool = False) -> None:
    """Where row `k`'s text in a column may go on unseen, doubt the row below whose first line may
    be its rest: on the same page (`same_page`: no rule below it), or the next page's first row,
    where that holds this row's place too (`_goes_on_overleaf`); not where that line opens a list
    (no wrapped line's rest starts with a marker)."""
    below = k + 1 < len(rows) and (same_page and rows[k + 1].page == rows[k].page or _goes_on_overleaf(rows, k))
    if below and (after := rows[k + 1].cells.get(name)) and not opens_list(after[0].text, rows[k].cells[name][-1].text) and (
            after[0].text[:1] not in ITEM_BULLETS):
        doubts.setdefault(k + 1, []).append(("clipped text", f"{name}: {rows[k + 1].text(name)!r} may begin with the rest of the "
                                                             f"row above's {rows[k].text(name)!r}, which may go on unseen",
                                             (name, _end_item(after, 0))))


def _goes_on_overleaf(rows: list[Row], k: int) -> bool:
    """Whether row `k` ends its page and the next page's first row, not read as its rest, holds its
    place too: printed again, or its cell cut by the break ("Chhatrapati" at the foot,
    "Sambhajinagar" overleaf, joined by `_join_run_on_cells`). Writer breaks a row across pages,
    each cell's lines going on overleaf: that row may be this one's rest as well as the next row."""
    return (k + 1 < len(rows) and rows[k + 1].page != rows[k].page
            and any(rows[k].text(name) and rows[k + 1].cells.get(name) and rows[k + 1].text(name) == rows[k].text(name) for name in MERGED))


def _append(row: Row, tail: Row) -> dict[str, tuple[list, list]]:
    """Join the tail of a row split by a page break to its head, cell by cell. Returns, by
    column, each tail cell's lines that hold text with the cell's lines joined (a merged cell's
    lines are the same list in every row it spans on the page: joined in place, the rows above
    it on the page hold the whole text too)."""
    joined = {}
    for name, lines in tail.cells.items():
        cell = row.cells.setdefault(name, [])
        cell[:] = join_across_pages(cell, lines)
        if lines:
            joined[name] = (lines, cell)
    return joined


def _records(rows: list[Row], doubts: dict[int, list[tuple[str, str, tuple | None]]], by_ocr: bool = False,
             unsure_states: Mapping[int, str] = MappingProxyType({}), places: Places | None = None,
             read_as: Mapping[tuple[int, str, str], str] = MappingProxyType({})) -> tuple[list[dict], list]:
    """One record per product, and the doubts of each record (`doubts`: by the index of the row
    they concern). State and district are carried down into rows that leave them blank (a merged
    cell printed once for a block of rows). A merged cell that runs on past a page's foot takes
    its text from the next page that prints it (through pages where it is blank from top to foot),
    or printed again whole (a clipped line at the foot is the start of what the next page shows);
    where no later page prints it, the text above is carried, in doubt. A "Total" row is the
    publisher's sum, not a product; where none of its numbers counts the rows read above it, the
    list is in doubt. A doubt about a line break in a cell of products concerns
    only the items beside the break (its scope, the third of each doubt); one about a state's or
    district's text, every row that carries that text down.
    Rows read by OCR carry the least confidence of their cells' words. A row whose state's merged
    cell the page cannot tell (`unsure_states`: its doubt) is settled where the directory places
    its district in the state it was given and in no other. In a table without rules, a state's
    first row with a blank district shows merged district cells set at their foot: every
    district carried down there is in doubt."""
    total = [k for k, r in enumerate(rows) if r.is_total]
    kept = [(k, r) for k, r in enumerate(rows) if not r.is_total]
    summed_at: dict[int, int] = {}  # a Total row -> how many records stand above it
    kept_rows = [r for _, r in kept]
    _join_parted(kept_rows, "state", lambda k, text: is_state_name(text))
    states = list(itertools.accumulate((r.text("state") for r in kept_rows), lambda carried, text: text or carried))
    _join_parted(kept_rows, "district", lambda k, text: states[k - 1] == states[k] and _has_district(places, states[k], text))
    next_page_head = _next_page_heads(kept_rows)
    overleaf = {name: _carried_overleaf(kept_rows, name) for name in ("state", "district")}
    records, record_doubts = [], []
    # the records whose district, in a table without rules, was carried down from the text above
    # to a blank cell; where a state's first row is blank too, the column sets texts at the foot
    # of merged cells, not at their top (reportlab sets a cell of one row at its top, a merged
    # one as asked), and which text each blank row takes is in doubt wherever one was carried
    carried_down: list[int] = []
    set_at_foot = False
    carried = {"state": "", "district": ""}
    carried_doubts: dict[str, list] = {"state": [], "district": []}  # the doubts about the text carried
    to_come = {"state": False, "district": False}  # the merged cell running on has its text below
    printed = {"state": False, "district": False}  # the merged cell running on printed its text in a part above
    for n, ((k, row), below) in enumerate(zip(kept, next_page_head)):
        summed_at.update((t, len(records)) for t in total[len(summed_at):bisect.bisect(total, k)])
        row_doubts = list(doubts.get(k, []))
        first_record, district_carried = len(records), False
        state_before = carried["state"]
        for name in carried:
            text = own = row.text(name) if name == "state" else _district_uncut(places, row, carried["state"])
            if not text and name in row.text_below and (here := _given_below_on_page(_after(kept, n), row.page, name)):
                text, to_come[name] = here, False
            elif name in row.text_below and _printed_again(text, below[name]):
                text, to_come[name] = below[name], not text
            elif name in row.runs_through:  # its text is below if still to come, or drawn (clipped) below
                drawn = row.drawn_below.get(name, "")
                text = below[name] if to_come[name] or (drawn and _printed_again(drawn, below[name])) else ""
                if not text and name == "state" and below[name]:
                    # under a cell closed at the page before's foot (a spreadsheet rules every page's
                    # foot): the cell above running on, or a cell whose text is printed below (at its
                    # foot, as a cell set at its foot prints it); the directory tells, where it places
                    # the row's district in one of the two
                    district = row.text("district") or carried["district"]
                    above_has, below_has = _has_district(places, carried[name], district), _has_district(places, below[name], district)
                    if below_has and not above_has:
                        text = below[name]
                    elif below_has or not above_has:
                        row_doubts.append(("merged cells", f"state: blank from the top of page {row.page} to its foot; "
                                                           f"{carried[name]!r} carried from above, where a later page prints "
                                                           f"{below[name]!r}", None))
                to_come[name] = bool(text)
            else:
                to_come[name] = False
            if text and n in overleaf[name] and (longer := _names_going_on(places, name, text, carried["state"])):
                row_doubts.append(("merged cells", f"{name}: {text!r}, carried past the foot of page {row.page} into rows that print "
                                                   f"none of it, begins {' or '.join(longer)}: its last lines lost at the break?", (name, ())))
                # the one name it begins, where it names nothing itself ("Dadra and Nagar Haveli and
                # Daman", "and Diu" unprinted overleaf), is what the cell held: read so, in doubt still
                if len(longer) == 1 and places is not None and not names(places, name, text):
                    text = longer[0]
            # (a cell that printed its text in its part above, at its top, prints it no more: Chromium)
            if not text and (name in row.text_below or name in row.runs_through) and not below[name] and not printed[name]:
                row_doubts.append(("merged cells", f"{name}: a merged cell runs on past page {row.page}, but no later page "
                                                   f"prints its text; {carried[name]!r} carried from above", None))
            printed[name] = name in row.text_below if own else printed[name]
            if not text and name == "district" and carried["state"] != state_before:
                # a district's merged cell ends with its state's: no district runs on into another
                # state, so one of the two cells was read wrong
                carried_doubts[name] = [("merged cells", f"district: blank in the first row of {carried['state']}; "
                                                         f"{carried[name]!r} carried from {state_before or 'nowhere'}", None)]
                set_at_foot = set_at_foot or row.unruled
            district_carried = district_carried or (name == "district" and not text and row.unruled)
            if text:
                carried_doubts[name] = [doubt for doubt in row_doubts if doubt[2] and doubt[2][0] == name]
            else:
                row_doubts += carried_doubts[name]
            carried[name] = text or carried[name]
        if k in unsure_states and not _placed_in(places, carried["state"], carried["district"]):
            row_doubts.append(("merged cells", unsure_states[k], None))
        confidence = row.confidence() if by_ocr else None
        serial, sector, category, lgd = row.text("serial"), row.text("sector"), row.text("category"), row.text("lgd")
        fields = product_fields(row.cells) or ["product"]
        for field in fields:  # a wide list's empty cell gives no product
            for product in split_products(row.cells.get(field, [])) or ([""] if len(fields) == 1 else []):
                record_doubts += [(len(records), check, detail) for check, detail, scope in row_doubts
                                  if _concerns(scope, field, fields, product)]
                records.append(
                    {
                        "serial": serial,
                        "state": carried["state"],
                        "district": carried["district"],
                        "product": read_as.get((k, field, product), product),
                        "sector": sector,
                        "category": category_of(field) or category,
                        "source_district_lgd": lgd,
                        "page": row.page,
                        "ocr_confidence": confidence,
                    }
                )
        if district_carried:
            carried_down += range(first_record, len(records))
    if set_at_foot:
        record_doubts += [(r, "merged cells", "district: carried down to a blank cell, where a state's first row is blank too: "
                                              "the column's texts may stand at the foot of their merged cells, each the "
                                              "rows' above it") for r in carried_down]
    start = 0
    for k in total:  # a Total row sums the rows above it, from the list's start or from the Total before
        end = summed_at.get(k, len(records))
        if (stated := _stated_counts(rows[k])) and not stated & (_counts(records[start:end]) | _counts(records[:end])):
            record_doubts.append((None, "rows", f"page {rows[k].page}: the Total row prints {', '.join(map(str, sorted(stated)))}, "
                                                f"but the {end - start} products read above it, in {_districts(records[start:end])} "
                                                "districts, count to none of it: rows lost, or read into others?"))
        start = end
    return records, record_doubts


def _stated_counts(row: Row) -> set[int]:
    """The numbers a Total row prints: the products, districts or rows it counts."""
    return {int(n) for text in map(row.text, row.cells) for n in re.findall(r"\b\d+\b", text)}


def _districts(records: list[dict]) -> int:
    """How many districts the records name, each of its state."""
    return len({(r["state"], r["district"]) for r in records})


def _counts(records: list[dict]) -> set[int]:
    """What a Total row may count of these records: their products, districts or serials."""
    return {len(records), _districts(records), len({r["serial"] for r in records} - {""})}


def _placed_in(places: Places | None, state: str, district: str) -> bool:
    """Whether the directory has the district in that state and in no other ("Aurangabad" is
    in two)."""
    return _has_district(places, state, district) and len(places.states_with_district(district)) == 1


def _after(kept: list[tuple[int, Row]], n: int) -> Iterator[Row]:
    """The rows after the n-th, read lazily (by index: an islice would step over the n first)."""
    return (kept[k][1] for k in range(n + 1, len(kept)))


def _carried_overleaf(rows: list[Row], name: str) -> set[int]:
    """The rows whose text in the field is carried into the next page's first row, which leaves
    it blank: the rows below it on its page print nothing else there. (One pass up the list.)"""
    carried, ok, same = set(), False, ""  # whether the rows after this one, to the next page's first, carry; their text
    for n in range(len(rows) - 1, -1, -1):
        text = rows[n].text(name)
        if text and ok and same in ("", text):
            carried.add(n)
        if n and rows[n - 1].page != rows[n].page:
            ok, same = not text, ""
        else:
            ok, same = ok and (not text or same in ("", text)), text or same
    return carried


def _names_going_on(places: Places | None, name: str, text: str, state: str, word_cut: bool = False) -> list[str]:
    """The names the directory knows (of states, or of the row's state's districts) that begin
    with a cell's text and go on: a merged cell carried over a page break may have shown only its
    first lines (Writer prints none of the rest overleaf), and what shows may be a name too.
    `word_cut`: the text was cut inside its last word (`Gazetteer.names_going_on`)."""
    if places is None:
        return []
    state_lgd = None if name == "state" else places.state(state).lgd
    return places.names_going_on(state_lgd, text, word_cut) if name == "state" or state_lgd is not None else []


def _district_uncut(places: Places | None, row: Row, state: str) -> str:
    """A row's district, or, where its text is cut inside a word by the edge of what the page
    shows and names no district of its state ("Thiruvananthap": a browser drew the table wider
    than the page), the one district of the state that the directory names beginning so (the
    cut stays in doubt: `clipped text`)."""
    text, lines = row.text("district"), row.cells.get("district")
    if not (text and lines and lines[-1].cut) or _has_district(places, state, text):
        return text
    names = _names_going_on(places, "district", text, state, word_cut=True)
    return names[0] if len(names) == 1 else text


def _has_district(places: Places | None, state: str, district: str) -> bool:
    """Whether the directory has a district of that name in that state (in others too, maybe:
    "Balrampur" is in Uttar Pradesh and Chhattisgarh)."""
    if places is None or not state or not district:
        return False
    match = places.state(state)
    return match is not None and match.lgd is not None and match.lgd in places.states_with_district(district)


def _join_parted(rows: list[Row], field: str, named: Callable[[int, str], bool]) -> None:
    """A state's or district's name that falls in two rows ("Uttar" / "Pradesh": a merged cell's
    name set at its top, over rows of one line each that its lines keep pace with; "Kumuram
    Bheem" / "Asifabad": a row too low for it, Calc printed its last line in the next row's
    blank cell): where the second row's text names none and the two together name one
    (`named(k, text)`: as row k's place; a district by the directory's whole names, in the
    state of both rows), they are one cell's text, the first row's, and the second row carries
    it down as a blank cell does."""
    for k, (above, row) in enumerate(itertools.pairwise(rows), 1):
        upper, lower = above.text(field), row.text(field)
        if upper and lower and not named(k, lower) and named(k, f"{upper} {lower}"):
            above.cells[field] = above.cells[field] + row.cells[field]
            row.cells[field] = []


def _concerns(scope: Scope, field: str, fields: list[str], product: str) -> bool:
    """Whether a row's doubt concerns one of its items: a doubt about a cell of products (`scope`:
    its field) concerns that cell's items, or about a break in it (and the words beside the
    break) the items that hold either word; any other doubt, every item of the row."""
    if scope is None or scope[0] not in fields:
        return True
    name, beside = scope
    return name == field and (not beside or any(word and word.lower() in product.lower() for word in beside))


def _given_below_on_page(below: Iterable[Row], page: int, name: str) -> str:
    """The text of a merged cell that runs on past the page's foot, where a row below on the page
    holds it: the page's last row took it from the tail of the row the page broke, joined to it
    ("Lakhimpur Kheri", printed overleaf beside the tail; the blank rows above share the cell)."""
    on_page = takewhile(lambda row: row.page == page and name in row.text_below, below)
    return next((row.text(name) for row in on_page if row.text(name)), "")


def _next_page_heads(rows: list[Row]) -> list[dict[str, str]]:
    """For each row, the first state and district text printed on the pages after its own."""
    heads: list[dict[str, str]] = []
    this_page: dict[str, str] = {}
    next_page: dict[str, str] = {}
    page = None
    for row in reversed(rows):
        if row.page != page:  # a page without the field's text passes on the one after it
            next_page, this_page, page = {**next_page, **{k: v for k, v in this_page.items() if v}}, {}, row.page
        for name in ("state", "district"):
            this_page[name] = row.text(name) or this_page.get(name, "")
        heads.append({"state": next_page.get("state", ""), "district": next_page.get("district", "")})
    return heads[::-1]


def _cut_by_the_page(directory: Places | None, field: str, text: str, below: str) -> bool:
    """Whether a place's text at a page's foot is the first words of the text the next page
    prints at its top, which the directory names and this one not: a merged cell's lines clipped
    by the page's foot ("Uttar" of "Uttar Pradesh", Calc centring the text on the cell's part
    there), printed whole again overleaf."""
    return (directory is not None and text != below and _printed_again(text, below)
            and not names(directory, field, text) and names(directory, field, below))


def _printed_again(text: str, below: str) -> bool:
    """Whether the text at the top of the next page is this cell's: this one is blank, or what
    shows here is how the text below begins."""
    return bool(below) and (not text or below.split()[: len(text.split())] == text.split())


def _pages_text(numbers: list[int]) -> str:
    return ", ".join(map(str, numbers[:10])) + (" ..." if len(numbers) > 10 else "")
