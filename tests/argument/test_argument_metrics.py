"""Eger et al. (2017) metrics on tiny hand-built cases."""

from __future__ import annotations

import pytest

from essaylens.argument.metrics import (
    Unit,
    component_counts,
    evaluate,
    overlap_ratio,
    relation_counts,
    stance_counts,
)

GOLD = Unit(
    components=[(0, 10, "Claim"), (12, 20, "Premise"), (22, 30, "Premise")],
    relations=[(1, 0, "supports"), (2, 0, "attacks")],
    stances={0: "For"},
)


def test_exact_match_counts_every_component() -> None:
    result = evaluate([(GOLD, GOLD)])
    assert result["component_f1_100"] == 1.0
    assert result["relation_f1_100"] == 1.0
    assert result["stance_f1_100"] == 1.0


def test_boundary_error_fails_100_but_passes_50() -> None:
    pred = Unit(components=[(0, 10, "Claim"), (13, 20, "Premise"), (22, 30, "Premise")])
    assert component_counts(GOLD, pred, 1.0).tp == 2
    assert component_counts(GOLD, pred, 0.5).tp == 3


def test_overlap_is_relative_to_the_longer_span() -> None:
    assert overlap_ratio((0, 10), (0, 5)) == pytest.approx(0.5)
    assert overlap_ratio((0, 10), (0, 4)) == pytest.approx(0.4)
    pred = Unit(components=[(0, 4, "Claim")])
    assert component_counts(GOLD, pred, 0.5).tp == 0


def test_wrong_type_is_not_a_match() -> None:
    pred = Unit(components=[(0, 10, "Premise")])
    counts = component_counts(GOLD, pred, 1.0)
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 3)


def test_matches_are_one_to_one() -> None:
    pred = Unit(components=[(0, 10, "Claim"), (0, 10, "Claim")])
    counts = component_counts(GOLD, pred, 1.0)
    assert (counts.tp, counts.fp) == (1, 1)


def test_relation_needs_right_target_and_type() -> None:
    wrong_target = Unit(GOLD.components, [(1, 2, "supports"), (2, 0, "attacks")])
    assert relation_counts(GOLD, wrong_target, 1.0).tp == 1
    wrong_type = Unit(GOLD.components, [(1, 0, "attacks"), (2, 0, "attacks")])
    assert relation_counts(GOLD, wrong_type, 1.0).tp == 1


def test_relation_endpoints_match_at_the_level() -> None:
    shifted = Unit([(0, 10, "Claim"), (13, 20, "Premise"), (22, 30, "Premise")],
                   [(1, 0, "supports")])
    assert relation_counts(GOLD, shifted, 1.0).tp == 0
    assert relation_counts(GOLD, shifted, 0.5).tp == 1


def test_stance_counts_claims_with_the_right_stance() -> None:
    pred = Unit(GOLD.components, stances={0: "Against"})
    assert stance_counts(GOLD, pred).tp == 0
    assert stance_counts(GOLD, Unit(GOLD.components, stances={0: "For"})).tp == 1


def test_f1_of_half_right_prediction() -> None:
    pred = Unit(components=[(0, 10, "Claim"), (40, 50, "Premise")])
    # precision 1/2, recall 1/3 -> F1 = 0.4
    assert evaluate([(GOLD, pred)])["component_f1_100"] == pytest.approx(0.4)
