"""QWK and the rounding thresholds fitted to maximise it."""

from __future__ import annotations

import numpy as np

from essaylens.assessment.model import apply_thresholds, fit_thresholds, qwk


def test_qwk_is_one_for_perfect_agreement() -> None:
    assert qwk([0, 1, 2, 3], [0, 1, 2, 3], 0, 3) == 1.0


def test_qwk_matches_scikit_learn() -> None:
    from sklearn.metrics import cohen_kappa_score

    rng = np.random.default_rng(0)
    a = rng.integers(2, 13, 200)
    b = np.clip(a + rng.integers(-2, 3, 200), 2, 12)
    assert abs(qwk(a, b, 2, 12) - cohen_kappa_score(a, b, weights="quadratic")) < 1e-9


def test_fitted_thresholds_beat_plain_rounding_on_a_squeezed_prediction() -> None:
    rng = np.random.default_rng(1)
    y = rng.integers(0, 5, 400)
    pred = 2 + 0.4 * (y - 2) + rng.normal(0, 0.3, 400)  # regression to the mean
    plain = qwk(y, np.clip(np.rint(pred), 0, 4), 0, 4)
    cuts = fit_thresholds(pred, y, 0, 4)
    assert qwk(y, apply_thresholds(pred, cuts, 0), 0, 4) > plain + 0.05


def test_text_columns_have_the_same_order_in_training_and_prediction() -> None:
    from essaylens.assessment.model import StackedScorer

    rng = np.random.default_rng(0)
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota"]
    y = rng.integers(0, 4, 120)
    texts = [" ".join(rng.choice(words[: 3 + int(s) * 2], 30)) for s in y]
    model = StackedScorer(0, 3, svd_components=4)
    oof = model._text_oof(texts, y.astype(float))
    pred = model._text_pred(texts)
    assert oof.shape == pred.shape
    for j in range(oof.shape[1]):
        assert np.corrcoef(oof[:, j], pred[:, j])[0, 1] > 0.5, j
