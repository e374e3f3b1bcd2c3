"""Premise targets: one per premise, decoded as an arborescence with a premise-target prior."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from essaylens.argument.features import Para
from essaylens.argument.model import ArgumentModel, PredComponent


class StubLinker:
    """Link probability by target type and direction: the claim 0.5, the premise just
    before 0.3, a premise after 0.1 (the shape of a linker that under-scores premises)."""

    def proba(self, features: Mapping[str, Any]) -> dict[str, float]:
        back = 0.3 if features["dir"] == "back" else 0.1
        p = 0.5 if features["ttype"] == "Claim" else back
        return {"0": 1 - p, "1": p}


def model_with(meta: dict[str, Any]) -> ArgumentModel:
    model = ArgumentModel.__new__(ArgumentModel)  # no CRF files: only the linker is used
    model.linear = {"link": StubLinker()}  # type: ignore[dict-item]
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


def links(meta: dict[str, Any]) -> list[tuple[int, int]]:
    para = para_of("Bikes are best . They are cheap . Fuel costs money .".split())
    comps = [PredComponent(0, 3, "Claim"), PredComponent(4, 7, "Premise"),
             PredComponent(8, 11, "Premise")]
    return [(s, t) for s, t, _, _ in model_with(meta).link(para, comps)]


def test_without_a_prior_every_premise_goes_to_the_claim() -> None:
    assert links({}) == [(1, 0), (2, 0)]


def test_premise_target_bonus_lets_a_premise_support_the_one_before() -> None:
    # 0.3 x e^0.9 = 0.74 beats the claim's 0.5 backwards; 0.1 x e^0.9 = 0.25 forwards does not
    assert links({"premise_target_bonus": 0.9}) == [(1, 0), (2, 1)]
