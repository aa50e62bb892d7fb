"""The header pass: the table's header, found by what its labels say (reference/columns.yaml),
and the columns it gives: from the grid's rules, or from the labels and the white space between
the body's columns when the table has no rules."""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from .cells import TEXTS_MEET, TOL, WORD_GOES_ON, Column, cell_lines, group_lines, join_lines, level_counts, line_foot, line_yc, set_marks, words_text
from .columns import field_for, fields_given, label_table, map_header, read_header, required_named
from .grid import Grid, joints, rules_across
from .layers import PageContent, Word
from .markers import ITEM_BULLETS, marker_alone, marks_body
from .title import begins_state_name, is_state_name, state_named
from .unruled import without_footer


@dataclass
class HeaderCandidate:
    """The best header-like line seen, for the error message when no header maps."""

    page: int
    labels: list[str]
    mapped: int  # how many of its labels name a field
    problems: list[str]  # what stands in the way: "no column for state", "2 columns for district: ..."


def phrases(words: list[Word], space: float | None = None) -> list[list[Word]]:
    """Words of one header line grouped into labels. A gap wider than 0.8 em separates labels;
    so does one wider than a third of an em and nearly twice the narrowest gap (`_word_space`:
    OCR draws boxes round the ink, which may overlap; `space`, where the lines around show it
    better than this line's own gaps): labels in tight columns stand apart only by their cells' padding, or overlap at
    their ends where they overflow them."""
    ordered = sorted(words, key=lambda w: w.x0)
    gaps = [b.x0 - a.x1 for a, b in zip(ordered, ordered[1:])]
    space = _word_space(_gaps(ordered)) if space is None else space
    groups: list[list[Word]] = []
    for before, word, gap in zip([None, *ordered], ordered, [0.0, *gaps]):
        # two labels run past their narrow cells into each other overlap at their ends (one
        # line of text never does); a text drawn over a label (a merged cell's, over the
        # header) covers it, and is read with it
        into = before is not None and -gap > 0.1 * word.size and -gap < 0.5 * min(before.x1 - before.x0, word.x1 - word.x0)
        if groups and not into and (gap <= 0.8 * word.size) and not (gap > 0.35 * word.size and gap > 1.8 * max(space, 0.0)):
            groups[-1].append(word)
        else:
            groups.append([word])
    return groups


def _gaps(ordered: list[Word]) -> list[float]:
    """The white before each word after the first (`ordered` by where they start), as a word
    space is measured: from the furthest the words before it reach, not the one before's end (a
    script that sets a mark over its letters, "क" "्" "र.सं.", stores pieces inside each other's
    boxes: no space between them)."""
    return [b.x0 - reach for reach, b in zip(itertools.accumulate((w.x1 for w in ordered), max), ordered[1:])]


def _word_space(gaps: Iterable[float]) -> float:
    """The narrowest of the gaps between neighbouring words (0 where none is one): a word space,
    as the text layer or OCR measures it. Boxes that touch or overlap measure none."""
    return min((gap for gap in gaps if gap > 0), default=0.0)


def _labels_by_columns(block: list[list[Word]], bounds: list[tuple[float, float]]) -> list[str]:
    """A ruled header's label per column, its lines joined as a cell's are ("S.N" / "o." is "S.No."),
    or as `_label_text` reads them where that names no field and theirs does (OCR read "Name of" /
    "State/UT" as "Nameof" / "state/u": a word too long for its line, broken, it seems)."""
    words = [w for line in block for w in line]
    labels = []
    for x0, x1 in bounds:
        inside = [w for w in words if x0 <= w.xc < x1]
        left = min((w.x0 for w in inside), default=x0)
        label = join_lines(cell_lines(group_lines(inside), x1 - (left - x0), left))
        labels.append(label if field_for(label) is not None or not inside else _label_text(inside))
    return labels


def _labels_by_phrases(block: list[list[Word]]) -> list[tuple[str, float, float]]:
    """Unruled header: labels from phrases, read from the header's last line up. A phrase above
    joins the one label below it that it overlaps ("Name of" over "District"), or parts over
    several where each of its words stands over one of them. A group label over several labels
    below ("Location" over "State" and "District") is left out: it overlaps more than one of
    them, or it names no field and stands between two of them. Any other phrase over no label
    below is a label of its own (a label of one line in a header of two)."""
    spans: list[list] = []  # [x0, x1, words]
    # the word space of the header's lines: a line of two labels standing close ("Status No.")
    # has no gap between words of one label to measure it by
    space = _word_space(gap for line in block for gap in _gaps(sorted(line, key=lambda w: w.x0)))
    for line in reversed(block):
        below = list(spans)
        # each label's extent as the lines below set it, not as this line's words grow it
        extent = {id(s): (s[0], s[1]) for s in below}

        def overlap(span: list, x0: float, x1: float) -> bool:
            s0, s1 = extent.get(id(span), span[:2])
            return min(s1, x1) - max(s0, x0) > 0
        for phrase in phrases(line, space):
            if is_state_name(words_text(phrase)):  # a merged cell's text drawn over the header, no label
                continue
            x0, x1 = phrase[0].x0, phrase[-1].x1
            under = [span for span in below if overlap(span, x0, x1)]
            # labels of narrow columns may stand as close as words ("Sr. District" over "No" and
            # "Name"): a phrase whose every word stands over one label below parts over them
            over = [[s for s in under if overlap(s, w.x0, w.x1)] for w in phrase]
            if len(under) > 1 and all(len(o) == 1 for o in over):
                for w, (span,) in zip(phrase, over):
                    _join(span, [w])
            elif len(under) == 1 and (parts := _parted_below(under[0], phrase)):
                for held in (spans, below):  # the label below is two labels from here on
                    at = next(n for n, span in enumerate(held) if span is under[0])
                    held[at : at + 1] = parts
            elif len(under) == 1 and (parts := _parted_above(under[0], phrase, overlap, line)):
                near, far = parts
                _join(under[0], near)
                spans.append([far[0].x0, far[-1].x1, far])
            elif len(under) == 1:
                _join(under[0], phrase)
            elif not under:
                between = any(s[1] <= x0 for s in below) and any(s[0] >= x1 for s in below)
                if not (between and field_for(words_text(phrase)) is None):
                    spans.append([x0, x1, list(phrase)])
    spans.sort(key=lambda s: s[0])
    return [(_label_text(s[2]), s[0], s[1]) for s in spans]


def _parted_above(span: list, phrase: list[Word], overlap, line: list[Word]) -> tuple[list[Word], list[Word]] | None:
    """A phrase whose first or last words only stand over the label below, the rest over
    nothing, where two labels stood as close as words ("Seria Name of State/UT" over "l No.": a
    narrow cell broke "Serial" at its edge): the words over the label join it, the rest are a label
    of their own, when the words over it and the label name a field together and neither alone
    (the pieces of one label; not "State Name" over a state's name drawn under it), the two then
    name two fields (the whole names one of them at most), and the rest stands clear of the
    line's other words (a label printed over the next one ran out of its cell: its own lines may
    stand below that one's)."""
    others = [w for w in line if w not in phrase]
    if field_for(_label_text(span[2])) is not None:
        return None
    for k in range(1, len(phrase)):
        for near, far in ((phrase[:k], phrase[k:]), (phrase[k:], phrase[:k])):
            if (all(overlap(span, w.x0, w.x1) for w in near) and not any(overlap(span, w.x0, w.x1) for w in far)
                    and not any(o.x0 < far[-1].x1 and far[0].x0 < o.x1 for o in others)
                    and field_for(_label_text(list(near))) is None):
                if _two_fields(span[2] + list(near), list(far), span[2] + list(phrase)):
                    return list(near), list(far)
    return None


def _two_fields(one: list[Word], other: list[Word], whole: list[Word]) -> bool:
    """Whether two labels parted from one text name two fields, which the whole names one of at
    most (two labels set as close as words, not one label's words)."""
    named = field_for(_label_text(one)), field_for(_label_text(other))
    return None not in named and named[0] != named[1] and field_for(_label_text(whole)) in (None, *named)


def _parted_below(span: list, phrase: list[Word]) -> list[list] | None:
    """A phrase over the first or last words only of the label below, where two labels stood as
    close as words ("Sr." over "No State Name"): the label parts at the word the phrase ends
    over, when the parts then name two fields (the whole names one of them at most)."""
    words = sorted(span[2], key=lambda w: w.x0)
    for k in range(1, len(words)):
        if words[k - 1].x1 >= words[k].x0:
            continue
        for near, far in ((words[:k], words[k:]), (words[k:], words[:k])):
            covered = all(min(w.x1, phrase[-1].x1) - max(w.x0, phrase[0].x0) > 0 for w in near)
            clear = all(min(w.x1, phrase[-1].x1) - max(w.x0, phrase[0].x0) <= 0 for w in far)
            if covered and clear:
                joined = list(phrase) + near
                if _two_fields(joined, far, span[2] + phrase):
                    parts = [[min(w.x0 for w in joined), max(w.x1 for w in joined), joined],
                             [far[0].x0, far[-1].x1, list(far)]]
                    return sorted(parts, key=lambda p: p[0])
    return None


def _join(span: list, words: list[Word]) -> None:
    """Words over a label below join it: its extent grows to hold them."""
    span[0], span[1] = min(span[0], words[0].x0), max(span[1], words[-1].x1)
    span[2] += words


def _lone_l(word: Word) -> bool:
    """Whether a word is a lone "l" as OCR reads it as often as not: "I" or "1", read unsurely."""
    return word.text in ("I", "1") and word.confidence < 1.0


def _label_text(words: list[Word]) -> str:
    """A label's lines joined with spaces; or, where that names no field, with a line going on in
    lower case joined without one, where that does: a word too long for a narrow header cell
    broken at its edge ("Seria" / "l No."), or every such line ("Se" / "ri" / "al" / "N" / "o.",
    a cell a few letters wide). The labels' own words tell, as no rule gives the cell's width.
    OCR reads a lone "l" as "I" or "1" as often as not ("Seria" / "I No.", "1 No."): in a scan, a
    line opening on "I" or "1" alone, read unsurely, may be such a rest."""
    grouped = group_lines(words)
    lines = [words_text(line) for line in grouped]
    spaced = " ".join(lines)
    if field_for(spaced) is not None:
        return spaced
    lines = [f"l{text[1:]}" if _lone_l(line[0]) and k else text
             for k, (line, text) in enumerate(zip(grouped, lines))]
    rests = [k for k in range(1, len(lines)) if lines[k][:1].islower()]
    for joins in [{k} for k in rests] + ([set(rests)] if len(rests) > 1 else []):
        joined = lines[0] + "".join(line if k in joins else " " + line for k, line in enumerate(lines[1:], start=1))
        if field_for(joined) is not None:
            return joined
    return spaced


