"""OCR: a third text layer, for pages printed as images (a scanned list).

A page with no text layer is rendered, straightened, and read by RapidOCR (PP-OCR models that
ship inside its wheel, run by onnxruntime: nothing is fetched at run time). Its words, with their
boxes and recognition confidence, and the ruling lines found in the image make the same
`PageContent` the other layers make, so one table mechanism reads every kind of page.
OCR takes seconds a page: pages are read in parallel, one process a core, with progress logged.
"""

from __future__ import annotations

import functools
import logging
import math
import os
import re
import time
from pathlib import Path
from typing import Iterator

import numpy as np

from .layers import RULE_MAX_THICKNESS, PageContent, Rule, Word, open_pdfium
from .workers import worker_pool

log = logging.getLogger(__name__)

DPI = 200  # renders a scan's text 25-40 px high: the recogniser scales lines to 48 px
MAX_SKEW = 2.5  # degrees: the straightening searches this far either way
DARK = 170  # of 255: darker pixels are ink (of rules, and of words when fitting their boxes)
RULE_RUN = (20.0, 14.0)  # pt: an unbroken run of ink this long (across, down) is a ruling line, not a letter
# A line's font box is made from its ink as a text layer's loose box stands (from the font's ascent
# to its descent), so that the table's measures in font sizes hold for scans too: in the fonts
# lists are printed in, capitals and ascenders stand about 0.72 em above the baseline, brackets
# 0.78 em and small letters 0.53 em; the box reaches 0.9 em above it and 0.2 em below (1.1 em:
# lines set single-spaced stand 1.15 em apart, and their boxes do not overlap).
CAP_HEIGHT, BRACKET_HEIGHT, X_HEIGHT, ASCENT, DESCENT = 0.72, 0.78, 0.53, 0.9, 0.2
DESCENDING = set("gjpqyQ,;()[]{}/|@")  # letters and signs whose ink reaches below the baseline
TALL = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789bdfhkl")  # and those that reach a capital's height
BRACKETS = set("()[]{}")
SAME_SHAPE = set("COSUVWXZ")  # capitals shaped as their small letters: only their size tells them
SMALL_OF_SAME_SHAPE = str.maketrans("COSUVWXZ", "cosuvwxz")
# "I" and "l" are one shape in a sans font, and the recogniser reads either: no word of a list's
# names begins with l and a consonant ("ldukki", "(lncense"); such a word begins with I
CAPITAL_I_READ_AS_L = re.compile(r"\bl(?=[bcdfgjkmnpqrstvwxz])")
LOW_CONFIDENCE = 0.9  # a cell whose word the recogniser is less sure of is listed for review
ENGINE_PARAMS = {
    "Global.use_cls": False,  # lines of a list are upright once the page is straight
    "Global.text_score": 0.0,  # keep every line read: doubtful ones are reported, not dropped
    "Global.max_side_len": 10000,  # recognise crops from the full render, not a shrunk copy
    "Global.log_level": "error",
    "EngineConfig.onnxruntime.intra_op_num_threads": 1,  # parallel across pages, not inside one
    "EngineConfig.onnxruntime.inter_op_num_threads": 1,
    "EngineConfig.onnxruntime.enable_cpu_mem_arena": True,  # crops of many sizes: reuse memory
    "Det.limit_type": "max",
    "Det.limit_side_len": 960,  # detection finds lines on a smaller copy (5x faster than full size)
    "Rec.rec_img_shape": [3, 48, 64],  # short cells (serial numbers) are not padded to 320 px
    "Rec.rec_batch_num": 1,
}


