"""Split a product cell that lists several products into one product each."""

from __future__ import annotations

import copy
import csv
import functools
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from importlib import resources

from ..text import fold
from .cells import Line, join_lines, prints_one_a_line, runs_on
from .markers import ITEM_BULLETS, at_start, bracket_open, list_of, marks, past_first, split_inline

def split_products(lines: list[Line]) -> list[str]:
    """Items of a product cell: each line broken by hand that starts like a name begins an item
    (one item a line, a list), wrapped lines continue the item above, and the markers of a list
    (markers.py: "1." "(ii)" "b)" "•", one a line or in one paragraph) start items too and are
    dropped. Commas stay inside names."""
    first = next(iter(marks(lines[0].text)), None) if len(lines) == 1 else None
    if len(lines) == 1 and (first is None or first.start > 0 and not past_first(first)):  # most cells: one line, no list
        return [" ".join(lines[0].text.split())] if lines[0].text.strip() else []
    listed = marked_list(lines)
    groups: list[list[Line]] = []
    sequence = list_of(join_lines(lines))  # the cell's one list, whether its items stand a line each or run on
    probe = copy.copy(sequence)  # the markers met at the starts of lines, to see where items begin
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
    out = []
    for group in groups:
        out += split_inline(join_lines(group).strip(), sequence, listed=probe.taken > 1)
    return [" ".join(p.split()) for p in out if p.strip()]


def marked_list(lines: list[Line]) -> bool:
    """Whether a cell's text is a list whose markers run in sequence from its first line: each of
    its items carries its marker, so a line without one goes on the item above, however it
    breaks. A bullet marks a list of one item as well ("• Tussar Silk" / "Sarees"); a count, of
    two at least (a name may begin "A." or "1.")."""
    mark = at_start(lines[0].text) if lines else None
    text = join_lines(lines).strip()
    return mark is not None and (mark.style in ITEM_BULLETS or len(split_inline(text, list_of(text))) > 1)


def settle_breaks(cells: list[list[Line]], placed_by_spacing: Collection[int] = frozenset()) -> None:
    """Settle the breaks that geometry leaves open, from the list's own items. A line whose
    first word would not have fitted on the line before may be a wrap or the next item of a list
    printed one a line ("Agro-processing: Millet-based Value-added Foods" / "Makhana (Fox Nut)").
    The break ends an item when the text on each side is whole somewhere in the same list: it
    stands alone as an item, or, all of the cell's text on that side, it meets different lines
    across such breaks (a wrapped name always goes on with the same words; one word of it, such
    as "Embroidery", may not), or the text after the break begins an item (the text before ends
    one) where that edge of the item is sure. The text beside the break up to the next open break
    (a cell of three items has two) is whole where it stands alone. A cell's text that parts one
    way only into items whole elsewhere is those items, however its names wrap, but for its first
    or last text, which may be shown nowhere else (`_settle_by_items`). Each break settled surely
    makes the items beside it stand alone, which may settle others: the list is read again until
    no break is settled (and, when none is, again after a closed bracket parts one). What is
    left open is read as the whole list reads shortest (`_settle_by_lexicon`). A list of one
    item a cell has only wraps: a break in doubt there goes on (in doubt still), unless the
    initiative's own product names join it (`_settle_by_names`). A cell of a row told from the
    rows beside only by where its lines stand (`placed_by_spacing`: the cells' ids) is no
    evidence: its first or last lines may be another row's ("Coir & Coir" alone, its "Products"
    read as the next row's)."""
    one_a_line = prints_one_a_line(cells)
    _settle_by_names(cells, one_a_line)
    if not one_a_line:
        for line in (line for lines in cells for line in lines if line.break_unsure):
            line.hard_break = False
        return
    while True:
        groups = [item_groups(lines) for lines in cells]
        items = Items.of(cells, groups, placed_by_spacing)
        open_breaks = [(group, at) for cell in groups for group in cell if (at := _open_breaks(group))]
        if not (_settle_by_sides(open_breaks, items) | _settle_by_items(groups, items) or _part_after_closed_brackets(groups)):
            break
    _settle_by_lexicon([lines for lines in cells if _is_evidence(lines, placed_by_spacing)])


