"""Text layers: what a PDF page holds for table finding, read by pypdfium2 (default) or pdfplumber.

Both layers reduce a page to the same `PageContent` (words with boxes, horizontal and vertical
ruling lines, a flag for images), so the table logic is one mechanism whatever reads the file.
pypdfium2 reads characters and paths directly and is about fifty times faster than pdfminer's
layout analysis, which pdfplumber runs on every page.
"""

from __future__ import annotations

import bisect
import ctypes
import functools
import math
import re
import statistics
import unicodedata
from collections import deque
from dataclasses import dataclass, field, fields
from itertools import compress, repeat, starmap
from operator import attrgetter
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, Iterator, Sequence

import numpy as np

RULE_MAX_THICKNESS = 2.5  # pt: a filled or stroked shape thinner than this is a ruling line
# a gap wider than this fraction of the line height splits two words: a word's glyphs are set
# advance to advance, and a space (a fifth of an em or more) shows narrower where a glyph's box
# overhangs it ("of" / "silk": 1.9 pt at 10 pt)
WORD_GAP = 0.1
MIN_RULE_LENGTH = 3.0  # pt
ENCRYPTED = "the PDF is encrypted (a password is needed to open it)"


class PdfError(Exception):
    """A PDF cannot be read at all (not a PDF, truncated, encrypted)."""


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    confidence: float = 1.0  # of the OCR that read it; a text layer's words are certain
    # a clip hides a glyph of it, it ends at a clip's edge, or the next cell's text was drawn over
    # its end: its text may go on unseen
    cut: bool = False
    # where its letters that stand on the line end below ("a", "H", "5"; not "g", "(" or "-"): one
    # line for every word of a font and size, its baseline (a glyph's ink) or its descent (a loose
    # box, which reaches from the font's ascent to its descent), so lines stand as far apart by
    # it as the text engine set them, whatever their letters; unknown (NaN) for a word of none
    # such (OCR: its line's, `ocr._feet`)
    foot: float = float("nan")
    # the page draws a space after it at its line's end: LibreOffice keeps the space it wrapped
    # the line at ("Srikalahasthi Kalamkari " / "Fabrics/Handicrafts"), a paragraph's end has none
    wrapped: bool = False
    # where its first part ends, up to and with its first hyphen between letters ("Zari-" of
    # "Zari-Zardozi"), a place a text engine may break a line at; NaN for a word of no such hyphen
    # (or read a character at a time, or by OCR)
    head: float = float("nan")

    @property
    def xc(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def yc(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def size(self) -> float:
        return self.bottom - self.top


@dataclass(slots=True)
class Rule:
    """A ruling line: horizontal when y0 == y1 (x0..x1 at y0), vertical when x0 == x1."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    hrules: list[Rule] = field(default_factory=list)
    vrules: list[Rule] = field(default_factory=list)
    has_images: bool = False

    def __reduce__(self):
        """Pickled (as a worker process sends it) as plain tuples: the words and rules pickled as
        objects one by one cost more than reading the page."""
        words = list(map(WORD_FIELDS, self.words))
        hrules, vrules = list(map(RULE_FIELDS, self.hrules)), list(map(RULE_FIELDS, self.vrules))
        return _unpickled_page, (self.number, self.width, self.height, words, hrules, vrules, self.has_images)


WORD_FIELDS, RULE_FIELDS = (attrgetter(*(f.name for f in fields(kind))) for kind in (Word, Rule))


def cut_past_table_edge(page: PageContent) -> PageContent:
    """Mark the words a browser may have cut at the page's printable area. A browser lets a word
    too wide for its cell run on past the cell's rules, paints nothing past the printable area,
    and drops, writing no clip, each glyph that would start past it: "Lacquerware/Wood" ran 12 pt
    past the table's outer rule and lost its "en" unseen. A page sets its table at the area's left
    edge (HTML's default) and its margins alike left and right (CSS @page, as browsers default),
    so the area ends as far from the page's right edge as the table's left rule stands from its
    left: a word run past the table's outer rule that reaches there may go on unseen."""
    if page.vrules:
        left, right = min(r.x0 for r in page.vrules), max(r.x0 for r in page.vrules)
        edge = page.width - left
        for word in page.words:
            word.cut |= word.x0 < right < word.x1 and edge - 0.3 <= word.x1 <= edge + word.size
    return page


def _unpickled_page(number, width, height, words, hrules, vrules, has_images) -> PageContent:
    return PageContent(number, width, height, list(starmap(Word, words)), list(starmap(Rule, hrules)),
                       list(starmap(Rule, vrules)), has_images)


# pdfium reports a hyphen printed at the end of a line as U+FFFE (its "soft hyphen" mark)
# ligatures (pdfminer passes them through as one character) are their letters
PRINTED_AS = {
    "\ufffe": "-", "\u00ad": "-",
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
}


ASCII_MARKS = frozenset(c for c in map(chr, range(128)) if unicodedata.category(c)[0] == "P")
ASCII_WHITE = np.array([chr(c).isspace() for c in range(128)])
ASCII_MARK = np.array([chr(c) in ASCII_MARKS for c in range(128)])
# letters and figures that stand on the line, in the usual faces (none hangs below it, as "g", "J",
# "Q" or "(" do, nor stands above it, as "-" does)
STANDS_ON_LINE = frozenset("ABCDEFGHIKLMNOPRSTUVWXYZabcdefhiklmnorstuvwxz0123456789")
ON_LINE = np.array([chr(c) in STANDS_ON_LINE for c in range(128)])


def printable(text: str) -> bool:
    """Whether a character is text: no control, format, surrogate, private-use or non-character
    code point ever reaches a row."""
    return unicodedata.category(text)[0] != "C" and not 0xFDD0 <= ord(text) <= 0xFDEF and ord(text) & 0xFFFE != 0xFFFE


def white_space(text: str, codes: np.ndarray | None = None) -> np.ndarray:
    """Which characters of the text are white space (str.isspace), as a boolean array."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32) if codes is None else codes
    white = ASCII_WHITE[np.minimum(codes, 127)]
    for code in set(codes[codes > 127].tolist()):
        white[codes == code] = chr(code).isspace()
    return white


SMALL_MARK = 0.6  # punctuation lower than this share of its line's height (a comma, a point) joins a line it touches


INNER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")  # a hyphen between letters ("Zari-Zardozi"; not "Covid-19")


def words_from_chars(texts: Sequence[str], boxes, walls: Sequence[Rule] = ()) -> list[Word]:
    """Join characters in reading order (each text with its box: x0, top, x1, bottom) into words.

    A word ends at white space, at a gap wider than a quarter of the font size, where the text
    moves to another line, at a capital after a small letter not set right against it (two cells'
    texts), or at a vertical rule among `walls` (`_apart_at_walls`); both layers
    call this so they split words identically. Most runs
    of characters between spaces are plain ASCII of one height on one line: those are split and
    measured by array operations; any other run (accents, ligatures, mixed sizes, a line break
    inside) is read a character at a time by `_joined_chars`, which states the rules.
    """
    boxes = np.asarray(boxes, dtype=float).reshape(-1, 4)
    if walls and len(boxes) > 1:
        texts, boxes = _apart_at_walls(texts, boxes, walls)
    text = texts if isinstance(texts, str) else "".join(texts)
    if len(text) != len(boxes):  # some character is several letters (a ligature), or none
        return _joined_chars(list(texts), boxes.tolist())
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    white = white_space(text, codes)
    inside = np.flatnonzero(~white)  # the characters of runs between white space, in order
    if not len(inside):
        return []
    x0, top, x1, bottom = boxes[inside].T
    run_start = np.ones(len(inside), dtype=bool)
    run_start[1:] = np.diff(inside) > 1
    runs = np.flatnonzero(run_start)
    # Each pair of neighbours judged by the rules, taking the word so far to be the left
    # character's height: true wherever the word so far is one height, as in a run of plain
    # characters where every change of height starts a word.
    t0, b0, t1, b1 = top[:-1], bottom[:-1], top[1:], bottom[1:]
    size = np.maximum(np.maximum(b0 - t0, b1 - t1), 1.0)
    mark = ASCII_MARK[np.minimum(codes[inside[1:]], 127)] & (b1 - t1 < SMALL_MARK * (b0 - t0))
    same_line = np.where(mark, (t1 < b0) & (b1 > t0), np.abs(t1 + b1 - t0 - b0) < size)
    # two cells' texts printed against each other ("SareesFood"): a capital after a small letter,
    # not advance to advance as one word's letters are set
    small, capital = codes[inside] - ord("a") < 26, codes[inside] - ord("A") < 26  # unsigned: below "a" wraps round
    joined_texts = small[:-1] & capital[1:] & (np.abs(x0[1:] - x1[:-1]) > size * 0.05)
    cut = ~same_line | (x0[1:] - x1[:-1] > size * WORD_GAP) | (x0[1:] < x0[:-1] - size * 0.5) | joined_texts
    plain = (codes[inside] > 32) & (codes[inside] < 127) & (top < bottom)
    grown = ~plain  # a character that may join a word of another height, or map to other letters
    grown[1:] |= ~run_start[1:] & ((t1 != t0) | (b1 != b0)) & ~cut
    regular = ~np.logical_or.reduceat(grown, runs)
    run_of = np.cumsum(run_start) - 1
    word_start = run_start.copy()
    word_start[1:] |= cut & regular[run_of[1:]]
    starts = np.flatnonzero(word_start)
    ends = np.append(starts[1:], len(inside)) - 1
    firsts, ends = inside[starts].tolist(), (inside[ends] + 1).tolist()
    feet = np.maximum.reduceat(np.where(ON_LINE[np.minimum(codes[inside], 127)], bottom, -np.inf), starts)
    feet[feet == -np.inf] = np.nan
    words = list(map(Word, [text[a:b] for a, b in zip(firsts, ends)], np.minimum.reduceat(x0, starts).tolist(),
                     np.maximum.reduceat(x1, starts).tolist(), np.minimum.reduceat(top, starts).tolist(),
                     np.maximum.reduceat(bottom, starts).tolist(), repeat(1.0), repeat(False), feet.tolist()))
    for hyphen in INNER_HYPHEN.finditer(text):  # (few: sought in the page's text, not word by word)
        k = bisect.bisect_right(firsts, at := hyphen.start()) - 1
        if firsts[k] < at < ends[k] - 1 and math.isnan(words[k].head):  # inside the word, its first
            words[k].head = float(boxes[at, 2])
    irregular = np.flatnonzero(~regular[run_of[starts]]).tolist()  # one word start per irregular run
    if irregular:  # read a character at a time
        out, done = [], 0
        for k in irregular:
            out += words[done:k] + _joined_chars(text[firsts[k] : ends[k]], boxes[firsts[k] : ends[k]].tolist())
            done = k + 1
        words = out + words[done:]
    return _feet_told(_rest_rejoined(words))


def _feet_told(words: list[Word]) -> list[Word]:
    """A word of no letter standing on the line ("•", "&") gets the foot a line of its font sets
    it on: one sign, at one height, stands as far above its line's foot wherever it is printed, as
    the page shows where it stands beside a word whose foot is known (a bullet alone on its
    line, its item's first word too wide to follow it, drawn in another font than the item's:
    Writer's bullets are OpenSymbol's, whose box is not the text's). A word of letters that all
    reach below the line ("y", the rest of "Tertiar" / "y" broken in a narrow cell) stands as far
    above its foot as the words of its height that hold such a letter and one on the line
    ("Primary"): a font's letters reach one depth below its line."""
    unknown = [k for k, w in enumerate(words) if math.isnan(w.foot)]
    if not unknown:
        return words

    def key(w: Word) -> tuple[str, float]:
        return w.text, round(w.bottom - w.top, 1)
    seen: dict[tuple[str, float], list[float]] = {}
    for k in unknown:
        w = words[k]
        beside = [v for v in words[max(0, k - 1) : k + 2] if not math.isnan(v.foot) and abs(v.yc - w.yc) < 0.5 * w.size]
        if beside:
            seen.setdefault(key(w), []).append(beside[0].foot - w.bottom)
    descending: list[tuple[float, float]] | None = None  # (box height, foot less bottom) of words holding a letter below the line
    for k in unknown:
        w = words[k]
        if (above := seen.get(key(w))) is not None:
            w.foot = w.bottom + statistics.median_low(above)
        elif w.text.isalpha():
            if descending is None:
                descending = [(v.bottom - v.top, v.foot - v.bottom) for v in words
                              if not math.isnan(v.foot) and any(c.isalpha() and c not in STANDS_ON_LINE for c in v.text)]
            if depths := [depth for height, depth in descending if abs(height - (w.bottom - w.top)) < 0.05]:
                w.foot = w.bottom + statistics.median_low(depths)
    return words


def _rest_rejoined(words: list[Word]) -> list[Word]:
    """A word whose first letters the text page reads out of its order ("N" of "North", which a
    browser drew on its own, put with the line beside it on a turned page) is one word again:
    a word in lower case that starts on the same line box right where another ends (no space,
    no gap: advance to advance) is that word's rest. Not the word read right after it: only white
    space the page draws parts those (a space squeezed to nothing, "Phones and" in a narrow cell)."""
    if len(words) < 2:
        return words
    x0, x1, top, bottom = np.array([(w.x0, w.x1, w.top, w.bottom) for w in words]).T
    order = np.lexsort((x0, top))
    a, b = order[:-1], order[1:]
    height = bottom[a] - top[a]
    touching = (np.abs(top[b] - top[a]) < 0.01) & (np.abs(bottom[b] - bottom[a]) < 0.01) & (np.abs(x0[b] - x1[a]) <= 0.02 * height)
    pairs = [(i, j) for i, j in zip(a[touching].tolist(), b[touching].tolist())
             if j != i + 1 and words[j].text[:1].islower() and words[i].text[-1:].isalpha()]
    if not pairs:
        return words
    gone = set()
    for i, j in reversed(pairs):  # right to left: a word takes its rest already joined
        w, rest = words[i], words[j]
        words[i] = Word(w.text + rest.text, w.x0, rest.x1, w.top, w.bottom, min(w.confidence, rest.confidence), w.cut or rest.cut,
                        float(np.fmax(w.foot, rest.foot)), rest.wrapped)
        gone.add(j)
    return [w for k, w in enumerate(words) if k not in gone]


def _apart_at_walls(texts: Sequence[str], boxes: np.ndarray, walls: Sequence[Rule]) -> tuple[Sequence[str], np.ndarray]:
    """A space between two characters of a line where the second starts past a vertical rule that
    the first stands before: a cell's text starts after its rule, so there one cell's text ran
    into the next (a browser lets a word too wide for its cell run past the edge, up to the next
    cell's text). The overflowing word's own characters follow each other advance to advance, and
    its first started before the rule: they stay together."""
    x0, top, x1, bottom = boxes.T
    height, gap = bottom[1:] - top[1:], x0[1:] - x1[:-1]
    # pairs that would join one word, apart by more than touching advance to advance (a kerned
    # pair, "ft", overlaps), with a rule's x between them
    near = np.flatnonzero((gap < WORD_GAP * height) & (gap > 0.05 * height) & (top[:-1] < bottom[:-1]))
    a, b = (x0[near] + x1[near]) / 2, x0[near + 1] + 0.5
    xs = np.array(sorted({w.x0 for w in walls}))
    crossing = (a < b) & (np.searchsorted(xs, a) != np.searchsorted(xs, b))
    cuts = []
    for i, left, right in zip(near[crossing].tolist(), a[crossing].tolist(), b[crossing].tolist()):
        yc = (top[i] + bottom[i]) / 2
        if abs(top[i + 1] + bottom[i + 1] - 2 * yc) < height[i] and any(left < w.x0 < right and w.top <= yc <= w.bottom for w in walls):
            cuts.append(i + 1)
    if not cuts:
        return texts, boxes
    parts = list(texts)
    for i in reversed(cuts):
        parts.insert(i, " ")
    spaced = np.insert(boxes, cuts, 0.0, axis=0)  # a space has no box
    return ("".join(parts) if isinstance(texts, str) else parts), spaced


def _joined_chars(texts: Sequence[str], boxes: list[list[float]]) -> list[Word]:
    """`words_from_chars`, a character at a time: every rule, for any characters."""
    words: list[Word] = []
    parts: list[str] = []  # the texts of the word being gathered
    line_top = line_bottom = 0.0  # its letters' extent, which places the next character on its line
    x0_ = x1_ = top_ = bottom_ = last_x0 = last_x1 = 0.0  # its box, and its last character's
    feet: list[float] = []  # where its letters that stand on the line end below (`Word.foot`)
    ends: list[float] = []  # where each of its characters ends (`Word.head`)

    def word() -> Word:
        text = "".join(parts)
        hyphen = INNER_HYPHEN.search(text) if "-" in text else None
        return Word(text, x0_, x1_, top_, bottom_, foot=max(feet, default=float("nan")), head=ends[hyphen.start()] if hyphen else float("nan"))
    for text, (x0, top, x1, bottom) in zip(texts, boxes):
        if not (text.isascii() and text.isprintable()):  # else nothing to map or drop
            text = "".join(c for c in "".join(PRINTED_AS.get(c, c) for c in text) if c.isspace() or printable(c))
        if not text:
            continue
        if text.isspace():
            if parts:
                words.append(word())
                parts = []
            continue
        # Measured on the word so far: where a font gives no ascent, a character's box is its ink,
        # and a comma's sits below the letters' centre; punctuation on the line joins its word.
        # Not a bracket, as tall as a line's letters: it stands on its own line by its centre
        # ("(" of the next line's "(1)" reaches up into "Nellore", printed just before it)
        first = text[0]
        mark = first in ASCII_MARKS if first.isascii() else unicodedata.category(first)[0] == "P"
        if parts:
            size = max(line_bottom - line_top, bottom - top, 1.0)
            if mark and bottom - top < SMALL_MARK * (line_bottom - line_top):
                same_line = top < line_bottom and bottom > line_top
            else:  # centres closer than half the size (both sides doubled)
                same_line = abs(top + bottom - line_top - line_bottom) < size
            joined_texts = parts[-1][-1:].islower() and first.isupper() and abs(x0 - last_x1) > size * 0.05
            if not same_line or x0 - last_x1 > size * WORD_GAP or x0 < last_x0 - size * 0.5 or joined_texts:
                words.append(word())
                parts = []
        if not parts:
            parts, feet, ends = [text], [], []
            line_top, line_bottom = top, bottom
            x0_, x1_, top_, bottom_ = x0, x1, top, bottom
        else:
            parts.append(text)
            if not mark:
                line_top, line_bottom = min(line_top, top), max(line_bottom, bottom)
            x0_, x1_, top_, bottom_ = min(x0_, x0), max(x1_, x1), min(top_, top), max(bottom_, bottom)
        if text in STANDS_ON_LINE:
            feet.append(bottom)
        ends += [x1] * len(text)  # (a ligature's letters end where it does)
        if unicodedata.category(text[-1]) != "Mn":  # a mark drawn on its letter ("्" of "क्र"): the next follows the letter
            last_x0, last_x1 = x0, x1
    if parts:
        words.append(word())
    return words


def _add_shapes(page: PageContent, x0, top, x1, bottom, stroked: Callable[[int], bool]) -> None:
    """File shapes (arrays of their boxes as displayed) as ruling lines: a thin shape is a line,
    and a larger stroked box (a cell drawn whole) gives its four edges. `stroked(i)` says whether
    shape i is drawn by its outline; it is asked only of boxes."""
    w, h = x1 - x0, bottom - top
    across = (h <= RULE_MAX_THICKNESS) & (w >= MIN_RULE_LENGTH)
    down = ~across & (w <= RULE_MAX_THICKNESS) & (h >= MIN_RULE_LENGTH)
    y, x = ((top + bottom) / 2)[across].tolist(), ((x0 + x1) / 2)[down].tolist()
    page.hrules += map(Rule, x0[across].tolist(), y, x1[across].tolist(), y)
    page.vrules += map(Rule, x, top[down].tolist(), x, bottom[down].tolist())
    boxes = ~across & ~down & (w >= MIN_RULE_LENGTH) & (h >= MIN_RULE_LENGTH)
    for i in np.flatnonzero(boxes).tolist():
        if stroked(i):
            left, upper, right, lower = x0[i].item(), top[i].item(), x1[i].item(), bottom[i].item()
            page.hrules += [Rule(left, upper, right, upper), Rule(left, lower, right, lower)]
            page.vrules += [Rule(left, upper, left, lower), Rule(right, upper, right, lower)]


# --- pypdfium2 --------------------------------------------------------------------------------


def pdfium_pages(path: Path, numbers: list[int] | None = None) -> Iterator[PageContent]:
    """Yield the content of each page (1-based `numbers`, default all), one page in memory at a time."""
    pdf = open_pdfium(path)
    try:
        for number in numbers or range(1, len(pdf) + 1):
            page = pdf[number - 1]
            width, height = page.get_size()  # as displayed, after /Rotate
            content = PageContent(number, width, height)
            shown = displayed(page.get_rotation(), page.get_mediabox())
            textpage = page.get_textpage()
            clipped, clips = _pdfium_shapes(page, content, shown)
            content.words = _pdfium_words(page, textpage, shown, content.vrules, clipped, clips)
            textpage.close()
            page.close()
            yield content
    finally:
        pdf.close()


def _pdfium_words(page, textpage, shown, walls: list[Rule], clipped: dict[int, tuple[float, ...]],
                  clips: set[tuple[float, ...]]) -> list[Word]:
    """The page's words, from its characters' boxes read in one pass (white space needs none),
    less the glyphs a clip hides (`clipped`: text object -> its clip's box, as `_clip_boxes`);
    a word a clip cuts (`clips`: the boxes of the page's text's clips) is marked so."""
    calls = _pdfium_calls()
    count = textpage.count_chars()
    if not count:
        return []
    handle, page_handle = _address(textpage.raw), _address(page.raw)
    text = textpage.get_text_range(0, count)[:count]
    rects = np.zeros((len(text), 4), dtype=np.float32)  # FS_RECTF: left, top, right, bottom
    boxed = np.flatnonzero(~white_space(text)).tolist()
    addresses = (rects.ctypes.data + 16 * np.array(boxed, dtype=np.int64)).tolist()
    deque(map(calls.loose_char_box, repeat(handle, len(boxed)), boxed, addresses), 0)
    left, top, right, bottom = rects.astype(float).T
    boxes = np.column_stack(shown(left, bottom, right, top))
    # pdfium's own line breaks can fall inside a word: they are not there.
    keep = np.ones(len(text), dtype=bool)
    breaks = [m.start() for m in re.finditer("[\r\n]", text) if calls.is_generated(handle, m.start()) == 1]
    keep[breaks] = False
    wraps = [boxes[k - 1] for k in _text_ending_spaces(text, boxes, breaks, handle, shown)]
    hidden = []  # boxes of glyphs a clip hides along their line, wholly or in part (past a twentieth of the ink and 0.2 pt)
    turned = page.get_rotation() % 180 == 90  # lines run up or down the page's own space
    if clipped:  # a glyph is shown while a tenth of its ink is (a line cut by a page's edge is read)
        ink = (ctypes.c_double * 4)()  # left, right, bottom, top
        origin = (ctypes.c_double * 2)()  # x, y
        across_shown: dict[tuple, bool] = {}  # per line of a clip (its clip, its baseline): whether any glyph shows
        glyphs = []  # (glyph, shown along its line, shown across it, its line)
        for k in boxed:
            clip = clipped.get(calls.text_object(handle, k))
            if clip and calls.char_box(handle, k, *(ctypes.addressof(ink) + 8 * n for n in range(4))):
                x0, x1, y0, y1 = ink
                # (a line is its glyphs' baseline: a descender's box stands lower, "g" of "Bengal")
                calls.char_origin(handle, k, ctypes.addressof(origin), ctypes.addressof(origin) + 8)
                base = origin[0] if turned else origin[1]
                along = min(y1, clip[3]) - max(y0, clip[1]) if turned else min(x1, clip[2]) - max(x0, clip[0])
                extent = y1 - y0 if turned else x1 - x0
                # across its line a glyph is read by its body, the side of the baseline that holds
                # most of its ink: a descender's tail alone tells nothing ("y" of "Madhya" under a
                # header, the rest of its line clipped above)
                low, high, clip_low, clip_high = (x0, x1, clip[0], clip[2]) if turned else (y0, y1, clip[1], clip[3])
                low, high = (base, high) if high - base >= base - low else (low, base)
                across, height = min(high, clip_high) - max(low, clip_low), high - low
                line = (clip, round(base, 1))
                glyphs.append((k, along > extent / 10, across > height / 10, line))
                across_shown[line] = across_shown.get(line, False) or across > height / 10
                # hidden along its line (across it, a merged cell's text is clipped at a page break)
                if along < 0.95 * extent - 0.2:
                    hidden.append(boxes[k])
        # across its line a clip cuts the line, not its glyphs: where a merged cell's text is cut at
        # a page's foot, the tops of its tall letters show and a hyphen's ink, lower, does not, but
        # the line printed is the whole line ("Janjgir-Champa", not "Janjgir Champa")
        for k, along, across, line in glyphs:
            keep[k] = along and (across or across_shown[line])
    if keep.all():
        index = np.arange(len(text))
    else:
        text = "".join(compress(text, keep))
        boxes = boxes[keep]
        index = np.flatnonzero(keep)
    drawn: dict[int, int] = {}  # text object -> its position in the page's content, when needed

    def generated(k: int) -> bool:  # character k is a space pdfium made, none the page draws
        return calls.is_generated(handle, int(index[k])) == 1

    def drawn_at(k: int) -> int:
        if not drawn:
            count = calls.count_objects(page_handle)
            drawn.update((calls.get_object(page_handle, n), n) for n in range(count))
        return drawn.get(calls.text_object(handle, int(index[k])), -1)

    def left_out() -> list[tuple[str, tuple[float, float, float, float], int]]:
        """The glyphs the text page leaves out, with their boxes as shown and where each is drawn:
        pdfium drops a glyph drawn over the same glyph (it reads such as a fake bold), so a text
        object no character comes from, of the width of a character's object it overlaps, is
        that character again; and a hole between two characters of one object, with no space
        between them, holds again the glyphs of another object drawn in it ("S" / "angarh" of
        "Sarangarh", over "ar" of "Chhattisgarh" run past its cell), as does an object's ink
        before its first character or after its last ("R" / "tnagiri")."""
        drawn_at(0)
        objects = list(map(calls.text_object, repeat(handle, len(index)), index.tolist()))
        kept = set(objects)

        def bounds(obj: int) -> tuple[float, float, float, float] | None:  # as shown: x0, top, x1, bottom
            box = _object_bounds(obj)
            return tuple(float(v) for v in shown(*map(np.float64, box))) if box else None

        import pypdfium2.raw as raw

        out = []
        for obj, position in drawn.items():
            if obj in kept or calls.object_type(obj) != raw.FPDF_PAGEOBJ_TEXT or not (box := bounds(obj)) or box[2] - box[0] < 0.5:
                continue  # a character's, not text, or a space
            middle, width = (box[1] + box[3]) / 2, box[2] - box[0]
            for k in np.flatnonzero((boxes[:, 0] < box[2]) & (boxes[:, 2] > box[0]) & (boxes[:, 1] < middle) & (boxes[:, 3] > middle)).tolist():
                twin = bounds(objects[k])
                if twin and abs((twin[2] - twin[0]) - width) < 0.05 and not text[k].isspace():
                    out.append((text[k], box, position))
                    break
        x0, top, x1, bottom = boxes.T
        height = bottom - top

        def drawn_in(lo: float, hi: float, k: int) -> list[tuple[str, tuple, int]]:
            """The glyphs of other objects than glyph k's standing between lo and hi on its line,
            as k's object's own, drawn where it is."""
            inside = (x0 >= lo - 0.1 * height[k]) & (x1 <= hi + 0.1 * height[k]) & (np.abs(top - top[k]) < 0.5 * height[k])
            return [(text[j], tuple(boxes[j].tolist()), drawn_at(k)) for j in np.flatnonzero(inside).tolist()
                    if objects[j] != objects[k] and not text[j].isspace()]

        glyphs = np.flatnonzero(~white_space(text))
        for k, m in zip(glyphs[:-1].tolist(), glyphs[1:].tolist()):  # a space pdfium made may stand in the hole
            if (objects[k] != objects[m] or x0[m] - x1[k] <= 0.3 * height[k] or abs(top[m] - top[k]) >= 0.5 * height[k]
                    or not all(map(generated, range(k + 1, m)))):
                continue
            out += drawn_in(x1[k], x0[m], k)
        # the ink of an object past its first or last glyph read: its glyphs drawn over the same
        # glyphs of another object there ("a" of "Ratnagiri" over the "a" of "Maharashtra")
        ends: dict[int, list[int]] = {}
        for k in glyphs.tolist():
            ends.setdefault(objects[k], [k, k])[1] = k
        for obj, (k, m) in ends.items():
            if not (box := bounds(obj)):
                continue
            for lo, hi in ((box[0], x0[k]), (x1[m], box[2])):
                if hi - lo > 0.3 * height[k]:
                    out += drawn_in(lo, hi, k)
        return out

    text, boxes = _runs_apart(text, boxes, drawn_at, left_out, generated)
    words = words_from_chars(text, boxes, walls)
    if wraps and words:
        # the word that ends where the glyph does, and spans its line: a glyph's box may be shorter
        # than its word's (on a turned page, "i" of "Kondapalli" ends above the foot of its "p")
        ends: dict[float, list[float]] = {}
        for _, top, x1, bottom in np.asarray(wraps).tolist():
            ends.setdefault(round(x1, 2), []).append((top + bottom) / 2)
        for w in words:
            w.wrapped = any(w.top <= middle <= w.bottom for middle in ends.get(round(w.x1, 2), ()))
    if clips and words:
        left, right, upper, lower = np.array([(w.x0, w.x1, w.top, w.bottom) for w in words]).T
        for x0, top, x1, bottom in hidden:  # each hidden glyph cuts the word it stands in, or ends, on its line
            near = (left - 0.5 <= x0) & (x0 <= right + WORD_GAP * (bottom - top)) & (upper < bottom) & (top < lower)
            for k in np.flatnonzero(near).tolist():
                words[k].cut = True
        # a browser draws no glyph that starts past a clip's edge (a word run past the area a page
        # shows): a word whose last glyph's advance ends at the edge may go on past it
        for x0, top, x1, bottom in {shown(*map(np.float64, box)) for box in clips}:
            ends = (left < x1) & (right >= x1 - 0.3) & (upper < bottom) & (top < lower)
            for k in np.flatnonzero(ends).tolist():
                words[k].cut = True
    return words


def _runs_apart(text: str, boxes: np.ndarray, drawn_at: Callable[[int], int],
                left_out: Callable[[], list[tuple[str, tuple, int]]] = list,
                generated: Callable[[int], bool] = lambda k: False) -> tuple[str, np.ndarray]:
    """Where one cell's text runs into the next (a browser lets a word too wide for its cell run
    past the edge), pdfium orders the characters of both by position, interleaving them
    ("ThiruvananthapurEalmectronics"). Characters drawn one after the other do not overlap by
    more than kerning, so an overlap of a fifth of their height marks such a place, as does a
    narrow sign both its neighbours overlap by a tenth (a list's bullet a word ran over): there
    each word's characters are put back in the order they were drawn (`drawn_at(i)`: the position of
    character i's text object in the page's content), with a space where a character of another
    object overlaps the one drawn before it (the letters of a ligature overlap in one object).
    pdfium also leaves out a glyph drawn over the same glyph ("a" of "Mangalagiri" over "a" of
    "Siddharthnagar"), as it reads a fake bold: such a place takes back the text objects drawn
    among its own, or next to them with only such objects between, that the text page left out
    (`left_out()`: their text, box and position).
    It does so too for a glyph drawn partly over the same glyph ("a" of "Jaggery", 2.6 pt right
    of the last "a" of "Chikkaballapura"), and puts a space of its own (`generated(i)`) in the
    hole: the place goes on over such a space to the glyphs drawn next but one. Within a place,
    words part where one's glyph is drawn over another's, or at a word's gap.
    Returns the text and boxes, unchanged where no run overlaps another."""
    x0, top, x1, bottom = boxes.T
    height = bottom - top

    def overlaps(a, b, share=0.2):  # character b drawn over a, on the same line (indices, or arrays of them for all pairs)
        return (x0[b] < x1[a] - share * height[b]) & (np.abs(top[b] - top[a]) < 0.5 * height[b]) & (height[a] > 0) & (height[b] > 0)

    glyphs = np.flatnonzero(height > 0)  # a space pdfium made between two runs has no box
    # or a narrow sign that overlaps both characters beside it by less: another text's, printed in
    # a word that ran over it ("Muzaffarpu•r", over a list's bullet in the next cell's padding)
    over = overlaps(glyphs[:-1], glyphs[1:], 0.1)
    pairs = np.flatnonzero(overlaps(glyphs[:-1], glyphs[1:]) | over & np.append(over[1:], False)).tolist()
    # (not a mark drawn on its letter, as a script's marks are: "्" of "क्र" inside its "क")
    tangled = glyphs[[k for k in pairs if not any(unicodedata.category(text[g]) == "Mn" for g in glyphs[k : k + 3].tolist())]]
    if not len(tangled):
        return text, boxes
    count, chars, position = len(text), list(text), {}
    extra = left_out()
    if extra:  # each taken back after the page's characters, placed among them below
        chars += [glyph for glyph, _, _ in extra]
        boxes = np.vstack([boxes, np.array([box for _, box, _ in extra])])
        position = {count + n: at for n, (_, _, at) in enumerate(extra)}
        x0, top, x1, bottom = boxes.T
        height = bottom - top

    def drawn_order(k: int) -> int:
        return position[k] if k >= count else drawn_at(k)

    lost = set(position.values())

    def chained(at: int, first: int, last: int) -> bool:  # drawn next to first..last through left-out glyphs alone
        return all(p in lost for p in (range(last + 1, at) if at > last else range(at + 1, first)))

    def apart(a: int, b: int) -> bool:  # two words: another text's glyph drawn over one, or a word's gap
        return drawn_order(a) != drawn_order(b) and bool(overlaps(a, b)) or x0[b] - x1[a] > WORD_GAP * max(height[a], height[b])

    def joined(a: int, b: int) -> bool:  # characters of one word: no space between, on one line (pdfium's own line breaks are gone)
        return not (text[a].isspace() or text[b].isspace()
                    or height[a] > 0 and height[b] > 0 and abs(top[b] - top[a]) >= 0.5 * max(height[a], height[b]))

    taken: set[int] = set()
    moved: set[int] = set()  # characters put back into a place before them
    order: list[int] = []  # character indices, -1 for an added space
    done = 0
    for i in tangled.tolist():
        if i < done or i in moved:
            continue
        start, end = i, i + 1
        while start > 0 and joined(start - 1, start):
            start -= 1
        while end < len(text) and joined(end - 1, end):
            end += 1
        while True:  # pdfium may put a space among the interleaved characters: the place goes on
            k = end  # while the next word on the line starts within it, or right against its end,
            while k < len(text) and text[k].isspace():  # or goes on with the text before a space it made
                k += 1
            if (k == len(text) or height[k] <= 0 or abs(top[k] - top[i]) >= 0.5 * height[k]
                    or x0[k] > x1[start:end].max() + 0.05 * height[k]
                    and not (all(map(generated, range(end, k))) and 0 < drawn_at(k) - max(map(drawn_at, range(start, end))) <= 2)):
                break
            end = k + 1
            while end < len(text) and joined(end - 1, end):
                end += 1
        members = [k for k in range(start, end) if not text[k].isspace() and k not in moved]
        first, last = min(map(drawn_at, members)), max(map(drawn_at, members))
        left, right = x0[start:end].min(), x1[start:end].max()
        # (or drawn right before or after them, with only glyphs left out between: the rest of
        # "Dry", drawn after its "D" over the "ry" of "Secondary" run past its cell)
        back = [k for k in position if k not in taken and (first <= position[k] <= last or chained(position[k], first, last))
                and abs(top[k] - top[i]) < 0.5 * height[i] and left <= x0[k] < right]
        taken.update(back)
        # a glyph pdfium put further on the line, drawn among the place's objects and standing in
        # it: the end of a word run past its cell, drawn apart ("t" of "Handicraft", drawn after
        # "Handicraf" and before "Himachal" run over it)
        line_end = end
        while line_end < count and (height[line_end] <= 0 or abs(top[line_end] - top[i]) < 0.5 * height[line_end]):
            line_end += 1
        strays = [k for k in range(end, line_end) if height[k] > 0 and k not in moved and first < drawn_at(k) < last
                  and left <= x0[k] < right]
        moved.update(strays)
        drawn = sorted(members + back + strays, key=lambda k: (drawn_order(k), x0[k]))  # one object's glyphs left to right
        order += [k for k in range(done, start) if k not in moved]
        order += [drawn[0]] + [k for a, b in zip(drawn, drawn[1:]) for k in ([-1, b] if apart(a, b) else [b])]
        done = end
    order += [k for k in range(done, count) if k not in moved]
    spaced = np.vstack([boxes, np.zeros((1, 4))])  # the added space has no box (index -1)
    return "".join(chars[i] if i >= 0 else " " for i in order), spaced[order]


def _pdfium_shapes(page, content: PageContent, shown) -> tuple[dict[int, tuple[float, ...]], set[tuple[float, ...]]]:
    """The page's ruling lines, from its paths' bounds read in one pass, and whether it has images;
    returns the text objects a clip cuts, and the boxes of the text's clips (`_clip_boxes`)."""
    import pypdfium2.raw as raw

    calls = _pdfium_calls()
    handle = _address(page.raw)
    count = raw.FPDFPage_CountObjects(page.raw)
    objects = list(map(calls.get_object, repeat(handle, count), range(count)))
    kinds = list(map(calls.object_type, objects))
    content.has_images = raw.FPDF_PAGEOBJ_IMAGE in kinds
    paths = [obj for obj, kind in zip(objects, kinds) if kind == raw.FPDF_PAGEOBJ_PATH]
    bounds = np.zeros((len(paths), 4), dtype=np.float32)  # left, bottom, right, top
    start = bounds.ctypes.data
    deque(map(calls.bounds, paths, *(range(start + 4 * k, start + 16 * len(paths), 16) for k in range(4))), 0)
    # a path its clip hides whole is not drawn (Chromium draws a table's borders cut by a page break
    # again overleaf, clipped away in the top margin: they would box the running header as a table)
    boxes = [_clip_box(clip) if clip else None for clip in map(calls.clip_path, paths)]
    if any(boxes):
        shown_whole = [box is None or _overlaps(box, drawn) for box, drawn in zip(boxes, bounds.tolist())]
        paths, bounds = list(compress(paths, shown_whole)), bounds[shown_whole]
    left, bottom, right, top = bounds.astype(float).T
    fill, stroke = ctypes.c_int(), ctypes.c_int()

    def stroked(i: int) -> bool:
        calls.draw_mode(paths[i], ctypes.addressof(fill), ctypes.addressof(stroke))
        return bool(stroke.value)

    _add_shapes(content, *shown(left, bottom, right, top), stroked)
    return _clip_boxes([obj for obj, kind in zip(objects, kinds) if kind == raw.FPDF_PAGEOBJ_TEXT])


def _clip_boxes(texts: list[int]) -> tuple[dict[int, tuple[float, ...]], set[tuple[float, ...]]]:
    """Text objects a clip cuts, each with its clip's box (left, bottom, right, top, in the page's
    own space), and the boxes of all the text objects' clips. A spreadsheet prints a cell's text
    clipped to the cell: a merged cell split by a page break is drawn whole on both pages, each
    clipped to its part, so the glyphs outside the clip are not on the page at all."""
    calls = _pdfium_calls()
    out, boxes = {}, set()
    for obj, clip in zip(texts, map(calls.clip_path, texts)):
        box = _clip_box(clip) if clip else None
        if box is None:
            continue
        boxes.add(box)
        drawn = _object_bounds(obj)
        if drawn and (drawn[0] < box[0] or drawn[1] < box[1] or drawn[2] > box[2] or drawn[3] > box[3]):
            out[obj] = box
    return out, boxes


def _clip_box(clip: int) -> tuple[float, float, float, float] | None:
    """The box a clip path lets show (left, bottom, right, top, in the page's own space): where all
    its paths' boxes meet; None for a clip of no paths."""
    calls = _pdfium_calls()
    paths = calls.count_clip_paths(clip)
    if paths <= 0:
        return None
    box = [-np.inf, -np.inf, np.inf, np.inf]
    x, y = ctypes.c_float(), ctypes.c_float()
    for path in range(paths):
        points = []
        for n in range(calls.count_clip_segments(clip, path)):
            calls.segment_point(calls.clip_segment(clip, path, n), ctypes.addressof(x), ctypes.addressof(y))
            points.append((x.value, y.value))
        if points:
            (x0, y0), (x1, y1) = np.min(points, axis=0), np.max(points, axis=0)
            box = [max(box[0], x0), max(box[1], y0), min(box[2], x1), min(box[3], y1)]
    return tuple(map(float, box))


def _overlaps(clip: Sequence[float], drawn: Sequence[float]) -> bool:
    """Whether a drawn box (left, bottom, right, top) shows inside a clip's: some of its area, or
    some of its length where it is a line of no width."""
    return all(min(clip[k + 2], drawn[k + 2]) > max(clip[k], drawn[k]) or clip[k] <= drawn[k] == drawn[k + 2] <= clip[k + 2]
               for k in (0, 1))


def _object_bounds(obj: int) -> tuple[float, float, float, float] | None:
    """A page object's box in the page's own space (left, bottom, right, top), or None."""
    box = (ctypes.c_float * 4)()
    if not _pdfium_calls().bounds(obj, *(ctypes.addressof(box) + 4 * k for k in range(4))):
        return None
    return box[0], box[1], box[2], box[3]


def _text_ending_spaces(text: str, boxes: np.ndarray, breaks: list[int], handle: int, shown) -> list[int]:
    """Where the page ends a line's text with a space of its own (LibreOffice draws the space it
    wrapped a line at): a space drawn, not one pdfium made up, before pdfium's line break or the
    page's end, or before a glyph on a line below (pdfium may run two lines of a turned page
    together: "Stone " / "Carving"), or before a glyph on its line well past where it ends (the
    next cell's text: "Dhokra Metal " + "Textiles"; a word's space ends where the next word
    starts, to its kerning). `boxes`: each character's, as shown (left, top, right, bottom);
    `breaks`: pdfium's line breaks."""
    calls = _pdfium_calls()
    at_breaks = [k - 1 for k in [*breaks, len(text)] if k >= 2 and (k == len(text) or text[k] == "\r")]
    inner = np.array([m.start() for m in re.finditer(r"(?<=\S) (?=\S)", text)], dtype=np.int64)
    before, after = boxes[inner - 1], boxes[inner + 1]
    below = after[:, 1] > before[:, 3]
    far = ~below & (after[:, 0] - before[:, 2] > 0.5 * (before[:, 3] - before[:, 1]))  # past a space's width
    ends = [k for k in [*at_breaks, *inner[below].tolist()] if text[k] == " " and not text[k - 1].isspace() and calls.is_generated(handle, k) == 0]
    rect = (ctypes.c_float * 4)()  # FS_RECTF: left, top, right, bottom
    for k, x, height in zip(inner[far].tolist(), after[far, 0].tolist(), (before[far, 3] - before[far, 1]).tolist()):
        if (calls.is_generated(handle, k) == 0 and calls.loose_char_box(handle, k, ctypes.addressof(rect))
                and x - shown(rect[0], rect[3], rect[2], rect[1])[2] > 0.1 * height + 0.5):
            ends.append(k)
    return ends


@functools.cache
def _pdfium_calls() -> SimpleNamespace:
    """pdfium's functions called once a character or page object, declared over plain addresses
    (ints): ctypes then converts no pointer objects, which halves the cost of each call."""
    import pypdfium2.raw as raw

    def retyped(function, restype, *argtypes):
        return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value)

    address, number = ctypes.c_void_p, ctypes.c_int
    return SimpleNamespace(
        loose_char_box=retyped(raw.FPDFText_GetLooseCharBox, number, address, number, address),
        is_generated=retyped(raw.FPDFText_IsGenerated, number, address, number),
        char_box=retyped(raw.FPDFText_GetCharBox, number, address, number, address, address, address, address),
        char_origin=retyped(raw.FPDFText_GetCharOrigin, number, address, number, address, address),
        text_object=retyped(raw.FPDFText_GetTextObject, address, address, number),
        get_object=retyped(raw.FPDFPage_GetObject, address, address, number),
        count_objects=retyped(raw.FPDFPage_CountObjects, number, address),
        object_type=retyped(raw.FPDFPageObj_GetType, number, address),
        bounds=retyped(raw.FPDFPageObj_GetBounds, number, *[address] * 5),
        draw_mode=retyped(raw.FPDFPath_GetDrawMode, number, address, address, address),
        clip_path=retyped(raw.FPDFPageObj_GetClipPath, address, address),
        count_clip_paths=retyped(raw.FPDFClipPath_CountPaths, number, address),
        count_clip_segments=retyped(raw.FPDFClipPath_CountPathSegments, number, address, number),
        clip_segment=retyped(raw.FPDFClipPath_GetPathSegment, address, address, number, number),
        segment_point=retyped(raw.FPDFPathSegment_GetPoint, number, address, address, address),
    )


def _address(pointer) -> int:
    return ctypes.cast(pointer, ctypes.c_void_p).value


def displayed(rotation: int, mediabox: tuple[float, float, float, float]):
    """A function from a box in the page's own space (left, bottom, right, top; y up) to the box
    as the page is displayed (x0, top, x1, bottom; y down from the top left). pdfium gives boxes
    in the page's own space; a page stored turned (/Rotate 90, 180 or 270, as some printer drivers
    save landscape pages) is read as it is shown."""
    mx, my, mx1, my1 = mediabox
    w, h = mx1 - mx, my1 - my
    turns = {
        0: lambda l, b, r, t: (l - mx, h - (t - my), r - mx, h - (b - my)),
        90: lambda l, b, r, t: (b - my, l - mx, t - my, r - mx),
        180: lambda l, b, r, t: (w - (r - mx), b - my, w - (l - mx), t - my),
        270: lambda l, b, r, t: (h - (t - my), w - (r - mx), h - (b - my), w - (l - mx)),
    }
    return turns[rotation % 360]


def open_pdfium(path: Path):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise PdfError(ENCRYPTED) from exc
        raise PdfError(f"not a readable PDF ({exc})") from exc


@dataclass
class DocumentInfo:
    pages: int
    mended: list[str]  # what pdfium had to mend to open the file, one line each
    producer: str  # the program that made the PDF, as the file records it (Producer; Creator)


def document_info(path: Path) -> DocumentInfo:
    """The number of pages, what pdfium had to mend to open the file (a broken cross-reference
    table, rebuilt by scanning the file, means parts of it may be lost; a page that does not load
    at all stops the reading with an error), and the program that made it."""
    import pypdfium2.raw as raw

    pdf = open_pdfium(path)
    try:
        mended = [] if raw.FPDF_DocumentHasValidCrossReferenceTable(pdf) else [
            "the file's cross-reference table is broken and pdfium rebuilt it: rows may be lost or garbled"]
        meta = pdf.get_metadata_dict(skip_empty=True)
        return DocumentInfo(len(pdf), mended, "; ".join(meta[k] for k in ("Producer", "Creator") if k in meta))
    finally:
        pdf.close()


# --- pdfplumber ---------------------------------------------------------------------------------


def pdfplumber_pages(path: Path, numbers: list[int] | None = None) -> Iterator[PageContent]:
    """The same page content read through pdfplumber (pdfminer): slower, an independent check."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(str(path))
        pages = pdf.pages
    except PDFPasswordIncorrect as exc:
        raise PdfError(ENCRYPTED) from exc
    except Exception as exc:  # pdfminer raises many types for a broken file
        raise PdfError(f"not a readable PDF ({type(exc).__name__}: {exc})") from exc
    with pdf:
        for number in numbers or range(1, len(pages) + 1):
            page = pages[number - 1]
            content = PageContent(number, float(page.width), float(page.height))
            shapes = page.rects + page.lines
            boxes = np.array([(s["x0"], s["top"], s["x1"], s["bottom"]) for s in shapes], dtype=float).reshape(-1, 4)
            _add_shapes(content, *boxes.T, lambda i: bool(shapes[i].get("stroke")))
            chars = page.chars
            content.words = words_from_chars([c["text"] for c in chars], [(c["x0"], c["top"], c["x1"], c["bottom"]) for c in chars],
                                             content.vrules)
            content.has_images = bool(page.images)
            page.close()
            yield content


TEXT_LAYERS = {"pdfium": pdfium_pages, "pdfplumber": pdfplumber_pages}
