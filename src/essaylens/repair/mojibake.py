"""Mojibake (``Yezhovâ€™s`` for ``Yezhov’s``): ftfy decides, we record the diff.

ftfy is configured to fix encoding damage only: it must not straighten curly
quotes, change widths or normalise anything the student typed on purpose.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache
from typing import Any

from essaylens.document import Edit

# Cheap pre-filter: mojibake of UTF-8 read as cp1252/latin-1 starts with one of these.
_SUSPECT = re.compile("[\u00c2\u00c3\u00c5\u00e2\u00ef\u00d0\u00d1\ufffd\u0080-\u009f]")


@cache
def _config() -> Any:
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_encoding=True,
        restore_byte_a0=True, replace_lossy_sequences=True, decode_inconsistent_utf8=True,
        fix_c1_controls=True, fix_latin_ligatures=False, fix_character_width=False,
        uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=True,
        remove_control_chars=False, normalization=None, explain=False,
    )


def find_mojibake(text: str) -> list[Edit]:
    if not _SUSPECT.search(text):
        return []
    import ftfy

    edits: list[Edit] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if _SUSPECT.search(line):
            fixed = ftfy.fix_text(line, config=_config())
            if fixed != line:
                edits.extend(_diff(line, fixed, offset))
        offset += len(line)
    return edits


def _diff(old: str, new: str, offset: int) -> list[Edit]:
    """The smallest edits turning ``old`` into ``new`` (touching changes merged)."""
    pieces: list[tuple[int, int, str]] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if pieces and pieces[-1][1] == i1:
            s, _, r = pieces.pop()
            pieces.append((s, i2, r + new[j1:j2]))
        else:
            pieces.append((i1, i2, new[j1:j2]))
    return [Edit("mojibake", offset + s, offset + e, r) for s, e, r in pieces]
