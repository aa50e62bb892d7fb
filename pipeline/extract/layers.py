"""Text layers: what a PDF page holds for table finding, read by pypdfium2 (default) or pdfplumber.

Both layers reduce a page to the same `PageContent` (words with boxes, horizontal and vertical
ruling lines, a flag for images), so the table logic is one mechanism whatever reads the file.
pypdfium2 reads characters and paths directly and is about fifty times faster than pdfminer's
layout analysis, which pdfplumber runs on every page.
"""

from __future__ import annotations

import ctypes
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

RULE_MAX_THICKNESS = 2.5  # pt: a filled or stroked shape thinner than this is a ruling line
WORD_GAP = 0.15  # a gap wider than this fraction of the line height splits two words
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


# pdfium reports a hyphen printed at the end of a line as U+FFFE (its "soft hyphen" mark)
# ligatures (pdfminer passes them through as one character) are their letters
PRINTED_AS = {
    "\ufffe": "-", "\u00ad": "-",
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
}


def printable(text: str) -> bool:
    """Whether a character is text: no control, format, surrogate, private-use or non-character
    code point ever reaches a row."""
    return unicodedata.category(text)[0] != "C" and not 0xFDD0 <= ord(text) <= 0xFDEF and ord(text) & 0xFFFE != 0xFFFE


def words_from_chars(chars: list[tuple[str, float, float, float, float]]) -> list[Word]:
    """Join characters (text, x0, top, x1, bottom) in reading order into words.

    A word ends at white space, at a gap wider than a quarter of the font size, or where the
    text moves to another line; both layers call this so they split words identically.
    """
    words: list[Word] = []
    cur: list = []
    word_top = word_bottom = 0.0  # extent of the word being gathered
    for ch in chars:
        text, x0, top, x1, bottom = ch
        if not (text.isascii() and text.isprintable()):  # else nothing to map or drop
            text = "".join(c for c in "".join(PRINTED_AS.get(c, c) for c in text) if c.isspace() or printable(c))
        if not text:
            continue
        ch = (text, x0, top, x1, bottom)
        if not text.strip():
            if cur:
                words.append(_word(cur))
                cur = []
            continue
        # Measured on the word so far: where a font gives no ascent, a character's box is its ink,
        # and a comma's sits below the letters' centre; punctuation on the line joins its word.
        mark = unicodedata.category(text[0])[0] == "P"
        if cur:
            last = cur[-1]
            size = max(word_bottom - word_top, bottom - top, 1.0)
            if mark:
                same_line = top < word_bottom and bottom > word_top
            else:
                same_line = abs((top + bottom) / 2 - (word_top + word_bottom) / 2) < size * 0.5
            if not same_line or x0 - last[3] > size * WORD_GAP or x0 < last[1] - size * 0.5:
                words.append(_word(cur))
                cur = []
        if not cur:
            word_top, word_bottom = top, bottom
        elif not mark:
            word_top, word_bottom = min(word_top, top), max(word_bottom, bottom)
        cur.append(ch)
    if cur:
        words.append(_word(cur))
    return words


def _word(chars) -> Word:
    return Word(
        text="".join(c[0] for c in chars),
        x0=min(c[1] for c in chars),
        x1=max(c[3] for c in chars),
        top=min(c[2] for c in chars),
        bottom=max(c[4] for c in chars),
    )


def _add_rule(page: PageContent, x0: float, top: float, x1: float, bottom: float, edges: bool) -> None:
    """File a shape as a rule: thin shapes are lines; larger stroked boxes give their four edges."""
    w, h = x1 - x0, bottom - top
    if h <= RULE_MAX_THICKNESS and w >= MIN_RULE_LENGTH:
        y = (top + bottom) / 2
        page.hrules.append(Rule(x0, y, x1, y))
    elif w <= RULE_MAX_THICKNESS and h >= MIN_RULE_LENGTH:
        x = (x0 + x1) / 2
        page.vrules.append(Rule(x, top, x, bottom))
    elif edges and w >= MIN_RULE_LENGTH and h >= MIN_RULE_LENGTH:
        page.hrules += [Rule(x0, top, x1, top), Rule(x0, bottom, x1, bottom)]
        page.vrules += [Rule(x0, top, x0, bottom), Rule(x1, top, x1, bottom)]


# --- pypdfium2 --------------------------------------------------------------------------------


def pdfium_pages(path: Path, numbers: list[int] | None = None) -> Iterator[PageContent]:
    """Yield the content of each page (1-based `numbers`, default all), one page in memory at a time."""
    import pypdfium2.raw as raw

    pdf = open_pdfium(path)
    try:
        for number in numbers or range(1, len(pdf) + 1):
            page = pdf[number - 1]
            width, height = page.get_size()  # as displayed, after /Rotate
            content = PageContent(number, width, height)
            shown = displayed(page.get_rotation(), page.get_mediabox())
            textpage = page.get_textpage()
            count = textpage.count_chars()
            text = textpage.get_text_range(0, count) if count else ""
            rect = raw.FS_RECTF()
            chars = []
            for i in range(count):
                if i >= len(text) or text[i] in " \r\n" and raw.FPDFText_IsGenerated(textpage.raw, i) == 1:
                    # pdfium's own spaces mark real gaps; its line breaks can fall inside a word.
                    if text[i : i + 1] == " ":
                        chars.append((" ", 0, 0, 0, 0))
                    continue
                raw.FPDFText_GetLooseCharBox(textpage.raw, i, rect)
                chars.append((text[i], *shown(rect.left, rect.bottom, rect.right, rect.top)))
            content.words = words_from_chars(chars)
            fill, stroke = ctypes.c_int(), ctypes.c_int()
            left, bottom, right, top = (ctypes.c_float() for _ in range(4))
            for k in range(raw.FPDFPage_CountObjects(page.raw)):
                obj = raw.FPDFPage_GetObject(page.raw, k)
                kind = raw.FPDFPageObj_GetType(obj)
                if kind == raw.FPDF_PAGEOBJ_IMAGE:
                    content.has_images = True
                elif kind == raw.FPDF_PAGEOBJ_PATH:
                    raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
                    raw.FPDFPath_GetDrawMode(obj, fill, stroke)
                    _add_rule(content, *shown(left.value, bottom.value, right.value, top.value), bool(stroke.value))
            textpage.close()
            page.close()
            yield content
    finally:
        pdf.close()


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


def page_count(path: Path) -> int:
    pdf = open_pdfium(path)
    try:
        return len(pdf)
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
            content.words = words_from_chars(
                [(c["text"], c["x0"], c["top"], c["x1"], c["bottom"]) for c in page.chars]
            )
            for obj in page.rects + page.lines:
                _add_rule(content, obj["x0"], obj["top"], obj["x1"], obj["bottom"], edges=bool(obj.get("stroke")))
            content.has_images = bool(page.images)
            page.close()
            yield content


TEXT_LAYERS = {"pdfium": pdfium_pages, "pdfplumber": pdfplumber_pages}