def _blocks(lines: list[list[Word]], i: int, band: tuple[int, int] | None = None):
    """Candidate header blocks around line i, as (first, end) line numbers: the line alone, then
    with its neighbours; and `band`, a ruled table's lines above its first rule across, when i is
    in it (a header whose labels wrap, set in the middle of their cells, is as tall as it needs)."""
    # up to six lines, from four above: labels of several lines, set in the middle of cells of two
    # header rows, interleave (lines naming no required field, "Name of" / "Sl." / "Category",
    # may start the header)
    for size in range(1, 7):
        for lo in range(i, i - 5, -1):
            if lo >= 0 and lo + size <= len(lines) and lo <= i < lo + size:
                yield lo, lo + size
    if band and band[0] <= i < band[1] and band[1] - band[0] > 1:
        yield band


def _tight(block: list[list[Word]], rule_tops: list[float], apart: float = 0.8, rows_apart: float = 0.0) -> bool:
    """The lines of a header block sit together: no further apart than `apart` font sizes (1.5
    between candidate lines: two header rows stand apart by their cells' padding), or than
    `rows_apart` (pt: as far as the body's rows stand, the same padding parting them; or a
    header's own lines), and no rule across the
    table between them (`rule_tops`: the heights of such rules, sorted)."""
    for a, b in zip(block, block[1:]):
        a_bottom = max(w.bottom for w in a)
        b_top = min(w.top for w in b)
        size = statistics.median(w.size for w in a + b)
        if b_top - a_bottom > max(apart * size, rows_apart + TOL):
            return False
        k = bisect.bisect_right(rule_tops, a_bottom - TOL)
        if k < len(rule_tops) and rule_tops[k] < b_top + TOL:
            return False
    return True


def _read_block(block: list[list[Word]], bounds: list[tuple[float, float]], body=lambda: []) -> tuple:
    """(labels, fields or None, spans) of a candidate header block: labels per ruled column
    (`bounds`), or from its phrases when the table has no rules (`body()`: the lines under it)."""
    spans = [] if bounds else _labels_run_on(_labels_by_phrases(block), body)
    labels = _labels_by_columns(block, bounds) if bounds else [s[0] for s in spans]
    if not bounds and len(block) > 1 and not _side_by_side(block):
        return labels, None, spans  # a title of several lines, one under another: no header
    fields = map_header(labels) or map_header(labels, optional=("state",))
    if spans and (parted := _labels_of_two_fields(block, spans, body)) is not spans:
        more = map_header(labels_parted := [s[0] for s in parted]) or map_header(labels_parted, optional=("state",))
        if more and (fields is None or sum(map(bool, more)) > sum(map(bool, fields))):
            labels, fields, spans = labels_parted, more, parted
    return labels, fields, spans


def _labels_run_on(spans: list[tuple[str, float, float]], body) -> list[tuple[str, float, float]]:
    """The labels, each that names no field (or the field the one before names) joined to the
    label before it where the body's texts run on from under that one into under it: no column
    edge stands between them, and together they name its field, or a field where it names none
    ("Product(s)" "identified", "ODOP" "Product": a word space apart in a scan's boxes as labels
    stand, the product column's long lines read as another, unread, column's; "SI." "No.", over
    serials centred under both). Under a
    column of its own ("Categor" "y", its label broken) more texts stand at one place (start,
    centre or end there) than run into it: a scan's boxes may stand as close as words across the
    gap between columns. A label that begins or ends as none does, on a connector ("Name" "of
    District", "Name of the" "Product"), goes on into the next however the body stands: joined
    first, as a label naming a field may stand before it ("District Name" "Name of the")."""
    out = list(spans)
    k = 1
    while k < len(out):
        (a, a0, _), (b, _, b1) = out[k - 1], out[k]
        if not field_for(a) and field_for(b) and (LABEL_GOES_ON.match(b) or LABEL_RUNS_ON.search(a)) and field_for(f"{a} {b}") == field_for(b):
            out[k - 1 : k + 1] = [(f"{a} {b}", a0, b1)]
            k = max(1, k - 1)  # "Name" "of" "District": "of District" goes on from "Name"
        else:
            k += 1
    k = 1
    while k < len(out):
        (a, a0, a1), (b, b0, b1) = out[k - 1], out[k]
        joined, named = field_for(f"{a} {b}"), (field_for(a), field_for(b))
        # (or both name it alone, as a header names a field once, in a label of four words at
        # most: "ODOP" "Product"; not two products' names side by side in a row read as labels)
        if joined and named[0] in (None, joined) and named[1] in (None, named[0]) and (named[1] is None or len(f"{a} {b}".split()) <= 4):
            across, aligned = _texts_at(a1, b0, b1, body())
            # (two names of one field: where no text starts under the second, every one that
            # reaches it running on from the left: "ODOP" "Product" centred over products set
            # to the left, most reaching under neither)
            if (across >= 2 and across > aligned or _centred_under(a0, a1, b1, body())
                    or named[1] and body() and not any(a1 < p[0].x0 < b1 for line in body() for p in phrases(line))):
                out[k - 1 : k + 1] = [(f"{a} {b}", a0, b1)]
                continue
        k += 1
    return out


LABEL_GOES_ON = re.compile(r"(?-i:of|and|the|&)\s")  # no label begins so
LABEL_RUNS_ON = re.compile(r"(^|\s)(?-i:of|and|the|&)$")  # nor ends so


def _centred_under(x0: float, first_end: float, x1: float, body: list[list[Word]]) -> bool:
    """Whether the body's texts under two labels side by side (from `x0` to `x1`, the first
    ending at `first_end`) are centred under both together and not under the first alone: one
    label, its words read further apart than a word space (serials "1" and "10" centred under a
    scan's "Serial" "No.")."""
    texts = [(p[0].x0 + p[-1].x1) / 2 for line in body for p in phrases(line) if p[-1].x1 > x0 and p[0].x0 < x1]
    return len(texts) >= 2 and all(abs(c - (x0 + x1) / 2) <= TOL for c in texts) and not all(abs(c - (x0 + first_end) / 2) <= TOL for c in texts)


def _texts_at(after: float, edge: float, end: float, body: list[list[Word]]) -> tuple[int, int]:
    """How many of the body's texts (`phrases`) run across the white from `after` to `edge`
    wherever in it a column's edge might stand (the fewest across any place: "10", centred under
    "Sr." "No", fills the white where OCR's box of "Sr." ends short of its full stop; a product
    OCR glued to its category crosses the gap before it, where the others leave it white), and
    the most of its words past `edge`, before `end`, that start, centre or end at one place (a
    column's texts stand so)."""
    middle = (after + edge) / 2
    lo, hi = min(after, middle - TOL), max(edge, middle + TOL)
    texts = [(p[0].x0 - TOL / 2, p[-1].x1 + TOL / 2) for line in body for p in phrases(line)]  # as boxes may fall short
    places = {middle, *(x for text in texts for x in text if lo < x < hi)}
    across = min(sum(x0 < x < x1 for x0, x1 in texts) for x in places)
    marks = [set_marks([w]) for line in body for w in line if edge - TOL <= w.x0 < end]
    return across, max((n for places in zip(*marks) for _, n in level_counts(places, 2 * TOL)), default=0)


def _side_by_side(block: list[list[Word]]) -> bool:
    """Whether two of the block's phrases stand side by side, as a header's labels do over their
    columns, on one line or on two; the lines of a title each span the others, centred one under
    another ("List of Products Identified under One District One Product" / "Initiative")."""
    extents = [(p[0].x0, p[-1].x1) for line in block for p in phrases(line)]
    return any(a1 <= b0 or b1 <= a0 for (a0, a1), (b0, b1) in itertools.combinations(extents, 2))


def _labels_of_two_fields(block: list[list[Word]], spans: list[tuple[str, float, float]], body) -> list[tuple[str, float, float]]:
    """The labels, each of one line that is several fields' names side by side parted
    ("District Product", "Products Category Remarks"): labels of narrow columns, each centred in
    its cell, may stand as close as words, and a header with no label of two words shows no word
    space to tell them by. Each part is a label of four words at most ("Name of the Product"),
    of a field no other part names, parted at a gap wider than the parts' own (labels stand
    further apart than words: a title "One District One Product" is no two labels), or where
    the texts of the table's body (`body()`, its lines) part, as `_texts_part_at`, and stand
    side by side on several rows (`_rows_across`): labels justified to fill their cells stand
    closer than their own words ("District Name Product Name"). Of the partings that part so,
    the one where the body's white is widest (`_white_at`: "Sr. No" | "Product Name", where a
    serial reaches just past where "No" starts). Read where the header maps no
    other way, or maps fewer fields ("# Districts": the serial's label, where it is optional)."""
    out = []
    for label, x0, x1 in spans:
        lines = [sorted((w for w in line if x0 - TOL <= w.x0 and w.x1 <= x1 + TOL), key=lambda w: w.x0) for line in block]
        words = next((ws for ws in lines if ws), []) if sum(map(bool, lines)) == 1 else []
        parts = _parted_labels(words, x1, body) if len(words) > 1 else None
        out += [(label, x0, x1)] if parts is None or len(parts) < 2 else [
            (_label_text(part), x0 if k == 0 else part[0].x0, x1 if k == len(parts) - 1 else part[-1].x1) for k, part in enumerate(parts)]
    return out if len(out) > len(spans) else spans


def _parted_labels(words: list[Word], x1: float, body) -> list[list[Word]] | None:
    """The words of one line parted into labels of different fields (`_labels_of_two_fields`),
    or, where they part no way, themselves if they are a label, else None."""
    @functools.cache
    def parted(start: int) -> tuple[tuple[Word, ...], ...] | None:  # of the words from `start`
        rest_of_line = words[start:]
        found = []  # (the white of the body at the parting, the parts)
        for k in range(1, min(len(rest_of_line), 5)):
            left = field_for(_label_text(rest_of_line[:k]))
            rest = parted(start + k) if left is not None else None
            if rest is None or left in {field_for(_label_text(part)) for part in rest}:
                continue
            own = [b.x0 - a.x1 for part in [rest_of_line[:k], *rest] for a, b in itertools.pairwise(part)]
            before, after = rest_of_line[k - 1], rest_of_line[k]
            gap = after.x0 - before.x1
            # the columns part where the right label starts, or where the body's texts start in the
            # white before it (a label centred in a cell its column's texts fill: "Category" 1.8 pt
            # right of where "Secondary" starts)
            edges = [after.x0, *sorted({w.x0 for line in body() for w in line if before.x1 < w.x0 < after.x0}, reverse=True)]
            if gap > max(own, default=0.0) + 0.5:
                edges = [after.x0]
            elif gap > 0:
                edges = [edge for edge in edges if _texts_part_at(body(), edge, x1) and _rows_across(body(), rest_of_line[0].x0, edge, x1) >= 2]
            else:
                edges = []
            if edges:
                found.append((max(_white_at(body(), edge) for edge in edges), (tuple(rest_of_line[:k]), *rest)))
        if found:  # where the columns part in the widest white ("Sr. No" | "Product Name", not "Sr." | "No Product Name")
            return max(found, key=lambda f: f[0])[1]
        return (tuple(rest_of_line),) if len(rest_of_line) <= 4 and field_for(_label_text(rest_of_line)) is not None else None

    found = parted(0)
    return None if found is None else [list(part) for part in found]