def _is_evidence(lines: list[Line], placed_by_spacing: Collection[int]) -> bool:
    """Whether a cell's items tell of the list's others: not where its lines were printed over
    another cell's (a row too low for its text: which cell each line is in is in doubt), nor where
    its row was placed by spacing alone (`placed_by_spacing`: the cells' ids)."""
    return not any(line.overprinted for line in lines) and id(lines) not in placed_by_spacing


def _settle_by_lexicon(cells: list[list[Line]]) -> None:
    """Read the breaks the list's items leave open the way that tells the list in the fewest
    bits (`Vocabulary`): a list names few products, most of them in several districts, so a
    reading whose items are names the list prints elsewhere ("Organic" / "Ginger" / "Brass &
    Bell" / "Metal" / "Utensils", both names printed in other cells) is likelier than one that
    makes a new name of a cell. Each cell's open breaks are read the shortest way given every
    other cell's reading, round after round until none changes; a break is read anew only where
    that shortens the list by more than an item costs (`CLEAR_GAIN`): two names printed once
    each, read as one, stay so. Lines printed alike in several cells (the same lines between the
    same item edges) are one observation, read alike: a name read as one in each is parted in
    all at once, where the names it parts into are printed in other places too ("Agro-processing
    ..." / "Fisheries/Marine products" in two cells, the second name alone in a third).
    A break is sure where the items beside it (the item across it, where it is read as a wrap)
    are printed elsewhere too, and reading it the other way, alone or with the breaks printed
    alike, would lengthen the list by a new name's spelling at least (`SURE_GAIN`); else it stays
    in doubt: two items printed together in two cells look like one name wrapped alike (read
    apart in both, the list is hardly longer; the same coincidence in three costs more), unless
    read apart they would be items printed nowhere else (together in one order in each cell and
    never apart, which the initiative's list shows of no pair), and a name printed once beside
    one printed elsewhere may be a name of its own ("Saffron" / "Tamarind") or the start of a
    longer one ("Allagadda" / "Stone Carving": of the initiative's 830 names, 149 end with
    another). (The cells given are those that are evidence: `Items`.)"""
    cells = [lines for lines in cells if not marked_list(lines)]
    free = [[k for k in range(1, len(lines)) if _may_begin_item(lines[k - 1], lines[k])
             and (lines[k].break_unsure or not lines[k].hard_break and not lines[k].settled)] for lines in cells]
    sure = [{k for k in range(1, len(lines)) if k not in at and _starts_item(lines[k - 1], lines[k])} for lines, at in zip(cells, free)]
    choice = [frozenset(k for k in at if cells[n][k].hard_break) for n, at in enumerate(free)]
    open_cells = [n for n, at in enumerate(free) if at and len(at) <= MOST_OPEN_BREAKS]

    @functools.cache
    def text(n: int, a: int, b: int) -> str:
        return fold(join_lines(cells[n][a:b]))

    def edges(n: int, parted: frozenset) -> list[int]:
        return [0, *sorted(sure[n] | parted), len(cells[n])]

    def items(n: int, parted: frozenset) -> list[str]:
        return [text(n, a, b) for a, b in itertools.pairwise(edges(n, parted))]

    def beside(n: int, parted: frozenset, k: int) -> list[str]:
        """The items beside break k of cell n read so: the two it parts, or the one across it."""
        return [text(n, a, b) for a, b in itertools.pairwise(edges(n, parted)) if a <= k <= b]

    vocabulary = Vocabulary()
    for n in range(len(cells)):
        vocabulary.add(items(n, choice[n]))

    def read(n: int, parted: frozenset) -> None:
        vocabulary.add(items(n, choice[n]), -1)
        choice[n] = parted
        vocabulary.add(items(n, parted))

    folded = [[fold(line.text) for line in lines] for lines in cells]
    at_line = defaultdict(list)  # a line's text -> where it is printed (cell, line) in the cells with open breaks
    for n in open_cells:
        for i, line in enumerate(folded[n]):
            at_line[line].append((n, i))

    def alike(n: int, k: int) -> list[tuple[int, int]]:
        """Break k of cell n and the breaks printed alike: the same lines up to the edges of the
        items beside it, read the same way, the break open in each (as cell, break)."""
        its = edges(n, choice[n])
        a, b = max(e for e in its if e < k), min(e for e in its if e > k)
        texts, inner = folded[n][a:b], {e - a for e in its if a < e < b}
        found = []
        for m, start in at_line[texts[0]]:
            end = start + len(texts)
            if start + k - a in free[m] and folded[m][start:end] == texts:
                theirs = {0, *sure[m], *choice[m], len(cells[m])}
                if start in theirs and end in theirs and {e - start for e in theirs if start < e < end} == inner:
                    found.append((m, start + k - a))
        return found

    def flip(places: list[tuple[int, int]]) -> tuple[float, bool, bool]:
        """Reading these breaks the other way all at once: how many bits shorter the list is,
        and whether the items beside them then are printed in other places too: each of them,
        and any."""
        cells_of = sorted({m for m, _ in places})
        flipped = {m: choice[m] ^ {k for c, k in places if c == m} for m in cells_of}
        before = [name for m in cells_of for name in items(m, choice[m])]
        after = [name for m in cells_of for name in items(m, flipped[m])]
        vocabulary.add(before, -1)
        gain = vocabulary.bits_with(before) - vocabulary.bits_with(after)
        printed = [vocabulary.counts[t] > 0 for m, k in places for t in beside(m, flipped[m], k)]
        vocabulary.add(before)
        return gain, all(printed), any(printed)

    for _ in range(MOST_ROUNDS):
        changed = False
        for n in open_cells:
            vocabulary.add(items(n, choice[n]), -1)
            ways = (frozenset(c) for r in range(len(free[n]) + 1) for c in itertools.combinations(free[n], r))
            bits = {way: vocabulary.bits_with(items(n, way)) for way in ways}
            vocabulary.add(items(n, choice[n]))
            best = min(bits, key=bits.get)
            for k in (k for k in free[n] if (k in best) != (k in choice[n])):
                if bits[best ^ {k}] < bits[best] + CLEAR_GAIN:
                    best = best ^ {k}
            if best != choice[n]:
                read(n, best)
                changed = True
        for n in open_cells:  # a name read as one in several places, parted in all at once into names printed elsewhere
            for k in (k for k in free[n] if k not in choice[n]):
                places = alike(n, k)
                if len(places) > 1 and (found := flip(places))[1] and found[0] > CLEAR_GAIN:
                    for m, j in places:
                        read(m, choice[m] | {j})
                    changed = True
        if not changed:
            break
    for n in open_cells:
        for k in free[n]:
            line, parted = cells[n][k], k in choice[n]
            printed_elsewhere = all(vocabulary.counts[name] > 1 for name in beside(n, choice[n], k))
            alone, together = flip([(n, k)]), flip(alike(n, k))  # read the other way alone, or with the breaks printed alike
            cost = -max(alone[0], together[0])
            # (a wrap whose name another cell prints too, which read as a break parts it into
            # names printed nowhere else: else the same items stand together, in one order, in
            # each cell that prints them and never apart; of the 448 pairs of items printed one
            # after the other in the initiative's list, 5 recur, each item printed apart too)
            unparted = not parted and not alone[2] and not together[2]
            line.break_unsure = not printed_elsewhere or cost < SURE_GAIN and not unparted
            line.hard_break, line.settled = parted, not parted and not line.break_unsure


