"""The lines of a cell, and the rows and columns they make up: the last pass before items.

Shared by every table pass: words grouped into printed lines, a cell's lines with how each
joins the one before (a wrap, a hand break, a word or name broken at the edge)."""

from __future__ import annotations

import bisect
import functools
import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from importlib import resources
from dataclasses import dataclass, field
from operator import attrgetter

import numpy as np
import yaml

from .layers import Word
from .markers import (BULLETS, ITEM_BULLETS, at_start, bracket_open, counts_on, ends_on_marker, marked_item, marker_alone, marks_an_item,
                      next_marker, opens_list)


TOL = 1.5  # pt: positions closer than this are the same line
SURELY, MAYBE = 2, 1  # how a line goes on from the one before (0: it does not)
INK = 0.15  # em: boxes are ink, narrower than the advances a text engine fills a line with, by side bearings
READING_ORDER = attrgetter("yc", "x0")
LEFT_TO_RIGHT = attrgetter("x0")
TEXT, CENTRE_Y, CONFIDENCE = attrgetter("text"), attrgetter("yc"), attrgetter("confidence")
TOP, BOTTOM = attrgetter("top"), attrgetter("bottom")
# a break after a hyphen or a slash joins without a space; so does one after an opening bracket,
# which belongs to the word after it (reportlab broke "(Hanumakonda)" as "Urban (" / "Hanuma" / "konda)")
NO_SPACE_AT_BREAK = re.compile(r"\w[-/]$|[(\[]$")
WORD_GOES_ON = re.compile(r"[a-z:;,.)\]/-]")  # what the rest of a word broken at the edge may start with


def ink_slack(size: float) -> float:
    """How far, pt, widths read from ink boxes may fall short of the advances a text engine
    filled a line with (type of `size` pt): a break decided by less is in doubt."""
    return max(1.0, INK * size)


def fits_on(before: Line, width: float, size: float = 0.0) -> bool:
    """Whether a text `width` wide (its space before it included) would have fitted on the line
    `before`, in its cell's room, by more than the ink's slack (`size`: the type's, where the
    line's own is unknown)."""
    return before.width + width < before.room - ink_slack(before.size or size)


@dataclass
class Column:
    field: str | None
    label: str
    x0: float
    x1: float
    centre: float | None = None  # where its label's middle stands, over a table without rules


@dataclass
class Line:
    """One printed line of a cell, whether a hard line break (not a wrap) came before it, and
    what joins it to the line before: a space, or nothing where a word or a hyphenated name was
    broken across the lines."""

    text: str
    x1: float  # where the printed line ends
    hard_break: bool = False
    joiner: str = " "
    need: float = 0.0  # width its first word would need on the line before (with a space), even
    # for a cell's first line: the tail of a row split by a page break goes on the row above
    x0: float = 0.0  # where the printed line starts
    word_broken: bool = False  # joined to the line before as the rest of a word broken at the edge
    word_unsettled: bool = False  # after a full line, a word of the list: a wrap, or a word's rest?
    room: float = 0.0  # the width the cell's text may fill
    size: float = 0.0  # of its cell's font, about: its tallest line's ink
    overprinted: bool = False  # words printed over each other (a row too low for its cell's text)
    # a break the geometry cannot settle, read as the end of an item (by the list's words alone, or as
    # nothing in its column wraps though the next word would not have fitted)
    break_unsure: bool = False
    settled: bool = False  # a wrap the list's words settled: one known name, or a text the list prints whole between others (`settle_breaks`)
    unsure: tuple[tuple[str, float], ...] = ()  # its words OCR read with less than full confidence, list markers aside
    cut: bool = False  # a word of it a clip cuts: its text may go on unseen
    spacing: float = 0.0  # the narrowest white between its words (0 for a line of one word)
    widest_white: float = 0.0  # and the widest
    wrapped: bool = False  # the page ends it with the space it was wrapped at (`Word.wrapped`): its text goes on
    first_width: float = 0.0  # its first word's ink
    # its first word's part up to its first hyphen ("Zari-" of "Zari-Zardozi") would have fitted on
    # the line before: a break by hand where the text engine breaks after hyphens (`settle_hyphen_breaks`)
    head_fitted: bool = False
    # after a page's foot whose room the page does not tell: a wrap, unless the list's words show a word's rest
    word_maybe_broken: bool = False
    # spread from a glyph before it that was not read (`settle_justified_breaks`): its start is in doubt
    lost_start: bool = False

    @property
    def confidence(self) -> float:
        """The least OCR confidence of its words, list markers aside (1 for a text layer)."""
        return min((c for _, c in self.unsure), default=1.0)

    @property
    def width(self) -> float:
        return self.x1 - self.x0


TOTAL_LABEL = r"(grand\s+)?total"  # the label of the publisher's sum, not a product
TOTAL_ROW = re.compile(rf"^{TOTAL_LABEL}\b", re.IGNORECASE)  # a text that begins a Total row
TOTAL_AFTER = re.compile(rf"\S\s+{TOTAL_LABEL}$", re.IGNORECASE)  # the label after a text: a Total row read into a row
NUMBER_UNSHOWN = re.compile(r"#{2,}")  # how a spreadsheet prints a number too wide for its cell
RUNS_ON = re.compile(r"([,&/(-]|\b(and|or|of|with|for|the|in))$", re.IGNORECASE)
NAME_GOES_ON = re.compile(r"\s*([,&/)]|(and|of)\s)", re.IGNORECASE)  # a text that goes on from one before


def runs_on(text: str) -> bool:
    """Whether a text ends as no name does, so the line after it goes on from it: on a connector
    ("North and", "&", ","), with a bracket left open ("Agarbatti (Incense" / "Sticks)"), or on
    the next marker of its list ("2. Fisheries/Marine products 3." / "Large Cardamom")."""
    return bool(RUNS_ON.search(text)) or bracket_open(text) or ends_on_marker(text)


def partial_name(text: str) -> bool:
    """Whether a place's text begins or ends as no name does: on a connector ("& Nicobars",
    "North and"), in lower case (the rest of a word broken at a cell's edge, "iri" of
    "Bhuvanag" / "iri"), with a bracket (the qualifier of a name above it, "Warangal Urban" /
    "(Hanumakonda)") or a dash ("- Itanagar" of "Capital Complex" / "- Itanagar"): a word of it
    may stand in the column beside, or in a row beside. Nor does a name hold a list's bullet: the
    markers of the products beside, read into it ("Bengaluru Rural • •")."""
    return begins_as_no_name(text) or runs_on(text) or any(sign in text for sign in ITEM_BULLETS)


def begins_as_no_name(text: str) -> bool:
    """Whether a place's text begins as no name does (`partial_name`): its start may be the text above."""
    return bool(NAME_GOES_ON.match(text)) or text[:1].islower() or text.startswith(("(", "-", "–"))


