"""The reference history essay: the conclusion's judgement is a major claim, and the
paragraphs that open "However", "In stark contrast" and "Contrary to jealousy" argue the
other side (a counterargument or an attack).  Paragraphs are found at run time."""

from __future__ import annotations

from pathlib import Path

import pytest

from essaylens.analysis import analyze_path
from essaylens.argument.model import MODEL_DIR, ArgumentModel

pytestmark = pytest.mark.skipif(not ArgumentModel.available(MODEL_DIR),
                                reason="argument model not built (essaylens train aaec)")


@pytest.fixture(scope="module")
def analysed(reference_path: Path):  # type: ignore[no-untyped-def]
    return analyze_path(reference_path)


def test_final_paragraph_judgement_is_a_major_claim(analysed) -> None:  # type: ignore[no-untyped-def]
    last = list(analysed.spans["paragraphs"])[-1]
    comps = analysed.spans["components"].covered_by(last.start, last.end)
    assert any(c.attrs["type"] == "MajorClaim" and c.attrs["role"] == "judgement"
               for c in comps)


@pytest.mark.parametrize("opening", ["However", "In stark contrast", "Contrary to jealousy"])
def test_contrast_paragraphs_argue_the_other_side(analysed, opening: str) -> None:  # type: ignore[no-untyped-def]
    doc = analysed
    paras = [p for p in doc.spans["paragraphs"]
             if doc.text[p.start:p.end].lstrip().startswith(opening)]
    assert paras, f"no paragraph opens with {opening!r} in the reference essay"
    layer = doc.spans["components"]
    for para in paras:
        comps = layer.covered_by(para.start, para.end)
        ids = {c.id for c in comps}
        attacks = [r for r in doc.relations["relations"]
                   if r.label == "attack" and r.source in ids]
        counters = [c for c in comps if c.attrs["role"] in ("counterargument", "rebuttal")]
        assert attacks or counters, f"paragraph opening {opening!r} has no counterargument"
