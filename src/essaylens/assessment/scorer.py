"""A scorer a teacher trains on their own marked essays, and its refusal to mark
essays unlike any it was trained on.

The model file is a joblib (pickle) file: load only model files you made or trust,
as loading a pickle can run code.
"""

from __future__ import annotations

import csv
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from essaylens.document import Document
from essaylens.errors import InputError, ModelError, OutOfDomain

FORMAT = "essaylens.scorer/1"
FEATURE_STAGES = ("segment", "argument", "history", "language")
_MARK_COLUMNS = ("mark", "score", "marks", "grade")
_FILE_COLUMNS = ("file", "essay", "filename", "name", "path", "id")


def english_share(text: str) -> float:
    """Share of the words that the English dictionary knows (a language check that
    needs no extra model)."""
    from essaylens.assessment.features import _unigrams
    from essaylens.assessment.view import WORD

    words = [w.lower() for w in WORD.findall(text)][:400]
    if not words:
        return 0.0
    uni = _unigrams()
    return sum(1 for w in words if w in uni) / len(words)


@dataclass
class Domain:
    """What the training essays looked like: word counts, English share, topic."""

    min_words: float
    max_words: float
    min_english: float
    min_topic: float
    centroid: Any  # sparse row: mean TF-IDF vector of the training essays

    def topic_similarity(self, vectorizer: Any, text: str) -> float:
        v = vectorizer.transform([text])
        num = float(v.multiply(self.centroid).sum())
        den = math.sqrt(float(v.multiply(v).sum())) * math.sqrt(
            float(self.centroid.multiply(self.centroid).sum()))
        return num / den if den else 0.0

    def check(self, vectorizer: Any, text: str, words: int) -> None:
        """Raise :class:`OutOfDomain` with the reason when ``text`` is far outside."""
        if words < self.min_words or words > self.max_words:
            raise OutOfDomain(
                f"the scorer refuses this essay: it has {words} words, but the essays it "
                f"was trained on had about {self.min_words / 0.5:.0f} to "
                f"{self.max_words / 2:.0f}; its mark would be a guess")
        share = english_share(text)
        if share < self.min_english:
            raise OutOfDomain(
                f"the scorer refuses this essay: only {share:.0%} of its words are English "
                "dictionary words, far below the essays it was trained on")
        sim = self.topic_similarity(vectorizer, text)
        if sim < self.min_topic:
            raise OutOfDomain(
                f"the scorer refuses this essay: its topic is unlike the essays it was "
                f"trained on (similarity {sim:.2f}, lowest seen in training "
                f"{self.min_topic / 0.6:.2f}); train a scorer on essays for this question")


@dataclass
class TrainedScorer:
    """A fitted model with the range of marks and the domain it knows."""

    model: Any
    feature_names: list[str]
    lo: int
    hi: int
    domain: Domain
    cv_qwk: float
    essays: int
    path: str = ""

    def features(self, doc: Document) -> np.ndarray:
        from essaylens.assessment.features import document_features

        f = document_features(doc)
        return np.array([[f.get(n, 0.0) for n in self.feature_names]])

    def score(self, doc: Document) -> dict[str, Any]:
        from essaylens.assessment.view import WORD

        words = len(WORD.findall(doc.text))
        self.domain.check(self.model._vecs[0], doc.text, words)
        mark = int(self.model.predict([doc.text], self.features(doc))[0])
        return {"model": Path(self.path).name, "mark": mark, "min_mark": self.lo,
                "max_mark": self.hi, "cv_qwk": round(self.cv_qwk, 3),
                "trained_on": self.essays}


