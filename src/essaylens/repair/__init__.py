"""Text repairs.  Each repair proposes recorded edits; none rewrites the text.

Repairs run in two passes so that later ones see the earlier fixes (a glued
word inside mojibake is found only once the mojibake is fixed); the passes are
composed into one list of edits against the immutable source.  Where two
repairs of one pass claim the same characters, the earlier repair in the list
wins.  Precision first: a wrong repair is worse than a missed one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from essaylens.document import Edit, apply_edits, compose
from essaylens.repair.glued import find_glued
from essaylens.repair.hyphenation import find_hyphenation
from essaylens.repair.markers import find_markers
from essaylens.repair.mojibake import find_mojibake
from essaylens.repair.quotes import find_quote_spaces

Finder = Callable[[str], list[Edit]]

#: Pass 1 works on the text as read; pass 2 on the text after pass 1.
PASSES: tuple[tuple[Finder, ...], ...] = (
    (find_markers, find_mojibake),
    (find_hyphenation, find_glued, find_quote_spaces),
)


def _non_overlapping(edits: Iterable[Edit]) -> list[Edit]:
    """Keep edits in priority order, dropping any that overlaps one already kept."""
    kept: list[Edit] = []
    for edit in edits:
        if all(edit.end <= k.start or edit.start >= k.end for k in kept):
            kept.append(edit)
    return sorted(kept, key=lambda e: (e.start, e.end))


def run_pass(text: str, finders: Sequence[Finder]) -> list[Edit]:
    return _non_overlapping(e for finder in finders for e in finder(text))


def repair(text: str, reader_edits: Iterable[Edit] = ()) -> list[Edit]:
    """All repairs of ``text``, as edits on it (a reader's own edits first)."""
    edits = _non_overlapping(list(reader_edits) + run_pass(text, PASSES[0]))
    current, _ = apply_edits(text, edits)
    for finders in PASSES[1:]:
        later = run_pass(current, finders)
        if not later:
            continue
        edits = compose(text, edits, later)
        current, _ = apply_edits(text, edits)
    return edits