def continues(before: str, line: str) -> bool:
    """Whether a line surely goes on from the line before, as no name begins or ends: after a
    connector ("North and") or a bracket left open ("Agarbatti (Incense" / "Sticks)"), or in
    lower case or with "&" ("& Nicobar Islands"), or with a bracket that is no list's marker (a
    name's qualifier: "Fruits & Vegetables Processing" / "(Tomato, Onion, Potato)")."""
    return (runs_on(before) or line[:1].islower() or bool(NAME_GOES_ON.match(line))
            or line.startswith("(") and at_start(line) is None)


def prints_one_a_line(cells: list[list[Line]]) -> bool:
    """Whether a list prints several items in a cell, one a line: some line that starts like a
    name was surely broken by hand (its first word would have fitted on the line before, which
    does not run on). Only such a list can mistake a wrap for an item or an item for a wrap."""
    return any(
        line.hard_break and not line.break_unsure and line.joiner == " " and line.text[:1].isupper() and not runs_on(before.text)
        for lines in cells for before, line in zip(lines, lines[1:])
    )


def join_lines(lines: list[Line]) -> str:
    if len(lines) == 1:
        return lines[0].text
    return "".join((line.joiner if i else "") + line.text for i, line in enumerate(lines))


@dataclass
class Row:
    page: int
    cells: dict[str, list[Line]] = field(default_factory=dict)
    continuation: bool = False  # the tail of the previous page's last row
    table: int = 0  # which table without rules (counted from 1), for judging its line breaks together; 0: ruled
    # fields whose merged cell runs on past the page's foot: its text was printed on the next page
    # (where the middle of the merged cell fell), or printed on both, clipped at the break
    text_below: set[str] = field(default_factory=set)
    # fields whose cell is blank from the page's top to its foot: a merged cell passing through,
    # its text printed on a page before or after
    runs_through: set[str] = field(default_factory=set)
    drawn_below: dict[str, str] = field(default_factory=dict)  # text drawn under the table, by field
    # fields whose text, in a table without rules, stands below the row's first line: the middle or
    # foot of a merged cell, whose rows the page cannot tell
    floating: set[str] = field(default_factory=set)
    # a field whose text runs past its column's edge (a word too wide for its cell, as a browser
    # lets it) into the next column's text on its line, and that next field: each may hold the
    # other's text
    overrun: set[str] = field(default_factory=set)
    # where no rules bound its cells, the room for each field's text that the header tells (`rooms_told`)
    rooms: dict[str, float] = field(default_factory=dict)
    # from a table with neither serials nor rules between its rows, on a page that showed no white
    # between its rows (`unruled.rows_by_white`): where its rows part is told only by where its
    # lines stand
    by_spacing: bool = False
    # ... yet its first line and the next row's surely start rows (`unruled._starts_shown`): where
    # it parts from its neighbours is not in doubt
    edges_shown: bool = False

    @property
    def unruled(self) -> bool:
        """From a table without rules: its line breaks are judged over the table."""
        return self.table > 0

    def text(self, name: str) -> str:
        """A cell's text. A serial is one number: its digits on lines of their own ("3" / "4") are
        that number broken at a narrow cell's edge, joined again."""
        lines = self.cells.get(name, [])
        if name == "serial" and len(lines) > 1 and all(line.text.isdecimal() for line in lines):
            return "".join(line.text for line in lines)
        return join_lines(lines)

    @property
    def is_total(self) -> bool:
        """The publisher's sum ("Total", "Grand Total" in a cell, no serial), not a product."""
        return not self.text("serial") and any(TOTAL_ROW.match(self.text(name)) for name in self.cells)

    def confidence(self, *names: str) -> float:
        """The least OCR confidence of the named cells' lines (all cells when none are named)."""
        cells = [self.cells.get(n, []) for n in names] if names else self.cells.values()
        return min((line.confidence for lines in cells for line in lines), default=1.0)


def group_lines(words: list[Word]) -> list[list[Word]]:
    """Words in reading order, grouped into printed lines by their vertical centre. A small glyph
    (a comma or hyphen whose box is its ink) sits off its line's centre: it joins the line its
    centre stands in (not one its box only touches: a Devanagari letter's box, parted from its
    vowel sign, reaches up into the line above), and the line's height decides. (Called for
    every column and cell: it keeps to plain comparisons.)"""
    lines: list[list[Word]] = []
    line: list[Word] = []
    height = top = bottom = centre = 0.0  # of the line being gathered; centre: its words' mean
    for word in sorted(words, key=READING_ORDER):
        word_top, word_bottom = word.top, word.bottom
        size, yc = word_bottom - word_top, (word_top + word_bottom) / 2
        if lines:
            small = size < 0.6 * height and top < yc < bottom
            reach = 0.35 * (size if size > height else height)
            if small or abs(yc - centre) <= (reach if reach > TOL else TOL):
                line.append(word)
                centre += (yc - centre) / len(line)
                if not small:
                    height = size if size > height else height
                    top = word_top if word_top < top else top
                    bottom = word_bottom if word_bottom > bottom else bottom
                continue
        line = [word]
        lines.append(line)
        height, top, bottom, centre = size, word_top, word_bottom, yc
    return [sorted(line, key=LEFT_TO_RIGHT) for line in lines]


def words_text(words: list[Word]) -> str:
    """Words of one line as text, a space between each two."""
    return " ".join(map(TEXT, words))


def line_yc(line: list[Word]) -> float:
    return sum(map(CENTRE_Y, line)) / len(line)


def line_foot(words: list[Word]) -> float:
    """The line a line's words stand on (`Word.foot`, the lower median of theirs); NaN where the
    text layer tells none."""
    feet = [w.foot for w in words if not math.isnan(w.foot)]
    return statistics.median_low(feet) if feet else math.nan


def merge_positions(values: list[float], tol: float = TOL * 2) -> list[float]:
    merged: list[float] = []
    for v in sorted(values):
        if merged and v - merged[-1] <= tol:
            continue
        merged.append(v)
    return merged


def word_gaps(line: list[Word]) -> list[float]:
    """The white between a line's neighbouring words that is a word space (not the gap between
    two cells' texts): a space as ink boxes show it, its advance and the side bearings beside."""
    return [b.x0 - a.x1 for a, b in zip(line, line[1:]) if 0 < b.x0 - a.x1 < 0.6 * b.size]


def word_space(lines: Iterable[list[Word]]) -> float | None:
    """The median word space on the lines (a column's, in one font), for cells whose own lines
    hold one word each. None where no line holds two words."""
    gaps = [gap for line in lines for gap in word_gaps(line)]
    return statistics.median(gaps) if gaps else None


