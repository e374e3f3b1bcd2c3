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
    """Ridge on word and char TF-IDF (out of fold) and an SVD of the word TF-IDF, under
    LightGBM (blended half and half with a ridge over the same standardised columns) over the
    essay features; QWK thresholds on held-out predictions."""

    lo: int
    hi: int
    seed: int = 0
    n_estimators: int = 600
    learning_rate: float = 0.03
    num_leaves: int = 7
    linear_weight: float = 0.5
    min_child_samples: int = 20
    inner_folds: int = 5
    alphas: tuple[float, ...] = (1.0, 3.0, 10.0)
    svd_components: int = 30
    use_text: bool = True
    cuts: np.ndarray | None = None
    _vecs: list[Any] = field(default_factory=list)
    _ridges: list[Any] = field(default_factory=list)
    _svd: Any = None
    _trees: Any = None
    _linear: Any = None

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
        """Out-of-fold ridge predictions (and the SVD) for the training essays."""
        from sklearn.decomposition import TruncatedSVD
        from sklearn.linear_model import Ridge
        from sklearn.model_selection import KFold

        self._vecs = self._vectorizers()
        self._ridges = []
        cols: list[np.ndarray] = []
        svd_cols: list[np.ndarray] = []
        folds = list(KFold(self.inner_folds, shuffle=True,
                           random_state=self.seed).split(np.arange(len(y))))
        for i, vec in enumerate(self._vecs):
            m = vec.fit_transform(texts)
            for alpha in self.alphas:
                oof = np.zeros(len(y))
                for tr, va in folds:
                    oof[va] = Ridge(alpha=alpha).fit(m[tr], y[tr]).predict(m[va])
                self._ridges.append((i, Ridge(alpha=alpha).fit(m, y)))
                cols.append(oof)
            if i == 0 and self.svd_components:
                k = min(self.svd_components, m.shape[1] - 1, len(y) - 1)
                self._svd = TruncatedSVD(k, random_state=self.seed).fit(m) if k > 0 else None
                if self._svd is not None:
                    svd_cols.extend(self._svd.transform(m).T)
        # same column order as _text_pred: every ridge prediction, then the SVD
        return np.column_stack(cols + svd_cols)

    def _text_pred(self, texts: Sequence[str]) -> np.ndarray:
        mats = [v.transform(texts) for v in self._vecs]
        cols = [r.predict(mats[i]) for i, r in self._ridges]
        if self._svd is not None:
            cols.extend(self._svd.transform(mats[0]).T)
        return np.column_stack(cols)

    def _stack(self, x: np.ndarray, texts: Sequence[str],
               text_cols: np.ndarray | None = None) -> np.ndarray:
        if not self.use_text:
            return x
        if text_cols is None:
            text_cols = self._text_pred(texts)
        return np.hstack([x, text_cols])

    def _booster(self, seed: int) -> Any:
        import lightgbm as lgb

        return lgb.LGBMRegressor(
            n_estimators=self.n_estimators, learning_rate=self.learning_rate,
            num_leaves=self.num_leaves, min_child_samples=self.min_child_samples,
            subsample=0.8, subsample_freq=1, colsample_bytree=0.5, reg_lambda=1.0,
            random_state=seed, n_jobs=1, verbose=-1)

    def _linear_model(self) -> Any:
        from sklearn.linear_model import Ridge
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        return make_pipeline(StandardScaler(), Ridge(alpha=30.0))

    # -- fitting -----------------------------------------------------------------------
    def fit(self, texts: Sequence[str], x: np.ndarray, y: Sequence[int] | np.ndarray,
            dev: tuple[Sequence[str], np.ndarray, Sequence[int] | np.ndarray] | None = None,
            ) -> StackedScorer:
        """Fit on (texts, x, y).  The thresholds are fitted on out-of-fold predictions
        for the training essays, plus predictions for ``dev`` when given."""
        from sklearn.model_selection import KFold

        yy = np.asarray(y, dtype=float)
        full = self._stack(x, texts, self._text_oof(texts, yy) if self.use_text else None)
        self._trees = self._booster(self.seed).fit(full, yy)
        self._linear = self._linear_model().fit(full, yy) if self.linear_weight else None
        held_p = np.zeros(len(yy))
        w = self.linear_weight
        for tr, va in KFold(self.inner_folds, shuffle=True,
                            random_state=self.seed + 1).split(full):
            held_p[va] = self._booster(self.seed).fit(full[tr], yy[tr]).predict(full[va])
            if w:
                lin = self._linear_model().fit(full[tr], yy[tr]).predict(full[va])
                held_p[va] = (1 - w) * held_p[va] + w * lin
        held_y = yy.astype(int)
        if dev is not None:
            dtexts, dx, dy = dev
            held_p = np.r_[held_p, self.predict_raw(dtexts, dx)]
            held_y = np.r_[held_y, np.asarray(dy, dtype=int)]
        self.cuts = fit_thresholds(held_p, held_y, self.lo, self.hi)
        return self

    # -- prediction --------------------------------------------------------------------
    def predict_raw(self, texts: Sequence[str], x: np.ndarray) -> np.ndarray:
        full = self._stack(x, texts)
        pred = np.asarray(self._trees.predict(full))
        if self._linear is not None:
            w = self.linear_weight
            pred = (1 - w) * pred + w * np.asarray(self._linear.predict(full))
        return pred

    def predict(self, texts: Sequence[str], x: np.ndarray) -> np.ndarray:
        raw = self.predict_raw(texts, x)
        assert self.cuts is not None
        return np.clip(apply_thresholds(raw, self.cuts, self.lo), self.lo, self.hi)
