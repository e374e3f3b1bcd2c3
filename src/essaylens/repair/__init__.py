"""Text repairs: each proposes recorded edits; precision first."""

from __future__ import annotations

from collections.abc import Iterable

from essaylens.document import Edit


def repair(text: str, reader_edits: Iterable[Edit] = ()) -> list[Edit]:
    """All repairs of ``text`` as edits on it (reader edits included)."""
    return list(reader_edits)
