"""List markers, one grammar: the bullets, numbers, letters and roman numerals that publishers put
before the items of a list, one a line or in one paragraph ("(i) Tea (ii) Coffee").

A marker counts only where markers run in sequence from the list's first item (1, 2, 3; a, b, c;
i, ii, iii; or the same bullet again), in one style ("1." "2." or "(1)" "(2)", not a mix):
elsewhere "(A)", "2." or " - " is part of a name ("Grade (A) Rice", "Rice based products - Poha").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
         "xviii", "xix", "xx"]
BULLETS = "•●▪◦‣➢►✓*·∙–-"
DASHES = "–-"  # a dash is a bullet only at the start of a line: inside one it joins words
ITEM_BULLETS = BULLETS.translate(str.maketrans("", "", DASHES + "*"))  # start nothing but a list's item (not a name's dash, a note's star)
ROUND = "•●·∙"  # one bullet however it is drawn or read (OCR reads "•" as "·" too)
MISREAD_DOTS = ".。"  # what OCR reads a small round bullet as: a bullet where it stands alone, before an item
_MARK = re.compile(
    # (OCR may lose the space before a count, "(Bell Metal)2. Bamboo", or a bracket's close, "(ii Coconut")
    r"(?:(?:^|(?<=[\s,;])|(?<=\))(?=\d{1,2}\.\s))(?:\((?:(?P<inner>\d{1,2}|[ivx]{1,5}|[a-z])\)"
    r"|(?P<unclosed>(?-i:\d{1,2}|[ivx]{1,5}|[a-z]))(?=\s+(?-i:[A-Z])))"
    r"|(?P<bare>\d{1,2}|[ivx]{1,5}|[a-z])(?P<close>[.)])"
    rf"|(?P<bullet>[{re.escape(BULLETS + MISREAD_DOTS)}]))|(?P<glued>[{ROUND}]+))"  # a round bullet may touch the item before it
    # (and be read twice: "Tamarind •· Pottery", a speck beside it read as a dot)
    r"(?:\s+|(?<!\.)$|(?<=\d\.)$)"  # "b)" or "3." alone where a narrow cell wrapped ("o." may end "S.N" / "o.")
    rf"|(?P<lead>(?:^|(?<=\s))[▪◦]|[{ROUND}])(?=(?-i:[A-Z(]))"  # or the item after it ("•Jaggery": a small font's
    # space lost), a round one even both ("Spices•Kani Shawl": OCR reads no space beside a small dot)
    r"|(?:^|(?<=[\sA-Za-z)]))\((?P<touching>\d{1,2}|[ivx]{1,5}|[a-z])\)(?:(?=(?-i:[A-Z]))|\s+)"  # a bracketed one too
    # touches the item before it or after it ("Turmeric(2) Stone Carving", "Fish)(ii) Mango", "(4)Apple": OCR lost the space),
    r"|(?:^|(?<=\s))(?P<count>\d{1,2})(?P<count_close>[.)])(?=(?-i:[A-Z]))",  # a count the item after it ("1.Zari-Zardozi")
    re.IGNORECASE,
)
# a marker left at the start of a product (or the whole of it: "1."), or before a capital inside it, or
# at its end ("Fisheries/Marine products 2."): the mark of a list not split
LEFT_INSIDE = re.compile(rf"^(?:\(?(?:\d{{1,2}}|[ivx]{{1,4}}|[a-h])[.)]|\((?:\d{{1,2}}|[ivx]{{1,4}}|[a-h])\)|[{re.escape(BULLETS)}])(?:\s|$)"
                         r"|\s\(?(?:\d{1,2}|[ivx]{1,4})[.)](?:\s+[A-Z]|$)"
                         rf"|\s[{re.escape(BULLETS.replace(DASHES, ''))}]\s|[{ROUND}]")  # a bullet between items ("Tea • Coffee",
# a round one however spaced); a dash joins words


@dataclass(frozen=True)
class Mark:
    start: int
    end: int  # where the item's text begins
    style: str  # "(x)", "x.", "x)" or the bullet itself
    token: str  # "3", "b", "iv"; the bullet for a bullet ("•" however drawn), or the full stop OCR read it as


def marks(text: str) -> list[Mark]:
    out = []
    for m in _MARK.finditer(text):
        if m["bullet"] or m["glued"] or m["lead"]:
            printed = m["bullet"] or m["glued"] or m["lead"]
            bullet = "•" if set(printed) <= set(ROUND + MISREAD_DOTS) else printed
            out.append(Mark(m.start(), m.end(), bullet, printed if printed in MISREAD_DOTS else bullet))
        else:
            token = m["inner"] or m["unclosed"] or m["touching"] or m["bare"] or m["count"]
            out.append(Mark(m.start(), m.end(), "(x)" if m["inner"] or m["unclosed"] or m["touching"] else "x" + (m["close"] or m["count_close"]), token))
    return out


def _kinds(token: str) -> set[str]:
    """What a first marker may be: '1' a number, 'a' a letter, 'i' a roman numeral (or the letter
    i). A "1" may be a roman one too, its one stroke read as a digit ("(1) Pottery" / "(ii) Zari":
    OCR takes a lone "i" in brackets for "1"); the marker after it tells which."""
    if token == "1":
        return {"number", "roman"}
    return {"roman", "letter"} if token.lower() == "i" else {"letter"} if token.lower() == "a" else set()


def _successor(kind: str, token: str) -> str | None:
    if kind == "number":
        return str(int(token) + 1) if token.isdecimal() else None
    if kind == "letter":
        return chr(ord(token) + 1) if token.isalpha() and len(token) == 1 and token.lower() != "z" else None
    lower = "i" if token == "1" else token.lower()
    if lower not in ROMAN or lower == ROMAN[-1]:
        return None
    nxt = ROMAN[ROMAN.index(lower) + 1]
    return nxt.upper() if token.isupper() else nxt


class Sequence:
    """The markers of one list as they are met: the first fixes the style and what kind of count
    it is; each next one must follow in the same style."""

    def __init__(self):
        self.style: str | None = None
        self.kinds: set[str] = set()
        self.last = ""
        self.taken = 0

    def accepts(self, mark: Mark) -> bool:
        if self.style is None:
            return mark.style in BULLETS or bool(_kinds(mark.token))
        if mark.style != self.style:
            return False
        return mark.style in BULLETS or any(_successor(k, self.last) == mark.token for k in self.kinds) or self._strokes_for_next(mark)

    def take(self, mark: Mark) -> None:
        if self.style is None:
            self.style, self.kinds = mark.style, _kinds(mark.token)
        elif self._strokes_for_next(mark):
            self.kinds, mark = {"roman"}, Mark(mark.start, mark.end, mark.style, _successor("roman", self.last))
        else:
            self.kinds = {k for k in self.kinds if _successor(k, self.last) == mark.token} or self.kinds
        self.last = mark.token
        self.taken += 1

    def _strokes_for_next(self, mark: Mark) -> bool:
        """Whether a roman count of strokes alone ("ii") stands for the next, also of strokes alone
        ("iii"): OCR counts thin strokes badly, and "(ii)" after "(ii)" is no name's text."""
        strokes, expected = {"i", "ii", "iii"}, _successor("roman", self.last)
        return "roman" in self.kinds and mark.token.lower() in strokes and (expected or "").lower() in strokes


