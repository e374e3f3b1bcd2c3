"""Argument-mining metrics after Eger, Daxenberger & Gurevych (2017).

A component is a token span ``(start, end)`` (end excluded) with a type.  A predicted
component counts as correct at level ``a`` when some gold component of the same type
overlaps it by ``|G & P| / max(|G|, |P|) >= a`` (``a = 1``: exact span; ``a = 0.5``: the
"50% match" of Persing & Ng 2016).  A relation counts when both endpoints match gold
endpoints at that level (spans only), its target is the gold target and the type agrees.
Matches are one-to-one.  F1 is micro-averaged over all units (essays or paragraphs).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Comp = tuple[int, int, str]  # token start, token end (excluded), type
Rel = tuple[int, int, str]  # index of source component, index of target component, type


@dataclass
class Unit:
    """Gold or predicted annotation of one essay or paragraph."""

    components: list[Comp] = field(default_factory=list)
    relations: list[Rel] = field(default_factory=list)
    stances: dict[int, str] = field(default_factory=dict)  # component index -> For/Against


def overlap_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    longest = max(a[1] - a[0], b[1] - b[0])
    return inter / longest if longest else 0.0


def span_match(a: tuple[int, int], b: tuple[int, int], level: float) -> bool:
    if level >= 1.0:
        return a == b
    return overlap_ratio(a, b) >= level


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _align(gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]], level: float,
           ok: list[list[bool]] | None = None) -> dict[int, int]:
    """One-to-one alignment pred index -> gold index, best overlap first."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if (ok is None or ok[i][j]) and span_match(p, g, level):
                pairs.append((-overlap_ratio(p, g), i, j))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = {}
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out[i] = j
    return out


def component_counts(gold: Unit, pred: Unit, level: float,
                     types: Iterable[str] | None = None) -> Counts:
    keep = set(types) if types is not None else None
    g = [c for c in gold.components if keep is None or c[2] in keep]
    p = [c for c in pred.components if keep is None or c[2] in keep]
    ok = [[pc[2] == gc[2] for gc in g] for pc in p]
    matched = len(_align([c[:2] for c in g], [c[:2] for c in p], level, ok))
    return Counts(matched, len(p) - matched, len(g) - matched)


def relation_counts(gold: Unit, pred: Unit, level: float) -> Counts:
    """Relations are correct when both endpoint spans match (at ``level``) and types agree."""
    # Align spans regardless of type: relation scoring judges endpoints, not their labels.
    span_map = _align([c[:2] for c in gold.components], [c[:2] for c in pred.components], level)
    gold_rels = {(s, t, ty) for s, t, ty in gold.relations}
    tp = 0
    for s, t, ty in pred.relations:
        gs, gt = span_map.get(s), span_map.get(t)
        if gs is not None and gt is not None and (gs, gt, ty) in gold_rels:
            tp += 1
            gold_rels.discard((gs, gt, ty))
    return Counts(tp, len(pred.relations) - tp, len(gold.relations) - tp)


def stance_counts(gold: Unit, pred: Unit, level: float = 1.0) -> Counts:
    """Claims scored with their stance as part of the type (``Claim:For``)."""
    def typed(u: Unit) -> Unit:
        return Unit([(s, e, f"Claim:{u.stances.get(i)}") for i, (s, e, t) in
                     enumerate(u.components) if t == "Claim"])
    return component_counts(typed(gold), typed(pred), level)


def evaluate(pairs: Iterable[tuple[Unit, Unit]]) -> dict[str, float]:
    """Every figure for a list of (gold, predicted) units."""
    names = {
        "component_f1_100": lambda g, p: component_counts(g, p, 1.0),
        "component_f1_50": lambda g, p: component_counts(g, p, 0.5),
        "relation_f1_100": lambda g, p: relation_counts(g, p, 1.0),
        "relation_f1_50": lambda g, p: relation_counts(g, p, 0.5),
        "stance_f1_100": lambda g, p: stance_counts(g, p, 1.0),
        "majorclaim_f1_100": lambda g, p: component_counts(g, p, 1.0, ["MajorClaim"]),
        "claim_f1_100": lambda g, p: component_counts(g, p, 1.0, ["Claim"]),
        "premise_f1_100": lambda g, p: component_counts(g, p, 1.0, ["Premise"]),
        "span_f1_100": lambda g, p: component_counts(
            Unit([(s, e, "C") for s, e, _ in g.components]),
            Unit([(s, e, "C") for s, e, _ in p.components]), 1.0),
    }
    totals = {k: Counts() for k in names}
    for gold, pred in pairs:
        for k, fn in names.items():
            totals[k].add(fn(gold, pred))
    return {k: round(c.f1, 4) for k, c in totals.items()}