class Vocabulary:
    """The names of a list as read and how often each is printed, and the length in bits of the
    list so told: each name spelled once (`BITS_A_CHAR` a character, `BITS_A_NAME` to end it),
    then each item as a code for its name, shorter the more often the name is printed."""

    def __init__(self) -> None:
        self.counts: Counter = Counter()
        self.items = 0
        self.spelled = 0.0  # the bits spelling the names
        self.coded = 0.0  # the sum of count * log2(count) over the names

    def add(self, names: list[str], sign: int = 1) -> None:
        """Count the items of a cell as read (with sign -1: take them out)."""
        for name in names:
            c = self.counts[name]
            self.spelled += sign * self._spelling(name) * ((c == 0) if sign > 0 else (c == 1))
            self.coded += _c_log_c(c + sign) - _c_log_c(c)
            self.counts[name] = c + sign
        self.items += sign * len(names)

    def bits_with(self, names: list[str]) -> float:
        """The list's length in bits were these names added to it."""
        spelled, coded = self.spelled, self.coded
        for name, a in Counter(names).items():
            c = self.counts[name]
            spelled += self._spelling(name) if c == 0 else 0
            coded += _c_log_c(c + a) - _c_log_c(c)
        total = self.items + len(names)
        return spelled + _c_log_c(total) - coded

    @staticmethod
    def _spelling(name: str) -> float:
        return BITS_A_CHAR * len(name) + BITS_A_NAME