def is_header(lines: list[list[Word]]) -> bool:
    """Whether an unruled header starts at the first of these lines: its labels, alone or with
    the next line's, map every field a header needs (a body line that mentions "products" does not)."""
    return any(map_header([label for label, _, _ in _labels_by_phrases(lines[:n])], optional=("state",))
               for n in (1, 2) if n <= len(lines))


def header_row_above(lines: list[list[Word]]) -> bool:
    """Whether a header starts at the first of two lines. Where the second line maps a header on
    its own, the first is a row of the header (labels in another script, a group label over two)
    only when it holds labels side by side, close above it; a heading above a table (a state's
    name) is one phrase."""
    if len(lines) < 2 or not is_header(lines[1:2]):
        return True
    return len(phrases(lines[0])) >= 2 and _tight(lines[:2], [], apart=1.5)


HEADER_WINDOW = 5  # lines: a better header may name its fields this far below the first block that maps (a title of lines naming "District" and "Product" over a header of two rows)


def find_header(page: PageContent, lines: list[list[Word]], grid: Grid | None, hint: bool = True,
                seen: BodySeen | None = None, printed_before: tuple[str, ...] = (), labels: Sequence[Column] = ()):
    """(columns, (header top, header bottom), best failed candidate) of the table's header (see
    `_header_block`; `printed_before`: the text of the last header's lines, `labels`: its
    columns). The best failed candidate, for the message when no header maps at all, is sought
    only with `hint`."""
    found, best = _header_block(page, lines, grid, hint)
    if found is None and not grid:
        found = _labelled_as_before(lines, printed_before, labels)
    if found is None:
        return None, None, best
    _, block, fields, spans = found
    top, bottom = min(w.top for w in block[0]), _header_bottom(page, lines, block, grid, printed_before)
    if grid:
        bounds = list(zip(grid.xs, grid.xs[1:]))
        # (a line whose box reaches up past the header's foot but stands mostly below it is the
        # body's: Writer set a first row's boxes 0.6 pt over the rule closing the header)
        labels = _labels_by_columns([l for l in lines if block[0][0].top - TOL <= l[0].top and line_yc(l) < bottom], bounds)
        columns = [Column(f, l, a, b) for f, l, (a, b) in zip(fields, labels, bounds)]
    else:
        # the header's lines past the block that named the fields hold labels too ("GI" / "Status"
        # set in the middle of its cell, its last line below the others' last)
        whole = [line for line in lines if top - TOL <= min(w.top for w in line) and max(w.bottom for w in line) <= bottom + TOL]
        below = _parted_where_texts_start([line for line in lines if min(w.top for w in line) > bottom])
        body = _table_body(below, bottom)
        if len(whole) > len(block):  # (its labels read over the body, as the block's were: "Product" "Name" is one)
            _, more, more_spans = _read_block(whole, [], lambda: body)
            if more is not None and {f for f in fields if f} <= set(more):
                fields, spans = more, more_spans
        fields, spans = _jammed_labels(block, fields, spans, body, seen.labels if seen else [])
        fields, spans = _lone_labels(block, fields, spans, body, seen.labels if seen else [])
        fields, spans = _unlabelled_serials(fields, spans, body)
        # a header ruled cell by cell (a browser draws each cell's border on its own) shows its
        # columns' edges where one cell's rule meets the next, with no rule between the columns
        size = statistics.median(w.size for line in block for w in line)
        edges = joints(page.hrules, 0.0, page.width, top - 2 * size, bottom + 2 * size)
        columns = _unruled_columns(fields, spans, below, bottom, page.width, seen if seen is not None else BodySeen(), edges)
    unread = label_table()[3]
    columns = _serials_unnamed(columns, _table_body(lines, bottom))
    return [replace(c, field=None) if c.field in unread else c for c in columns], (top, bottom), best


def header_starts(page: PageContent, lines: list[list[Word]], fields: tuple | None,
                  printed_before: tuple[str, ...] = ()) -> tuple[list[int], tuple | None]:
    """The first line of each header of an unruled page, top to bottom: where each table begins
    (a state's table under its heading has a header of its own, its labels wrapped as its own
    column widths wrap them); and the fields a header gives. Every header names the `fields` of
    the list's first (where known): a body line that names a district and a product is no header.
    Lines at the page's foot that a header printed first (here, or `printed_before`, its lines in
    order) begin a header the page break cut, too few to name the fields (its labels in another
    script): its table begins overleaf. A break cuts a header under its first lines: lines that
    match later ones ("Products" of a label set lower, under "Serial District") are a cell's."""
    starts, at, foot = [], 0, len(without_footer(lines))
    printed, after = [printed_before], 0
    while at < len(lines):
        found, _ = _header_block(page, lines[at:], None, hint=False)
        # a header's words printed again name the fields they named, though a narrower table
        # sets its labels as close as words ("Category ODOP Product") and its one row shows no
        # white between its columns to part them: such a header, above the next found, is next
        repeated = _printed_again(lines[at:], printed) if fields is not None else []
        if repeated and (found is None or _index_of(lines, repeated[0]) < _index_of(lines, found[1][0])):
            block, named = repeated, fields
        elif found is not None:
            # (at its first printing from `at` on: each state's table prints the same header, and where
            # its rows stand apart by a font's size and a half, as their padding sets them, the test
            # that its lines sit together may fail on one and hold on the next by a hundredth of a
            # point: fuzz 1812300052 left Assam's and Bihar's tables out, with no finding)
            block = _printed_again(lines[at:], [tuple(map(words_text, found[1]))])
            named = tuple(f for f in found[2] if f)  # a label naming no field may wrap otherwise in each table
            if fields is not None and _one_label_misread(found[2], fields):
                named = fields
        else:
            break
        first = _index_of(lines, block[0], at)
        floor, at = at, first + len(block) + 1  # a table has a row at least
        # a header that ends the page may be cut by its foot (a spreadsheet row split by the page
        # break): its table begins overleaf, and it names what it shows of the fields
        cut = at > foot and set(named) <= set(fields or named)
        # a header printed again names the fields it named, however its labels' words now stand
        # (narrower columns may set two labels as close as words: "Sr. No District Name")
        again = any(_printed_in(block, head) for head in printed)
        if fields is not None and not set(fields) <= set(named) and not cut and not again:
            continue
        fields = fields if cut or again else named
        # the header's lines set close above the block that named the fields are of it (labels
        # of three lines; a row of labels side by side, as far as header rows stand apart), and
        # lines in another script than the rows' however far (a header row of labels in Hindi
        # whose cells' padding stands it apart); a state's heading is not, nor a line that names
        # the fields a header needs by itself, which no header's upper row does (that would begin
        # the block): a running header set close above ("One District One Product (ODOP)"), read
        # as the header's, would be a header printed again overleaf, over rows alone
        while first > floor and not state_named(above := words_text(lines[first - 1])) and not _names_the_fields(above) and (
                _tight(lines[first - 1 : first + 1], [])
                or len(phrases(lines[first - 1])) >= 2 and _tight(lines[first - 1 : first + 1], [], apart=1.5)
                or not _in_latin(lines[first - 1])):
            first -= 1
        starts.append(first)
        printed.append(tuple(words_text(line) for line in lines[first : at - 1]))
        after = at - 1
    tail = [words_text(line) for line in lines[after:foot]]
    cut = foot - max((n for head in printed for n in range(1, min(len(head), len(tail)) + 1)
                      if tuple(tail[len(tail) - n :]) == head[:n]), default=0)
    return starts + ([cut] if cut < foot else []), fields


def _labelled_as_before(lines: list[list[Word]], printed_before: tuple[str, ...], labels: Sequence[Column]):
    """The header printed again (`_printed_again`) with its labels as close as words, which no
    white parts ("S.No District ODOP Product" over a state's narrower table, its widths fitted to
    its own text, where the first header wrapped "ODOP" / "Product"), read as (None, block,
    fields, spans) where its words, left to right, are the last header's labels in the order of
    their columns, each whole; else None."""
    block = _printed_again(lines[:HEADER_WINDOW], [printed_before]) if printed_before else []
    words = sorted((w for line in block for w in line), key=lambda w: w.x0)
    fields, spans, at = [], [], 0
    for column in (c for c in labels if c.label.strip()):
        n = len(column.label.split())
        part = words[at : at + n]
        if Counter(w.text for w in part) != Counter(column.label.split()):
            return None
        fields.append(column.field)
        spans.append((column.label, part[0].x0, max(w.x1 for w in part)))
        at += n
    return (None, block, fields, spans) if block and at == len(words) else None


def _one_label_misread(found: Sequence[str | None], fields: Sequence[str]) -> bool:
    """Whether a header's labels name the list's fields in their order but for one, which names
    none where the list's header named a field: that label misread ("#" read "林" by OCR), the
    header names the field too."""
    return len(found) == len(fields) and [f for f, g in zip(found, fields) if f != g] == [None]


def _index_of(lines: list[list[Word]], line: list[Word], start: int = 0) -> int:
    """Where a line stands among the page's lines (the same list, not an equal one)."""
    return next(k for k in range(start, len(lines)) if lines[k] is line)


def _names_the_fields(text: str) -> bool:
    """Whether a line's text names every field a header needs, as a title does: "One District One
    Product (ODOP)"."""
    return _needed_fields() <= required_named(text)


def _needed_fields() -> frozenset[str]:
    """The fields every header names: the required ones but the state's, which a table under a
    state's heading leaves out."""
    return frozenset(label_table()[1]) - {"state"}