def read_marks(path: Path) -> dict[str, float]:
    """``file -> mark`` from a CSV with a header naming a file column and a mark column."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise InputError(f"{path}: cannot read the marks file ({exc.strerror})") from None
    if not rows:
        raise InputError(f"{path}: the marks file has no rows")
    cols = {c.lower().strip(): c for c in rows[0] if c}
    fcol = next((cols[c] for c in _FILE_COLUMNS if c in cols), None)
    mcol = next((cols[c] for c in _MARK_COLUMNS if c in cols), None)
    if fcol is None or mcol is None:
        raise InputError(f"{path}: the marks file needs a header with a 'file' column and a "
                         "'mark' column")
    out: dict[str, float] = {}
    for i, row in enumerate(rows, start=2):
        try:
            out[row[fcol].strip()] = float(row[mcol])
        except (TypeError, ValueError):
            raise InputError(f"{path}: line {i}: mark {row.get(mcol)!r} is not a number") \
                from None
    return out


def _analyse(path: Path) -> tuple[str, dict[str, float]]:
    from essaylens.analysis import analyze_path, default_pipeline
    from essaylens.assessment.features import document_features

    doc = analyze_path(path, pipeline=default_pipeline(FEATURE_STAGES))
    return doc.text, document_features(doc)


def build_domain(vectorizer: Any, texts: Sequence[str], words: Sequence[int]) -> Domain:
    m = vectorizer.transform(texts)
    centroid = m.mean(axis=0)
    from scipy.sparse import csr_matrix

    c = csr_matrix(centroid)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    sims = np.asarray(m @ c.T.toarray()).ravel() / np.maximum(
        norms * math.sqrt(float(c.multiply(c).sum())), 1e-12)
    eng = [english_share(t) for t in texts]
    return Domain(min_words=0.5 * min(words), max_words=2.0 * max(words),
                  min_english=max(0.0, min(eng) - 0.15), min_topic=0.6 * float(sims.min()),
                  centroid=c)


def train_scorer(essays_dir: Path, marks_csv: Path, output: Path, *, lo: int | None = None,
                 hi: int | None = None, seed: int = 0,
                 log: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Analyse the marked essays, report cross-validated QWK, fit on all, save."""
    import joblib
    from sklearn.model_selection import KFold

    from essaylens.assessment.model import StackedScorer, qwk
    from essaylens.assessment.view import WORD

    started = time.perf_counter()
    marks = read_marks(marks_csv)
    texts: list[str] = []
    rows: list[dict[str, float]] = []
    y: list[int] = []
    for name, mark in sorted(marks.items()):
        path = essays_dir / name
        if not path.exists():
            raise InputError(f"{path}: listed in {marks_csv.name} but not found")
        text, feats = _analyse(path)
        texts.append(text)
        rows.append(feats)
        y.append(int(round(mark)))
    if len(y) < 10:
        raise InputError(f"{marks_csv}: {len(y)} marked essays; a scorer needs at least 10")
    lo = min(y) if lo is None else lo
    hi = max(y) if hi is None else hi
    names = sorted(rows[0])
    x = np.array([[r.get(n, 0.0) for n in names] for r in rows])
    yy = np.array(y)
    if log:
        log(f"analysed {len(y)} essays in {time.perf_counter() - started:.1f} s")
    small = len(y) < 200
    args = {"n_estimators": 150 if small else 500, "inner_folds": min(5, len(y) // 4)}
    folds = min(5, len(y) // 4)
    pred = np.zeros(len(y), dtype=int)
    for tr, te in KFold(folds, shuffle=True, random_state=seed).split(x):
        m = StackedScorer(lo, hi, seed=seed, **args).fit([texts[i] for i in tr], x[tr], yy[tr])
        pred[te] = m.predict([texts[i] for i in te], x[te])
    cv = qwk(yy, pred, lo, hi)
    model = StackedScorer(lo, hi, seed=seed, **args).fit(texts, x, yy)
    words = [len(WORD.findall(t)) for t in texts]
    domain = build_domain(model._vecs[0], texts, words)
    scorer = TrainedScorer(model, names, lo, hi, domain, cv, len(y))
    joblib.dump({"format": FORMAT, "scorer": scorer}, output)
    if log:
        log(f"done in {time.perf_counter() - started:.1f} s")
    return {"cv_qwk": cv, "essays": len(y), "folds": folds, "lo": lo, "hi": hi}


_LOADED: dict[str, TrainedScorer] = {}


def load_scorer(path: str) -> TrainedScorer:
    """Load (once per process) a scorer file written by :func:`train_scorer`."""
    if path in _LOADED:
        return _LOADED[path]
    import joblib

    p = Path(path)
    if not p.exists():
        raise ModelError(f"{p}: no such scorer file (make one with `essaylens scorer train`)")
    try:
        data = joblib.load(p)
    except Exception as exc:  # noqa: BLE001 - any unpickling failure means a bad file
        raise ModelError(f"{p}: not a scorer file ({type(exc).__name__})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(f"{p}: not an essaylens scorer file (expected {FORMAT})")
    scorer = data["scorer"]
    scorer.path = str(p)
    _LOADED[path] = scorer
    return scorer
