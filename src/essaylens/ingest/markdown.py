"""``.md``: the text as written, with Markdown markup proposed as recorded edits.

A student's Markdown essay reads as prose once its markup is gone: heading
marks, emphasis stars and underscores, link targets, image references, block
quote and list markers, rules and HTML comments.  None of it is dropped
silently: each removal is an :class:`Edit` of kind ``md_markup`` on the text as
read, so the record lists it and offsets map back to the file.  Fenced code
blocks and inline code are left alone apart from their backticks.  The title
is the first level-1 heading (``# Title`` or a line underlined with ``===``).
"""

from __future__ import annotations

import re

from essaylens.document import Edit
from essaylens.ingest.base import Extracted
from essaylens.ingest.text import decode

_KIND = "md_markup"
_FENCE = re.compile(r"^\s*(```|~~~)")
_ATX = re.compile(r"^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^(=+|-+)[ \t]*$")
_RULE = re.compile(r"^[ \t]*(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_QUOTE = re.compile(r"^[ \t]*>[ \t]?")
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+(?=\S)")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"(\[)[^\]\n]+(\]\([^)\s]+(?:[ \t]+\"[^\"\n]*\")?\))")
_STRONG = re.compile(r"(?<!\\)(\*\*|__)(?=\S)(.+?)(?<=[^\s\\])\1")
_EMPH_STAR = re.compile(r"(?<![*\w\\])(\*)(?=[^\s*])(.+?)(?<=[^\s*\\])(\*)(?![*\w])")
_EMPH_UNDER = re.compile(r"(?<![_\w\\])(_)(?=[^\s_])(.+?)(?<=[^\s_\\])(_)(?![_\w])")
_CODE = re.compile(r"(`+)[^`\n]+?(\1)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")


def read_markdown(data: bytes, name: str) -> Extracted:
    text = decode(data, name)
    edits, title = markup_edits(text)
    return Extracted(text, "md", title, tuple(edits))


class _Edits:
    """Edits that never overlap: a later proposal touching an earlier one is dropped."""

    def __init__(self) -> None:
        self.items: list[Edit] = []

    def add(self, start: int, end: int, replacement: str = "") -> None:
        if end > start and all(end <= e.start or start >= e.end for e in self.items):
            self.items.append(Edit(_KIND, start, end, replacement))


def markup_edits(text: str) -> tuple[list[Edit], str | None]:
    """The edits that remove ``text``'s Markdown markup, and its title if it has one."""
    out = _Edits()
    title: tuple[int, int] | None = None  # where the title's words are
    for match in _COMMENT.finditer(text):
        out.add(match.start(), match.end())
    lines = text.split("\n")
    pos = 0
    fenced = False
    prev: tuple[int, str] | None = None  # start and text of the previous line
    for line in lines:
        start, end = pos, pos + len(line)
        pos = end + 1
        if _FENCE.match(line):
            fenced = not fenced
            out.add(start, min(pos, len(text)))
            prev = None
            continue
        if fenced:
            continue
        setext = _SETEXT.match(line)
        if setext and prev is not None and prev[1].strip():
            out.add(start - 1, end)  # the underline and the line break before it
            if title is None and line.startswith("="):
                title = (prev[0], prev[0] + len(prev[1]))
            prev = None
            continue
        if _RULE.match(line):
            out.add(start, end)
            prev = None
            continue
        heading = _ATX.match(line)
        body_start = start
        if heading:
            body_start = start + heading.start(2)
            out.add(start, body_start)
            if heading.end(2) < len(line):  # closing hashes
                out.add(start + heading.end(2), end)
            if title is None and len(heading.group(1)) == 1:
                title = (start + heading.start(2), start + heading.end(2))
        else:
            for marker in (_QUOTE, _BULLET):
                m = marker.match(line)
                if m and m.end():
                    out.add(start, start + m.end())
                    body_start = start + m.end()
                    break
        _inline(text, body_start, end, out)
        prev = (start, line)
    edits = sorted(out.items, key=lambda e: e.start)
    return edits, None if title is None else _clean_span(text, title, edits)


def _clean_span(text: str, span: tuple[int, int], edits: list[Edit]) -> str | None:
    """The words of ``text[span]`` once the edits inside it are applied."""
    from essaylens.document import apply_edits

    s, e = span
    inside = [Edit(x.kind, x.start - s, x.end - s, x.replacement) for x in edits
              if x.start >= s and x.end <= e]
    cleaned = apply_edits(text[s:e], inside)[0].strip()
    return cleaned or None


def _inline(text: str, start: int, end: int, out: _Edits) -> None:
    segment = text[start:end]
    for m in _CODE.finditer(segment):
        out.add(start + m.start(1), start + m.end(1))
        out.add(start + m.start(2), start + m.end(2))
    for m in _IMAGE.finditer(segment):
        out.add(start + m.start(), start + m.end())
    for m in _LINK.finditer(segment):
        out.add(start + m.start(1), start + m.end(1))
        out.add(start + m.start(2), start + m.end(2))
    for m in _STRONG.finditer(segment):
        out.add(start + m.start(1), start + m.end(1))
        out.add(start + m.end(2), start + m.end())
    for pattern in (_EMPH_STAR, _EMPH_UNDER):
        for m in pattern.finditer(segment):
            out.add(start + m.start(1), start + m.end(1))
            out.add(start + m.start(3), start + m.end(3))
    for m in _ESCAPE.finditer(segment):
        out.add(start + m.start(), start + m.start() + 1)