def _printed_again(lines: list[list[Word]], headers: list[tuple[str, ...]]) -> list[list[Word]]:
    """The first run of lines that prints the words of one of the `headers` (their lines' texts),
    all and no more, however its labels wrap; or none."""
    printed = list(map(_words_of, headers))
    for k in range(len(lines)):
        for words in map(Counter, printed):
            for n in range(k, len(lines)):
                words.subtract(w.text for w in lines[n])
                if min(words.values(), default=0) < 0:
                    break
                if not +words:
                    return lines[k : n + 1]
    return []


def _printed_in(block: list[list[Word]], header: tuple[str, ...]) -> bool:
    """Whether a block's lines are lines of a header printed before (`header`: its lines' texts),
    or print its words, all and no more, wrapped as another table's widths wrap them ("Sr. GI" /
    "Name of District Products Sector" / "No Status", then "Sr. Name of GI" / "Products Sector" /
    "No District Status")."""
    return (all(words_text(line) in header for line in block)
            or Counter(w.text for line in block for w in line) == _words_of(header))


def _words_of(header: tuple[str, ...]) -> Counter:
    """The words a header printed (its lines' texts), however they wrap."""
    return Counter(" ".join(header).split())


def _rules_parting(page: PageContent, block: list[list[Word]]) -> list[float]:
    """The rules across a block of an unruled table's lines (over the block's width) that part
    two of its lines in the Latin script: the rule under the header, the body's lines below it
    ("Glass" / "Alluri Sitharama" of a first row set in the middle), not one between a
    bilingual header's rows (labels in another script ruled off above the Latin ones)."""
    across = rules_across(page, min(w.x0 for line in block for w in line), max(w.x1 for line in block for w in line))
    return [y for y in across if not any(max(w.bottom for w in a) - TOL <= y <= min(w.top for w in b) + TOL
                                         and not (_in_latin(a) and _in_latin(b)) for a, b in itertools.pairwise(block))]


def _in_latin(line: list[Word]) -> bool:
    """Whether a line has a letter of the Latin script, in which the lists print their rows."""
    return any(c.isascii() and c.isalpha() for w in line for c in w.text)


def _header_block(page: PageContent, lines: list[list[Word]], grid: Grid | None, hint: bool, loose: bool = False):
    """((rank, block, fields, spans) or None, best failed candidate) of the table's header: among
    the line blocks near the first one whose labels map every required field, the one that maps
    the most fields (a title above the header must not be read as part of it). A table may lack
    a state column when a heading above it names the state: such a header ranks below a full one.
    Where no block maps, an unruled header's rows may stand as far apart as the body's lines
    under it at most (`loose`): rows padded wider than one and a half of their font's size part
    "Product Name  Location" from "Name of State/UT  Districts" as they part the body's rows."""
    best: HeaderCandidate | None = None
    bounds = list(zip(grid.xs, grid.xs[1:])) if grid else []
    # Cheap tests first: a header line names a required field, and a header block every one that
    # a header needs (a failed candidate is judged by its labels, so it is read whole). Lines are
    # named as the search reaches them, and a block is read once however many lines propose it.
    named = functools.cache(lambda k: required_named(words_text(lines[k])))
    numbered = functools.cache(lambda k: not _label_rest(lines[k]) and (_serial(lines[k][0].text.strip("().")) or _counts_on_below(lines, k)))
    # a state's name, alone (the heading above its table) or as a text of the line (a row's cell)
    heading = functools.cache(lambda k: any(is_state_name(words_text(p)) for p in [lines[k], *phrases(lines[k])]))
    needed = _needed_fields()
    # rules across the whole table part header rows from the body; a rule under a group label ("Location"
    # over State and District) spans only its group (without a grid: `_rules_parting`)
    rule_tops = rules_across(page, grid.x0, grid.x1) if grid else []
    read: dict[tuple[int, int], tuple] = {}  # (first line, end) -> (labels, fields, spans), or None if not tight
    band = ruled_band = None
    if grid:
        first_rule = next((y for y in rule_tops if y > grid.top + 2 * TOL), grid.bottom)
        inside = [k for k, line in enumerate(lines) if grid.top - TOL <= line[0].top and line[-1].bottom <= first_rule + TOL]
        band = (inside[0], inside[-1] + 1) if inside else None
        ruled_band = band if first_rule < grid.bottom else None  # closed by a rule across: one header, however far apart its rows
    rows_apart = functools.cache(lambda: _rows_apart(lines))  # read only for blocks further apart than 1.5 em
    found, first, texts_below = [], None, False
    for i in range(len(lines)):
        # (a row's line below the first block that maps ends the search: a block past it heads
        # another table, a state's narrower one, however much shorter; so does a line holding a
        # state's name below a line of texts side by side, wherever its serial stands: the next
        # table's heading under a row. Not under a title's lines: "One District One Product",
        # which names two fields, is no table's header, and the heading below it heads the first)
        if first is not None and (i > first + HEADER_WINDOW or i > first and (numbered(i) or texts_below and heading(i))):
            break
        texts_below |= first is not None and i > first and len(phrases(lines[i])) >= 2
        if not named(i):
            continue
        for lo, hi in _blocks(lines, i, band):
            block = lines[lo:hi]
            if not (hint or needed <= (names := set().union(*map(named, range(lo, hi)))) or needed <= names | _rejoined_named(block)):
                continue
            # a row's line (its serial first, or a counted list's marker: "(3) Handloom"), however
            # close under the labels, or a line holding a state's name (the heading above its
            # table, or a first row set at the header's spacing under it: "Andaman & Nicobar
            # Islands  Nicobars  Processed Pork") is no label
            if any(map(numbered, range(lo, hi))) or any(map(heading, range(lo, hi))):
                continue
            # Once a header is found, a ruled block that could not outrank it even mapping every
            # column is not read (the failed candidates no longer matter).
            if found and grid and (True, len(bounds), lo - hi, -i) < max(f[0] for f in found):
                continue
            if (lo, hi) not in read:
                rules = rule_tops if grid else _rules_parting(page, block)
                tight = (_tight(block, rules, apart=1.5) or _tight(block, rules, apart=1.5, rows_apart=rows_apart())
                         or loose and _tight(block, rules, apart=1.5, rows_apart=_widest_white(lines[hi : hi + ROWS_SEEN])))
                body = functools.cache(lambda: _table_body(lines[hi:], max(w.bottom for w in lines[hi - 1])))
                read[lo, hi] = _read_block(block, bounds, body) if (lo, hi) == ruled_band or tight else None
            if read[lo, hi] is None:
                continue
            labels, fields, spans = read[lo, hi]
            if fields is None:
                mapped, problems = read_header(labels)
                count = sum(f is not None for f in mapped)
                if count and (best is None or count > best.mapped):
                    best = HeaderCandidate(page.number, [l for l in labels if l], count, problems)
                continue
            first = hi - 1 if first is None else first  # the window runs on from the first block's last line
            # a label that begins in lower case is the rest of a word broken above the block
            # ("Seria" / "l No."): the block begins inside the header; and surely so, whatever
            # its labels map, where a word of the line above stands over it ("Remark" / "s",
            # read as a serial's label)
            whole = not any(label[:1].islower() for label in labels)
            extents = bounds or [(a, b) for _, a, b in spans]
            inside = bool(lo) and any(label[:1].islower() and any(w.x0 < x1 and w.x1 > x0 for w in lines[lo - 1])
                                      for label, (x0, x1) in zip(labels, extents))
            # a header row's labels of one line are set level with the middle of its labels of two,
            # so their lines interleave: a block ends only where the lines part
            unbroken = not (lo and _interleaved(lines[lo - 1], lines[lo], rule_tops) or hi < len(lines) and _interleaved(lines[hi - 1], lines[hi], rule_tops))
            # (a block mapping more fields first, then more columns: a body line read as labels
            # gives a field a second column, "Tertiary" a second product's, not another field)
            rank = ("state" in fields, not inside, len(fields_given(fields)), sum(f is not None for f in fields), whole, unbroken, -len(block), -i)
            found.append((rank, block, fields, spans))
    if not found and not grid and not loose:
        return _header_block(page, lines, grid, hint, loose=True)
    return max(found, key=lambda f: f[0]) if found else None, best


ROWS_SEEN = 10  # lines under a header block that show how far apart the body's rows stand


def _widest_white(lines: list[list[Word]]) -> float:
    """The widest white between two of these lines, one under the other (pt; 0 for fewer than two)."""
    return max((min(w.top for w in b) - max(w.bottom for w in a) for a, b in itertools.pairwise(lines)), default=0.0)


def _label_rest(line: list[Word]) -> bool:
    """Whether a line opens on the rest of a label's word broken above it, as OCR reads a lone
    "l" ("Seria" / "l No." read "1 No.", the "1" unsure): no row's serial is followed by "No."."""
    return len(line) > 1 and _lone_l(line[0]) and line[1].text.rstrip(".").casefold() == "no"


def _serial(text: str) -> bool:
    """Whether a text may be a row's serial: a list counts its rows from 1, so "0" is none (OCR
    reads the "o" of a label "S.No" broken after "S.N" so)."""
    return text.isdecimal() and int(text) > 0


def _counts_on_below(lines: list[list[Word]], k: int) -> bool:
    """Whether line k holds a row's serial wherever its column stands: a number whose next
    stands under it on one of the next few lines ("1" of the first row, "2" below it), as no
    label does (a row of column numbers, "1 2 3", counts across, not down)."""
    numbers = {int(w.text.rstrip(".")): w for w in lines[k] if _serial(w.text.rstrip(".")) and len(w.text) <= 5}
    return any(below.text.rstrip(".").isdecimal() and int(below.text.rstrip(".")) == n + 1 and abs(below.xc - w.xc) <= w.size
               for n, w in numbers.items() for line in lines[k + 1 : k + 7] for below in line)


def _interleaved(above: list[Word], below: list[Word], rule_tops: list[float] = ()) -> bool:
    """Whether two lines are set in the cells of one row: they overlap by more than a third of a
    line's height (lines of labels set in the middle of one header row; a row's lines, one under
    the other, overlap no more than their boxes' slack), no word of one is printed over a
    word of the other (a merged cell's text run on over the header overleaf is no label), and no
    rule across the table (`rule_tops`) parts their middles: a merged cell's text overleaf, which
    Calc centres on the whole cell and clips to its part under the header, keeps its box's top
    above the rule closing the header ("Bhagalpur", its letters' feet shown under it)."""
    overlap = min(w.bottom for w in above) - max(w.top for w in below)
    return (overlap > min(min(w.bottom - w.top for w in line) for line in (above, below)) / 3
            and not any(a.x0 < b.x1 and b.x0 < a.x1 for a in above for b in below)
            and not any(line_yc(above) < y < line_yc(below) for y in rule_tops))