def cell_lines(lines: list[list[Word]], limit: float, left: float, column_space: float | None = None) -> list[Line]:
    """The printed lines of one cell (its words grouped by `group_lines`; the text may run from
    `left` to `limit`), each with how it joins the line before, as a text engine fills lines:
    greedily, breaking only where a break is allowed (a space, or after a hyphen), and inside a
    word only when that word alone is wider than the line. So, measured by widths (whatever the
    alignment):
    - a line whose first word would have fitted on the line before was broken by hand (a list of
      items, or a name broken by its typist), not wrapped;
    - a line ending in a hyphen broke a compound name ("Sarangarh-" / "Bilaigarh"): no space;
    - a word may have been broken inside ("Lacquerware/W" / "ooden") only where the line before
      is full (not even the next letter would have fitted), the word is about as wide as a line
      or wider (boxes are the ink, narrower than the advance; measured to its next space, on
      past a slash that ends a line: "L" / "acquerware/" / "Wooden Toys"), and it goes on in
      lower case: joined without a space unless the list's own words say otherwise
      (`settle_word_breaks`).
    `column_space`: the column's word space (`word_space`), for a cell that shows none before a break."""
    out: list[Line] = []
    before: list[Word] = []
    spaces: list[float] = []  # the widths of the spaces printed between the cell's words so far
    room = limit - left
    # the font's size, about: the cell's tallest line (a word's box is its ink: "e" alone is as
    # tall as an x); a cell of one line has no break to judge by it, and takes its first word's
    em = max([max(map(BOTTOM, line)) - min(map(TOP, line)) for line in lines]) if len(lines) > 1 else lines[0][0].size if lines else 1.0
    for k, line in enumerate(lines):
        if before:
            spaces += word_gaps(before)
        text = words_text(line)
        hard, head_fitted, joiner = False, False, " "
        first = line[0]
        space = statistics.median(spaces) if spaces else column_space or 0.25 * em  # as this font sets it
        need = space + (first.x1 - first.x0)
        if before:
            last, used = before[-1], before[-1].x1 - before[0].x0
            hard = used + need < room - ink_slack(em)
            head_fitted = used + space + (first.head - first.x0) < room - ink_slack(em)  # (False where no hyphen: NaN)
            letter = (first.x1 - first.x0) / max(1, len(first.text))  # the next letter's width, about
            goes_on = (WORD_GOES_ON.match(first.text) is not None  # a name goes on with a capital after a space
                       and not _opens_item(text, out)
                       and last.text[-1:].isalnum())  # a word breaks between letters, not after "(Jaggery)"
            # the word's parts, as ink: the line's last run of text without a space ("Gaurela-Pendra-Marwa"),
            # the next line's first word, and where that line is the word alone, ending at a slash or
            # hyphen, its rest below: an engine that breaks only at spaces had to fit it all on one line
            wide = 0.0  # (measured only where a word may go on)
            if goes_on:
                wide = (last.x1 - _runs(before, em)[-1][0].x0) + (first.x1 - first.x0) + _rest_below(lines, k, em, out)
            broken_word = (goes_on and wide > room - 0.15 * em
                           and used + letter > room - 0.25 * em)  # boxes are ink; the next letter may be wide
            # nearly full (within as wide as any letter: "m" is wider than a line's ink is tall, which
            # is all `em` measures), or the parts as wide as the line only to within their side
            # bearings: ink boxes cannot tell a broken word from a wrap
            unsettled = goes_on and not broken_word and wide > room - 0.3 * em and used + 1.25 * em > room
            if NO_SPACE_AT_BREAK.search(last.text) or broken_word:
                joiner = ""
        # a list's marker read unsurely ("1)", "•") is still a marker: the words' confidence is the text's
        unsure = tuple((w.text, w.confidence) for w in line if w.confidence < 1.0 and not marker_alone(w.text)) if min(
            map(CONFIDENCE, line)) < 1.0 else ()
        whites = [b.x0 - a.x1 for a, b in zip(line, line[1:])]
        out.append(Line(text, line[-1].x1, hard, joiner, need, line[0].x0,
                        bool(before) and broken_word and not NO_SPACE_AT_BREAK.search(before[-1].text),
                        bool(before) and unsettled and not NO_SPACE_AT_BREAK.search(before[-1].text), room, em,
                        any(b.x0 < a.x1 - 0.25 * min(a.size, b.size) for a, b in zip(line, line[1:])), unsure=unsure,
                        cut=any(w.cut for w in line), spacing=min(whites, default=0.0), widest_white=max(whites, default=0.0),
                        wrapped=line[-1].wrapped, first_width=first.x1 - first.x0, head_fitted=head_fitted))
        before = line
    return out


def _runs(line: list[Word], em: float) -> list[list[Word]]:
    """A line's runs of text without a space between them. A recogniser's words part where it
    read a space, however narrow the white between their ink ("Venkatagiri Cotton", 0.1 em
    apart); a text layer's words are certain."""
    runs = [[line[0]]]
    for a, b in zip(line, line[1:]):
        if b.x0 - a.x1 < 0.15 * em and b.confidence == 1.0:
            runs[-1].append(b)
        else:
            runs.append([b])
    return runs


def _rest_below(lines: list[list[Word]], k: int, em: float, before: list[Line]) -> float:
    """How far, as ink, the word that makes up `lines[k]` goes on below it: a line that is one
    run of text ending at a slash or hyphen goes on with the next line's first run, up to its
    next space ("acquerware/" / "Wooden Toys"); not where the next line opens an item of the list."""
    width = 0.0
    for line, below in zip(lines[k:], lines[k + 1 :]):
        if len(_runs(line, em)) > 1 or not NO_SPACE_AT_BREAK.search(line[-1].text) or _opens_item(words_text(below), before):
            break
        width += _runs(below, em)[0][-1].x1 - below[0].x0
    return width


def _opens_item(text: str, before: list[Line]) -> bool:
    """Whether a line opens an item of a list the lines before it count: a marker where the list
    may have one, with its item (`_marked_in_turn`) or alone ("c)" / "Coconut", `next_marker`)."""
    return _marked_in_turn(text, before) or next_marker(text.split()[0], (line.text for line in before))


def _marked_in_turn(text: str, before: list[Line]) -> bool:
    """Whether a line begins with a list's marker and an item after it (`marked_item`) where a
    list may have it: a bullet, the first of a list ("a)", "(i)"), or the next of the list the
    cell's lines above count. A word's rest that reads as a marker out of turn is none: "s)" of
    "Component" / "s) (iii) Coir &", in a cell that counts "(i)", "(ii)"."""
    return marked_item(text) and (at_start(text).style in BULLETS or opens_list(text) or any(counts_on(line.text, text) for line in before))


