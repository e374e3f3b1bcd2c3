"""Conversion debris: ``[bookmark: _GoBack]`` tags and stray ``Page 2 of 3`` lines.

Only markers that converters are known to emit are removed; nothing that could
be the student's own bracketed text.
"""

from __future__ import annotations

import re

from essaylens.document import Edit

# Tags written by docx/odt-to-text converters in place of invisible objects.
_MARKER = re.compile(
    r"[ \t]?\[(?:bookmark|image|footnoteRef|endnoteRef|comment|annotation|anchor)"
    r":[^\]\n]{0,200}\]",
    re.IGNORECASE,
)
_PAGE_LINE = re.compile(
    r"^[ \t]*(?:Page|PAGE)[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?[ \t]*(?:\n|$)", re.MULTILINE)


def find_markers(text: str) -> list[Edit]:
    edits = []
    for m in _MARKER.finditer(text):
        start, end = m.span()
        # A tag between two spaces takes one of them along; a tag glued to the
        # next word keeps the space before it, so the words stay apart.
        if text[start] in " \t" and end < len(text) and text[end] not in " \t\n":
            start += 1
        edits.append(Edit("conversion_marker", start, end, ""))
    edits.extend(Edit("page_marker", m.start(), m.end(), "") for m in _PAGE_LINE.finditer(text))
    return edits