def _rejoined_named(block: list[list[Word]]) -> frozenset[str]:
    """The required fields that a block's words broken at a narrow label cell's edge name once
    joined again: a word in lower case standing under a word above it ("Distric" / "t Name", its
    start under the word's, or left of it where the label is centred), as `_label_text` joins
    them (the quick test reads each line alone). Boxes of lines set close may touch: a scan's
    "t" of "Distric" reached 0.2 pt over its foot."""
    rests = [(line, word) for line in block[1:] for word in line if word.text[:1].islower()]
    if not rests:
        return frozenset()
    joined = [above.text + word.text for line, word in rests for upper in block if upper is not line for above in upper
              if word.x0 - TOL <= above.x1 and above.x0 <= word.x1 and above.bottom - TOL <= word.top]
    return required_named(" ".join(joined))


def _jammed_labels(block: list[list[Word]], fields: list, spans: list, body: list[list[Word]],
                   before: list[tuple[float, float]]) -> tuple[list, list]:
    """Labels of narrow unruled columns set as close as words ("State Name S. No.", "Remarks
    S.No"): a label parts in two where one part names what the label named (a field, or none)
    and the other a field no column has, and the body's words keep to either side of the
    parting (a white edge between columns below it, with text beside it on several lines, or a
    label starting there in the header of the pages `before`: `_texts_part_at`). Each part may
    part again: a header of five narrow columns may print as one phrase ("Remarks State Name
    Category S.No"). Of the partings where the right label starts, the columns part at the one
    that stands in the widest white of the body (a serial's "1" reaches 1.1 pt past where "No"
    starts in "Sr. No Product Name", within the tolerance of a word's edge, and the white
    before "Product" is 12 pt wide); only where none does, where body texts start."""
    out: list[tuple] = []
    todo = list(zip(fields, spans))
    line_of = {id(w): n for n, line in enumerate(block) for w in line}
    while todo:
        field, (label, x0, x1) = todo.pop(0)
        words = sorted((w for line in block for w in line if x0 - TOL <= w.x0 and w.x1 <= x1 + TOL), key=lambda w: w.x0)
        taken = {f for f, _ in out + todo}
        partings = []  # (left, right, named, ran_over) where the label may part
        for k in range(1, len(words)):
            left, right = words[:k], words[k:]
            # parts that overlap are one cell's lines stacked, unless a word runs over the next
            # word of its own line: a text engine sets no line's words over each other, so the
            # left one ran past its cell ("Remarks" over "Name of State/UT" in a browser's header)
            ran_over = any(line_of[id(a)] == line_of[id(b)] and a.x1 > b.x0 for a in left for b in right)
            if max(w.x1 for w in left) >= right[0].x0 and not ran_over:
                continue
            named = field_for(_label_text(left)), field_for(_label_text(right))
            new = [f for f in named if f != field]
            if not (named[0] == named[1] or field not in named or new[0] is None or new[0] in taken):
                partings.append((left, right, named, ran_over))

        def edges(left: list[Word], right: list[Word], at_label: bool) -> list[float]:
            """Where the columns may part: where the right label starts (a text under it shows its
            column), or, where a left label wider than its cell ran past it (a browser lets a word
            overflow), where body texts start under it, texts of the left column ending before
            them (not where the left column's own texts start: "Product" | "Name Remarks" over
            products that start under "Product", none under "Remarks")."""
            if at_label:
                return [right[0].x0]
            last = max(w.x0 for w in left)
            return [edge for edge in sorted({w.x0 for line in body for w in line if last < w.x0 < right[0].x0}, reverse=True)
                    if any(x0 < w.x1 <= edge + TOL for line in body for w in line)]

        def parting(at_label: bool) -> list[tuple] | None:
            found = [(edge, left, right, named) for left, right, named, ran_over in partings for edge in edges(left, right, at_label)
                     if _texts_part_at(body, edge, x1, before, least=1 if at_label else 2, overflow_from=x0 if ran_over else None)]
            if not found:
                return None
            edge, left, right, named = max(found, key=lambda f: _white_at(body, f[0])) if at_label else found[0]
            return [(named[0], (_label_text(left), x0, min(edge, max(w.x1 for w in left)))), (named[1], (_label_text(right), edge, x1))]
        parted = parting(True) or parting(False)
        if parted:
            todo[:0] = parted
        else:
            out.append((field, (label, x0, x1)))
    return [f for f, _ in out], [span for _, span in out]


def _white_at(body: list[list[Word]], edge: float) -> float:
    """How far the body's nearest word stands from `edge`, clear of it (less than 0: across it)."""
    return min((max(edge - w.x1, w.x0 - edge) for line in body for w in line), default=math.inf)


def _texts_part_at(body: list[list[Word]], edge: float, x1: float, before: list[tuple[float, float]] = (), least: int = 2,
                   overflow_from: float | None = None) -> bool:
    """Whether a table's columns part at `edge` (a label's right part spanning to `x1`): the
    body's words keep to either side of it (a white edge between columns), with text beside it
    on several lines, or a label started there in the header of the pages `before` (a column
    left blank on this page). Where the left label ran past its cell (`overflow_from`: where it
    starts), a word that starts where it does ran past as well (a browser lets a word too wide
    for its cell overflow from its cell's start: "Secondary" under "Category"): it parts nothing."""
    words = [w for line in body for w in line]
    if any(w.x0 < edge - TOL and w.x1 > edge + TOL and not (overflow_from is not None and abs(w.x0 - overflow_from) <= TOL)
           for w in words):
        return False
    return sum(edge - TOL <= w.x0 and w.x1 <= x1 + 2 * TOL for w in words) >= least or any(abs(a - edge) <= 2 for a, _ in before)


def _rows_across(body: list[list[Word]], x0: float, edge: float, x1: float) -> int:
    """How many of the body's lines hold two texts (`phrases`) side by side across `edge`, one
    under each part of a label from `x0` to `x1`, as a row's cells stand (a serial under "No."
    and none under "S.": the label's words stood closer than its columns; a title's "List" |
    "of" under it is one text)."""
    return sum(any(x0 < p[-1].x1 <= edge + TOL for p in texts) and any(edge - TOL <= p[0].x0 < x1 for p in texts)
               for texts in map(phrases, body))


def _lone_labels(block: list[list[Word]], fields: list, spans: list, body: list[list[Word]],
                 before: list[tuple[float, float]]) -> tuple[list, list]:
    """A label naming no field that stands between two labels of the row below, left out as a
    group label ("Location" over "State" and "District"), is a column of its own ("Remarks" set
    at the top of a header of two rows) where the body prints text under it, clear of the labels
    beside (a group label's columns' texts run on under them), but for a line of the column
    beside run up to it, read as one phrase with it (a third at most, or any whose part under
    the label stands as the label or a text clear of the labels does: a column sets its texts
    alike), and one of the labels
    beside it has no line below its line, or a line above it or on it (a group label groups the
    labels under it; a label set in the middle of a header of three lines stands between theirs;
    one set at the top of its cell stands level with their first lines: "GI Status" between
    "Name of the" / "Product" and "Location" / "District"). A
    label where the header of the pages `before` had one is a column again, whatever the body
    under it shows on this page."""
    out = list(zip(fields, spans))
    texts = [p for line in body for p in phrases(line)]
    for n, line in enumerate(block):
        below = [w for lower in block[n + 1 :] for w in lower]
        above = [w for upper in block[:n] for w in upper]
        for phrase in phrases([w for w in line if not any(x0 - TOL <= w.xc <= x1 + TOL for _, x0, x1 in spans)]):
            x0, x1 = phrase[0].x0, phrase[-1].x1
            k = sum(span[1] < x0 for _, span in out)
            beside = [(a, b) for _, (_, a, b) in out[k - 1 : k + 1]]
            if not 0 < k < len(out) or (all(any(a - TOL <= w.xc <= b + TOL for w in below) for a, b in beside)
                                        and not any(a - TOL <= w.xc <= b + TOL for w in above + line for a, b in beside)):
                continue
            under = [p for p in texts if p[-1].x1 > x0 and p[0].x0 < x1]
            again = any(abs(a - x0) <= 2 and abs(b - x1) <= 2 for a, b in before)
            apart = [p for p in under if p[0].x0 > out[k - 1][1][2] and p[-1].x1 < out[k][1][1]]
            run_up = [p for p in under if p not in apart and _part_set_as(p, [phrase, *apart], out[k - 1][1][2], out[k][1][1])]
            if again or under and (len(apart) >= 2 / 3 * len(under) or len(apart) + len(run_up) == len(under)):
                out.insert(k, (None, (_label_text(phrase), x0, x1)))
    return [f for f, _ in out], [s for _, s in out]


def _unlabelled_serials(fields: list, spans: list, body: list[list[Word]]) -> tuple[list, list]:
    """A header that names no serial column, over lines that start with numbers counting on
    (1, 2, 3), each wholly left of its first label: those numbers are a serial column whose
    label is blank (or lost: OCR may not see a "#" alone)."""
    if "serial" in fields or not spans:
        return fields, spans
    numbers = [line[0] for line in body if line[0].x1 < spans[0][1] and line[0].text.rstrip(".").isdecimal()]
    if not _count_on([int(w.text.rstrip(".")) for w in numbers]):
        return fields, spans
    return ["serial", *fields], [("", min(w.x0 for w in numbers), max(w.x1 for w in numbers)), *spans]


def _serials_unnamed(columns: list[Column], body: list[list[Word]]) -> list[Column]:
    """A header that names no serial column, over a column whose label names no field and whose
    lines are numbers counting on (1, 2, 3): that column is the serials' (OCR reads a "#" as
    "井", or a publisher labels it in words the label table does not know)."""
    if any(c.field == "serial" for c in columns):
        return columns
    for k, column in enumerate(columns):
        counts = [int(w.text.rstrip(".")) for line in body for w in line
                  if column.x0 <= w.xc < column.x1 and w.text.rstrip(".").isdecimal() and len(w.text) <= 4]
        if column.field is None and _count_on(counts):
            return [*columns[:k], replace(column, field="serial"), *columns[k + 1 :]]
    return columns


def _count_on(counts: list[int]) -> bool:
    """Whether numbers count on, most of them by one from the one before (a few lost or misread)."""
    return len(counts) >= 3 and sum(b == a + 1 for a, b in zip(counts, counts[1:])) >= 0.8 * (len(counts) - 1)