def _columns(rows: list[Row], by_page: bool, fields=None) -> dict[tuple, list[tuple[int, list[Line]]]]:
    """The cells (row index, lines) of each column, of each page or of the document, of every
    field or of `fields(row)`."""
    columns: dict[tuple, list[tuple[int, list[Line]]]] = defaultdict(list)
    for k, row in enumerate(rows):
        for name in fields(row) if fields else row.cells:
            if lines := row.cells.get(name):
                columns[(row.page, name) if by_page else (name,)].append((k, lines))
    return columns


def justified_edges(cells: list[tuple[int, list[Line]]], spread: bool = False) -> tuple[float, list[float]]:
    """(the white between the words of the cells' last lines, most of which end their paragraphs;
    where lines of three texts or more end alike, none the last of its cell, wider spaced than
    that white by half where `spread`): a justified column's edge, where a text engine spreads
    each line of a paragraph but its last (none where the column is not justified)."""
    ends = [lines[-1].spacing for _, lines in cells if lines[-1].spacing > 0]
    if not ends:
        return 0.0, []
    natural = statistics.median(ends)
    # the texts ending at each place, three at most (a column of a long list ends thousands of
    # lines at its edge: each place is weighed against the few places within 0.3 pt of it)
    texts: dict[float, set[str]] = defaultdict(set)
    for line in (line for _, lines in cells for line in lines[:-1] if line.spacing > (1.5 * natural if spread else 0.0)):
        if len(at := texts[round(line.x1, 2)]) < 3:
            at.add(line.text)
    places = sorted(texts)
    edges = []
    for x in places:
        near = set().union(*(texts[y] for y in places[bisect.bisect_left(places, x - 0.3) : bisect.bisect_right(places, x + 0.3)]))
        if len(near) >= 3:
            edges.append(x)
    return natural, edges


def cut_short(rows: list[Row]) -> set[tuple[int, str]]:
    """The cells (row index, field) that end on a line spread to their column's edge: a cell
    ending on such a line lost its text's end (a row set too low for it, whose lines that did not
    fit were left unprinted, as Calc does). A line is spread where the white between its words
    is wider by half than the cells' last lines show it."""
    out = set()
    for (_, name), cells in _columns(rows, by_page=True).items():
        natural, edges = justified_edges(cells)
        out |= {(k, name) for k, lines in cells
                if edges and lines[-1].spacing > 1.5 * natural and any(abs(lines[-1].x1 - x) <= 0.3 for x in edges)}
    return out


def settle_justified_breaks(rows: list[Row], fields, spreads_only_wraps: bool = False) -> None:
    """A break after a line of a justified column that ends short of its cell's edge and of the
    column's, its words a space apart, was made by hand: a wrapped line would have been spread
    to the edge. So the next line begins an item, whatever width it would have needed ("Red
    Sander & Wood Carvings" / "Jaggery"). A line broken by hand inside a paragraph is spread
    too (Writer's): the engine filled it before spreading it, so where the next line's first word
    would have fitted on it set with the column's own spaces, the break was made by hand ("Blue
    Pottery", spread to the edge, / "Dry Fish"). Only where the column shows its edge in spread
    lines of three texts (a ragged column's lines may end alike by chance), over the document (a
    page, or a state's own table, may show too few); `fields(row)`: the fields of items one a line.
    Where the program spreads no line broken by hand (`spreads_only_wrapped_lines`), a line spread
    to the column's edge was wrapped, surely ("Brass & Bell Metal" / "Utensils": one name). A
    line spread to the edge from past where the column's lines start lost a glyph before it
    (`_lost_starts`)."""
    for cells in _columns(rows, by_page=False, fields=fields).values():
        natural, edges = justified_edges(cells, spread=True)
        for _, lines in cells if edges else ():
            for before, line, after in zip(lines, lines[1:], [*lines[2:], None]):
                # (a spread line ends at the edge to a few tenths of a point, as its last glyph's box
                # does; a line as wide as its cell's room, the widest where no rules give it, may be
                # spread by little; a line before a word too wide for the cell, broken inside, is not)
                broken = " " not in line.text and after is not None and after.joiner == ""
                if (0 < before.spacing <= 1.2 * natural and before.x1 < before.x0 + before.room - 0.5 and not broken
                        and line.need < before.room and all(abs(before.x1 - x) > 0.5 for x in edges)):
                    line.hard_break, line.break_unsure = True, False
                elif before.spacing > 1.2 * natural and not broken:
                    # (a spread line spans its cell's room, and its spaces are alike: the narrowest,
                    # taken for each, spreads it at most as far as it is)
                    room = before.x1 - before.x0
                    unspread = room - before.text.count(" ") * (before.spacing - natural)
                    if unspread + natural + line.first_width < room - ink_slack(before.size):
                        line.hard_break, line.break_unsure = True, False
                    elif spreads_only_wraps and any(abs(before.x1 - x) <= 0.5 for x in edges):
                        line.hard_break, line.break_unsure, line.settled = False, False, True
        _lost_starts(rows, cells, edges)


def _lost_starts(rows: list[Row], cells: list[tuple[int, list[Line]]], edges: list[float]) -> None:
    """A justified line's text starts where its column's lines start, or where a hanging indent
    sets the text after a marker (where other texts start too), as far as the column's widest
    marker reaches with a space after it. One spread to the column's edge from well past both
    (by half an em, or 1.75 em past the lines' start where no marker is read) was spread from a
    glyph before it that was not read (a list's marker OCR lost: "•" set at the cell's start,
    "Mangalagiri" or "Apple" at its edge): an item begins there, in doubt (`Line.lost_start`). In
    a column of bulleted items it is the column's bullet; else the break before it parts items,
    and the line is full, so the break after it is open as a wrap's."""
    if not edges:
        return
    counts: dict[int, Counter] = defaultdict(Counter)
    texts: dict[tuple[int, int], set[str]] = defaultdict(set)  # the texts starting at each place of a page
    hang: dict[int, float] = defaultdict(float)  # the widest marker a page's lines begin with, its space after it
    for k, lines in cells:
        counts[rows[k].page].update(round(line.x0) for line in lines)
        for line in lines:
            texts[rows[k].page, round(line.x0)].add(line.text)
            if line.first_width and at_start(line.text) is not None:
                hang[rows[k].page] = max(hang[rows[k].page], line.first_width + 0.3 * line.size)
    start = {page: found.most_common(1)[0][0] for page, found in counts.items()}
    bullets = Counter(line.text[0] for _, lines in cells for line in lines if line.text[:1] in ITEM_BULLETS)
    bullet = bullets.most_common(1)[0][0] if sum(bullets.values()) >= 2 else None
    for k, lines in cells:
        page = rows[k].page
        for i, line in enumerate(lines):
            if (line.x0 > start[page] + min(1.75 * line.size, hang[page] + 0.5 * line.size) and len(texts[page, round(line.x0)]) == 1
                    and any(abs(line.x1 - x) <= 0.5 for x in edges)):
                line.lost_start = True
                if bullet:
                    line.text = f"{bullet} {line.text}"
                    continue
                if i:
                    line.hard_break, line.break_unsure = True, True
                if i + 1 < len(lines) and lines[i + 1].joiner == " ":
                    lines[i + 1].hard_break, lines[i + 1].break_unsure = False, True


