"""A tiny, dependency-free linear classifier for inference.

Training uses scikit-learn (``DictVectorizer`` + ``LogisticRegression``); the result is
exported as plain weights so the shipped model is JSON (no pickle, no scikit-learn at
run time, loads in milliseconds).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any

Features = Mapping[str, Any]


def most_likely(probs: Mapping[str, float]) -> tuple[str, float]:
    """The most probable class and its probability (first listed wins a tie)."""
    best = max(probs, key=lambda c: probs[c])
    return best, probs[best]


def expanded(features: Features) -> Iterator[tuple[str, float]]:
    """DictVectorizer's convention: strings become one-hot ``name=value``, true flags 1,
    false flags nothing, numbers themselves."""
    for k, v in features.items():
        if isinstance(v, str):
            yield f"{k}={v}", 1.0
        elif isinstance(v, bool):
            if v:
                yield k, 1.0
        else:
            yield k, float(v)


def expand(features: Features) -> dict[str, float]:
    """``expanded`` as a dict (what scikit-learn's DictVectorizer reads in training)."""
    return dict(expanded(features))


class LinearModel:
    """Multinomial or binary logistic regression over sparse named features."""

    def __init__(self, classes: list[str], weights: dict[str, list[float]],
                 bias: list[float]) -> None:
        self.classes = classes
        self.weights = weights
        self.bias = bias

    @classmethod
    def from_sklearn(cls, vectorizer: Any, clf: Any) -> LinearModel:
        names = vectorizer.get_feature_names_out()
        coef = clf.coef_
        weights = {str(n): [round(float(x), 6) for x in coef[:, k]]
                   for k, n in enumerate(names) if any(abs(x) > 1e-9 for x in coef[:, k])}
        return cls([str(c) for c in clf.classes_], weights,
                   [float(b) for b in clf.intercept_])

    def to_json(self) -> dict[str, Any]:
        return {"classes": self.classes, "weights": self.weights, "bias": self.bias}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LinearModel:
        return cls(list(data["classes"]), dict(data["weights"]), list(data["bias"]))

    def proba(self, features: Features) -> dict[str, float]:
        scores = list(self.bias)
        for name, value in expanded(features):  # no dict built: runs per candidate link
            w = self.weights.get(name)
            if w:
                for k, x in enumerate(w):
                    scores[k] += x * value
        if len(scores) == 1:  # binary: one score for classes[1]
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, scores[0]))))
            return {self.classes[0]: 1.0 - p, self.classes[1]: p}
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def predict(self, features: Features) -> tuple[str, float]:
        return most_likely(self.proba(features))