def _part_set_as(phrase: list[Word], texts: list[list[Word]], x0: float, x1: float) -> bool:
    """Whether a phrase's first or last words, between `x0` and `x1`, stand as one of `texts`
    does: left edges, centres or right edges level ("GI tagged" run up to "Daman" in the column
    beside, centred as "Remarks" over it)."""
    parts = [part for k in range(1, len(phrase)) for part in (phrase[:k], phrase[k:])]
    return any(x0 < part[0].x0 and part[-1].x1 < x1 and any(abs(a - b) <= TOL for text in texts
                                                              for a, b in zip(set_marks(part), set_marks(text)))
               for part in parts)


def _header_bottom(page: PageContent, lines, block, grid: Grid | None, printed_before: tuple[str, ...]) -> float:
    """Where the header ends: at the rule under it (a ruled header cell may wrap onto more lines
    than the block that named the fields), or after the lines that keep close to it, above any
    rule. A header printed again (its lines those of the last header, `printed_before`) ends
    where its lines do: a line after them is a row's (the tail of one carried over the break,
    set close under the header)."""
    bottom = max(w.bottom for line in block for w in line)
    if grid:  # a rule across under it, drawn whole or as each cell's border
        return min((y for y in rules_across(page, grid.x0, grid.x1) if y > bottom - TOL), default=bottom)
    rest = lines[lines.index(block[-1]) + 1 :]
    # a header of several lines sets them at its own spacing: a line further down starts the body
    # (the tail of a row carried over the page break, which has no serial)
    first = lines.index(block[0])
    rows = ([lines[first - 1]] if first and header_row_above([lines[first - 1], block[0]]) else []) + block  # a row of labels above
    rules = [r.top for r in page.hrules if r.top > bottom - TOL]
    # a header row ruled above and below (rules between the rows, or round the header alone) holds
    # every line before the rule under it, however its lines are spaced
    across = rules_across(page, min(w.x0 for line in block for w in line), max(w.x1 for line in block for w in line))
    # ruled over its first line, or over a row of labels above (in another script, however far above)
    head = first - (len(rows) - len(block))
    while head and not _in_latin(lines[head - 1]):
        head -= 1
    over = next((y for k in range(first, head - 1, -1) for y in sorted(across, reverse=True)
                 if y < min(w.top for w in lines[k]) + TOL and (not k or y > max(w.bottom for w in lines[k - 1]) - TOL)), None)
    closing = next((y for y in across if y > over + TOL), None) if over is not None else None
    # (a rule under a row's serial closes that row, not the header: the table's foot where no rule
    # parts the header from the body)
    opening = next((line for line in rest if _opens_row(line)), None)
    if closing is not None and opening and closing > max(w.bottom for w in opening) - TOL:
        closing = None
    again = _printed_in(block, printed_before)
    # the header's own spacing: a label broken over more lines than the block's goes on as far
    # apart as the block's lines stand ("Product(s" / ")" / "identified", set in the middle of a tall
    # cell); under a block of one line, at a body cell's pitch (below: "District" / "Name")
    spacing = _widest_white(block) if len(block) > 1 else None
    # (or where a line keeps the pitch of a label's own lines, foot to foot: the white between
    # two lines differs with their boxes, "s)" standing taller than "identifie" above "d")
    pitches = _label_pitches(block)
    for n, line in enumerate(rest):
        # (a line holding a state's name is a row's: no label's line reads so, "Andaman & Nicobar
        # Islands" set close under labels with no padding between; nor does one that begins
        # with a state's name or its first words, however justified text spaces them: "Dadra
        # and Nagar" / "Haveli and Daman" / "and Diu"; nor one whose word begins a state's name
        # that the lines under it end, in a column too narrow for it: "Jammu" / "and" / "Kashmir")
        if (_opens_row(line) or again and words_text(line) not in printed_before
                or any(is_state_name(words_text(p)) for p in phrases(line))
                or any(begins_state_name(words_text(line[:k])) for k in range(2, len(line) + 1))
                or _state_name_down(line, rest[n + 1 :])):
            break
        if any(bottom - TOL < y < min(w.top for w in line) + TOL for y in rules):  # a rule under the header
            break
        # (a header printed again holds the lines it held before, however the page spaces them)
        if closing is not None and max(w.bottom for w in line) < closing + TOL or again and words_text(line) not in map(words_text, rows):
            rows.append(line)
            bottom = max(w.bottom for w in line)
            continue
        if spacing is not None and not _tight([rows[-1], line], [], rows_apart=spacing) and not _keeps_pitch(rows, line, pitches):
            break
        # labels set in the middle of their cells interleave ("Sector" between the lines of
        # "Product(s) identified"): a line is measured from the one above it in its own column;
        # it goes on that label where the lines between stand in the middle of the two, else
        # where it keeps the pitch of one label's lines (where no label has two lines yet, the
        # lines' own spacing; with one line, a line's height)
        size = statistics.median(w.size for w in line)
        above = _line_above(rows, line) or rows[-1]
        between = rows[rows.index(above) + 1 :]
        middle = (line_yc(above) + line_yc(line)) / 2
        if not (between and all(abs(line_yc(b) - middle) <= 0.15 * size for b in between)):
            # (a header of one line: a label's lines stand as far apart as a body cell's)
            pitch = min((line_yc(b) - line_yc(a) for k, b in enumerate(rows) if (a := _line_above(rows[:k], b))),
                        default=min((line_yc(b) - line_yc(a) for a, b in zip(rows, rows[1:])), default=_cell_pitch(rest, size)))
            if line_yc(line) - line_yc(above) > pitch + 0.35 * size:
                break
        # a line nearer the row below it than the label above is that row's: a cell's text set
        # at the foot of a row too low for it runs up out of the row, or in its middle, above
        # the serial's line ("Andaman &" / "Nicobars Mango Pulp 1" / "Nicobar Islands"). The
        # label above is its words over the line: labels of one header row may be set at
        # different heights ("S." / "No." at the foot of its cell, "State" higher beside it)
        below = next((b for b in rest[n + 1 :] if _over(b, line) or _opens_row(b)), None)
        label = [w for w in above if _over([w], line)] or above
        if below and _opens_row(below) and line_yc(below) - line_yc(line) < line_yc(line) - line_yc(label) - 0.15 * size:
            break
        # (nor is a line whose text goes on in the row's line under it: a word broken at a cell's
        # edge, its rest in lower case, is one cell's text, "Visakhapatna" / "m" set at the foot of
        # a row too low for it; a label's rest is under its label, above the body)
        if below and _opens_row(below) and _goes_on_in(line, below):
            break
        if ((_starts_as_body(line, rows, rest[n + 1 :]) and not _centred_label_goes_on(line, rows, rest[n + 1 :], pitches))
                or _holds_values(line, rows[-1], rest[n + 1 :]) or _runs_into_row(line, rest[n + 1 :], size)):
            break
        rows.append(line)
        bottom = max(w.bottom for w in line)
    return bottom


def _state_name_down(line: list[Word], below: list[list[Word]]) -> bool:
    """Whether a phrase's first words and the words under them, line by line (up to three more),
    read a state's name: one cell's name wrapped in a narrow column ("Jammu" / "and" / "Kashmir",
    "Jammu" read in one phrase with the district set close beside it)."""
    for head in (p[:k] for p in phrases(line) for k in range(1, len(p) + 1)):
        text = words_text(head)
        for b in below[:3]:
            if not (under := [w for w in b if _over([w], head)]):
                break
            text += " " + words_text(under)
            if is_state_name(text):
                return True
    return False


def _goes_on_in(line: list[Word], below: list[Word]) -> bool:
    """Whether a text of a line goes on in the line under it: the first word below it, across its
    width, begins as the rest of a broken word or a name's next words do (in lower case), and is
    no list's marker ("a)" opens an item)."""
    for p in phrases(line):
        under = [w for w in below if w.x0 < p[-1].x1 and p[0].x0 < w.x1]
        if under and WORD_GOES_ON.match(under[0].text) and not marker_alone(under[0].text) and p[-1].text[-1:].isalpha():
            return True
    return False


def _label_pitches(block: list[list[Word]]) -> list[float]:
    """How far each header line stands below the line above it in its own column, foot to foot:
    a label's own lines, however labels of fewer lines set in their middles interleave."""
    return [p for k, line in enumerate(block) if (above := _line_above(block[:k], line))
            and not math.isnan(p := line_foot(line) - line_foot(above))]


def _keeps_pitch(rows: list[list[Word]], line: list[Word], pitches: list[float]) -> bool:
    """Whether a line stands below the line above it in its own column as a label's own lines
    stand (`_label_pitches`): a label's last line ("identifie" / "d")."""
    above = _line_above(rows, line)
    size = statistics.median(w.size for w in line)
    return above is not None and any(abs(line_foot(line) - line_foot(above) - p) <= 0.15 * size for p in pitches)


def _cell_pitch(body: list[list[Word]], size: float) -> float:
    """How far apart the text engine sets one cell's lines: the least pitch from a body line to
    the next one under it that opens no row, or a line's height (1.2 times the words' `size`)
    where no cell shows two lines. Not at least that: a font's boxes may stand taller than its
    lines' pitch (Noto Sans at 10 pt: boxes 13.6 pt tall, lines 12.2 pt apart in a browser)."""
    pitches = [line_yc(b) - line_yc(a) for a, b in itertools.pairwise(body[:40]) if _over(a, b) and not _opens_row(b)]
    return min(pitches, default=1.2 * size)


def _starts_as_body(line: list[Word], header: list[list[Word]], body: list[list[Word]]) -> bool:
    """Whether each phrase of a line under a header starts where three different texts of the
    body start (left-aligned cells, to a quarter point; centred ones start alike only where they
    read alike: "New"), or its first word is printed so twice more in the body (a label's never
    is: "&" that justified text sets at its cell's edge, in "Andaman &" of each row), and not
    where a label above it starts: a row's first line set close under labels set otherwise
    ("Sugarcane based products" under the centred "Products"), not a label's next line."""
    starts = [(p[0].x0, words_text(p), p[0].text) for b in body[:40] for p in phrases(b)]
    labels = [w.x0 for upper in header for w in upper]

    def as_body(p: list[Word]) -> bool:
        there = [(text, first) for x, text, first in starts if abs(p[0].x0 - x) <= 0.25]
        return len({text for text, _ in there}) >= 3 or [first for _, first in there].count(p[0].text) >= 2

    return all(as_body(p) and not any(abs(p[0].x0 - x) <= 1.0 for x in labels) for p in phrases(line))


