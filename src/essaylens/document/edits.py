"""Recorded edits over an immutable source text, and the offset map they induce.

A repair never rewrites text in place: it proposes an :class:`Edit` (replace
``source[start:end]`` by ``replacement``).  The working text is the source with
all edits applied, and :class:`OffsetMap` converts offsets both ways so any
annotation on the working text can be shown on the student's own text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``source[start:end]`` by ``replacement``; ``kind`` names the repair."""

    kind: str
    start: int
    end: int
    replacement: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad edit range {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class AppliedEdit:
    """An edit with its place in both texts: what the record lists as a repair."""

    kind: str
    original: str
    replacement: str
    start: int
    end: int
    source_start: int
    source_end: int


class OffsetMap:
    """Maps offsets between a source text and the working text made by edits.

    Offsets outside any edit shift by the accumulated length change; an offset
    inside an edited region snaps to the region's start (for a span start) or
    end (for a span end), so a mapped span always covers what it came from.
    """

    def __init__(self, applied: Sequence[AppliedEdit]) -> None:
        self._src_starts = [a.source_start for a in applied]
        self._src_ends = [a.source_end for a in applied]
        self._work_starts = [a.start for a in applied]
        self._work_ends = [a.end for a in applied]

    @staticmethod
    def _map(pos: int, starts: list[int], ends: list[int],
             other_starts: list[int], other_ends: list[int], side: str) -> int:
        """Map ``pos``; a span start takes in every region that begins at or
        contains it, a span end every region that ends at or contains it."""
        n = len(starts)
        if side == "start":
            i = bisect_left(ends, pos)  # first region not wholly before pos
            while i < n and ends[i] == pos and starts[i] < pos:
                i += 1  # a region ending at pos lies before a span starting there
            if i < n and starts[i] <= pos:
                return other_starts[i]
            prev = i - 1
        else:
            i = bisect_right(starts, pos) - 1  # last region not wholly after pos
            while i >= 0 and starts[i] == pos and ends[i] > pos:
                i -= 1  # a region starting at pos lies after a span ending there
            if i >= 0 and ends[i] >= pos:
                return other_ends[i]
            prev = i
        if prev < 0:
            return pos
        return pos - ends[prev] + other_ends[prev]

    def to_source(self, pos: int, side: str = "start") -> int:
        """Working-text offset to source offset."""
        return self._map(pos, self._work_starts, self._work_ends,
                         self._src_starts, self._src_ends, side)

    def to_working(self, pos: int, side: str = "start") -> int:
        """Source offset to working-text offset."""
        return self._map(pos, self._src_starts, self._src_ends,
                         self._work_starts, self._work_ends, side)

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        return self.to_source(start, "start"), self.to_source(end, "end")

    def span_to_working(self, start: int, end: int) -> tuple[int, int]:
        return self.to_working(start, "start"), self.to_working(end, "end")


def normalise(edits: Iterable[Edit]) -> list[Edit]:
    """Sort edits and drop no-ops; overlapping edits are a programming error."""
    ordered = sorted((e for e in edits), key=lambda e: (e.start, e.end))
    kept: list[Edit] = []
    for edit in ordered:
        if kept and edit.start < kept[-1].end:
            raise ValueError(f"overlapping edits: {kept[-1]} and {edit}")
        kept.append(edit)
    return kept


def apply_edits(source: str, edits: Iterable[Edit]) -> tuple[str, list[AppliedEdit]]:
    """Apply non-overlapping edits; return the working text and the applied list."""
    pieces: list[str] = []
    applied: list[AppliedEdit] = []
    cursor = 0
    out_len = 0
    for edit in normalise(edits):
        if edit.end > len(source):
            raise ValueError(f"edit beyond text end: {edit}")
        kept = source[cursor:edit.start]
        pieces.append(kept)
        out_len += len(kept)
        original = source[edit.start:edit.end]
        if original == edit.replacement:
            cursor = edit.end
            pieces.append(original)
            out_len += len(original)
            continue
        applied.append(AppliedEdit(edit.kind, original, edit.replacement,
                                   out_len, out_len + len(edit.replacement),
                                   edit.start, edit.end))
        pieces.append(edit.replacement)
        out_len += len(edit.replacement)
        cursor = edit.end
    pieces.append(source[cursor:])
    return "".join(pieces), applied


def compose(source: str, earlier: Sequence[Edit], later: Sequence[Edit]) -> list[Edit]:
    """Express ``later`` (edits on the text made by ``earlier``) as edits on ``source``.

    Repairs run in passes, each on the previous pass's output; composing keeps
    one list of edits against the one immutable source.  Every changed region
    of the middle text (an earlier replacement or a later edit) is a dirty
    interval; touching intervals merge, so each merged interval maps to one
    source range and one final replacement, and its kind joins both names.
    """
    middle, first = apply_edits(source, earlier)
    final, second = apply_edits(middle, later)
    to_source = OffsetMap(first)
    to_final = OffsetMap(second)
    dirty = sorted([(a.start, a.end, a.kind) for a in first]
                   + [(a.source_start, a.source_end, a.kind) for a in second])
    merged: list[tuple[int, int, set[str]]] = []
    for start, end, kind in dirty:
        if merged and start <= merged[-1][1]:
            s0, e0, kinds = merged[-1]
            merged[-1] = (s0, max(e0, end), kinds | {kind})
        else:
            merged.append((start, end, {kind}))
    result = []
    for start, end, kinds in merged:
        src_start, src_end = to_source.span_to_source(start, end)
        fin_start, fin_end = to_final.span_to_working(start, end)
        result.append(Edit("+".join(sorted(kinds)), src_start, src_end, final[fin_start:fin_end]))
    return normalise(result)
