"""Split a product cell that lists several products into one product each."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..text import fold
from .cells import Line, join_lines, prints_one_a_line, runs_on
from .markers import ITEM_BULLETS, Sequence, at_start, split_inline

def split_products(lines: list[Line]) -> list[str]:
    """Items of a product cell: each line broken by hand that starts like a name begins an item
    (one item a line, a list), wrapped lines continue the item above, and the markers of a list
    (markers.py: "1." "(ii)" "b)" "•", one a line or in one paragraph) start items too and are
    dropped. Commas stay inside names."""
    if len(lines) == 1 and not at_start(lines[0].text):  # most cells: one line, no list
        return [" ".join(lines[0].text.split())] if lines[0].text.strip() else []
    listed = marked_list(lines)
    groups: list[list[Line]] = []
    probe = Sequence()  # the markers met at the starts of lines, to see where items begin
    for i, line in enumerate(lines):
        mark = at_start(line.text)
        # a list's markers start on the cell's first line: "- Poha etc" after a wrap is not a bullet
        marked = mark is not None and (i == 0 or probe.taken > 0) and probe.accepts(mark)  # "3." after item 2 starts item 3
        if marked:
            probe.take(mark)
        if groups and not marked and (listed or not _starts_item(lines[i - 1], line)):
            groups[-1].append(line)
        else:
            groups.append([line])
    sequence, out = Sequence(), []  # the cell's one list, whether its items stand a line each or run on
    for group in groups:
        out += split_inline(join_lines(group).strip(), sequence, listed=probe.taken > 1)
    return [" ".join(p.split()) for p in out if p.strip()]


def marked_list(lines: list[Line]) -> bool:
    """Whether a cell's text is a list whose markers run in sequence from its first line: each of
    its items carries its marker, so a line without one goes on the item above, however it
    breaks. A bullet marks a list of one item as well ("• Tussar Silk" / "Sarees"); a count, of
    two at least (a name may begin "A." or "1.")."""
    mark = at_start(lines[0].text) if lines else None
    return mark is not None and (mark.style in ITEM_BULLETS or len(split_inline(join_lines(lines).strip())) > 1)


def settle_breaks(cells: list[list[Line]]) -> None:
    """Settle the breaks that geometry leaves open, from the list's own items. A line whose
    first word would not have fitted on the line before may be a wrap or the next item of a list
    printed one a line ("Agro-processing: Millet-based Value-added Foods" / "Makhana (Fox Nut)").
    The break ends an item when the text on each side is whole somewhere in the same list: it
    stands alone as an item, or, all of the cell's text on that side, it meets different texts
    across such breaks (a wrapped name always goes on with the same words; one word of it, such
    as "Embroidery", may not), or the text after the break begins an item (the text before ends
    one) where that edge of the item is sure. The text beside the break up to the next open break
    (a cell of three items has two) is whole where it stands alone. A list of one item a cell
    has only wraps: a break in doubt there goes on (in doubt still)."""
    if not prints_one_a_line(cells):
        for line in (line for lines in cells for line in lines if line.break_unsure):
            line.hard_break = False
        return
    groups = [_groups(lines) for lines in cells]
    # An item stands alone where both its ends are sure: one parted from the next by a break in
    # doubt is no evidence for other breaks ("Kantha" / "Embroidery" read apart on one page). An
    # item begins (ends) with a text where its start (end) is sure: at a cell's first line, or
    # beside a sure break ("Kantha Embroidery" first in a cell, whatever follows it there).
    # A cell with lines printed over another cell's (a row too low for its text) is no evidence:
    # which cell each line belongs to is in doubt.
    alone, opens, closes = Counter(), Counter(), Counter()
    for cell in (cell for cell, lines in zip(groups, cells) if not any(line.overprinted for line in lines)):
        for g, after in zip(cell, cell[1:] + [None]):
            sure_start, sure_end = not g[0].break_unsure, not (after and after[0].break_unsure)
            if sure_start:
                opens.update(fold(join_lines(g[:k])) for k in range(1, len(g) + 1))
            if sure_end:
                closes.update(fold(join_lines(g[k:])) for k in range(len(g)))
            if sure_start and sure_end:
                alone[fold(join_lines(g))] += 1
    open_breaks = []  # (line, head, tail, whole head, whole tail): a capitalised line geometry joined to the text before
    for cell in groups:
        for group in cell:
            at = [k for k in range(1, len(group)) if group[k].joiner == " " and group[k].text[:1].isupper()
                  and not runs_on(group[k - 1].text)]
            for before, k, after in zip([0] + at, at, at[1:] + [len(group)]):
                open_breaks.append((group[k], fold(join_lines(group[before:k])), fold(join_lines(group[k:after])),
                                    fold(join_lines(group[:k])), fold(join_lines(group[k:]))))
    tails, heads = defaultdict(set), defaultdict(set)
    for _, _, _, head, tail in open_breaks:
        tails[head].add(tail)
        heads[tail].add(head)
    for line, head, tail, whole_head, whole_tail in open_breaks:
        head_whole, tail_whole = alone[head] or alone[whole_head], alone[tail] or alone[whole_tail]
        if (head_whole or closes[head] or len(tails[whole_head]) > 1) and (tail_whole or opens[tail] or len(heads[whole_tail]) > 1):
            line.hard_break = True
            # two names may share a word ("Leather Products", "Leather Footwear"): parted without
            # either side standing alone as an item, the break stays in doubt
            line.break_unsure = not (head_whole and tail_whole)


def _groups(lines: list[Line]) -> list[list[Line]]:
    """The lines of a cell grouped into items as its breaks stand."""
    groups: list[list[Line]] = []
    for i, line in enumerate(lines):
        if groups and not _starts_item(lines[i - 1], line):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _starts_item(before: Line, line: Line) -> bool:
    """A line is an item of its own when it was broken by hand (its first word would have fitted
    on the line before), starts like a name, and the line before does not run on into it.
    Publishers also break long names by hand: "Textile Products / (bedspread, ...)"."""
    return (
        line.hard_break
        and line.text[:1].isupper() | line.text[:1].isdigit() | bool(at_start(line.text))
        and not runs_on(before.text)
    )