def _c_log_c(c: int) -> float:
    return c * math.log2(c) if c > 0 else 0.0


BITS_A_CHAR, BITS_A_NAME = 5, 5  # some 30 letters, digits and signs: 5 bits a character; a name's end as much
CLEAR_GAIN = 15  # bits: more than two names printed once save read as one (an item's code: log2 of the items, 10 for 1,000)
SURE_GAIN = 25  # bits: a new name's spelling, four letters and its end at least
MOST_ROUNDS = 6


def _part_after_closed_brackets(groups: list[list[list[Line]]]) -> bool:
    """Part, in doubt still, at a break left open after a text that closes every bracket it
    opened ("Sugarcane based products (Jaggery)" / "Lacquerware/Wooden Toys"): a qualifier in
    brackets ends a name far more often than a word follows it ("Bandar type Resham (Art Silk)
    Sarees", which the initiative's names join before this). Sought where the list's items settle
    nothing more; the items so parted may settle others (Kiwi parted after "...Components)"
    leaves "Pickles, Papad & Spices" / "Electronics ..." to part by where it stands). Whether any
    was parted."""
    parted = False
    for group in (group for cell in groups for group in cell):
        for k in _open_breaks(group):
            head = join_lines(group[:k])
            if head.endswith(")") and not bracket_open(head):
                group[k].hard_break = group[k].break_unsure = parted = True
    return parted


@functools.cache
def known_product_names() -> tuple[str, ...]:
    """The initiative's product names as it prints them, from its list published as a
    spreadsheet (reference/products.csv)."""
    with resources.files("pipeline.reference").joinpath("products.csv").open(encoding="utf-8") as f:
        return tuple(row["product"] for row in csv.DictReader(f))


@functools.cache
def known_products() -> frozenset[str]:
    """The initiative's product names, folded: names whose breaks no layout settles are read by them."""
    return frozenset(map(fold, known_product_names()))


def _settle_by_names(cells: list[list[Line]], one_a_line: bool) -> None:
    """Settle the breaks the geometry leaves open by the initiative's product names: where a
    cell's lines between sure item edges part one way only into known names, that is how they
    part ("Agro Products" / "Coffee (Araku)", where "Coffee" would not have fitted: two items;
    "Aluminium" / "Ingot", where it would have in a width read too wide: one). A break so joined
    is settled (`Line.settled`: one known name); one so parted is sure too, as the items it
    parts are names of several words each: of the initiative's 830 names, 2 are two others of
    several words run together ("Dairy Products" / "Milk based Products"), while a name of one
    word is as often the first of a longer one ("Walnut" / "Wood Carving": `_known_item`), and
    parts nothing. A list that prints no items one a line only
    joins. A break is open where a wrap may be an item's end (the line starts like a name, the
    line before does not run on) or the geometry left it in doubt; names the list does not
    know leave it as it was."""
    for lines in cells:
        if len(lines) < 2 or marked_list(lines):
            continue
        inner = range(1, len(lines))
        edges = [0, *(k for k in inner if _starts_item(lines[k - 1], lines[k]) and not lines[k].break_unsure), len(lines)]
        open_breaks = [k for k in inner if k not in edges and (lines[k].break_unsure or _may_begin_item(lines[k - 1], lines[k]))]
        for start, end in itertools.pairwise(edges):
            open_at = [k for k in open_breaks if start < k < end]
            if not open_at or len(open_at) > MOST_OPEN_BREAKS:
                continue
            ways = [set(chosen) for n in range(len(open_at) + 1 if one_a_line else 1) for chosen in itertools.combinations(open_at, n)
                    if all(_known_item(fold(join_lines(lines[a:b])), alone=bool(chosen))
                           for a, b in itertools.pairwise([start, *chosen, end]))]
            if len(ways) == 1:
                for k in open_at:
                    parted = k in ways[0]
                    lines[k].hard_break, lines[k].break_unsure, lines[k].settled = parted, False, not parted


def _named(text: str) -> bool:
    """Whether a text is one of the initiative's names of several words: whole as an item is.
    (Of its 830 names, 2 are two others run together; a name of one word is as often the first
    of a longer one: `_known_item`.)"""
    return " " in text and text in known_products()


