"""``.pdf``: the text layer (pypdf), reflowed into paragraphs, furniture recorded.

pypdf gives one line of text per line on the page.  The reader rebuilds the
essay from those lines: lines of one paragraph are joined by ``\\n``, paragraphs
by a blank line (a paragraph ends where the vertical gap grows, the next line
is indented, the font size changes, or a short line ends a sentence).  That
text is the *source*.  Page furniture (running headers and footers repeated
across pages, bare page numbers, ``Page N of M``) and words hyphenated across a
line break are not dropped silently: they come back as :class:`Edit` s
(kinds ``pdf_furniture`` and ``pdf_hyphenation``) so the record lists them as
repairs and every offset still maps to what the PDF holds.
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


def read_pdf(data: bytes, name: str) -> Extracted:
    with _quiet():
        pages = _extract(data, name)
    if sum(ch.isalpha() for page in pages for line in page for ch in line.text) < 20:
        raise NoTextLayer(f"{name}: no text layer: run OCR first (the PDF holds only "
                          "images of pages)")
    _mark_furniture(pages)
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
    pieces: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
            pieces.append((text, x, y, size * (scale or 1.0)))

    plain = page.extract_text(visitor_text=visit) or ""
    if "".join(p[0] for p in pieces) != plain:  # no geometry we can trust: text only
        return [_Line(t.strip()) for t in plain.split("\n") if t.strip()]
    lines: list[_Line] = []
    current = _Line("")
    for text, x, y, size in pieces:
        for i, part in enumerate(text.split("\n")):
            if i:
                lines.append(current)
                current = _Line("")
            if part:
                current.text += part
                if current.y is None and part.strip():
                    current.x, current.y, current.size = x, y, size
    lines.append(current)
    out = []
    for line in lines:
        line.text = " ".join(line.text.split())
        if line.text:
            out.append(line)
    return out


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


def _is_page_number(text: str, pages: int) -> bool:
    match = _PAGE_NUMBER.match(text)
    if not match:
        return False
    if re.search(r"page|of|/", text, re.I):
        return True
    return 0 <= int(match.group(1)) <= pages + 10  # a bare number: a plausible page number


def _mark_furniture(pages: list[list[_Line]]) -> None:
    """Mark page numbers and lines repeated at the top or bottom of most pages."""
    n = len(pages)
    need = max(2, math.ceil(n / 2))
    top: Counter[str] = Counter()
    bottom: Counter[str] = Counter()
    for page in pages:
        top.update({_norm(line.text) for line in page[:_EDGE]})
        bottom.update({_norm(line.text) for line in page[-_EDGE:]})
    for page in pages:
        for lines, counts in ((page, top), (page[::-1], bottom)):
            for line in lines[:_EDGE]:
                repeated = n >= 2 and counts[_norm(line.text)] >= need
                if not (repeated or _is_page_number(line.text, n)):
                    break
                line.furniture = True
        if all(line.furniture for line in page):  # never erase a whole page of text
            for line in page:
                line.furniture = _is_page_number(line.text, n)


@dataclass(frozen=True)
class _Layout:
    """What body text looks like in this PDF: line step, left margin, line width."""

    step: float | None
    left: float | None
    width: int
    bottom: float | None


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
    return ends_sentence and len(prev.text) < 0.7 * layout.width


def _assemble(pages: list[list[_Line]]) -> Extracted:
    body = [line for page in pages for line in page if not line.furniture]
    xs = Counter(round(line.x) for line in body if line.x is not None)
    left = float(xs.most_common(1)[0][0]) if xs else None
    gaps = []
    for page in pages:
        ys = [line.y for line in page if not line.furniture and line.y is not None]
        gaps += [a - b for a, b in zip(ys, ys[1:], strict=False) if a > b]
    step = sorted(gaps)[len(gaps) // 2] if gaps else None
    lengths = sorted(len(line.text) for line in body)
    bottoms = [line.y for line in body if line.y is not None]
    layout = _Layout(step, left, lengths[int(len(lengths) * 0.8)] if lengths else 80,
                     min(bottoms) if bottoms else None)

    parts: list[str] = []
    edits: list[Edit] = []
    pos = 0
    prev: _Line | None = None
    prev_page = -1
    pending: list[tuple[int, int]] = []  # furniture ranges awaiting the next separator
    for page_no, page in enumerate(pages):
        for line in page:
            if parts:
                sep = "\n"
                if not line.furniture and prev is not None and _paragraph_break(
                        prev, line, layout, page_no == prev_page):
                    sep = "\n\n"
                parts.append(sep)
                pos += len(sep)
            start = pos
            parts.append(line.text)
            pos += len(line.text)
            if line.furniture:
                pending.append((start, pos))
            else:
                prev, prev_page = line, page_no
    text = "".join(parts)
    edits.extend(_furniture_edits(text, pending))
    edits.extend(_hyphenation_edits(text, {s for s, _ in pending}))
    return Extracted(text, "pdf", None, tuple(sorted(edits, key=lambda e: e.start)))


def _furniture_edits(text: str, ranges: list[tuple[int, int]]) -> list[Edit]:
    """Delete each furniture line with one neighbouring line break."""
    edits = []
    for start, end in ranges:
        if end < len(text) and text[end] == "\n":
            end += 1
        elif start > 0 and text[start - 1] == "\n":
            start -= 1
        edits.append((start, end))
    merged: list[list[int]] = []
    for start, end in sorted(edits):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [Edit("pdf_furniture", s, e, "") for s, e in merged]


def _hyphenation_edits(text: str, furniture_starts: set[int]) -> list[Edit]:
    """``revision-\\nists`` -> ``revisionists`` when the joined word is a known word,
    else ``long-\\nterm`` -> ``long-term``; only across a single line break of a
    paragraph and only before a lower-case continuation."""
    edits = []
    for match in re.finditer(r"(?<=[A-Za-z])-\n(?=[a-z])", text):
        if match.end() in furniture_starts:
            continue
        left = _HYPHEN_END.search(text[max(0, match.start() - 40):match.start() + 1])
        right = _LOWER_START.match(text[match.end():match.end() + 40])
        if not left or not right:
            continue
        joined = _join(left.group(1), right.group(1))
        edits.append(Edit("pdf_hyphenation", match.start(), match.end(),
                          "" if joined else "-"))
    return edits


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