def list_of(text: str) -> Sequence:
    """A new list for a cell's text: one that takes the text's first marker as its own where the
    text starts past a counted list's first ("b) Pottery c) Rice based products", a row too low
    for its text printing none of its first items; or "Turmeric c) Blue Pottery d) Woollen", the
    item before "c)" printed from the middle) and the next marker follows it; else one that
    starts at a list's first marker."""
    sequence, found = Sequence(), marks(text)
    if len(found) > 1 and past_first(found[0]) and found[1].style == found[0].style:
        first, token = found[0], found[0].token
        # the kinds of count by which the next marker follows it ("v)" "vi)": roman, not a letter)
        if kinds := {k for k in ("number", "letter", "roman") if _successor(k, token) == found[1].token}:
            sequence.style, sequence.kinds, sequence.last = first.style, kinds, _predecessor(token, kinds)
    return sequence


def _predecessor(token: str, kinds: set[str]) -> str:
    if "number" in kinds:
        return str(int(token) - 1)
    if "roman" in kinds:
        before = ROMAN[ROMAN.index(token.lower()) - 1]
        return before.upper() if token.isupper() else before
    return chr(ord(token) - 1)


def at_start(text: str) -> Mark | None:
    first = next(iter(marks(text)), None)  # (read in the whole text: a marker may look at the item after it, "1.Zari")
    return first if first and first.start == 0 else None