def ocr_pages(path: Path, numbers: list[int], workers: int | None = None) -> Iterator[PageContent]:
    """The content of the given pages (1-based) read by OCR, in order; one process a core."""
    workers = max(1, min(workers or os.cpu_count() or 1, len(numbers)))
    started = time.perf_counter()
    done = 0

    def progress(page: PageContent, seconds: float) -> None:
        nonlocal done
        done += 1
        log.info("%s: OCR page %d read (%d of %d, %.1f s; %.0f s so far)",
                 path.name, page.number, done, len(numbers), seconds, time.perf_counter() - started)

    if workers == 1:
        for number in numbers:
            page, seconds = _read_page(path, number)
            progress(page, seconds)
            yield page
        return
    with worker_pool(workers) as pool:
        futures = [pool.submit(_read_page, path, n) for n in numbers]
        for future in futures:
            future.add_done_callback(lambda f: f.cancelled() or f.exception() or progress(*f.result()))
        for future in futures:
            yield future.result()[0]


def _read_page(path: Path, number: int) -> tuple[PageContent, float]:
    started = time.perf_counter()
    pdf = open_pdfium(path)
    try:
        page = pdf[number - 1]
        width, height = page.get_size()
        image = page.render(scale=DPI / 72, grayscale=True).to_numpy()
        page.close()
    finally:
        pdf.close()
    image = straighten(image.reshape(image.shape[0], image.shape[1]).copy())  # ours to write on
    content = PageContent(number, width, height)
    scale = image.shape[1] / width  # pixels a point
    ink = lighten_bands(image, scale)
    across, down = rule_pixels(ink, scale)
    content.hrules, content.vrules = ruling_lines(across, down, scale)
    rules = across | down
    image[rules] = 255  # rules erased: a recogniser reads a rule as a letter, and joins the cells it parts
    content.words = read_words(image, scale, ink & ~rules, content.vrules, down)
    return content, time.perf_counter() - started


def skew_angle(image: np.ndarray) -> float:
    """The angle (degrees) by which a page's lines of text and rules are turned: the one that,
    undone, makes the row sums of ink sharpest (lines fall into few pixel rows)."""
    import cv2

    small = cv2.resize(image, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    ink = (small < 160).astype(np.float32)
    h, w = ink.shape
    centre = (w / 2, h / 2)

    def sharpness(angle: float) -> float:
        turned = cv2.warpAffine(ink, cv2.getRotationMatrix2D(centre, angle, 1.0), (w, h))
        rows = turned.sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 1e-9, 0.25), key=sharpness)
    return float(max(np.arange(best - 0.25, best + 0.25 + 1e-9, 0.05), key=sharpness))