def widest(column: Column, words: list[Word]) -> float:
    """Where a column's lines may reach, without rules to say: as far as its words do, but for
    a word run on past its edge (into the next column's text, or a word wider than the cell)."""
    return max((w.x1 for w in words if w.x1 <= column.x1 + 0.5 * w.size), default=column.x1)


def leftmost(column: Column, words: list[Word]) -> float:
    """Where a column's lines may start, without rules to say: as far left as its words do, but
    for a word run in from before its edge (the column before's text, too wide for its cell and
    read as one word with this column's first: "VisakhapatnamProcessed")."""
    return min((w.x0 for w in words if w.x0 >= column.x0 - 0.5 * w.size), default=column.x0)


# where two texts printed against each other meet inside one word: a capital after a small
# letter, a bracket or a hyphen ("productsPrimary", "(2)Secondary", "Salmara-Processed": a name
# broken after its hyphen, its line ending at the cell's edge), a number after a word or a word after
# a number ("Carving43"), a list's marker after a word ("Kannada•", "Anglong(1)": the next cell's
# first item, its marker set against the cell's edge), a capital or number after a sign that a
# name spaces from the word after it ("&Textiles": a justified line's last word "&" set against
# the cell's edge)
TEXTS_MEET = re.compile(r"(?<=[a-z)-])(?=[A-Z])|(?<=[A-Za-z)])(?=\d)|(?<=\d)(?=[A-Za-z(])|(?<=[A-Za-z)-])(?=[•●·∙(])|(?<=[&,;])(?=[A-Z\d])")
# a list's letter marker ("a)") set against a word run past its column's edge ("Components)"
# ends so too: only where the column's other items' markers start there, and not a word that
# closes the bracket it opened, "(Hanumakonda)")
MARKER_MEETS = re.compile(r"(?<=[a-z])(?=[a-z]\)$)")
LETTER_MARKER = re.compile(r"[a-z]\)")


def apart_at_columns(words: list[Word], columns: list[Column], names: Callable[[str, str], bool] | None = None) -> list[Word]:
    """Two cells' texts printed right against each other, with no rule between to part them, are
    read as one word ("productsPrimary", "Carving43", "Thiruvananthapurama)"): a word across a
    column's edge parts there, where two texts meet nearest the edge (`TEXTS_MEET`,
    `MARKER_MEETS`, within an em of it, its letters taken as equally wide), at the place nearest
    it where the next column's lines start, if several start near it; or where they start past
    the edge, however far (a browser's word too wide for its cell, run over the next cell up to
    its text: "Pathanamthitta46"); or anywhere past the edge where the directory names the
    word's start and a list's marker is its rest ("Thiruvananthapuram(i)").
    A list's marker met so may have been drawn over the same letter ending the text before it,
    which pdfium then reads once ("Banaskantha" + "a)" reads "Banaskantha)"). `names(field,
    text)`, the directory, tells: the text ends with that letter where it names the text only
    so, without it where it names the text only so; otherwise the text may go on unseen
    (`Word.cut`, a doubt). Returns `words` itself where no word parts."""
    edges = np.array(sorted(c.x1 for c in columns[:-1]))
    if not len(edges) or not words:
        return words
    # (a word's letters taken as equally wide)
    x0, x1, size, letters = np.array([(w.x0, w.x1, w.bottom - w.top, (w.x1 - w.x0) / len(w.text)) for w in words]).T
    at = np.searchsorted(edges, x0 + 0.5 * letters, "right")  # the first edge past the middle of the word's first letter
    across = np.flatnonzero((at < len(edges)) & (edges[np.minimum(at, len(edges) - 1)] < x1 - 0.25 * size))  # a bullet is a third of an em
    if not len(across):
        return words
    out, parted = list(words), False
    for i in reversed(across.tolist()):
        w, edge = words[i], float(edges[at[i]])
        letter = float(letters[i])
        # (a marker where the column's other items' markers start, within an em)
        marks = Counter(round(v.x0, 1) for m in MARKER_MEETS.finditer(w.text) if "(" not in w.text for v in words
                        if LETTER_MARKER.fullmatch(v.text) and abs(v.x0 - w.x0 - m.start() * letter) < w.size)
        meets = [m.start() for m in TEXTS_MEET.finditer(w.text)]
        marker = len(w.text) - 2 if any(n >= 2 for n in marks.values()) else None
        cuts = meets + [marker] * (marker is not None)
        # (a browser lets a word too wide for its cell run on past the edge, over the next cell's
        # text, which it meets anywhere: "Thiruvananthapuram(i)", 41 pt past; there, where the
        # directory names the word's start and a list's marker is its rest)
        overflow = next((k for k in meets if marks_an_item(w.text[k:]) and _names_read(words, w, columns, (w.text[:k],), names) == (True,)), None)
        if cuts:
            x, k = min(((w.x0 + k * letter, k) for k in cuts), key=lambda xk: abs(xk[0] - edge))
            if overflow is not None and abs(x - edge) >= w.size:
                x, k = w.x1 - (len(w.text) - overflow) * letter, overflow
            # the texts meet where the next column's lines start, at the place nearest it where
            # several start (letters are not equally wide: "Millet" of "MilletHandicraft" is narrow);
            # past the edge, a word run over the next cell meets its text there, however far it ran
            # (a browser keeps a word whole: "Pathanamthitta" run on up to its serial, "46")
            near = Counter(round(v.x0, 1) for v in words if abs(v.x0 - x) < w.size and w.x0 < v.x0 < w.x1 and v is not w)
            lines_start = min((at for at, n in near.items() if n >= 2), key=lambda at: abs(at - x), default=None)
            if abs(x - edge) < w.size or k == overflow or lines_start is not None and lines_start > edge:
                x = x if lines_start is None else lines_start
                # (the first text ends where its letters do, if before: OCR boxes a word's ink, so
                # "&" of "&Secondar" ends short of where the next column's lines start)
                left, end, hidden = w.text[:k], min(x, w.x0 + k * letter), False
                if k == marker and k not in meets:  # the marker's letter may end the text before it too
                    known = _names_read(words, w, columns, (left, w.text[: k + 1]), names)
                    if known == (False, True):
                        left, end = w.text[: k + 1], end + letter
                    hidden = known not in ((True, False), (False, True))
                out[i : i + 1] = [Word(left, w.x0, end, w.top, w.bottom, w.confidence, hidden, w.foot),
                                  Word(w.text[k:], x, w.x1, w.top, w.bottom, w.confidence, w.cut, w.foot, w.wrapped)]
                parted = True
    return out if parted else words


