"""Recorded edits over an immutable source text, and the offset map they induce.

A repair never rewrites text in place: it proposes an :class:`Edit` (replace
``source[start:end]`` by ``replacement``).  The working text is the source with
all edits applied, and :class:`OffsetMap` converts offsets both ways so any
annotation on the working text can be shown on the student's own text.
"""

from __future__ import annotations

from bisect import bisect_right
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
        i = bisect_right(starts, pos) - 1
        # An insertion (empty range) at ``pos`` leaves ``pos`` outside it.
        while i >= 0 and starts[i] == ends[i] == pos and side == "start":
            i -= 1
        if i < 0:
            return pos
        if pos < ends[i] or (pos == ends[i] == starts[i] and side == "end"):
            return other_starts[i] if side == "start" else other_ends[i]
        return pos - ends[i] + other_ends[i]

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
    a single list of edits against the one immutable source.  Where a later
    edit touches an earlier one the two merge into one edit whose kind joins
    both names.
    """
    middle, applied = apply_edits(source, earlier)
    mapping = OffsetMap(applied)
    merged: list[tuple[int, int, int, int, set[str]]] = []  # src range, mid range, kinds
    for a in applied:
        merged.append((a.source_start, a.source_end, a.start, a.end, {a.kind}))
    for edit in normalise(later):
        s = mapping.to_source(edit.start, "start")
        e = mapping.to_source(edit.end, "end")
        merged.append((s, e, edit.start, edit.end, {edit.kind}))
    merged.sort(key=lambda m: (m[0], m[1]))
    groups: list[list[tuple[int, int, int, int, set[str]]]] = []
    for item in merged:
        if groups and item[0] < max(g[1] for g in groups[-1]):
            groups[-1].append(item)
        elif groups and item[0] == item[1] == groups[-1][-1][1] and item[0] > groups[-1][-1][0]:
            groups[-1].append(item)
        else:
            groups.append([item])
    final_text, _ = apply_edits(middle, later)
    later_map = OffsetMap(apply_edits(middle, later)[1])
    result: list[Edit] = []
    for group in groups:
        s = min(g[0] for g in group)
        e = max(g[1] for g in group)
        ms = mapping.to_working(s, "start")
        me = mapping.to_working(e, "end")
        fs = later_map.to_working(ms, "start")
        fe = later_map.to_working(me, "end")
        kinds = sorted(set().union(*(g[4] for g in group)))
        result.append(Edit("+".join(kinds), s, e, final_text[fs:fe]))
    return normalise(result)
