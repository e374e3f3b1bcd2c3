"""``.pdf``: the text layer (pypdf), reflowed into paragraphs, furniture recorded.

pypdf gives one line of text per line on the page.  The reader rebuilds the
essay from those lines: lines of one paragraph are joined by a space (the
segmenter reads every line break as a sentence boundary), paragraphs by a blank
line (a paragraph ends where the vertical gap grows, the next line
is indented, the font size changes, or a short line ends a sentence).  That
text is the *source*.  Page furniture (running headers and footers repeated
across pages, bare page numbers, ``Page N of M``) and words hyphenated across a
line break are not dropped silently: they come back as :class:`Edit` s
(kinds ``pdf_furniture``; ``pdf_footnote`` for notes in a smaller font at the foot
of a page and ``pdf_note_mark`` for their numbers glued to words; ``pdf_hyphenation``;
``pdf_ligature`` for glyphs such as ``ﬁ``) so the record lists them as repairs and
every offset still maps to what the PDF holds.
"""

from __future__ import annotations

import io
import logging
import math
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any

from essaylens.document import Edit
from essaylens.errors import CorruptFile, EncryptedFile, NoTextLayer
from essaylens.ingest.base import Extracted

_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|pg\.?)\s*)?[-–—(\[]?\s*(\d{1,4})\s*[-–—)\]]?"
    r"(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_HYPHEN_END = re.compile(r"([A-Za-z]+)-$")
_LOWER_START = re.compile(r"^([a-z]+)")
_SENTENCE_END = ('.', '!', '?', ':', '"', '”', '’', "'", ')')
_NOTE_START = re.compile(r"^(?:\d{1,3}|[*†‡§¹²³⁴⁵⁶⁷⁸⁹])(?=\s|[A-Z“\"'‘(])")
_NOTE_MARK = re.compile(r"(?<=[A-Za-z.,;:’”\")])(\d{1,3})(?=[\s.,;:]|$)")
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
              "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
_LIGATURE = re.compile("[\ufb00-\ufb06]")
#: Lines examined for furniture at each end of a page.
_EDGE = 3
#: A joined word must be at least this frequent in wordsegment's unigram counts.
_MIN_JOINED = 20_000


@dataclass
class _Line:
    text: str
    x: float | None = None
    y: float | None = None
    size: float | None = None
    furniture: bool = False
    footnote: bool = False
    right: float | None = None  # where the line's text ends, when font widths are known
    first_word: float | None = None  # width of its first word, likewise

    @property
    def removed(self) -> str:
        """The edit kind that removes this line, or ``""`` for body text."""
        return "pdf_furniture" if self.furniture else "pdf_footnote" if self.footnote else ""


def read_pdf(data: bytes, name: str) -> Extracted:
    with _quiet():
        pages = _extract(data, name)
    if sum(ch.isalpha() for page in pages for line in page for ch in line.text) < 20:
        raise NoTextLayer(f"{name}: no text layer: run OCR first (the PDF holds only "
                          "images of pages)")
    _mark_furniture(pages)
    _mark_footnotes(pages)
    return _assemble(pages)