def _names_read(words: list[Word], word: Word, columns: list[Column], readings: tuple[str, ...],
                names: Callable[[str, str], bool] | None) -> tuple[bool, ...]:
    """Whether `names` knows each reading of a word's start as its column's text on its line (the
    words before it there, then the reading); none known where there is no `names`."""
    column = next((c for c in columns if c.x0 <= word.x0 < c.x1), None)
    if names is None or column is None or column.field is None:
        return (False,) * len(readings)
    before = [v for v in sorted(words, key=lambda v: v.x0)
              if abs(v.yc - word.yc) < 0.5 * word.size and column.x0 <= v.x0 and v.x1 <= word.x0]
    return tuple(names(column.field, " ".join([*(v.text for v in before), reading])) for reading in readings)


def level_counts(values: Iterable[float], within: float) -> list[tuple[float, int]]:
    """Each value, least first, with how many of the values stand level with it: from it to
    `within` past it (texts a column sets at one place, by their starts, centres or ends)."""
    xs = sorted(values)
    return [(x, bisect.bisect_right(xs, x + within) - k) for k, x in enumerate(xs)]


def common_start(starts: list[float], least: int = 2) -> float | None:
    """Where lines set to the left start: the least start that two thirds of them share, to a
    point; None where they share none (lines centred, or fewer than `least`)."""
    if len(starts) < least:
        return None
    return next((x for x, n in level_counts(starts, 1.0) if n >= 2 / 3 * len(starts)), None)


def left_edges(lines: list[list[Word]], columns: list[Column]) -> list[float | None]:
    """By column, where its lines start if it sets them to the left (`common_start` of each
    line's first word standing in it, three lines at least), else None."""
    return [common_start([x for line in lines if (x := next((w.x0 for w in line if c.x0 <= w.xc < c.x1), None)) is not None], 3)
            for c in columns]


def padding_edges(lines: list[list[Word]], columns: list[Column]) -> list[float | None]:
    """By column, where its widest lines start: the least start of each line's first word
    starting in it that two lines share, to a point (a text engine starts a line too wide for its
    cell at the cell's padding, however it aligns the others; such a word's middle may stand in
    the next column, so a word is the column's where it starts); None where no two do."""
    def starts(c: Column) -> list[float]:
        return [x for line in lines if (x := next((w.x0 for w in line if c.x0 <= w.x0 < c.x1), None)) is not None]
    return [next((x for x, n in level_counts(starts(c), 1.0) if n >= 2), None) for c in columns]


def rooms_told(columns: list[Column], edges: list[float | None]) -> dict[str, float]:
    """The room for each column's text where the header tells it. Without rules between its
    columns a table shows a column's room only by its widest line; but a header whose labels
    stand in the middle of cells that abut (as word processors, browsers and spreadsheets set a
    header) puts each label's centre in the middle of its cell. Where columns' lines start at one
    edge (`edges`: set to the left, past the cell's padding), the middle of two neighbouring
    columns' starts stands one padding right of the left one's label centre: where every such
    pair of columns agrees on the padding (to a point), two pairs or more, each such column's
    room is twice the way from its lines' start to its label's centre."""
    pads = [(a + b) / 2 - c.centre for c, a, b in zip(columns, edges, edges[1:])
            if c.centre is not None and a is not None and b is not None]
    pad = statistics.median(pads) if len(pads) >= 2 else None
    if pad is None or not 0.0 <= pad <= 12.0 or any(abs(p - pad) > 1.0 for p in pads):
        return {}
    return {c.field: 2 * (c.centre - left) for c, left in zip(columns, edges) if c.field and c.centre is not None and left is not None}


def set_marks(words: list[Word]) -> tuple[float, float, float]:
    """Where a text stands as a column sets it: its left edge, centre and right edge."""
    x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
    return x0, (x0 + x1) / 2, x1


def swallows(word: Word, after: list[list[Word]]) -> bool:
    """Whether a word run past its column's edge may hold the start of the next column's text on
    its line (`after`: that column's lines): that text starts only after the word ends, and does
    not stand where the column sets its lines (its left edge, centre or right edge level with
    most of the others'), as a text that lost its start would not."""
    beside = [w for line in after for w in line if abs(w.yc - word.yc) < 0.5 * word.size]
    if not beside or min(w.x0 for w in beside) < word.x1 - TOL:
        return False

    on_line = set(map(id, beside))
    others = [set_marks(line) for line in after if not on_line.intersection(map(id, line))]
    return not any(sum(abs(other[i] - mark) <= TOL for other in others) > max(1, len(others) / 2)
                   for i, mark in enumerate(set_marks(beside)))


def printed_over(word: Word, others: list[Word]) -> bool:
    """Whether another cell's text on the word's line is printed over by it and read broken: a
    browser draws a word too wide for its cell over the next cell's text, and the text layer
    may then put a space inside a word under it ("Tu" | "rmeric" under "Thiruvananthapuram",
    "Er" | "i," under "Kanniyakumari"): a word in lower case starting under the word, closer to
    a word's last letter before it than a word space ("2" | "b)": a serial and a list's marker);
    or lose a letter under it, where the word draws the same glyph at that place (pdfium keeps
    one of two like glyphs drawn over each other: "Ut" | "ara" under "Handicraft"'s last "t"),
    the gap under the word no wider than a letter. A text printed over and read whole is no doubt."""
    beside = sorted((v for v in others if abs(v.yc - word.yc) < 0.5 * word.size), key=lambda v: v.x0)
    return any(a.x0 < word.x1 - TOL and b.x0 < word.x1 + TOL and a.text[-1:].isalpha() and b.text[:1].islower()
               and (b.x0 - a.x1 < 0.2 * b.size or a.x1 < word.x1 and b.x0 - a.x1 < 0.7 * b.size) for a, b in zip(beside, beside[1:]))


def set_past_edge(word: Word, before: Word | None, left: float) -> bool:
    """Whether a word run past its column's edge starts a text where no text engine sets one of
    the column's: only a line run on past the edge reaches past it (a word too wide for any line,
    alone on its line from where the column's lines start, `left`; or the line's last words,
    where the edge, drawn in the white between the texts seen so far, falls short of its cell's).
    A word that starts further in, or after more white than a space (`before`: the column's word
    before it on its line, if any), may be the next column's text, read into this one."""
    return word.x0 > left + 0.5 * word.size if before is None else word.x0 - before.x1 > 0.5 * word.size


def swallows_back(word: Word, before: list[Word]) -> bool:
    """Whether a word run back past its column's left edge may hold the end of the previous
    column's text on its line (a text printed against this one, read as one word with it), or
    all of it: no text of that column on its line ends after the word starts."""
    return all(w.x1 <= word.x0 + TOL for w in before if abs(w.yc - word.yc) < 0.5 * word.size)


