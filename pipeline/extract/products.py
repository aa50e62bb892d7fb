"""Split a product cell that lists several products into one product each."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..text import fold
from .cells import RUNS_ON, Line, join_lines, prints_one_a_line

_NUMBER = re.compile(r"(?:^|(?<=\s))\(?(\d{1,2})[.)]\s+")
_MARKER = re.compile(r"^\(?(\d{1,2})[.)]\s+")
_BULLET = re.compile(r"^[•●▪◦\-–*]\s+")


def split_products(lines: list[Line]) -> list[str]:
    """Items of a product cell: each line broken by hand that starts like a name begins an item
    (one item a line, a list), wrapped lines continue the item above, and the markers of a
    numbered list ("1. Tea 2. Coffee", or one a line) start items too and are dropped. Commas
    stay inside names."""
    groups: list[list[Line]] = []
    expected = 1  # the number the next item of a numbered list would carry
    for i, line in enumerate(lines):
        marker = _MARKER.match(line.text)
        numbered = bool(marker) and int(marker.group(1)) == expected  # "3." after item 2 starts item 3
        if groups and not numbered and not _starts_item(lines[i - 1], line):
            groups[-1].append(line)
        else:
            groups.append([line])
        if numbered:
            expected += 1
    items = [join_lines(group).strip() for group in groups]
    numbered = [_MARKER.match(item) for item in items]
    if len(items) > 1 and all(numbered) and [int(m.group(1)) for m in numbered] == list(range(1, len(items) + 1)):
        items = [item[m.end():] for item, m in zip(items, numbered)]  # one numbered item a line
    out: list[str] = []
    for item in items:
        out += _split_numbered(_BULLET.sub("", item.strip()))
    return [" ".join(p.split()) for p in out if p.strip()]


def settle_breaks(cells: list[list[Line]]) -> None:
    """Settle the breaks that geometry leaves open, from the list's own items. A line whose
    first word would not have fitted on the line before may be a wrap or the next item of a list
    printed one a line ("Agro-processing: Millet-based Value-added Foods" / "Makhana (Fox Nut)").
    The break ends an item when the text on each side is whole somewhere in the same list: it
    stands alone as an item, or it meets different texts across such breaks (a wrapped name
    always goes on with the same words). A list of one item a cell has only wraps."""
    if not prints_one_a_line(cells):
        return
    groups = [_groups(lines) for lines in cells]
    alone = Counter(fold(join_lines(g)) for cell in groups for g in cell)
    open_breaks = []  # (line, head, tail): a capitalised line that geometry joined to the text before
    for cell in groups:
        for group in cell:
            for k in range(1, len(group)):
                line = group[k]
                if line.joiner == " " and line.text[:1].isupper() and not RUNS_ON.search(group[k - 1].text):
                    open_breaks.append((line, fold(join_lines(group[:k])), fold(join_lines(group[k:]))))
    tails, heads = defaultdict(set), defaultdict(set)
    for _, head, tail in open_breaks:
        tails[head].add(tail)
        heads[tail].add(head)
    for line, head, tail in open_breaks:
        if (alone[head] or len(tails[head]) > 1) and (alone[tail] or len(heads[tail]) > 1):
            line.hard_break = True


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
        and line.text[:1].isupper() | line.text[:1].isdigit() | bool(_BULLET.match(line.text))
        and not RUNS_ON.search(before.text)
    )


def _split_numbered(text: str) -> list[str]:
    """Split on "1." "2." ... only when the numbers run 1, 2, 3 from the start of the text."""
    marks = list(_NUMBER.finditer(text))
    numbers = [int(m.group(1)) for m in marks]
    if not marks or marks[0].start() != 0 or numbers != list(range(1, len(marks) + 1)):
        return [text]
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [text[m.end() : end].strip().rstrip(",;") for m, end in zip(marks, ends)]