@contextmanager
def _quiet() -> Iterator[None]:
    """pypdf logs warnings about odd files to stderr; the user gets one line from us."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _extract(data: bytes, name: str) -> list[list[_Line]]:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except DependencyError:
                raise EncryptedFile(
                    f"{name}: the PDF is encrypted with AES; install essaylens[pdf-aes] "
                    "(the cryptography package) or save an unprotected copy") from None
            if not opened:
                raise EncryptedFile(f"{name}: the PDF is password-protected; "
                                    "save an unprotected copy and try again")
        return [_page_lines(page) for page in reader.pages]
    except (EncryptedFile, NoTextLayer):
        raise
    except FileNotDecryptedError:
        raise EncryptedFile(f"{name}: the PDF is password-protected; "
                            "save an unprotected copy and try again") from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            OSError, RecursionError, ZeroDivisionError, AssertionError) as exc:
        raise CorruptFile(f"{name}: not a readable PDF ({type(exc).__name__}: "
                          f"{exc})") from None


def _page_lines(page: Any) -> list[_Line]:
    """The page's text lines, each with where its first text sits and its font size."""
    pieces: list[tuple[str, float, float, float, float | None, float | None]] = []
    fonts: dict[int, Any] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
            hscale = math.hypot(tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3])
            unit = size * (hscale or 1.0) / 1000
            width = _text_width(fonts, font, text.rstrip("\n"))
            right = None if width is None else x + width * unit
            words = text.split()
            first = _text_width(fonts, font, words[0]) if words else None
            pieces.append((text, x, y, size * (scale or 1.0), right,
                           None if first is None else first * unit))

    plain = page.extract_text(visitor_text=visit) or ""
    if "".join(p[0] for p in pieces) != plain:  # no geometry we can trust: text only
        return [_Line(t.strip()) for t in plain.split("\n") if t.strip()]
    lines: list[_Line] = []
    current = _Line("")
    for text, x, y, size, right, first in pieces:
        for i, part in enumerate(text.split("\n")):
            if i:
                lines.append(current)
                current = _Line("")
            if part:
                current.text += part
                if current.y is None and part.strip():
                    current.x, current.y, current.size = x, y, size
                    current.first_word = first if part is text else None
                if part.strip() and right is not None and "\n" not in text:
                    current.right = max(current.right or right, right)
    lines.append(current)
    out = []
    for line in lines:
        line.text = " ".join(line.text.split())
        if line.text:
            out.append(line)
    return out


def _text_width(fonts: dict[int, Any], font: Any, text: str) -> float | None:
    """Width of ``text`` in 1/1000 text-space units from the font's own widths, or
    ``None`` when this pypdf has no font-metrics API or the font lacks widths."""
    if font is None or not text:
        return None
    key = id(font)
    if key not in fonts:
        try:
            from pypdf.generic._font import Font

            fonts[key] = Font.from_font_resource(font)
        except Exception:  # noqa: BLE001 - older pypdf or an odd font: no widths
            fonts[key] = None
    metrics = fonts[key]
    if metrics is None:
        return None
    try:
        return float(metrics.get_text_width(text))
    except Exception:  # noqa: BLE001
        return None


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


def _is_page_number(text: str, pages: int) -> bool:
    match = _PAGE_NUMBER.match(text)
    if not match:
        return False
    if re.search(r"page|of|/", text, re.I):
        return True
    return 0 <= int(match.group(1)) <= pages + 10  # a bare number: a plausible page number


def _edge_key(line: _Line) -> tuple[str, int | None]:
    """Running headers repeat the same words at the same height on every page."""
    return _norm(line.text), None if line.y is None else round(line.y / 4)


def _mark_furniture(pages: list[list[_Line]]) -> None:
    """Mark page numbers and lines repeated at the top or bottom of most pages."""
    n = len(pages)
    need = max(2, math.ceil(n / 2))
    top: Counter[tuple[str, int | None]] = Counter()
    bottom: Counter[tuple[str, int | None]] = Counter()
    for page in pages:
        top.update({_edge_key(line) for line in page[:_EDGE]})
        bottom.update({_edge_key(line) for line in page[-_EDGE:]})
    for page in pages:
        for lines, counts in ((page, top), (page[::-1], bottom)):
            for line in lines[:_EDGE]:
                repeated = n >= 2 and counts[_edge_key(line)] >= need
                if not (repeated or _is_page_number(line.text, n)):
                    break
                line.furniture = True
        if all(line.furniture for line in page):  # never erase a whole page of text
            for line in page:
                line.furniture = _is_page_number(line.text, n)


def _mark_footnotes(pages: list[list[_Line]]) -> None:
    """Mark footnotes: a block of lines in a smaller font at the foot of a page (above
    the footer) whose first line starts with a note number or mark."""
    sizes = Counter(round(line.size * 2) / 2 for page in pages for line in page
                    if line.size and not line.furniture)
    if not sizes:
        return
    body_size = sizes.most_common(1)[0][0]
    for page in pages:
        block: list[_Line] = []
        for line in reversed(page):
            if line.furniture:
                if block:
                    break
                continue
            if line.size is None or line.size > body_size - 0.8:
                break
            block.append(line)
        body_left = sum(1 for line in page if not line.furniture) - len(block)
        if block and body_left > 0 and _NOTE_START.match(block[-1].text):
            for line in block:
                line.footnote = True