def _centred_label_goes_on(line: list[Word], header: list[list[Word]], body: list[list[Word]], pitches: list[float]) -> bool:
    """Whether a line that starts where the body's texts start is yet a centred label's last line:
    as wide as the cell, a label's line starts at its padding as a row's text does ("Product(" /
    "s)" / "identified"). It stands in the middle of the label's lines above it, which share one
    middle, at their pitch (`_keeps_pitch`), and the line under it stands further off, past the
    header's padding; a row's first line stands so under the header only by chance."""
    above = [p for upper in header for p in phrases(upper) if _over(p, line)]
    middle = (line[0].x0 + line[-1].x1) / 2
    if len(above) < 2 or any(abs((p[0].x0 + p[-1].x1) / 2 - middle) > TOUCH for p in above):
        return False
    if not _keeps_pitch(header, line, pitches):
        return False
    under = next((b for b in body if _over(b, line)), None)
    size = statistics.median(w.size for w in line)
    return under is None or line_foot(under) - line_foot(line) > max(pitches) + 0.15 * size


def _runs_into_row(line: list[Word], below: list[list[Word]], size: float) -> bool:
    """Whether a line under a header goes on down its column, line under line at one pitch, past
    a line or more to a line that opens a row: one cell's lines, set in the middle or at the foot
    of its row ("Electronics" / "Manufacturing" / "1  Cluster (Mobile"), not a label's, which the
    header's padding parts from the body."""
    chain = [line]
    for b in below:
        if not _over(b, chain[-1]):
            continue
        chain.append(b)
        pitches = [line_yc(d) - line_yc(c) for c, d in itertools.pairwise(chain)]
        if max(pitches) - min(pitches) > 0.1 * size:
            return False
        if _opens_row(b):
            return len(chain) >= 3
    return False


def _holds_values(line: list[Word], above: list[Word], body: list[list[Word]]) -> bool:
    """Whether a phrase of a line under a header is a text its column prints twice more below,
    where it starts: a label names its column and is none of its values ("Kanniyakumari" of a
    first row set as close under a header in two scripts as the header's lines stand). Not
    under the line `above` printed again: a header printed again over the next state's table
    prints its labels' lines again."""
    for p in phrases(line):
        text = words_text(p)
        if len(text) < 3 or not any(c.isalpha() for c in text):
            continue
        again = [k for k, b in enumerate(body[:40]) if any(abs(q[0].x0 - p[0].x0) <= 0.25 and words_text(q) == text for q in phrases(b))
                 and not (k and words_text(body[k - 1]) == words_text(above))]
        if len(again) >= 2:
            return True
    return False


def _table_body(lines: list[list[Word]], bottom: float) -> list[list[Word]]:
    """The lines under a header (ending at `bottom`) down to the next header, if any, and its
    heading: the table under a state's heading below has columns of its own, and the heading
    ("Tamil Nadu", set across them) is no line of this table."""
    body = [line for line in lines if min(w.top for w in line) > bottom]
    end = next((k for k, line in enumerate(body) if required_named(words_text(line)) and is_header(body[k : k + 2])), len(body))
    return body[: end - 1 if 0 < end < len(body) and is_state_name(words_text(body[end - 1])) else end]


def _rows_apart(lines: list[list[Word]]) -> float:
    """How far apart the body's rows stand, pt: the white above a line that holds a serial, the
    median (0 where no line does). A serial stands apart from the text after it, in its own
    column; a list's marker does not: a cell's items one a line ("(2) Jaggery") stand as close
    as its lines, and may outnumber the rows."""
    def holds_serial(line: list[Word]) -> bool:
        return any(len(p) == 1 and p[0].text.rstrip(".").isdecimal() for p in phrases(line))
    gaps = [min(w.top for w in line) - max(w.bottom for w in above) for above, line in itertools.pairwise(lines) if holds_serial(line)]
    return statistics.median(gaps) if gaps else 0.0


def _opens_row(line: list[Word]) -> bool:
    """A line holding a serial, or an item of a list ("1. Coir", "(3) Brass", "c) Tea", "• Tea";
    not "S. No."): the body's; no label is either."""
    return any(w.text.rstrip(".").isdecimal() for w in line) or any(marks_body(f"{a.text} {b.text}") for a, b in itertools.pairwise(line))



def _line_above(lines: list[list[Word]], line: list[Word]) -> list[Word] | None:
    """The last of these lines that has a word over a word of `line`."""
    return next((a for a in reversed(lines) if _over(a, line)), None)


def _over(a: list[Word], b: list[Word]) -> bool:
    """Whether two lines share a stretch of the page's width (a word of one over a word of the other)."""
    return any(v.x0 < w.x1 and w.x0 < v.x1 for v in a for w in b)


TOUCH = 0.5  # pt: words closer than this overlap only by their boxes' rounding, and touch


@dataclass
class BodySeen:
    """What the body of an unruled table has shown so far, page after page, while its header
    stays where it was: a column's edge must be white on every page, and the lines of a column
    set to the left start at one edge on every page (a page alone may hold too few lines): where
    texts start, not words after a space (which start where they do by chance, or where the same
    text before them puts them: "Andaman & Nicobar | Islands"). An edge is where different texts
    start: one text printed again ("New" centred in a remarks column, a justified name's last
    word pushed to its cell's edge) starts where it did before, anywhere in its column."""

    labels: list[tuple[float, float]] = field(default_factory=list)  # where the header's labels stand
    covered: list[tuple[float, float]] = field(default_factory=list)  # x extents the body's words cover, merged
    depth: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))  # texts over each point (as steps: cumsum)
    starts: Counter = field(default_factory=Counter)  # how many texts start at each x
    texts: dict[int, set[str]] = field(default_factory=dict)  # which texts start at each x
    words: dict[int, set[str]] = field(default_factory=dict)  # which words start at each x, after a space or not (not a bullet)
    inside: dict[int, Counter] = field(default_factory=dict)  # the texts holding a space over each x (between two of their words), counted
    extents: set[tuple[int, int]] = field(default_factory=set)  # where each text starts and ends
    table: int = 0  # counts the tables met: rows of one table are judged together

    def add(self, spans, lines: list[list[Word]]) -> None:
        labels = [(a, b) for _, a, b in spans]
        # a header printed again stands where it stood, to a hundredth of a point in a text layer
        # (to a pixel or two as OCR reads it): a label moved further is another table's, laid
        # out to other widths (centred labels move by half the change in their column's width)
        moved = 2.0 if any(w.confidence < 1.0 for line in lines for w in line) else 0.5
        if len(labels) != len(self.labels) or any(abs(a - c) > moved or abs(b - d) > moved for (a, b), (c, d) in zip(labels, self.labels)):
            vars(self).update(vars(BodySeen(labels=labels, table=self.table + 1)))  # another table: what was seen is the last one's
        grouped = [phrases(line) for line in lines]
        texts = [p for groups in grouped for p in groups]  # a text covers the spaces between its words
        x0s = np.array([p[0].x0 for p in texts], dtype=np.float64).round().astype(np.int64).clip(0)
        x1s = np.array([p[-1].x1 for p in texts], dtype=np.float64).round().astype(np.int64).clip(0)
        if len(x1s) and x1s.max() + 2 > len(self.depth):
            self.depth = np.pad(self.depth, (0, int(x1s.max()) + 2 - len(self.depth)))
        np.add.at(self.depth, x0s, 1)
        np.add.at(self.depth, x1s, -1)
        merged: list[list[float]] = []  # kept as disjoint intervals: as many as the gaps, not the words
        for x0, x1 in sorted(self.covered + [(w.x0, w.x1) for line in lines for w in line]):
            if merged and x0 < merged[-1][1] - TOUCH:  # words that only touch stay apart: two cells' texts, set edge to edge
                merged[-1][1] = max(merged[-1][1], x1)
            else:
                merged.append([x0, x1])
        self.covered = [(a, b) for a, b in merged]
        # (not a word after a bullet: it starts where its bullet puts it, and the bullet where its cell
        # does; nor a word of a text centred under a label, which starts where its width puts it:
        # "Oil" of "Groundnut Oil", level by chance with "-" of "products -"; "(Tomato, Onion,
        # Potato)" and "Chikankari Embroidery", as wide)
        centres = [(a + b) / 2 for a, b in labels]
        placed = {id(w) for p in texts if any(abs((p[0].x0 + p[-1].x1) / 2 - c) <= 2 * moved for c in centres) for w in p}
        for w in (w for line in lines for before, w in zip([None, *line], line)
                  if not (before and before.text in ITEM_BULLETS) and id(w) not in placed):
            self.words.setdefault(round(w.x0), set()).add(w.text)
        for p in (p for p in texts if len(p) > 1):
            text = " ".join(w.text for w in p)
            for k in (k for a, b in zip(p, p[1:]) for k in range(round(a.x1), round(b.x0) + 1)):
                self.inside.setdefault(k, Counter())[text] += 1
        for line, groups in zip(lines, grouped):
            end_of = {id(v): p[-1].x1 for p in groups for v in p}  # where each word's text ends
            for w in filter(_a_text, _text_starts(line, groups)):
                self.starts[round(w.x0)] += 1
                self.texts.setdefault(round(w.x0), set()).add(w.text)
                self.extents.add((round(w.x0), round(end_of[id(w)])))

    def at_an_end(self, x: float) -> bool:
        """Whether the texts that start at x all end where texts of different widths end, at a
        cell's right edge: the last words of justified lines ("b)", "and", "of" pushed to their
        cell's edge) start where their width puts them, not at a column's edge. (Centred texts
        that end at one place start at one place too.)"""
        def edge(end: int) -> bool:
            starts = {a for a, b in self.extents if abs(b - end) <= 1}
            return len(starts) >= 3 and max(starts) - min(starts) > 4
        ends = {b for a, b in self.extents if a == round(x)}
        return bool(ends) and all(map(edge, ends))

    def space_of_one_text(self, x0: float, x1: float) -> bool:
        """Whether the white from x0 to x1 (or where two words touch, x1 a little before x0) lies
        inside one text printed again, in a space between its words, on most lines that hold a
        text across it, and no different texts start where it ends: "GI tagged" in a column of
        remarks set in the middle, its space where one line's "GI" ends and another's "New"
        starts (but not "& North", two cells' texts a space apart, read as one twice, before the
        46 districts that start at its end). No edge, though a word run out of the cell before
        may cover the white where the column's edge is (a browser keeps a word too wide for its
        cell whole: "Lacquerware/Wooden" over the white before "GI", fuzz 1289300010, 1100400114)."""
        held = Counter()  # (each text's lines counted once, at the point most of them hold)
        for k in range(round(min(x0, x1)), round(max(x0, x1)) + 1):
            held |= self.inside.get(k, Counter())
        most = max(held.values(), default=0)
        return most >= 2 and 2 * most > held.total() and len(self.texts_at(x1)) < 2

    def texts_at(self, x: float, within: int = 1, words: bool = False) -> set[str]:
        """The texts (or any `words`) that start at x, to within a point either side (a gap's edge
        is one word's start, which rounds one way while the others round the other: 184.4 and
        185.2), or `within` points (as far as OCR may move a line)."""
        starts = self.words if words else self.texts
        return set().union(*(starts.get(k, ()) for k in range(round(x) - within, round(x) + within + 1)))


