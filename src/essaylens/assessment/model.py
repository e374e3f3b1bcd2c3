"""The trainable scorer: text models stacked under gradient boosting, then rounding
thresholds chosen to maximise quadratic weighted kappa.

Why stacked: ridge regression on word and character TF-IDF sees vocabulary and
spelling a hand-made feature cannot, while boosted trees over the essay features
(length, sentence shape, discourse markers, argument and language layers) capture
non-linear effects such as "long but badly organised".  Ridge predictions enter the
trees out of fold, so the trees do not learn to trust an over-fitted text model.
Plain rounding of a regression output loses kappa at the edges of the scale;
thresholds fitted on held-out predictions recover it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np


def qwk(y_true: Sequence[int] | np.ndarray, y_pred: Sequence[int] | np.ndarray,
        lo: int, hi: int) -> float:
    """Quadratic weighted kappa over the score range ``lo..hi``."""
    a = np.asarray(y_true, dtype=int) - lo
    b = np.asarray(y_pred, dtype=int) - lo
    k = hi - lo + 1
    observed = np.zeros((k, k))
    np.add.at(observed, (a, b), 1)
    if observed.sum() == 0:
        return 0.0
    hist_a = observed.sum(axis=1)
    hist_b = observed.sum(axis=0)
    expected = np.outer(hist_a, hist_b) / observed.sum()
    idx = np.arange(k)
    weights = (idx[:, None] - idx[None, :]) ** 2 / max((k - 1) ** 2, 1)
    denom = (weights * expected).sum()
    return 1.0 if denom == 0 else float(1 - (weights * observed).sum() / denom)


def apply_thresholds(pred: np.ndarray, cuts: np.ndarray, lo: int) -> np.ndarray:
    """Score = ``lo`` + number of cut points below the prediction."""
    return lo + np.searchsorted(np.sort(cuts), pred, side="right")


def fit_thresholds(pred: np.ndarray, y: np.ndarray, lo: int, hi: int,
                   rounds: int = 3) -> np.ndarray:
    """Cut points between adjacent scores that maximise QWK on (pred, y), by
    coordinate search starting from the half-way points (plain rounding)."""
    cuts = np.arange(lo, hi, dtype=float) + 0.5
    best = qwk(y, apply_thresholds(pred, cuts, lo), lo, hi)
    for _ in range(rounds):
        improved = False
        for i in range(len(cuts)):
            left = cuts[i - 1] if i > 0 else pred.min() - 1
            right = cuts[i + 1] if i + 1 < len(cuts) else pred.max() + 1
            grid = np.linspace(left, right, 22)[1:-1]
            for c in grid:
                trial = cuts.copy()
                trial[i] = c
                score = qwk(y, apply_thresholds(pred, trial, lo), lo, hi)
                if score > best + 1e-9:
                    best, cuts, improved = score, trial, True
        if not improved:
            break
    return cuts


@dataclass
class StackedScorer:
    """Ridge on word and char TF-IDF (out of fold) + LightGBM over essay features."""

    lo: int
    hi: int
    seed: int = 0
    n_estimators: int = 500
    learning_rate: float = 0.03
    num_leaves: int = 15
    inner_folds: int = 5
    use_text: bool = True
    feature_names: list[str] = field(default_factory=list)
    cuts: np.ndarray | None = None
    _vecs: list[Any] = field(default_factory=list)
    _ridges: list[Any] = field(default_factory=list)
    _trees: Any = None
    _blend: float = 1.0

    # -- text part -------------------------------------------------------------------
    def _vectorizers(self) -> list[Any]:
        from sklearn.feature_extraction.text import TfidfVectorizer

        return [
            TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=60000,
                            sublinear_tf=True, lowercase=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3,
                            max_features=80000, sublinear_tf=True, lowercase=True),
        ]

    def _text_oof(self, texts: Sequence[str], y: np.ndarray) -> np.ndarray:
        from sklearn.linear_model import Ridge
        from sklearn.model_selection import KFold

        self._vecs = self._vectorizers()
        self._ridges = []
        cols = []
        folds = KFold(self.inner_folds, shuffle=True, random_state=self.seed)
        for vec in self._vecs:
            m = vec.fit_transform(texts)
            oof = np.zeros(len(y))
            for tr, va in folds.split(np.arange(len(y))):
                r = Ridge(alpha=3.0).fit(m[tr], y[tr])
                oof[va] = r.predict(m[va])
            self._ridges.append(Ridge(alpha=3.0).fit(m, y))
            cols.append(oof)
        return np.column_stack(cols)

    def _text_pred(self, texts: Sequence[str]) -> np.ndarray:
        return np.column_stack([r.predict(v.transform(texts))
                                for v, r in zip(self._vecs, self._ridges, strict=True)])

    def _stack(self, x: np.ndarray, texts: Sequence[str] | None,
               text_cols: np.ndarray | None = None) -> np.ndarray:
        if not self.use_text:
            return x
        if text_cols is None:
            text_cols = self._text_pred(texts or [])
        return np.hstack([x, text_cols])

    # -- fitting -----------------------------------------------------------------------
    def fit(self, texts: Sequence[str], x: np.ndarray, y: Sequence[int],
            dev: tuple[Sequence[str], np.ndarray, Sequence[int]] | None = None) -> StackedScorer:
        """Fit on (texts, x, y); choose the blend and the thresholds on ``dev`` when
        given, otherwise on out-of-fold predictions of the training set."""
        import lightgbm as lgb

        yy = np.asarray(y, dtype=float)
        text_cols = self._text_oof(texts, yy) if self.use_text else None
        full = self._stack(x, texts, text_cols)
        params = dict(n_estimators=self.n_estimators, learning_rate=self.learning_rate,
                      num_leaves=self.num_leaves, min_child_samples=10, subsample=0.8,
                      subsample_freq=1, colsample_bytree=0.7, reg_lambda=1.0,
                      random_state=self.seed, n_jobs=2, verbose=-1)
        self._trees = lgb.LGBMRegressor(**params).fit(full, yy)
        if dev is not None:
            dtexts, dx, dy = dev
            dcols = self._text_pred(dtexts) if self.use_text else None
            tree_p = self._trees.predict(self._stack(dx, dtexts, dcols))
            ridge_p = dcols.mean(axis=1) if dcols is not None else tree_p
            held_y = np.asarray(dy)
        else:
            from sklearn.model_selection import KFold

            tree_p = np.zeros(len(yy))
            for tr, va in KFold(self.inner_folds, shuffle=True,
                                random_state=self.seed + 1).split(full):
                m = lgb.LGBMRegressor(**params).fit(full[tr], yy[tr])
                tree_p[va] = m.predict(full[va])
            ridge_p = text_cols.mean(axis=1) if text_cols is not None else tree_p
            held_y = yy.astype(int)
        best = (-2.0, 1.0)
        for w in (1.0, 0.85, 0.7, 0.55):
            blend = w * tree_p + (1 - w) * ridge_p
            score = qwk(held_y, np.clip(np.rint(blend), self.lo, self.hi), self.lo, self.hi)
            if score > best[0]:
                best = (score, w)
        self._blend = best[1]
        held = self._blend * tree_p + (1 - self._blend) * ridge_p
        self.cuts = fit_thresholds(held, held_y, self.lo, self.hi)
        return self

    # -- prediction --------------------------------------------------------------------
    def predict_raw(self, texts: Sequence[str], x: np.ndarray) -> np.ndarray:
        cols = self._text_pred(texts) if self.use_text else None
        tree_p = self._trees.predict(self._stack(x, texts, cols))
        ridge_p = cols.mean(axis=1) if cols is not None else tree_p
        return self._blend * tree_p + (1 - self._blend) * ridge_p

    def predict(self, texts: Sequence[str], x: np.ndarray) -> np.ndarray:
        raw = self.predict_raw(texts, x)
        assert self.cuts is not None
        return np.clip(apply_thresholds(raw, self.cuts, self.lo), self.lo, self.hi)