@dataclass(frozen=True)
class _Layout:
    """What body text looks like in this PDF: line step, left margin, line width."""

    step: float | None
    left: float | None
    width: int
    bottom: float | None
    right: float | None = None  # the right margin of body text, when widths are known


def _paragraph_break(prev: _Line, line: _Line, layout: _Layout, same_page: bool) -> bool:
    """Does ``line`` start a new paragraph after ``prev``?"""
    step, left = layout.step, layout.left
    ends_sentence = prev.text.endswith(_SENTENCE_END)
    if same_page and prev.y is not None and line.y is not None and step:
        gap = prev.y - line.y
        if gap < 0 or gap > 1.4 * step:
            return True
    if (not same_page and ends_sentence and step and prev.y is not None
            and layout.bottom is not None and prev.y - layout.bottom > 2 * step):
        return True  # the page ended early, after a full stop
    if prev.size and line.size and abs(prev.size - line.size) > 0.5:
        return True
    if (left is not None and line.x is not None and prev.x is not None and line.size
            and line.x - left > line.size and prev.x - left <= line.size / 2):
        return True  # a first-line indent
    if not ends_sentence:
        return False
    if (layout.right is not None and prev.right is not None
            and line.first_word is not None and prev.size):
        # The line stopped although the next line's first word would have fitted.
        return prev.right + 0.25 * prev.size + line.first_word < layout.right - 1
    return len(prev.text) < 0.7 * layout.width


