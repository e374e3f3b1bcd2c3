"""Premise targets: one per premise, decoded as an arborescence with a premise-target prior."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

import networkx as nx

from essaylens.argument.features import Para
from essaylens.argument.model import ArgumentModel, PredComponent, best_targets


class StubLinker:
    """Link probability by target type and direction: the claim 0.5, the premise just
    before 0.3, a premise after 0.1 (the shape of a linker that under-scores premises)."""

    def proba(self, features: Mapping[str, Any]) -> dict[str, float]:
        back = 0.3 if features["dir"] == "back" else 0.1
        p = 0.5 if features["ttype"] == "Claim" else back
        return {"0": 1 - p, "1": p}


class MutualLinker:
    """Premises prefer each other (back 0.9, forward 0.8) to the claim (0.2): their best
    targets close a cycle."""

    def proba(self, features: Mapping[str, Any]) -> dict[str, float]:
        p = 0.2 if features["ttype"] == "Claim" else (0.9 if features["dir"] == "back" else 0.8)
        return {"0": 1 - p, "1": p}


def model_with(meta: dict[str, Any], linker: Any = None) -> ArgumentModel:
    model = ArgumentModel.__new__(ArgumentModel)  # no CRF files: only the linker is used
    model.linear = {"link": linker or StubLinker()}
    model.meta = meta
    return model


def para_of(words: list[str]) -> Para:
    toks, pos = [], 0
    for w in words:
        toks.append((w, pos, pos + len(w)))
        pos += len(w) + 1
    sent, k = [], 0
    for w in words:
        sent.append(k)
        k += w == "."
    return Para(1, 3, 0, pos, toks, sent)


def links(meta: dict[str, Any], linker: Any = None) -> list[tuple[int, int]]:
    para = para_of("Bikes are best . They are cheap . Fuel costs money .".split())
    comps = [PredComponent(0, 3, "Claim"), PredComponent(4, 7, "Premise"),
             PredComponent(8, 11, "Premise")]
    return [(s, t) for s, t, _, _ in model_with(meta, linker).link(para, comps)]


def test_without_a_prior_every_premise_goes_to_the_claim() -> None:
    assert links({}) == [(1, 0), (2, 0)]


def test_premise_target_bonus_lets_a_premise_support_the_one_before() -> None:
    # 0.3 x e^0.9 = 0.74 beats the claim's 0.5 backwards; 0.1 x e^0.9 = 0.25 forwards does not
    assert links({"premise_target_bonus": 0.9}) == [(1, 0), (2, 1)]


def test_premises_that_choose_each_other_still_make_a_tree() -> None:
    # best targets 1 -> 2 and 2 -> 1 close a cycle; the arborescence search breaks it
    # where it costs least: 0.2 x 0.9 (1 -> claim, 2 -> 1) beats 0.8 x 0.2
    assert links({}, MutualLinker()) == [(1, 0), (2, 1)]


def test_best_targets_refuses_a_cycle() -> None:
    weights = {(1, -1): -60.0, (2, -1): -60.0, (1, 0): -2.0, (2, 0): -2.0,
               (1, 2): -0.1, (2, 1): -0.1}
    assert best_targets([1, 2], weights) is None
    weights[(2, 1)] = -3.0
    assert best_targets([1, 2], weights) == {1: 2, 2: 0}


def test_best_targets_agree_with_the_arborescence_search() -> None:
    rng = random.Random(7)
    fast = 0
    for _ in range(300):
        claims, premises = [0, 1], [2, 3, 4, 5]
        weights = {(i, -1): -60.0 for i in premises}
        for i in premises:
            for j in claims + premises:
                if j != i:
                    weights[(i, j)] = rng.uniform(-5.0, 0.0)
        graph = nx.DiGraph()
        graph.add_edges_from((-1, c, {"weight": 0.0}) for c in claims)
        graph.add_edges_from((j, i, {"weight": w}) for (i, j), w in weights.items())
        tree = nx.maximum_spanning_arborescence(graph, attr="weight")
        best = best_targets(premises, weights)
        if best is not None:
            fast += 1
            assert best == {i: j for j, i in tree.edges() if i in premises}
    assert 0 < fast < 300  # both outcomes were exercised
