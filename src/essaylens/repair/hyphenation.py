"""Words hyphenated across a line break (``revision-`` / ``ists``).

Joined when the joined word is a known word; otherwise only the line break is
removed and the hyphen kept (``well-`` / ``known`` is a compound).  Applies only
when the next line continues in lower case, so a paragraph ending in a dash is
left alone.
"""

from __future__ import annotations

import re

from essaylens.document import Edit

_BROKEN = re.compile(r"([A-Za-z]{2,})-[ \t]*\n[ \t]*([a-z]{2,})")
_KNOWN_COUNT = 5_000


def find_hyphenation(text: str) -> list[Edit]:
    from essaylens.repair.glued import _load

    unigrams, _ = _load()
    edits = []
    for m in _BROKEN.finditer(text):
        head, tail = m.group(1), m.group(2)
        joined = (head + tail).lower()
        if unigrams.get(joined, 0) >= _KNOWN_COUNT:
            edits.append(Edit("hyphenation", m.start(), m.end(), head + tail))
        else:
            edits.append(Edit("hyphenation", m.start(), m.end(), f"{head}-{tail}"))
    return edits