def marker_alone(text: str) -> bool:
    """Whether a word is a list's marker and nothing else ("(1)", "b)", "•")."""
    mark = at_start(text)
    return mark is not None and mark.end == len(text)


def marks_an_item(word: str) -> bool:
    """Whether a word is a list's marker where an item follows it ("2.", "(ii)", "•"): the end
    of a line whose item goes on the next, or a marker spread away from its item."""
    mark = at_start(word + " …")
    return mark is not None and mark.end == len(word) + 1


def marked_item(text: str) -> bool:
    """Whether a line starts with a list's marker and an item after it ("b) Tamarind"), not a
    word's rest ("a)" alone is the end of "(Hanumakond" / "a)"; nor "s) •", of "Component" / "s) •",
    a paragraph's next bullet after it)."""
    mark = at_start(text)
    return mark is not None and not all(map(marker_alone, text[mark.end:].split()))


def next_marker(word: str, texts: Iterable[str]) -> bool:
    """Whether a word alone is the next marker of the list the texts before hold ("c)" after
    "a) Turmeric" / "b) Large" / "Cardamom"): not the rest of a word broken at the edge. A first
    marker that does not go on the list before starts a list of its own (each row's cell counts
    from "1)" again: "4)" at a page's foot goes on its row's "3) Pickles", not on "5)" above). A
    counted marker goes on the counted ones before it, whatever bullets or dashes stand between
    ("(2) Jaggery" after "products -" of "Rice based products - Poha etc")."""
    if not marker_alone(word):
        return False
    counted = at_start(word).style not in BULLETS
    listed = Sequence()
    for mark in (m for text in texts for m in marks(text) if (m.style not in BULLETS) == counted):
        if not listed.accepts(mark) and (fresh := Sequence()).accepts(mark):
            listed = fresh
        if listed.accepts(mark):
            listed.take(mark)
    return listed.taken > 0 and listed.accepts(at_start(word))


def counted_marks(text: str) -> list[Mark]:
    """A text's markers that count (numbers, letters, roman numerals), not bullets."""
    return [m for m in marks(text) if m.style not in BULLETS]


def counts_on(before: str, after: str) -> bool:
    """Whether a line's first counted marker is the next after the last of the line before, in
    its style ("2) Marine Products" / "(Shrimp, Prawn & Fish) 3)"): the two are lines of one list,
    one cell's (a row's own list starts again at its first marker)."""
    last = next(reversed(counted_marks(before)), None)
    first = next(iter(counted_marks(after)), None)
    kinds = ("number",) if last and last.token.isdecimal() else ("letter", "roman")
    return bool(last and first and first.style == last.style and any(_successor(kind, last.token) == first.token for kind in kinds))


