"""Gradient-boosted trees for inference, without scikit-learn.

Training uses scikit-learn's ``GradientBoostingClassifier`` on ``DictVectorizer``
features; the fitted trees are exported as plain arrays (JSON, no pickle) and evaluated
here with numpy, all trees and all rows of a paragraph at once: a pure-Python walk of
a few hundred trees per premise-target pair would cost the 20 essays/s bar.

Each tree is stored as fixed-width node arrays; a leaf points back at itself, so every
tree is walked for the ensemble's maximum depth and the rows land on their leaves.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from essaylens.argument.linear import Features, expanded, most_likely


class TreeEnsemble:
    """Binary or multinomial gradient boosting over sparse named features."""

    def __init__(self, classes: list[str], names: list[str], init: list[float],
                 feature: np.ndarray, threshold: np.ndarray, left: np.ndarray,
                 right: np.ndarray, value: np.ndarray, depth: int) -> None:
        self.classes = classes
        self.names = names
        self.index = {n: k for k, n in enumerate(names)}
        self.init = np.asarray(init, dtype=np.float64)
        # (scores, trees, nodes): one row of trees per raw score (1 when binary)
        self.feature, self.threshold = feature, threshold
        self.left, self.right, self.value = left, right, value
        self.depth = depth

    @classmethod
    def from_sklearn(cls, names: Sequence[str], clf: Any) -> TreeEnsemble:
        """Export a fitted ``GradientBoostingClassifier`` trained on columns ``names``."""
        estimators = clf.estimators_  # (n_trees, n_scores) DecisionTreeRegressor
        n_trees, n_scores = estimators.shape
        width = max(e.tree_.node_count for e in estimators.ravel())
        shape = (n_scores, n_trees, width)
        feature = np.zeros(shape, dtype=np.int32)
        threshold = np.zeros(shape, dtype=np.float64)
        left = np.tile(np.arange(width, dtype=np.int32), (n_scores, n_trees, 1))
        right = left.copy()
        value = np.zeros(shape, dtype=np.float64)
        depth = 0
        for t in range(n_trees):
            for k in range(n_scores):
                tree = estimators[t, k].tree_
                n = tree.node_count
                inner = tree.children_left[:n] >= 0
                depth = max(depth, int(tree.max_depth))
                feature[k, t, :n] = np.where(inner, tree.feature[:n], 0)
                threshold[k, t, :n] = np.where(inner, tree.threshold[:n], 0.0)
                left[k, t, :n] = np.where(inner, tree.children_left[:n], np.arange(n))
                right[k, t, :n] = np.where(inner, tree.children_right[:n], np.arange(n))
                value[k, t, :n] = tree.value[:n, 0, 0] * clf.learning_rate
        # The prior's raw score: what the model says of an all-zero row, less its trees.
        zero = np.zeros((1, len(names)))
        raw0 = np.asarray(clf.decision_function(zero), dtype=np.float64).reshape(-1)
        model = cls([str(c) for c in clf.classes_], [str(n) for n in names],
                    [0.0] * n_scores, feature, threshold, left, right, value, depth)
        model.init = raw0 - model.raw(zero)[0]
        return model

    def to_json(self) -> dict[str, Any]:
        return {"kind": "trees", "classes": self.classes, "names": self.names,
                "init": [float(x) for x in self.init], "depth": self.depth,
                "feature": self.feature.tolist(), "left": self.left.tolist(),
                "right": self.right.tolist(),
                "threshold": np.round(self.threshold, 9).tolist(),
                "value": np.round(self.value, 9).tolist()}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TreeEnsemble:
        return cls(list(data["classes"]), list(data["names"]), list(data["init"]),
                   np.asarray(data["feature"], dtype=np.int32),
                   np.asarray(data["threshold"], dtype=np.float64),
                   np.asarray(data["left"], dtype=np.int32),
                   np.asarray(data["right"], dtype=np.int32),
                   np.asarray(data["value"], dtype=np.float64), int(data["depth"]))

    def matrix(self, rows: Sequence[Features]) -> np.ndarray:
        """Dense rows over the trained columns; unseen features are dropped (zero)."""
        x = np.zeros((len(rows), len(self.names)))
        for r, features in enumerate(rows):
            for name, v in expanded(features):
                k = self.index.get(name)
                if k is not None:
                    x[r, k] = v
        return x

    def raw(self, x: np.ndarray) -> np.ndarray:
        """Raw scores (rows, scores): every tree walked at once for every row."""
        n_scores, n_trees, _ = self.feature.shape
        out = np.empty((x.shape[0], n_scores))
        trees = np.arange(n_trees)
        for k in range(n_scores):
            node = np.zeros((x.shape[0], n_trees), dtype=np.int32)
            feat, thr = self.feature[k], self.threshold[k]
            lft, rgt = self.left[k], self.right[k]
            for _ in range(self.depth):
                f = feat[trees, node]
                go_left = np.take_along_axis(x, f, axis=1) <= thr[trees, node]
                node = np.where(go_left, lft[trees, node], rgt[trees, node])
            out[:, k] = self.value[k][trees, node].sum(axis=1)
        return out + self.init

    def proba_many(self, rows: Sequence[Features]) -> list[dict[str, float]]:
        if not rows:
            return []
        raw = self.raw(self.matrix(rows))
        out = []
        for scores in raw:
            if len(scores) == 1:
                p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, float(scores[0])))))
                out.append({self.classes[0]: 1.0 - p, self.classes[1]: p})
                continue
            top = float(scores.max())
            exps = [math.exp(float(s) - top) for s in scores]
            total = sum(exps)
            out.append({c: e / total for c, e in zip(self.classes, exps, strict=True)})
        return out

    def proba(self, features: Features) -> dict[str, float]:
        return self.proba_many([features])[0]

    def predict(self, features: Features) -> tuple[str, float]:
        return most_likely(self.proba(features))