def join_across_pages(head: list[Line], tail: list[Line]) -> list[Line]:
    """A cell split by a page break, its lines joined as one cell's are (`cell_lines`): after a
    hyphen without a space, and a word broken at the foot of the page ("Maharashtr" / "a") without
    one where the line before is full, the rest goes on in lower case, and the word would be
    wider than the line; and broken by hand where the next line's first word would have fitted
    on the line at the foot ("Kiwi" / "Stone Carving"). A line of the tail read as a word's rest
    on its own page that opens the next item of the list the head counts is no rest: "c) Coconut
    &" after "Prawns/Shrimp", at the top of the page after "a) Sal Leaf Plates b) Processed"."""
    for k, line in enumerate(tail[1:], 1):
        if (line.word_broken or line.word_unsettled) and line.text.strip() and _opens_item(line.text, head + tail[:k]):
            line.joiner, line.word_broken, line.word_unsettled = " ", False, False
    if head and tail and head[-1].text.strip() and tail[0].text.strip():
        before, line = head[-1], tail[0]
        if before.room:
            line.hard_break = fits_on(before, line.need, line.size)
        letter = line.width / max(1, len(line.text))  # about a letter's width
        # the word's two parts, together wider than the line: the rest's own ink where the page
        # measured it, the start's by its share of its line's letters
        word = (before.width * len(before.text.split()[-1]) / len(before.text)
                + (line.first_width or line.width * len(line.text.split()[0]) / len(line.text)))
        if NO_SPACE_AT_BREAK.search(before.text):
            line.joiner = ""
        elif WORD_GOES_ON.match(line.text) and not marked_item(line.text) and before.text[-1:].isalpha():
            if (before.room and before.width + letter > before.room - 0.25 * line.size
                    and word > before.room - 0.15 * line.size):
                line.joiner, line.word_broken = "", True
            else:  # a wrap, or a word broken at a foot whose room the page does not tell: the list's words tell
                line.word_maybe_broken = True
    return head + tail


@functools.cache
def _text_engines(kind: str) -> tuple[str, ...]:
    text = resources.files("pipeline.reference").joinpath("text_engines.yaml").read_text()
    return tuple(entry["match"] for entry in yaml.safe_load(text)[kind])


def _listed(kind: str, producer: str) -> bool:
    """Whether the program that made a PDF (its Producer and Creator) is one that
    reference/text_engines.yaml lists under `kind`."""
    return any(match in producer for match in _text_engines(kind))


def breaks_after_hyphens(producer: str) -> bool:
    """Whether the program that made a PDF may break a line after a hyphen inside a word, as
    Unicode's line breaking allows ("Zari-" / "Zardozi"; reference/text_engines.yaml)."""
    return _listed("break_after_hyphens", producer)


def settle_hyphen_breaks(cells: list[list[Line]], breaks_after: bool) -> None:
    """Where the text engine breaks lines after a hyphen inside a word (`breaks_after_hyphens`), a
    line whose first word's part up to that hyphen would have fitted on the line before was
    broken by hand: "Sarees" / "Zari-Zardozi" are two items, as "Zari-" would have followed
    "Sarees" had the engine wrapped there. `cells`: those whose rules tell their room (without
    rules, the room is the column's widest line, which a word run past a browser's cell may
    widen: "Millet-based" / "Value-added" were read as two, with no doubt)."""
    if breaks_after:
        for line in (line for lines in cells for line in lines[1:] if line.head_fitted and line.joiner == " "):
            line.hard_break = True


def settle_breaks_by_wrap_spaces(products: list[list[Line]], cells: list[list[Line]]) -> None:
    """Where the text engine draws the space it wrapped a line at (LibreOffice: "Srikalahasthi
    Kalamkari " / "Fabrics/Handicrafts"), a line's end tells how it was broken, whatever the
    widths leave open. One that ends on its space was wrapped: the next line goes on ("Handloom "
    / "Fabrics/Handicrafts"). One that ends on no space, with room left for it, no hyphen or
    slash and no word broken at the edge, was not: the next line begins an item ("Blue Pottery"
    / "Processed Prawns/Shrimp", where "Processed" would not have fitted). A line that fills its
    cell has no room for the space, and is drawn without it ("Venkatagiri Cotton" / "Sarees").
    The page shows whether its engine draws them: lines it surely wrapped (the next goes on in
    lower case, no list's marker) end on one, three at least, and none with room for it ends
    on none, in any of its `cells`. A space typed at a line's end is drawn too: where one ends a line the next
    word would have fitted on, a space tells nothing. `products`: the cells whose breaks are settled."""
    def room_for_space(before: Line, line: Line) -> bool:
        return fits_on(before, line.need - line.first_width)

    pairs = [(before, line) for lines in cells for before, line in zip(lines, lines[1:])]
    wraps = [(before.wrapped, room_for_space(before, line)) for before, line in pairs
             if line.joiner == " " and line.text[:1].islower() and not line.word_unsettled and at_start(line.text) is None]
    if sum(drawn for drawn, _ in wraps) < 3 or any(room and not drawn for drawn, room in wraps):
        return
    typed = any(before.wrapped and fits_on(before, line.need) for before, line in pairs)
    for lines in products:
        for before, line in zip(lines, lines[1:]):
            if line.joiner != " " or line.word_unsettled or line.word_maybe_broken or NO_SPACE_AT_BREAK.search(before.text):
                continue
            if before.wrapped and not typed:
                line.hard_break, line.break_unsure, line.settled = False, False, True
            elif not before.wrapped and room_for_space(before, line):
                line.hard_break, line.break_unsure, line.settled = True, False, False


def keeps_words_whole(producer: str) -> bool:
    """Whether the program that made a PDF (its Producer and Creator) never breaks inside a word
    (reference/text_engines.yaml): a browser lets a word wider than its cell run past the edge."""
    return _listed("keep_words_whole", producer)


def spreads_only_wrapped_lines(producer: str) -> bool:
    """Whether the program that made a PDF leaves a justified line broken by hand unspread
    (reference/text_engines.yaml): a browser, reportlab."""
    return _listed("leave_hand_broken_lines_unspread", producer)


def splits_cell_text_at_top(producer: str) -> bool:
    """Whether the program that made a PDF prints a merged cell split by a page break with its
    text at the top of the cell's first part (reference/text_engines.yaml): a word processor."""
    return _listed("split_cell_text_at_top", producer)


def keeps_rows_whole(producer: str) -> bool:
    """Whether the program that made a PDF never breaks a row across pages
    (reference/text_engines.yaml): a spreadsheet."""
    return _listed("keep_rows_whole", producer)