def _known_item(name: str, alone: bool) -> bool:
    """Whether a text is a known name, and, as one of several items a break parts, a name of
    more than one word (`_named`): one word is as often the first of a longer name, new or
    printed otherwise ("Pearl" / "Millet", "Leather" / "Footwear", both known alone)."""
    return _named(name) if alone else name in known_products()


@dataclass
class Items:
    """The items of a list as its breaks stand, by text (folded): those that stand alone (both
    ends sure), begin items and end them (that edge sure), and begin or end items longer than
    themselves (a wrapped name's first or last words: "Banana Fibre", "Products"), and the items
    that stand alone (by their first line's id). An item stands alone where both its ends are
    sure: one parted from the next by a break in doubt is no evidence for other breaks ("Kantha"
    / "Embroidery" read apart on one page). An item begins (ends) with a text where its start
    (end) is sure: at a cell's first line, or beside a sure break ("Kantha Embroidery" first in a
    cell, whatever follows it there). Only cells that are evidence count (`_is_evidence`;
    `unsure`: the ids of cells placed by spacing alone)."""

    alone: Counter = field(default_factory=Counter)
    opens: Counter = field(default_factory=Counter)
    closes: Counter = field(default_factory=Counter)
    opens_longer: Counter = field(default_factory=Counter)
    closes_longer: Counter = field(default_factory=Counter)
    standing: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, cells: list[list[Line]], groups: list[list[list[Line]]], unsure: Collection[int] = frozenset()) -> Items:
        items = cls()
        for cell in (cell for cell, lines in zip(groups, cells) if _is_evidence(lines, unsure)):
            for g, (sure_start, sure_end) in zip(cell, _sure_edges(cell)):
                if sure_start:
                    items.opens.update(fold(join_lines(g[:k])) for k in range(1, len(g) + 1))
                    items.opens_longer.update(fold(join_lines(g[:k])) for k in range(1, len(g)))
                if sure_end:
                    items.closes.update(fold(join_lines(g[k:])) for k in range(len(g)))
                    items.closes_longer.update(fold(join_lines(g[k:])) for k in range(1, len(g)))
                if sure_start and sure_end:
                    items.alone[fold(join_lines(g))] += 1
                    items.standing.add(id(g[0]))
        return items


def _sure_edges(cell: list[list[Line]]) -> list[tuple[bool, bool]]:
    """Whether each item of a cell (its lines as grouped) starts and ends surely: at the cell's
    edge, or beside a break not in doubt."""
    return [(not g[0].break_unsure, not (after and after[0].break_unsure)) for g, after in zip(cell, cell[1:] + [None])]


def _open_breaks(group: list[Line]) -> list[int]:
    """The lines of an item as read that may begin another, joined by geometry to the text before
    (not by the initiative's names: `_settle_by_names` settled those)."""
    return [k for k in range(1, len(group)) if not group[k].settled and _may_begin_item(group[k - 1], group[k])]


def _may_begin_item(before: Line, line: Line) -> bool:
    """Whether a line joined to the one before by a space may begin an item where no marker
    tells: it is capitalised, after a line that does not run on into it."""
    return line.joiner == " " and line.text[:1].isupper() and not runs_on(before.text)