def straighten(image: np.ndarray) -> np.ndarray:
    """The page turned back by its skew (a scan laid a little crooked on the glass)."""
    import cv2

    angle = skew_angle(image)
    if abs(angle) < 0.05:
        return image
    h, w = image.shape
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(image, turn, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


@functools.cache
def _engine():
    from rapidocr import RapidOCR

    return RapidOCR(params=ENGINE_PARAMS)


def read_words(image: np.ndarray, scale: float, ink: np.ndarray, vrules: list[Rule], down: np.ndarray) -> list[Word]:
    """The words the recogniser reads, with their confidence (0-1) and their boxes in points:
    across, fitted to their ink (its boxes have margins that cross a cell's rules); up and down,
    their line's font box (`_line_type`). Text on both sides of a column's rule, read as one line
    (a number set right against the text of the next cell), is read again a cell at a time, and
    ink that no word holds on its own (`_unread_ink`); a bullet the recogniser left out is read by
    its shape (`_add_bullets`). A word run on over a rule, its last letters drawn across it, is
    read whole, as a text layer gives it, or, run into the next cell's text, cut (`_cut_at`)."""
    cuts = [(r.x0 * scale, r.top * scale, r.bottom * scale) for r in vrules]
    lines = []  # each line's words read (text, confidence, box) and their ink boxes
    run_into = []  # (rule, line's top and foot), pixels: where a word ran over a rule into the next cell's text
    for line in _recognise(image):
        x0, y0 = min(b[0] for _, _, b in line), min(b[1] for _, _, b in line)
        x1, y1 = max(b[2] for _, _, b in line), max(b[3] for _, _, b in line)
        rows = slice(max(0, int(y0)), int(y1) + 1)
        found = [_cut_at(x, rows, ink, down, scale) for x, top, bottom in cuts if x0 + 2 < x < x1 - 2 and top < (y0 + y1) / 2 < bottom]
        crossing = sorted(x for x, _ in found if x < x1 - 2)
        run_into += [(x, y0, y1) for x, into in found if into]
        parts = [line]
        if crossing:
            above = max(0, int(y0))
            parts = [part for a, b in zip([x0 - 2, *crossing], [*crossing, x1 + 2])
                     for part in _recognise(image[above : int(y1) + 1, int(a) + 2 : max(int(a) + 3, int(b) - 1)], int(a) + 2, above)]
        lines += [_fitted(part, ink) for part in parts]
    letter, unheld = _unheld_ink(ink, lines)
    for x0, y0, x1, y1 in _unread_ink(ink.shape, unheld, letter):
        lines += [_fitted(part, ink) for part in _recognise(image[y0:y1, x0:x1], x0, y0)]
    _add_bullets(lines, unheld, letter)
    _add_dashes(lines, unheld, letter)
    words = _joined_at_hyphens(_read_once(_in_font_boxes(lines, scale)))
    for w in words:  # (its end at the rule it ran over: the rest is under the next cell's text)
        w.cut |= any(abs(w.x1 - x / scale) <= RULE_MAX_THICKNESS and top <= w.yc * scale <= foot for x, top, foot in run_into)
        w.cut |= _past_last_rule(w, vrules, ink, scale)
    return words


def _past_last_rule(word: Word, vrules: list[Rule], ink: np.ndarray, scale: float) -> bool:
    """Whether a word ran past the table's last rule on its line: over it, or up to it with ink
    just past it that no word holds (nothing else is printed there). Its end may be unseen, cut
    by the page (a browser prints nothing past the page's printable width), or read only up to
    the rule: "Fabrics/Handicr" of "Handicrafts", "af" drawn past the rule."""
    beside = [r.x0 for r in vrules if r.top <= word.yc <= r.bottom]
    if not beside or word.x0 >= (edge := max(beside)):
        return False
    if word.x1 > edge + RULE_MAX_THICKNESS:
        return True
    if edge - word.x1 > RULE_MAX_THICKNESS:
        return False
    past = ink[max(0, int(word.top * scale)) : int(word.bottom * scale) + 1,
               int((edge + RULE_MAX_THICKNESS) * scale) : int((edge + RULE_MAX_THICKNESS + word.size) * scale) + 1]
    return bool(past.any())


def _cut_at(x: float, rows: slice, ink: np.ndarray, down: np.ndarray, scale: float) -> tuple[float, bool]:
    """Where a recognised line crossing the rule at `x` (pixels; `down`: the rules' pixels, erased
    from `ink`) parts into its cells: at the rule, but past a word run on over it (a browser lets a
    word wider than its cell overflow: "Secondar" / "y"), where the word ends: its ink stands
    against the rule on both sides at once (a letter drawn across it; a cell's own text stands its
    padding off the rules), and the first white two points wide past the rule, within the line's
    height, is its end. Where none is (the word printed over the next cell's text), the rule
    parts them still, and the word's end is unseen. Returns where the line parts, and whether
    the word ran into the next cell's text."""
    near = max(1, round(0.5 * scale))  # half a point
    reach = math.ceil(RULE_MAX_THICKNESS * scale)
    around = slice(max(0, int(x) - reach), int(x) + reach + 1)
    ruled, band = down[rows, around], ink[rows, around]
    on = ruled.any(axis=1)
    if not on.any():
        return x, False
    # each row's rule, from its first pixel to its last (a scan's rule stands a little aslant)
    first, last = ruled.argmax(axis=1), ruled.shape[1] - 1 - ruled[:, ::-1].argmax(axis=1)
    left = np.array([on[k] and band[k, max(0, first[k] - near) : first[k]].any() for k in range(len(on))], dtype=bool)
    right = np.array([on[k] and band[k, last[k] + 1 : last[k] + 1 + near].any() for k in range(len(on))], dtype=bool)
    # (a slanting stroke meets the rule's two sides apart by as much as the rule is wide: "y")
    slant = int(np.max(last[on] - first[on])) + 1 + near
    if not (right & (np.convolve(left, np.ones(2 * slant + 1), mode="same") > 0)).any():
        return x, False
    past, gap = around.start + int(np.max(last[on])) + 1, max(2, round(2 * scale))  # white two points wide: more than between letters
    inked = ink[rows, past : past + (rows.stop - rows.start) + gap].any(axis=0)
    ends = [k for k in range(len(inked) - gap + 1) if not inked[k : k + gap].any()]
    return (float(past + ends[0]), False) if ends else (x, True)


def _fitted(line: list, ink: np.ndarray) -> tuple[list, list]:
    """A recognised line's words (text, confidence, box), and the box of each one's ink."""
    kept = [(text.strip(), score, box) for text, score, box in line if text.strip()]
    return kept, [_ink_box(ink, *box, ends=(k == 0, k == len(kept) - 1)) for k, (_, _, box) in enumerate(kept)]


def _unheld_ink(ink: np.ndarray, lines: list[tuple[list, list]]) -> tuple[float, list[tuple[int, int, int, int, int]]]:
    """The height of the page's letters (pixels, the median of the words' ink), and the pieces of
    ink (x, y, width, height, area) that no word read holds. A word's ink is what its box and the
    recogniser's hold, and ink within a letter's gap beside them (the recogniser's box may stop
    short of a word's first or last letters: "To" of "Toys")."""
    import cv2

    read = [(tuple(int(v) for v in box), fitted) for kept, boxes in lines for (_, _, box), fitted in zip(kept, boxes)]
    heights = [fitted[3] - fitted[1] for _, fitted in read if fitted]
    if not heights:
        return 0.0, []
    letter = float(np.median(heights))
    held = np.zeros(ink.shape, dtype=bool)
    near = max(1, round(0.15 * letter))
    for box, fitted in read:
        for x0, y0, x1, y1 in filter(None, (box, fitted)):
            held[max(0, y0 - 1) : y1 + 1, max(0, x0 - near) : x1 + near] = True
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    touched = np.zeros(count, dtype=bool)
    touched[np.unique(labels[held])] = True
    return letter, [tuple(piece) for k, piece in enumerate(stats.tolist()) if k and not touched[k]]


def _unread_ink(shape: tuple[int, int], unheld: list[tuple[int, int, int, int, int]], letter: float) -> list[tuple[int, int, int, int]]:
    """Boxes (pixels) of ink that no word read holds and that is as tall as letters: the detector
    misses a sign standing alone (a serial "1", a header's "#") or between words ("Coconut" "&"
    "Coconut"); each box is read again on its own. Specks of noise are smaller than letters, and
    pieces of one text a letter apart are one box."""
    import cv2

    stray = np.zeros(shape, dtype=np.uint8)
    for x, y, w, h, _ in unheld:
        if 0.5 * letter <= h <= 1.5 * letter and w <= 3 * letter:
            stray[y : y + h, x : x + w] = 1
    gap = max(3, round(0.4 * letter))  # as close as letters of one word or number stand
    count, _, stats, _ = cv2.connectedComponentsWithStats(cv2.dilate(stray, np.ones((1, gap), np.uint8)), connectivity=8)
    return [(x, max(0, y - 2), x + w, y + h + 2) for x, y, w, h, _ in stats[1:count].tolist()]


def _add_bullets(lines: list[tuple[list, list]], unheld: list[tuple[int, int, int, int, int]], letter: float) -> None:
    """Add to their lines the bullets the recogniser read nothing of (a small dot alone, as at a
    list's item after a full line, "Stone Carving •" / "Pineapple"): a round, filled piece of ink
    a quarter to half a letter high, within two letters of a word of a line, or four of a word
    on each side (a justified line's spaces are wide), or ending a line, ten letters past its
    last word at most (a justified line of one short word and a bullet sets the bullet at its
    cell's edge: "Turmeric •"), standing above their foot as a bullet does (a full stop sits on
    it). Specks of noise are smaller."""
    for x, y, w, h, area in unheld:
        if not (0.2 * letter <= h <= 0.6 * letter and 0.7 * h <= w <= 1.4 * h and area >= 0.55 * w * h):
            continue
        middle = y + h / 2
        # the words level with it (the detector may read the words of one line apart), how far
        level = [(box, n) for n, (_, boxes) in enumerate(lines) for box in boxes if box and box[1] < middle < box[3] - 0.25 * letter]
        before = [(x - box[2], n) for box, n in level if box[2] <= x]
        after = [(box[0] - x - w, n) for box, n in level if box[0] >= x + w]
        near = min(before + after, default=(math.inf, 0))
        if (near[0] <= 2 * letter or min(before, default=near)[0] <= 4 * letter and min(after, default=near)[0] <= 4 * letter
                or not after and min(before, default=near)[0] <= 10 * letter):
            kept, boxes = lines[near[1]]
            _insert_sign(kept, boxes, "•", (x, min(box[1] for _, _, box in kept), x + w, max(box[3] for _, _, box in kept)))


def _add_dashes(lines: list[tuple[list, list]], unheld: list[tuple[int, int, int, int, int]], letter: float) -> None:
    """Add to their lines the dashes the recogniser read nothing of ("Capital Complex -" /
    "Itanagar" at 150 dpi, read "Capital Complex Itanagar", no place): a flat, filled piece of
    ink a quarter of a letter to a letter wide, a fifth of a letter high at most, standing at a
    small letter's middle height on a line, within three letters of one of its words. Specks of
    noise are smaller; rules are longer, and stand between lines."""
    for x, y, w, h, area in unheld:
        if not (h <= 0.2 * letter and 0.25 * letter <= w <= letter and w >= 2 * h and area >= 0.6 * w * h):
            continue
        middle = y + h / 2
        for kept, boxes in lines:
            inked = [box for box in boxes if box]
            if not inked:
                continue
            top, foot = float(np.median([box[1] for box in inked])), float(np.median([box[3] for box in inked]))
            near = min((max(box[0] - x - w, x - box[2]) for box in inked), default=math.inf)
            if top + 0.45 * (foot - top) <= middle <= foot - 0.1 * (foot - top) and near <= 3 * letter:
                _insert_sign(kept, boxes, "-", (x, top, x + w, foot))
                break


def _insert_sign(kept: list, boxes: list, sign: str, box: tuple[float, float, float, float]) -> None:
    """Insert a sign read by its shape into a line's words, where it stands, sure of it (it has no ink box of its own)."""
    at = sum(other[0] < box[0] for _, _, other in kept)
    kept.insert(at, (sign, 1.0, box))
    boxes.insert(at, None)


def _in_font_boxes(lines: list[tuple[list, list]], scale: float) -> list[Word]:
    """The words of the page's lines ((text, confidence, box) read, and each one's ink box, in
    pixels) in points, each as tall as its line's font box (`_line_type`), on its line's foot
    (`_feet`)."""
    # a box with no ink through its middle holds no one line (two lines read as one, "Serial" /
    # "No." as "SNa."): it keeps the recogniser's box, and tells no font size
    types = [_line_type(*zip(*lined)) if (lined := [(b, text) for b, (text, _, _) in zip(boxes, kept) if b]) else None
             for kept, boxes in lines]
    sizes = [found[1] for found in types if found and found[1] and not found[3]]
    usual = float(np.median(sizes)) if sizes else None
    words = []
    for (kept, boxes), found, foot in zip(lines, types, _feet(lines)):
        if found:
            baseline, em, small, by_shape = found
            # a letter shaped alike in either case ("s", "S") is a capital by its size alone: as
            # tall as the page's small letters, it is a small one ("Handicraft" / "s", read "S")
            if by_shape and usual and em < (1 + X_HEIGHT / CAP_HEIGHT) / 2 * usual:
                kept = [(text.translate(SMALL_OF_SAME_SHAPE), score, box) for text, score, box in kept]
                em = None
            em = em or usual or small  # small letters alone tell the size least
            top, bottom = baseline - ASCENT * em, baseline + DESCENT * em
        for (text, score, box), ink_box in zip(kept, boxes):
            x0, y0, x1, y1 = (ink_box[0], top, ink_box[2], bottom) if ink_box else box
            words.append(Word(CAPITAL_I_READ_AS_L.sub("I", text), x0 / scale, x1 / scale, y0 / scale, y1 / scale, score,
                              foot=foot / scale if ink_box else math.nan))
    return words


def _feet(lines: list[tuple[list, list]]) -> list[float]:
    """The line each recognised line's letters stand on (pixels; NaN where it shows none), one
    measure for every line, as a text layer's `Word.foot` is: where the ink of its words without a
    descender ends ("Tea"); else as far below the tops of its capitals and ascenders, or else of
    its brackets, or else of its small letters, as the page's lines that show both show them to
    stand ("Visakhapatnam", "(Jaggery)", "y": their ink ends at their descenders). A line's size,
    read apart, is rougher."""
    def median(values: list[float]) -> float:
        return float(np.median(values)) if values else math.nan

    marks = []  # each line's (foot, top of tall letters, of brackets, of small letters): the medians of its words'
    for kept, boxes in lines:
        inked = [(set(text), box) for (text, _, _), box in zip(kept, boxes) if box]
        marks.append((median([b[3] for letters, b in inked if not letters & DESCENDING]),
                      median([b[1] for letters, b in inked if letters & TALL and not letters & BRACKETS]),
                      median([b[1] for letters, b in inked if letters & BRACKETS]),
                      median([b[1] for letters, b in inked if letters.isdisjoint(TALL | BRACKETS) and any(map(str.isalpha, letters))])))
    rises = [median([foot - tops[k] for foot, *tops in marks if not math.isnan(foot + tops[k])]) for k in (0, 1, 2)]
    if math.isnan(rises[2]):  # few lines hold a word of small letters alone and one of no descender
        rises[2] = rises[0] * X_HEIGHT / CAP_HEIGHT
    return [foot if not math.isnan(foot) else next((top + rise for top, rise in zip(tops, rises) if not math.isnan(top + rise)), math.nan)
            for foot, *tops in marks]


def _read_once(words: list[Word]) -> list[Word]:
    """The words less those read twice: the detector may find one printed line in two boxes
    that overlap ("and Green Tea" at 1.0, and "anu Grven rea" over it at 0.6); the same ink
    holds one word, the one read more surely. So does ink read again between two words: a box
    more than half covered by the words beside it on its line ("1" over the end of "Wood" and
    the start of the next cell's "Primary", the remnant of the rule between them)."""
    kept: list[Word] = []
    order = {id(word): k for k, word in enumerate(words)}
    for word in sorted(words, key=lambda w: -w.confidence):
        level = [w for w in kept if min(w.bottom, word.bottom) - max(w.top, word.top) > 0.5 * min(w.size, word.size)]
        over = [(min(w.x1, word.x1) - max(w.x0, word.x0), w.x1 - w.x0) for w in level]  # (overlap, the other's width)
        width = word.x1 - word.x0
        if not any(x > 0.5 * min(other, width) for x, other in over) and sum(max(0.0, x) for x, _ in over) <= 0.5 * width:
            kept.append(word)
    return sorted(kept, key=lambda w: order[id(w)])


def _joined_at_hyphens(words: list[Word]) -> list[Word]:
    """The words less a hyphen read apart from the words it is set against, closer than a space
    on each side, joined with them as one word ("Value" "-" "added", the hyphen read by its
    shape: as three words, "Value" seemed to have fitted on the line before, where "Value-added"
    did not). A dash after a space ("Capital Complex -") stands apart."""
    def beside(dash: Word, left: bool) -> Word | None:
        return next((w for w in words if w is not dash and abs(w.yc - dash.yc) < 0.5 * w.size
                     and 0 <= ((dash.x0 - w.x1) if left else (w.x0 - dash.x1)) < 0.15 * w.size
                     and (w.text[-1:] if left else w.text[:1]).isalpha()), None)

    for dash in [w for w in words if w.text == "-"]:
        before, after = beside(dash, left=True), beside(dash, left=False)
        if before and after:
            joined = Word(f"{before.text}-{after.text}", before.x0, after.x1, min(before.top, after.top), max(before.bottom, after.bottom),
                          min(before.confidence, after.confidence), foot=float(np.fmax(before.foot, after.foot)))
            words = [joined if w is before else w for w in words if w is not dash and w is not after]
    return words


def _line_type(boxes: tuple[tuple[int, int, int, int], ...], texts: tuple[str, ...]) -> tuple[float, float | None, float, bool]:
    """(baseline, em or None, em by its small letters, whether its em is told by capitals shaped
    as their small letters alone), pixels, of one line, told by the letters read (`CAP_HEIGHT`):
    its baseline is where the ink of its words without a descender ends ("Tea", not "Spices" or
    "(Black)"); its size how far above it the words with a capital, a figure or an ascender
    reach, or else its brackets (they reach higher); None where it has only small letters
    ("etc": a "t" stands above an x-height, below a capital)."""
    flat = [b[3] for b, text in zip(boxes, texts) if not set(text) & DESCENDING]
    baseline = float(np.median(flat)) if flat else max(b[3] for b in boxes) - 0.2 * max(b[3] - b[1] for b in boxes)

    def above(shown) -> list[float]:
        return [baseline - b[1] for b, text in zip(boxes, texts) if shown(set(text))]

    em = next((float(np.median(heights)) / share for heights, share in (
        (above(lambda letters: letters & TALL and not letters & BRACKETS), CAP_HEIGHT),
        (above(lambda letters: letters & BRACKETS), BRACKET_HEIGHT)) if heights), None)
    shaped = all(set(text) & TALL <= SAME_SHAPE for text in texts)
    return baseline, em, float(np.median(above(lambda letters: True))) / X_HEIGHT, bool(em) and shaped


def _recognise(image: np.ndarray, left: int = 0, top: int = 0) -> list[list[tuple[str, float, tuple[float, float, float, float]]]]:
    """The recogniser's lines of words: (text, confidence, (x0, top, x1, bottom)) in pixels of the
    page, for an image cut from the page at (left, top)."""
    pad = 16  # a margin of paper: the detector misses text that touches the image's edge
    result = _engine()(np.pad(image, pad, constant_values=255), return_word_box=True)
    dx, dy = left - pad, top - pad
    return [
        [(text, float(score), (min(p[0] for p in box) + dx, min(p[1] for p in box) + dy,
                               max(p[0] for p in box) + dx, max(p[1] for p in box) + dy))
         for text, score, box in line]
        for line in result.word_results or ()
        if line and all(len(word) == 3 for word in line)  # an empty result is a tuple of an empty tuple
    ]


def _ink_box(ink: np.ndarray, x0: float, y0: float, x1: float, y1: float, ends: tuple[bool, bool] = (False, False)
             ) -> tuple[int, int, int, int] | None:
    """The box of a word's ink within the box the recogniser gave: the unbroken band of inked
    pixel rows through its middle (not the descenders of the line above), then the inked columns.
    At a line's `ends` (left, right) the box may cut through a letter (the strokes of a "W" left
    of it): a piece of ink mostly inside the box is the word's whole, so a line is as wide as it
    was printed (a speck of noise beside it is no piece of it). Between two words of a line the
    recogniser's boxes are rough, and the ink alone cannot part them. None where no ink runs
    through the box's middle."""
    import cv2

    h, w = ink.shape
    x0, x1 = max(0, int(x0)), min(w, int(x1) + 1)
    y0, y1 = max(0, int(y0)), min(h, int(y1) + 1)
    rows = ink[y0:y1, x0:x1].any(axis=1)
    middle = (y1 - y0) // 2
    if not rows.size or not rows[middle]:
        return None
    top, bottom = middle, middle
    while top > 0 and rows[top - 1]:
        top -= 1
    while bottom < len(rows) - 1 and rows[bottom + 1]:
        bottom += 1
    band = ink[y0 + top : y0 + bottom + 1]
    columns = np.flatnonzero(band[:, x0:x1].any(axis=0))
    left, right = x0 + columns[0], x0 + columns[-1] + 1
    if any(ends):
        reach = bottom - top + 1  # a letter is about as wide as the line is tall
        lo, hi = max(0, x0 - reach), min(w, x1 + reach)
        count, _, stats, _ = cv2.connectedComponentsWithStats(band[:, lo:hi].astype(np.uint8), connectivity=8)
        starts = lo + stats[1:count, cv2.CC_STAT_LEFT]
        stops = starts + stats[1:count, cv2.CC_STAT_WIDTH]
        held = np.minimum(stops, x1) - np.maximum(starts, x0) >= (stops - starts) / 2
        if ends[0] and held.any():
            left = min(left, int(starts[held].min()))
        if ends[1] and held.any():
            right = max(right, int(stops[held].max()))
    return left, y0 + top, right, y0 + bottom + 1


def lighten_bands(image: np.ndarray, scale: float) -> np.ndarray:
    """Turn filled bands (a header row printed white on grey) to dark text on light, in place, as
    the recogniser reads it; return the ink of the page so turned."""
    import cv2

    across = max(3, round(RULE_RUN[0] * scale))
    thick = max(3, round(RULE_MAX_THICKNESS * scale)) + 1
    filled = cv2.morphologyEx((image < DARK).astype(np.uint8), cv2.MORPH_OPEN,
                              cv2.getStructuringElement(cv2.MORPH_RECT, (across, thick)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(filled, connectivity=8)
    band = np.zeros(image.shape, dtype=bool)
    for x, y, w, h, _ in stats[1:count].tolist():
        band[y : y + h, x : x + w] = True
    if band.any():
        turned = 255 - image[band].astype(np.float32)
        image[band] = np.clip(turned * 255 / max(1.0, float(np.median(turned))), 0, 255).astype(np.uint8)
    return image < DARK


def rule_pixels(ink: np.ndarray, scale: float) -> tuple[np.ndarray, np.ndarray]:
    """The ink of horizontal and of vertical ruling lines: runs far longer than any letter, as
    camelot's lattice mode finds them (an opening of the ink with a long, thin kernel), and thin
    (a filled band, such as a header row printed white on grey, is not a line)."""
    import cv2

    across, down = (max(3, round(run * scale)) for run in RULE_RUN)
    thick = max(3, round(RULE_MAX_THICKNESS * scale)) + 1
    ink = ink.astype(np.uint8)
    blur = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3))  # a line's grey edge, and breaks of a pixel

    def runs(width: int, height: int) -> np.ndarray:
        return cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (width, height)))

    return (cv2.dilate(runs(across, 1) & ~runs(across, thick), blur).astype(bool),
            cv2.dilate(runs(1, down) & ~runs(thick, down), blur).astype(bool))


def ruling_lines(across: np.ndarray, down: np.ndarray, scale: float) -> tuple[list[Rule], list[Rule]]:
    """Horizontal and vertical ruling lines in points, one a connected run of rule pixels."""
    import cv2

    def runs(pixels: np.ndarray) -> list[list[int]]:
        count, _, stats, _ = cv2.connectedComponentsWithStats(pixels.astype(np.uint8), connectivity=8)
        return stats[1:count].tolist()

    hrules = [Rule(x / scale, (y + h / 2) / scale, (x + w) / scale, (y + h / 2) / scale) for x, y, w, h, _ in runs(across)]
    vrules = [Rule((x + w / 2) / scale, y / scale, (x + w / 2) / scale, (y + h) / scale) for x, y, w, h, _ in runs(down)]
    return hrules, vrules