def settle_word_breaks(cells: list[list[Line]], words_whole: bool = False) -> None:
    """Where the program that printed the list keeps words whole (`keeps_words_whole`), every line
    going on in lower case after a full one is a wrap after a space. Otherwise such a break is
    either a word broken at the edge ("Fisheries/Marin" / "e products") or a wrap before a short
    word ("Sugarcane" / "based"): the page looks the same. The list's own words tell first: a
    line's first word that the list uses elsewhere (not where a word's rest may begin a line) is
    a word, so the break is a wrap; a word that stands whole elsewhere was broken. Where they
    cannot, English tells (`_english_reading`). A break that neither settles keeps the geometry's
    reading (`cell_lines`) in doubt, and one where the two disagree the list's ("Sambhaji" /
    "nagar" where "Nagar Haveli" is listed). The word after a break is whole where its line
    ends: a line of one word that the next line goes on, broken, holds only the word's start
    ("based" / "produc" / "ts": the word is "products"), so breaks are settled from a cell's
    foot up. (Most lists have no such break: then nothing is read.)"""
    # each break with its two parts: the last word before it and the first after ("Sambhaji", "nagar"),
    # and that word as it goes on where its line is that word alone and the next line a break
    def first_word(line: Line) -> str:
        return line.text.split()[0].strip(",.;:()")

    breaks = [(line, following, before.text.split()[-1].strip(",.;:()").split("/")[-1], first_word(line),
               first_word(line) + first_word(following) if following and len(line.text.split()) == 1 and (
                   following.word_broken or following.word_unsettled) else None)
              for cell in cells for before, line, following in zip(cell, cell[1:], cell[2:] + [None])
              if line.word_broken or line.word_unsettled or line.word_maybe_broken][::-1]
    if words_whole:
        for line, *_ in breaks:
            line.joiner, line.word_broken, line.word_unsettled = " ", False, False
        return
    if not breaks:
        return
    parts = [(last, rest) for *_, last, rest, onward in breaks for rest in (rest, onward) if rest]
    used = _texts_using({rest for _, rest in parts if len(rest) >= 3}  # "r" of "B.R." proves nothing
                        | {last + rest for last, rest in parts}, cells)
    for line, following, last, rest, onward in breaks:
        rest = onward if onward and following.word_broken else rest
        if line.word_maybe_broken:  # ("Prawns/Shri" at a foot, "mp" overleaf, "Prawns/Shrimp" whole elsewhere)
            broken = rest not in used and last + rest in used
            # (a rest of a letter or two, no word, is in doubt all the same: "d" of "Processe" / "d")
            line.joiner, line.word_broken, line.word_unsettled = "" if broken else " ", broken, not broken and len(rest) < 3
            continue
        whole, english = last + rest, _english_reading(last, rest)
        after = line.text.split()[1:2]
        connector = english is None and NAME_GOES_ON.match(line.text) and after and after[0][:1].isupper()
        if connector:
            english = "wrap"  # a name going on after a connector ("Jammu" / "and Kashmir"), not a word's rest
        if rest in used and whole not in used:  # a wrap; one other text is little to go on where the line was full
            broken, sure = False, english != "broken" and (not line.word_broken or len(used[rest]) >= 2 or english == "wrap")
        elif rest not in used and whole in used:
            broken, sure = True, english != "wrap"
        elif english:  # but a common word after no word ("Bhupalp" / "ally") may be a name's rest broken at the edge
            broken, sure = english == "broken", english == "broken" or connector or not line.word_broken or a_word(last)
        else:  # nor English ("Pakke-Kes" / "sang"): as the geometry read it, in doubt but for a word's short rest
            broken, sure = line.word_broken, line.word_broken and len(_letters_on(rest.lower())) < 4
        line.joiner, line.word_broken, line.word_unsettled = "" if broken else " ", broken, not sure


def _texts_using(words: set[str], cells: list[list[Line]]) -> dict[str, set[str]]:
    """Each of `words` that the cells' lines use, in the same case (not as a line's first word
    where a word's rest may begin it: "nagar" is not "Nagar" of "Dadra and Nagar Haveli"), with
    the texts it stands in."""
    used: dict[str, set[str]] = defaultdict(set)
    if not words:
        return used
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(words))) + r")(?![\w-])")
    for lines in cells:
        for line in lines:
            text = line.text.split(" ", 1)[1] if WORD_GOES_ON.match(line.text) and " " in line.text else (
                "" if WORD_GOES_ON.match(line.text) else line.text)
            for m in pattern.findall(text):
                used[m].add(text)
    return used


def _letters_on(rest: str) -> str:
    """The letters a line's first word starts with: the part of one word ("npur" of "npur-Amb")."""
    return re.sub(r"[^a-z].*", "", rest)


@functools.cache
def english() -> dict[str, int]:
    """English words by how often they are used (pyspellchecker's list, from film subtitles)."""
    from spellchecker import SpellChecker

    return SpellChecker(distance=1).word_frequency.dictionary


def a_word(text: str) -> bool:
    """Whether a text is an English word, or two joined ("hand" + "loom": English writes its
    compounds so, and the dictionary lists few of them)."""
    words, token = english(), text.lower()
    return token in words or any(token[:k] in words and token[k:] in words for k in range(3, len(token) - 2))


def _english_reading(last: str, rest: str) -> str | None:
    """How English reads a break between `last` and `rest`: "broken" where the two together are
    a word and the first part is none ("Handi" / "crafts", "Produc" / "ts"), or the rest, four
    letters or more, is no common word ("Siddharth" / "nagar", "Hand" / "loom": a list's words in
    lower case after a wrap are common English); "wrap" where the rest is a common word of four
    letters or more after four or more, and the two together are none ("Sugarcane" / "based",
    "Handloom" / "products"; not "Pakke-Kes" / "sang": three letters are often a word's start;
    nor "Anda" / "mans": after no word, a rarer word may be a name's rest), or where a short rest
    of two letters or more is one of the commonest words after a common word as printed
    ("products" / "of"); else None ("Lacquerw" / "are", "Narmadapur" / "am",
    "Janjgir-Champ" / "a": a short rest is often a word by chance; "etc" is no word, but a wrap
    before it is usual)."""
    words = english()
    if not rest[:1].isalpha():  # a wrap leaves a word, not a hyphen or a slash ("Manpur" / "-Ambagarh")
        return "broken"
    token = last.lower()  # the line's last word as printed ("janjgir-champ")
    last, rest = re.sub(r".*[^a-z]", "", token), _letters_on(rest.lower())  # the parts of one word: "Mohla-Ma" / "npur-Amb"
    whole, used = last + rest, words.get(rest, 0)
    if whole in words and last not in words:
        return "broken"
    if len(rest) >= 4:
        if used >= 1000 and whole not in words and len(last) >= 4 and (last in words or used >= 5000):
            return "wrap"
        if used < 1000:
            return "broken"
    elif len(rest) >= 2 and used >= 1_000_000 and words.get(token, 0) >= 1000 and whole not in words and len(last) >= 4:
        return "wrap"
    return None