def _settle_by_sides(open_breaks: list[tuple[list[Line], list[int]]], items: Items) -> bool:
    """Part at each open break where the texts on both sides are whole somewhere in the list;
    whether any was parted. One of the initiative's product names is whole too, where the text
    across the break (up to the open breaks beside it) is not a name the list or the initiative
    knows: a name of several words ("Leather Footwear" / "Raja Rani Dolls"), and a name of one
    word beside an item that stands alone or a name of several, not beside another of one word
    ("Pearl" / "Millet" is one name, though both its words are names: `_known_item`). A text
    across the break that is a name is not parted unless both sides stand alone ("Leather" /
    "Products", whose words recur in others). A break so parted is sure where each side stands
    alone or is a name of several words; else it stays in doubt: "Saffron" / "Tamarind", where
    only "Tamarind" stands alone, and a name of one word beside one of several ("Spices" /
    "Orthodox Tea (Black) and Green Tea" parts so, but so would "Walnut" / "Wood Carving", one
    name the initiative's list does not hold)."""
    known, alone, opens, closes = known_products(), items.alone, items.opens, items.closes
    found = []  # (line, head, tail, whole head, whole tail, whether the text across is a name, whether it stands alone)
    # the lines met across the breaks after each whole head, and before each whole tail: a wrapped
    # name's part meets its rest's line ("Coir & Coir" / "Products", whatever items follow it)
    tails, heads = defaultdict(set), defaultdict(set)
    for group, at in open_breaks:
        for before, k, after in zip([0] + at, at, at[1:] + [len(group)]):
            across = fold(join_lines(group[before:after]))
            found.append((group[k], fold(join_lines(group[before:k])), fold(join_lines(group[k:after])),
                          whole_head := fold(join_lines(group[:k])), whole_tail := fold(join_lines(group[k:])), across in known,
                          alone[across] > (before == 0 and after == len(group) and id(group[0]) in items.standing)))
            tails[whole_head].add(fold(group[k].text))
            heads[whole_tail].add(fold(group[k - 1].text))
    parted = False
    for line, head, tail, whole_head, whole_tail, across_named, across_alone in found:
        head_alone, tail_alone = alone[head] or alone[whole_head], alone[tail] or alone[whole_tail]
        if across_named and not (head_alone and tail_alone):
            continue
        # a name on each side: its text up to the next open break, or all of the item's on that side
        sides = ((head, whole_head), (tail, whole_tail))
        several = [not across_alone and any(map(_named, side)) for side in sides]
        head_known, tail_known = (not across_alone and any(text in known for text in side) for side in sides)
        head_named, tail_named = several[0] or head_known and (tail_alone or several[1]), several[1] or tail_known and (head_alone or several[0])
        head_whole, tail_whole = head_alone or head_named, tail_alone or tail_named
        if (head_whole or closes[head] or _meets_several(tails[whole_head], before=False)) and (
            tail_whole or opens[tail] or _meets_several(heads[whole_tail], before=True)
        ):
            line.hard_break = parted = True
            # (two names may share a word, "Leather Products", "Leather Footwear": parted by what
            # the sides meet, the break stays in doubt)
            line.break_unsure = not ((head_alone or several[0]) and (tail_alone or several[1]))
    return parted


def _settle_by_items(cells: list[list[list[Line]]], items: Items) -> bool:
    """Part an item as read into items whole elsewhere in the list, where its text parts so one
    way only, and is not itself whole: "Srikalahasthi Kalamkari" / "Fabrics/Handicrafts" /
    "Apple & Apple-based" / "Products" is two items where each is whole, though no break has
    whole texts on both sides up to the next open one. A text is whole where it stands alone as
    an item, is one of the initiative's names of several words, or recurs between different
    texts on both sides (the line before it, or the cell's start; the line after it, or the
    cell's end): a wrapped name's parts always meet each other ("Srikalahasthi" / "Kalamkari");
    one part may meet several ("Leather" / "Footwear", "Coir & Coir" / "Products"), but not both
    ways, nor may the other part. A break so settled is sure where each item stands alone, and so
    is each wrap within them. An item as read that no way parts is one name, its breaks wraps,
    where it is one of the initiative's names ("Leather" / "Products", though both recur) or
    stands alone elsewhere with no break in doubt inside it (not read across the same open
    break). Two items a list prints together in two cells recur as one ("Black Rice" /
    "Mangalagiri Sarees and Fabrics"): a way parts them where each is whole somewhere; else the
    whole list's reading settles them (`_settle_by_lexicon`), as recurring alone does not make
    them one name. An item's first or last text may be whole by where it stands, beside an item
    whole elsewhere (`_parts_whole`). Whether any was parted.
    (`items.standing`: the items as read that stand alone themselves, which is no evidence for them.)"""
    alone, standing = items.alone, items.standing
    spans = []  # (group, open breaks, [(start, end, text)], whether its start and end are sure) of every item as read
    before, after = defaultdict(set), defaultdict(set)  # text -> the lines met before and after it
    for cell in cells:
        lines = [line for group in cell for line in group]
        offset = 0
        for group, sure in zip(cell, _sure_edges(cell)):
            at = _open_breaks(group)
            edges = [0, *at, len(group)]
            pieces = [(a, b, fold(join_lines(group[a:b]))) for i, a in enumerate(edges) for b in edges[i + 1 :]]
            for a, b, text in pieces:
                before[text].add(fold(lines[offset + a - 1].text) if offset + a else "^")
                after[text].add(fold(lines[offset + b].text) if offset + b < len(lines) else "$")
            spans.append((group, at, pieces, sure))
            offset += len(group)

    # an item read whole elsewhere, with no break in doubt inside it: a reading across the same
    # open break is no evidence for it ("Rice based products - Poha etc" / "Handloom
    # Fabrics/Handicrafts", a cell's two items, printed so in two cells)
    whole_elsewhere = Counter(pieces[0][2] for group, at, pieces, _ in spans if not at and id(group[0]) in standing)

    def recurs(text: str) -> bool:
        return _meets_several(before[text], before=True) and _meets_several(after[text], before=False)

    def whole(text: str) -> bool:
        return alone[text] > 0 or _named(text) or recurs(text)

    parted = False
    for group, at, pieces, sure_edges in spans:
        text = {(a, b): t for a, b, t in pieces}
        if not at or len(at) > MOST_OPEN_BREAKS:
            continue
        item = text[0, len(group)]
        named = _named(item)  # one of the initiative's names, whose words recur in others
        ways = [] if named or alone[item] > (id(group[0]) in standing) else [
            set(chosen) for chosen in itertools.chain.from_iterable(itertools.combinations(at, n) for n in range(1, len(at) + 1))
            if _parts_whole([text[a, b] for a, b in itertools.pairwise([0, *chosen, len(group)])], whole, items, sure_edges,
                            [text[k, chosen[0]] for k in at if k < chosen[0]], [text[chosen[-1], k] for k in at if k > chosen[-1]])]
        if len(ways) == 1 and not recurs(item):
            sure = all(alone[text[a, b]] or _named(text[a, b]) for a, b in itertools.pairwise([0, *sorted(ways[0]), len(group)]))
            for k in at:
                group[k].hard_break = k in ways[0]
                group[k].break_unsure = not sure
            parted = True
        elif not ways and (named or whole_elsewhere[item]):  # one name, wrapped wherever it stands
            for k in (k for k in at if not group[k].hard_break):  # (not one the sides parted just now)
                group[k].break_unsure, group[k].settled = False, True
    return parted


