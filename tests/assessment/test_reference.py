"""The reference essay: level and mark with reasons a student can act on."""

from __future__ import annotations

import re

from essaylens.analysis import analyze_text, build_document, default_pipeline
from essaylens.assessment.schemes import load_scheme
from essaylens.assessment.stage import assess


def _reasons(a: dict) -> str:
    return " ".join([a["summary"]] + [c["finding"] for c in a["criteria"]])


def test_reasons_mention_the_mismatch_when_the_question_layer_reports_it(
        reference_text: str) -> None:
    doc = build_document(reference_text)
    default_pipeline(("segment",)).run(doc)
    doc.results["question"] = {"type": "descriptive", "body_type": "causal",
                               "mismatch": True}
    a = assess(doc, load_scheme(None))
    assert "mismatch" in _reasons(a).lower()


def test_reasons_mention_the_mismatch_from_own_reading(reference_text: str) -> None:
    a = analyze_text(reference_text).results["assessment"]
    assert "mismatch" in _reasons(a).lower()
    assert a["level"] <= 3  # capped: it answers a different question


def test_reasons_mention_the_long_unstructured_sentences(reference_text: str) -> None:
    a = analyze_text(reference_text).results["assessment"]
    assert re.search(r"long and unstructured", _reasons(a))


def test_next_steps_tie_to_real_places(reference_text: str) -> None:
    doc = analyze_text(reference_text)
    steps = doc.results["assessment"]["next_steps"]
    assert len(steps) == 3
    for s in steps:
        assert 0 <= s["start"] < s["end"] <= len(doc.text)
        assert doc.text[s["start"]:s["end"]].strip()