def marks_body(text: str) -> bool:
    """Whether a text starts with a list's marker before an item, as no header label does: any
    marker but a letter with a point ("S. No."), which only a list's first item shows ("a. Coir")."""
    mark = at_start(text)
    return mark is not None and (mark.style != "x." or mark.token.isdecimal() or opens_list(text))


def past_first(mark: Mark) -> bool:
    """Whether a marker is a counted list's, past its first ("(ii)", "3.", "b)"): as a cell's
    first marker, it tells that the items before it were not printed (a row too low for its
    text) or lost their markers. Not a letter with a point ("B. Tech")."""
    return mark.style not in BULLETS and not _kinds(mark.token) and (mark.style != "x." or mark.token.isdecimal())


def bracket_open(text: str) -> bool:
    """Whether a text leaves a bracket open ("Agarbatti (Incense"): what follows closes it."""
    return text.count("(") > text.count(")")


def ends_on_marker(text: str) -> bool:
    """Whether a text ends on the next marker of the list it counts, with no item after it
    ("1. Tamarind 2. Fisheries/Marine products 3.", the page broken after the marker): its item
    follows on the next line."""
    text = text.rstrip()
    if not text.endswith((".", ")")):
        return False
    probe = text + " …"  # (a marker is read before its item)
    last = next(reversed(marks(probe)), None)
    return last is not None and 0 < last.start and last.end == len(text) + 1 and counts_on(text[: last.start], probe[last.start :])


def opens_list(text: str, before: str | None = None) -> bool:
    """Whether a line starts with the first marker of a counted list ("(1) Tea", "a) Tea", "1. Tea"):
    a cell's list starts there, so the line is never the wrapped rest of the line before. A marker
    alone on its line (its item too wide to follow it) opens one too after a line `before` that
    leaves no bracket open ("Cotton Sarees" / "a)"; "(Hanumakond" / "a)" is a word's rest)."""
    mark = at_start(text)
    alone = mark is not None and mark.end >= len(text.strip()) and before is not None and not bracket_open(before)
    return (mark is not None and mark.style not in BULLETS and bool(_kinds(mark.token)) and (" " in text.strip() or alone)
            and (mark.style != "x." or mark.token == "1"))


def split_inline(text: str, sequence: Sequence | None = None, listed: bool = False) -> list[str]:
    """'(i) Tea (ii) Coffee' -> ['Tea', 'Coffee']; '• Tea' -> ['Tea']. Markers split a paragraph
    only when they run in sequence from its start, or from past a list's first (`list_of`: the
    text before is the rest of the item before, printed from its middle); a dash counts only at
    the start. `sequence`: the list this paragraph goes on (the items of a cell printed one a
    line, marked in turn); `listed`: the cell's lines start with markers in sequence, so a first
    "a)" is the list's own."""
    sequence = sequence or Sequence()
    before = sequence.taken
    found = marks(text)
    # a round bullet is part of no name: it parts items though the first item's own is lost (OCR
    # misses a dot at a cell's edge); not so a dot read as a full stop, a bullet only in a list of them
    if found and found[0].start > 0 and found[0].token == "•":
        found.insert(0, Mark(0, 0, "•", "•"))
    begun_late = bool(found) and sequence.style is not None and not before  # (`list_of` took a marker past the first)
    if not found or found[0].start != 0 and not begun_late or not sequence.accepts(found[0]):
        return [text]
    chosen = []
    for mark in found:
        if (not chosen or mark.style not in DASHES) and sequence.accepts(mark):
            sequence.take(mark)
            chosen.append(mark)
    lone = chosen[0]
    if len(chosen) == 1 and not before and not listed and not (lone.style in BULLETS or lone.style == "(x)" or lone.token == "1"):
        return [text]  # "A. Kumar": an initial, not a list of one
    ends = [m.start for m in chosen[1:]] + [len(text)]
    head = [text[: lone.start].strip()] if lone.start else []
    return head + [text[m.end:end].strip().rstrip(",;").strip() for m, end in zip(chosen, ends)]
