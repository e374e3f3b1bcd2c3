"""A quick run of the history bench (bench/history): the planted errors are found and no
correct fact is contradicted."""

from __future__ import annotations

from pathlib import Path

from essaylens.history.bench import evaluate

BENCH = Path(__file__).resolve().parents[2] / "bench" / "history"


def test_bench_dev_set() -> None:
    result = evaluate(BENCH, repeats=1)
    assert result["contradiction_precision"] == 1.0, result["false_positives"]
    assert result["date_recall"] >= 0.95, result["missed_dates"]
    assert result["contradiction_recall"] >= 0.8, result["missed_contradictions"]


def test_correct_facts_are_never_contradicted() -> None:
    from essaylens.history.bench import stress

    result = stress(BENCH / "correct_facts.txt")
    assert result["false_contradictions"] == []
    assert result.get("supported", 0) >= 40
