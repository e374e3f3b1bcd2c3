"""Spaces inside quotation marks (``“ a state of siege”`` -> ``“a state of siege”``).

Curly opening quotes are unambiguous, so a space after one is always removed.
A space before a closing quote, and straight quotes, are fixed only inside a
pair found on the same line.
"""

from __future__ import annotations

import re

from essaylens.document import Edit

_OPEN_SPACE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))([“‘])[ \t]+(?=[\w(])", re.MULTILINE)
_CURLY_PAIR = re.compile(r"“([^“”\n]{1,400})”")
_STRAIGHT_PAIR = re.compile(r'(?:(?<=^)|(?<=[\s(\[]))"([^"\n]{1,400})"(?=[\s.,;:!?)\]]|$)',
                            re.MULTILINE)


def find_quote_spaces(text: str) -> list[Edit]:
    edits: dict[int, Edit] = {}
    for m in _OPEN_SPACE.finditer(text):
        edits[m.start(1)] = Edit("quote_spacing", m.start(1), m.end(), m.group(1))
    for m in _CURLY_PAIR.finditer(text):
        inner_end = m.end(1)
        stripped = len(m.group(1).rstrip(" \t"))
        if stripped and m.start(1) + stripped < inner_end:
            start = m.start(1) + stripped
            edits[start] = Edit("quote_spacing", start, inner_end + 1, "”")
    for m in _STRAIGHT_PAIR.finditer(text):
        inner = m.group(1)
        lead = len(inner) - len(inner.lstrip(" \t"))
        trail = len(inner) - len(inner.rstrip(" \t"))
        if not inner.strip():
            continue
        if lead:
            edits[m.start()] = Edit("quote_spacing", m.start(), m.start(1) + lead, '"')
        if trail:
            edits[m.end(1) - trail] = Edit("quote_spacing", m.end(1) - trail, m.end(), '"')
    return list(edits.values())
