"""Boosted trees exported from scikit-learn score exactly as scikit-learn does, and the
final linker learns from predicted components mapped onto gold ones."""

from __future__ import annotations

import json

import numpy as np
import pytest

from essaylens.argument.features import Para
from essaylens.argument.model import PredComponent, proba_many
from essaylens.argument.train import GoldPara, link_examples
from essaylens.argument.trees import TreeEnsemble

sklearn_ensemble = pytest.importorskip("sklearn.ensemble")


def fitted(n_classes: int) -> tuple[TreeEnsemble, object, np.ndarray, list[dict[str, float]]]:
    rng = np.random.RandomState(0)
    x = (rng.rand(300, 6) > 0.6).astype(float)
    x[:, 0] = rng.rand(300)
    y = (x[:, 0] * 3 + x[:, 1] + rng.rand(300)).astype(int) % n_classes
    clf = sklearn_ensemble.GradientBoostingClassifier(n_estimators=25, max_depth=3,
                                                      random_state=0).fit(x, y)
    names = [f"f{k}" for k in range(6)]
    model = TreeEnsemble.from_json(json.loads(json.dumps(
        TreeEnsemble.from_sklearn(names, clf).to_json())))
    rows = [{n: float(v) for n, v in zip(names, r, strict=True) if v} for r in x]
    return model, clf, x, rows


@pytest.mark.parametrize("n_classes", [2, 3])
def test_exported_trees_match_scikit_learn(n_classes: int) -> None:
    model, clf, x, rows = fitted(n_classes)
    ours = np.array([[p[c] for c in model.classes] for p in model.proba_many(rows)])
    assert np.abs(ours - clf.predict_proba(x)).max() < 1e-6  # type: ignore[attr-defined]
    assert model.proba(rows[0]) == pytest.approx(model.proba_many(rows[:1])[0])


def test_unseen_features_count_as_absent_and_no_rows_is_fine() -> None:
    model, _, _, rows = fitted(2)
    assert model.proba({**rows[3], "never-seen": 1.0}) == pytest.approx(model.proba(rows[3]))
    assert model.proba_many([]) == []
    assert proba_many(model, rows[:2]) == model.proba_many(rows[:2])


def test_link_examples_label_pairs_by_their_gold_counterparts() -> None:
    words = "Bikes are good . They are cheap . They need no fuel .".split()
    toks, pos = [], 0
    for w in words:
        toks.append((w, pos, pos + len(w)))
        pos += len(w) + 1
    para = Para(1, 3, 0, pos, toks, [0] * 4 + [1] * 4 + [2] * 4)
    gold = GoldPara(para, [(0, 3, "Claim"), (4, 7, "Premise"), (8, 11, "Premise")],
                    relations=[(1, 0, "supports"), (2, 1, "supports")])
    # Predicted: the claim found with its full stop (still a 75% match), the last premise
    # typed as a claim (it then has no outgoing link to learn).
    pred = [PredComponent(0, 4, "Claim"), PredComponent(4, 7, "Premise"),
            PredComponent(8, 11, "Claim")]
    xs, ys = link_examples([gold], [pred])
    assert len(xs) == 2  # premise 1 -> claim 0 and premise 1 -> component 2
    assert ys == ["1", "0"]
    assert xs[0]["dir"] == "back" and xs[0]["ttype"] == "Claim"