def _parts_whole(pieces: list[str], whole, items: Items, sure_edges: tuple[bool, bool], tails: list[str], heads: list[str]) -> bool:
    """Whether an item as read parts into `pieces` that are each whole elsewhere, but for its
    first or its last, which is whole by where it stands: between the item's start and an item
    whole elsewhere that begins items where their starts are sure, twice as often at least as it
    ends longer ones ("Sal Leaf Plates", printed once, before "Processed Prawns/Shrimp", which
    begins cells, and "Chilli"; not "Banana Fibre" before "Products", nor "Chikankari" before
    "Embroidery": each ends many names, and begins one only where a page broke a name), or the
    same way round at its end ("Stone Carving" / "Carpets (Bhadohi)"). The item itself is no
    evidence (its own edges, where sure: `sure_edges`). Such a piece holds no whole text at its
    inner side (`tails`: the first piece's texts after its open breaks; `heads`: the last's
    before them), else that text is where the item begins or ends."""
    known = [whole(p) for p in pieces]
    if all(known):
        return True
    if len(pieces) < 2 or known.count(False) > 1:
        return False
    two = len(pieces) == 2  # (only then is the piece beside the item's own start or end)
    if not known[0]:
        after = pieces[1]
        return items.opens[after] > 2 * max(0, items.closes_longer[after] - (two and sure_edges[1])) and not any(map(whole, tails))
    before = pieces[-2]
    return not known[-1] and items.closes[before] > 2 * max(0, items.opens_longer[before] - (two and sure_edges[0])) and not any(map(whole, heads))


def _meets_several(lines_met: set[str], before: bool) -> bool:
    """Whether a text meets different lines on one side. A wrapped name goes on with the same
    words wherever its cell's width breaks it, so the lines met after it begin alike
    ("Fabrics/Handic", "Fabrics/Handi") and those met before it end alike ("Srikalahasthi
    Kalamkari", "Kalamkari"): only lines that do neither are different texts."""
    same = str.endswith if before else str.startswith
    return any(not same(a, b) and not same(b, a) for a, b in itertools.combinations(lines_met, 2))


MOST_OPEN_BREAKS = 8  # an item read with more open breaks than this is not parted by the items (2^8 ways)


def item_groups(lines: list[Line]) -> list[list[Line]]:
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
        and line.text[:1].isupper() | line.text[:1].isdecimal() | bool(at_start(line.text))
        and not runs_on(before.text)
    )
