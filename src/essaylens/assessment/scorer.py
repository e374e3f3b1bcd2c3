"""A scorer a teacher trains on their own marked essays, and its refusal to mark
essays unlike any it was trained on.

The model file is a joblib (pickle) file: load only model files you made or trust,
as loading a pickle can run code.
"""

from __future__ import annotations

import csv
import math
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from essaylens.document import Document
from essaylens.errors import InputError, ModelError, OutOfDomain

FORMAT = "essaylens.scorer/1"
FEATURE_STAGES = ("segment", "argument", "history", "language")
_MARK_COLUMNS = ("mark", "score", "marks", "grade")
_FILE_COLUMNS = ("file", "essay", "filename", "name", "path", "id")


_FUNCTION_WORDS = frozenset("""the of and to a in is was that it for on with as he she they
i you we be by at this are were have had has not but from or his her their which an there
would will can could been so if one all when what who them him our my your me its than then
because about into very also do did does no more some these those""".split())


def english_share(text: str) -> float:
    """Share of the words that are common English function words: about 40-50% in
    any English prose, near zero in other languages (a check that needs no model)."""
    words = _tokens(text)[:400]
    if not words:
        return 0.0
    return sum(1 for w in words if w in _FUNCTION_WORDS) / len(words)


def _tokens(text: str) -> list[str]:
    from essaylens.assessment.view import WORD

    return [w.lower() for w in WORD.findall(text)]


def topic_fit(tokens: Sequence[str], counts: Mapping[str, int], total: int,
              minus: Mapping[str, int] | None = None) -> float:
    """Mean log-likelihood ratio per word of the training essays' word distribution
    (mixed half and half with general English) against general English alone.
    On-topic essays reuse the training essays' words and score well above 0; an
    essay on another subject scores near 0."""
    from essaylens.assessment.features import _unigrams

    uni = _unigrams()
    grand = _grand_total()
    own = minus or {}
    n = total - (len(tokens) if minus else 0)
    score = 0.0
    for w in tokens:
        pg = (uni.get(w, 0.0) + 50.0) / grand
        pt = (counts.get(w, 0) - own.get(w, 0)) / n if n > 0 else 0.0
        score += math.log((0.5 * pt + 0.5 * pg) / pg)
    return score / max(len(tokens), 1)


@cache
def _grand_total() -> float:
    from essaylens.assessment.features import _unigrams

    return float(sum(_unigrams().values()))


@dataclass
class Domain:
    """What the training essays looked like: word counts, English share, topic."""

    min_words: float
    max_words: float
    min_english: float
    min_topic: float
    counts: dict[str, int]  # word counts over the training essays
    total: int

    def check(self, text: str, words: int) -> None:
        """Raise :class:`OutOfDomain` with the reason when ``text`` is far outside."""
        if words < self.min_words or words > self.max_words:
            raise OutOfDomain(
                f"the scorer refuses this essay: it has {words} words, but the essays it "
                f"was trained on had about {self.min_words / 0.5:.0f} to "
                f"{self.max_words / 2:.0f}; its mark would be a guess")
        share = english_share(text)
        if share < self.min_english:
            raise OutOfDomain(
                f"the scorer refuses this essay: it does not read as English (only {share:.0%} "
                "of its words are common English words), unlike the essays it was trained on")
        fit = topic_fit(_tokens(text), self.counts, self.total)
        if fit < self.min_topic:
            raise OutOfDomain(
                f"the scorer refuses this essay: its topic is unlike the essays it was "
                f"trained on (topic fit {fit:.2f}, refused below {self.min_topic:.2f}); "
                "train a scorer on essays for this question")


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
        self.domain.check(doc.text, words)
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


def build_domain(texts: Sequence[str], words: Sequence[int]) -> Domain:
    """The training essays' range of length, English share and vocabulary.  The topic
    threshold is half the 5th percentile of the essays' leave-one-out topic fit (and
    at most 0.15), so about one on-topic essay in a few hundred is refused."""
    toks = [_tokens(t) for t in texts]
    counts: Counter[str] = Counter()
    for t in toks:
        counts.update(t)
    total = sum(counts.values())
    loo = [topic_fit(t, counts, total, Counter(t)) for t in toks]
    eng = [english_share(t) for t in texts]
    return Domain(min_words=0.5 * min(words), max_words=2.0 * max(words),
                  min_english=max(0.0, min(eng) - 0.15),
                  min_topic=min(0.15, 0.5 * float(np.percentile(loo, 5))),
                  counts=dict(counts), total=total)


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
    args: dict[str, Any] = {"n_estimators": 150 if small else 400,
                            "min_child_samples": 5 if small else 20,
                            "svd_components": 10 if small else 30,
                            "inner_folds": min(5, len(y) // 4)}
    folds = min(5, len(y) // 4)
    pred = np.zeros(len(y), dtype=int)
    for tr, te in KFold(folds, shuffle=True, random_state=seed).split(x):
        m = StackedScorer(lo, hi, seed=seed, **args).fit([texts[i] for i in tr], x[tr], yy[tr])
        pred[te] = m.predict([texts[i] for i in te], x[te])
    cv = qwk(yy, pred, lo, hi)
    model = StackedScorer(lo, hi, seed=seed, **args).fit(texts, x, yy)
    words = [len(WORD.findall(t)) for t in texts]
    domain = build_domain(texts, words)
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