def _a_text(word: Word) -> bool:
    """Whether a word tells where a text starts: a sign alone ("•", "&") may as well end a
    justified line at its cell's edge, whatever is read of it ("•", "·")."""
    return any(c.isalnum() for c in word.text)


def _text_starts(line: list[Word], groups: list[list[Word]]) -> list[Word]:
    """The words of a line that start a text: after white wider than a space (its `phrases`,
    `groups`), or right against the word before, with no space at all (two cells' texts that touch).
    Not a word after white as wide as the white beside it: a justified line spreads its words
    evenly, its spaces wider than a space ("Orthodox Tea (Black) and", 6.9 pt apart each)."""
    gaps = [b.x0 - a.x1 for a, b in zip(line, line[1:])]
    spread = {id(line[k + 1]) for k, gap in enumerate(gaps)
              if any(abs(gap - other) <= 0.3 for other in gaps[max(0, k - 1) : k] + gaps[k + 1 : k + 2])}
    return [p[0] for p in groups if id(p[0]) not in spread] + [b for a, b in zip(line, line[1:]) if b.x0 - a.x1 < 0.05 * b.size]


def _unruled_columns(fields, spans, lines, header_bottom, width, seen: BodySeen, edges: list[float] = ()) -> list[Column]:
    """Column boundaries of an unruled table: where the header's cells' rules meet between two
    labels (`edges`, `joints`: centred texts of two columns may reach past each other's ends,
    "Thiruvananthapuram" past where "Agro-processing: Millet-based Value-" starts); else in the
    white gap of the body between two labels (white on every page of the table so far): just
    before where the next column's lines start at one edge (text set to the left; the column
    before may run its lines up to its cell's edge, on a page still to come), else at the widest
    gap (text centred or set to the right); with no white at all, where lines start, else where
    different words start (`_words_start`), else where fewest texts cover."""
    body = [line for line in lines if min(w.top for w in line) > header_bottom]
    seen.add(spans, body)
    cover = np.cumsum(seen.depth)  # how many texts cover each point
    bounds = [0.0]
    for (_, a0, a1), (_, b0, b1) in zip(spans, spans[1:]):
        lo, hi = (a0 + a1) / 2, (b0 + b1) / 2
        ruled = [x for x in edges if lo < x < hi]
        if len(ruled) == 1:
            bounds.append(ruled[0])
            continue
        covered = sorted((max(x0, lo), min(x1, hi)) for x0, x1 in seen.covered if x1 > lo and x0 < hi)
        gaps, edge = [], lo
        for c0, c1 in covered:
            # white, or two cells' texts that touch (one justified to its edge)
            if (c0 > edge or c0 > edge - TOUCH and edge > lo) and not seen.space_of_one_text(edge, c0):
                gaps.append((max(0.0, c0 - edge), edge, c0))
            edge = max(edge, c1)
        if hi > edge:
            gaps.append((hi - edge, edge, hi))
        inner = [g for g in gaps if lo < g[1] and g[2] < hi]
        # no white between the columns' texts (text run up to the cell's edge): where lines start
        # (by more than one text: one printed again starts anywhere; and by a third of the texts
        # that start between the labels where more than one does, at least: centred texts start
        # at one place by chance, a justified line's words where the same text puts them)
        # (where no white shows, not the last words of justified lines: `at_an_end`)
        begun = {x: n for x, n in seen.starts.items() if lo < x < hi and len(seen.texts[x]) >= 2 and (gaps or not seen.at_an_end(x))}
        between = sum(begun.values())
        starts = [(n, x) for x, n in begun.items() if n >= max(5, between / 3)]
        if inner or gaps and not starts:
            # where most different texts start at one edge (a gap open to a label's centre is as
            # wide as the label puts it, and has text on one side only: an edge where lines
            # start is surer; a gap's width says little where justified lines spread their
            # words), else the gap nearest where the left label's cell ends if the label is
            # centred over it (as far right of its centre as the column's texts start left of
            # it: "GI tagged" set to the left of a centred "Remarks" is not the district's),
            # and not before the label's end (a label stands in its cell: "• Kiwi • Cane",
            # a column's one line of bullets, has white before its second bullet that lies
            # under the label), the widest of those, in its part between the labels. An edge
            # holds most texts that start between the labels, within the pixels OCR may move a
            # line, and more than run on across it: two centred texts may start level by chance
            # ("Rice" and "Dhokra" a point right of where "Electronics" ends, "Leather" and
            # "Large" right of "Apple" in "Apple & Apple-based Products")
            starting = len(set().union(*(texts for x, texts in seen.texts.items() if lo < x < hi)))
            aligned = [(n, width_, g0, g1) for width_, g0, g1 in gaps if g1 < hi and (n := len(seen.texts_at(g1))) >= 2
                       and 2 * len(seen.texts_at(g1, within=3)) >= starting and n > (cover[int(g1) - 1] if 0 < int(g1) <= len(cover) else 0)]
            lefts = [x for x in seen.starts if bounds[-1] <= x < lo]
            end = max(a0 + a1 - min(lefts), a1) if lefts else a1
            if aligned:
                bounds.append(max(aligned)[3] - 1.0)
            elif lefts and (meet := _texts_meet_near(end, body)) is not None:
                bounds.append(meet)
            else:
                _, _, g0, g1 = max((-max(g0 - end, end - g1, 0.0), width_, g0, g1) for width_, g0, g1 in gaps)
                if max(g0, a1) < min(g1, b0):  # the part of the white between the labels
                    g0, g1 = max(g0, a1), min(g1, b0)
                bounds.append((g0 + g1) / 2)
        elif starts:
            bounds.append(max(starts)[1] - 1.0)
        else:  # where fewest texts cover: words run past their cells (a browser lets a long word overflow),
            # between the labels where they stand apart as cells do (a label stands in its cell: an
            # edge through it passes no cell's; two words a space apart may be one label, "ODOP" "Product")
            em = statistics.median(w.size for line in body for w in line) if body else 0.0
            lo, hi = (a1, b0) if b0 - a1 > em else (lo, hi)
            here = cover[int(lo) : int(hi) + 1]
            edge = _words_start(seen, lo, hi)
            if edge is not None:
                bounds.append(edge - 1.0)
            elif len(here):
                least = np.flatnonzero(here == here.min())
                run = max(np.split(least, np.flatnonzero(np.diff(least) > 1) + 1), key=len)  # its widest stretch
                bounds.append(int(lo) + (run[0] + run[-1] + 1) / 2)
            else:  # no text reaches so far: before the next label
                bounds.append(b0 - 1.0)
    bounds.append(width)
    return [Column(f, s[0], a, b, (s[1] + s[2]) / 2) for f, s, a, b in zip(fields, spans, bounds, bounds[1:])]


def _words_start(seen: BodySeen, lo: float, hi: float) -> float | None:
    """Where different words start at one edge between lo and hi, a space after the word before
    or not: a column set to the left whose texts stand right against the cell before, which runs
    its justified lines up to its edge ("Raja Rani Dolls" + "Food Processing", a space apart). A
    justified line's inner words start where their line puts them; three different words at one
    point, twice as many as at any other, start there because a cell does."""
    counts = sorted(((len(seen.texts_at(x, within=1, words=True)), x) for x in seen.words if lo < x < hi), reverse=True)
    if not counts or counts[0][0] < 3:
        return None
    n, x = counts[0]
    others = [m for m, y in counts[1:] if abs(y - x) > 2]
    return float(x) if not others or n >= 2 * max(others) else None


def _texts_meet_near(end: float, body: list[list[Word]]) -> float | None:
    """Where a word of the body covers `end` (where a centred label's cell ends) and two texts meet
    in it there (`TEXTS_MEET`), within half an em: the place they meet. A justified line runs
    its text up to its cell's edge, and with no padding the next cell's text starts right
    against it, so pdfium reads one word across the edge ("Warangal Urban" +
    "Carpets": "UrbanCarpets"; "Eri, Muga" + "5", a serial), and the white beside the line is not
    where the column ends. (Not a hyphen before a capital: "Pakke-Kessang", centred across where
    a label set over centred texts would end its cell.)"""
    for w in (w for line in body for w in line if w.x0 < end < w.x1):
        at = [x for x, k in _meets(w) if w.text[k - 1] != "-"]
        if at and abs((x := min(at, key=lambda x: abs(x - end))) - end) < 0.5 * w.size:
            return x
    return None


def _meets(word: Word) -> list[tuple[float, int]]:
    """Where two cells' texts may meet inside a word (`TEXTS_MEET`): each place, its letters
    taken as equally wide, with the index in its text."""
    letter = (word.x1 - word.x0) / len(word.text)
    return [(word.x0 + m.start() * letter, m.start()) for m in TEXTS_MEET.finditer(word.text)]


def _parted_where_texts_start(lines: list[list[Word]]) -> list[list[Word]]:
    """The lines with each word in which two cells' texts meet (`TEXTS_MEET`, within half an em)
    parted where two other words start, as a column's texts do: with no padding and no rule
    between, the next cell's text starts right against a justified line's last word ("Makhana
    (Fox" + "GI tagged" reads "(FoxGI"), and the word would hide the white edge between the
    columns. (The columns are not known yet: `apart_at_columns` parts at their edges.)"""
    starts = sorted(w.x0 for line in lines for w in line)

    def edge_near(x: float, within: float) -> float | None:  # where two words start, within `within` of x
        near = starts[bisect.bisect_left(starts, x - within) : bisect.bisect_right(starts, x + within)]
        counts = [(sum(abs(b - a) <= 1.0 for b in near), a) for a in near]
        return max(counts)[1] if counts and max(counts)[0] >= 2 else None

    def parts(w: Word) -> list[Word]:
        for x, k in _meets(w):
            edge = edge_near(x, 0.5 * w.size)
            if edge is not None and w.x0 < edge < w.x1:
                return [replace(w, text=w.text[:k], x1=edge, wrapped=False, head=w.head if w.head < edge else float("nan")),
                        *parts(replace(w, text=w.text[k:], x0=edge, head=float("nan")))]
        return [w]

    return [[part for w in line for part in (parts(w) if TEXTS_MEET.search(w.text) else [w])] for line in lines]


def carry_columns(previous: list[Column], grid: Grid | None) -> list[Column]:
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