def _assemble(pages: list[list[_Line]]) -> Extracted:
    body = [line for page in pages for line in page if not line.removed]
    xs = Counter(round(line.x) for line in body if line.x is not None)
    # The left margin: the leftmost x that starts many lines (indented first lines can
    # be as common as flush ones in an essay of short paragraphs).
    common = [x for x, count in xs.items() if count >= 0.2 * sum(xs.values())]
    left = float(min(common)) if common else None
    gaps = []
    for page in pages:
        ys = [line.y for line in page if not line.removed and line.y is not None]
        gaps += [a - b for a, b in zip(ys, ys[1:], strict=False) if a > b]
    step = sorted(gaps)[len(gaps) // 2] if gaps else None
    lengths = sorted(len(line.text) for line in body)
    bottoms = [line.y for line in body if line.y is not None]
    rights = sorted(line.right for line in body if line.right is not None)
    margin = rights[int(len(rights) * 0.95)] if len(rights) >= 0.8 * max(1, len(body)) else None
    layout = _Layout(step, left, lengths[int(len(lengths) * 0.8)] if lengths else 80,
                     min(bottoms) if bottoms else None, margin)

    parts: list[str] = []
    edits: list[Edit] = []
    pos = 0
    prev: _Line | None = None
    prev_page = -1
    pending: list[tuple[int, int, str]] = []  # removed lines (with one line break), kind
    placed: list[tuple[int, int, int]] = []  # body lines: range and page
    # Where a space joins two lines of one paragraph -> where the line before ends
    # (earlier than the space when removed furniture lies between, at a page break).
    joins: dict[int, int] = {}
    for page_no, page in enumerate(pages):
        for line in page:
            sep = ""
            if parts:
                sep = "\n"  # before a removed line, or before the first body line
                if not line.removed and prev is not None:
                    sep = ("\n\n" if _paragraph_break(prev, line, layout, page_no == prev_page)
                           else " ")
                    if sep == " ":
                        joins[pos] = placed[-1][1]
                parts.append(sep)
                pos += len(sep)
            start = pos
            parts.append(line.text)
            pos += len(line.text)
            if line.removed:
                # After body text the line goes with the break before it, so the
                # separator that follows (a space or a blank line) joins what is left.
                pending.append((start - 1, pos, line.removed) if prev is not None
                               else (start, pos + 1, line.removed))
            else:
                prev, prev_page = line, page_no
                placed.append((start, pos, page_no))
    text = "".join(parts)
    edits.extend(_removal_edits(text, pending))
    edits.extend(_hyphenation_edits(text, joins))
    edits.extend(_ligature_edits(text))
    edits.extend(_note_mark_edits(text, pages, placed))
    return Extracted(text, "pdf", None, tuple(sorted(edits, key=lambda e: e.start)))


def _removal_edits(text: str, ranges: list[tuple[int, int, str]]) -> list[Edit]:
    """Delete each removed line with its one line break; neighbouring lines of one
    kind become one edit."""
    merged: list[list[Any]] = []
    for start, end, kind in sorted((max(0, s), min(len(text), e), k) for s, e, k in ranges):
        if merged and start <= merged[-1][1] and kind == merged[-1][2]:
            merged[-1][1] = max(merged[-1][1], end)
        elif merged and start < merged[-1][1]:  # a shared line break stays with the first
            merged.append([merged[-1][1], end, kind])
        else:
            merged.append([start, end, kind])
    return [Edit(kind, s, e, "") for s, e, kind in merged if e > s]


def _hyphenation_edits(text: str, joins: dict[int, int]) -> list[Edit]:
    """``revision- ists`` -> ``revisionists`` when the joined word is a known word,
    else ``long- term`` -> ``long-term``; only where two lines of one paragraph were
    joined (``joins``: joining space -> end of the line before, which may lie before
    removed furniture) and only before a lower-case continuation."""
    edits = []
    for match in re.finditer("\u00ad", text):  # a soft hyphen always joins
        end = match.end() + (match.end() in joins)
        edits.append(Edit("pdf_hyphenation", match.start(), end, ""))
    for at, line_end in sorted(joins.items()):
        if line_end < 1 or text[line_end - 1] != "-":
            continue
        left = _HYPHEN_END.search(text[max(0, line_end - 41):line_end])
        right = _LOWER_START.match(text[at + 1:at + 41])
        if not left or not right:
            continue
        joined = _join(left.group(1), right.group(1))
        if line_end == at:
            edits.append(Edit("pdf_hyphenation", at - 1, at + 1, "" if joined else "-"))
            continue
        # Across a page break: the furniture between goes by its own edit.
        if joined:
            edits.append(Edit("pdf_hyphenation", line_end - 1, line_end, ""))
        edits.append(Edit("pdf_hyphenation", at, at + 1, ""))
    return edits


def _note_mark_edits(text: str, pages: list[list[_Line]],
                     placed: list[tuple[int, int, int]]) -> list[Edit]:
    """``the Soviet Union1 and`` -> ``the Soviet Union and``: a superscript note number
    that text extraction glued to a word, removed only when a footnote with that very
    number was found on the same page."""
    numbers: dict[int, set[str]] = {}
    for page_no, page in enumerate(pages):
        for line in page:
            match = re.match(r"\d{1,3}(?=\D)", line.text) if line.footnote else None
            if match:
                numbers.setdefault(page_no, set()).add(match.group())
    edits = []
    for start, end, page_no in placed:
        wanted = numbers.get(page_no)
        if not wanted:
            continue
        for match in _NOTE_MARK.finditer(text, start, end):
            if match.group(1) in wanted:
                edits.append(Edit("pdf_note_mark", match.start(1), match.end(1), ""))
    return edits


def _ligature_edits(text: str) -> list[Edit]:
    """``ﬁrst`` -> ``first``: PDF fonts often map ligature glyphs to U+FB00-FB06."""
    return [Edit("pdf_ligature", m.start(), m.end(), _LIGATURES[m.group()])
            for m in _LIGATURE.finditer(text)]


def _join(left: str, right: str) -> bool:
    """Is ``left+right`` a known word that is not better read as two words?"""
    counts = _unigrams()
    joined = counts.get((left + right).lower(), 0)
    if joined < _MIN_JOINED:
        return False
    a, b = counts.get(left.lower(), 0), counts.get(right.lower(), 0)
    return not (a > 10 * joined and b > 10 * joined)


@cache
def _unigrams() -> dict[str, int]:
    """wordsegment's unigram counts (English web text), read without its bigrams."""
    from importlib.resources import files

    out: dict[str, int] = {}
    with (files("wordsegment") / "unigrams.txt").open(encoding="utf-8") as fh:
        for row in fh:
            word, _, count = row.partition("\t")
            out[word] = int(count)
    return out
