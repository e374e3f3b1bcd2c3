"""``essaylens bench asap``: the scorer on the public ASAP essays, standard 5 folds.

Per prompt and fold: train on ``train``, choose the blend and the rounding
thresholds on ``dev``, report QWK on ``test``; one model per prompt; the mean is
over prompts of the fold-averaged QWK.  Essay features go through the analysis
stages once and are cached (``$TMPDIR/essaylens-asap-*.npz``) keyed by the code
that made them.
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from essaylens.assessment.asap import SCORE_RANGES, AsapEssay, read_asap, read_folds

FEATURE_STAGES = ("segment", "argument", "history", "language")


def _code_key() -> str:
    """A hash of the code that makes the features: every module of the package except
    the CLI and the assessment modules other than ``features.py``, so a change to any
    analysis layer refreshes the cache."""
    import essaylens

    root = Path(essaylens.__file__).resolve().parent
    h = hashlib.sha256(",".join(FEATURE_STAGES).encode())
    for f in sorted(root.rglob("*.py")):
        if "cli" in f.parts or ("assessment" in f.parts and f.name != "features.py"):
            continue
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def _features_of(texts: Sequence[str]) -> list[dict[str, float]]:
    """Run the analysis stages over ``texts`` and return their feature rows."""
    from essaylens.analysis import default_pipeline
    from essaylens.assessment.features import document_features
    from essaylens.document import Document

    pipe = default_pipeline(FEATURE_STAGES)
    rows = []
    for text in texts:
        doc = Document(text)
        pipe.run(doc)
        rows.append(document_features(doc))
    return rows


def essay_features(essays: Sequence[AsapEssay], cache_dir: Path | None = None,
                   jobs: int = 2, log: Callable[[str], None] | None = None,
                   ) -> tuple[list[str], np.ndarray]:
    """Feature matrix of ``essays`` (analysis stages + features), cached on disk."""
    cache_dir = cache_dir or Path(tempfile.gettempdir())
    ids = ",".join(str(e.essay_id) for e in essays).encode()
    key = f"{_code_key()}-{hashlib.sha256(ids).hexdigest()[:10]}"
    path = cache_dir / f"essaylens-asap-{key}.npz"
    if path.exists():
        data = np.load(path, allow_pickle=False)
        if log:
            log(f"features from cache {path}")
        return [str(n) for n in data["names"]], data["x"]
    from joblib import Parallel, delayed

    texts = [e.text for e in essays]
    chunk = 250
    pieces = [texts[i:i + chunk] for i in range(0, len(texts), chunk)]
    out = Parallel(n_jobs=jobs, backend="loky")(delayed(_features_of)(p) for p in pieces)
    rows = [r for piece in out for r in piece]
    names = sorted(rows[0])
    x = np.array([[r.get(n, 0.0) for n in names] for r in rows], dtype=float)
    np.savez_compressed(path, names=np.array(names), x=x)
    return names, x


def _one_fold(p: int, k: int, parts: dict[str, tuple[list[str], np.ndarray, np.ndarray]],
              use_text: bool, seed: int, model_args: dict[str, Any]) -> float:
    from essaylens.assessment.model import StackedScorer, qwk

    lo, hi = SCORE_RANGES[p]
    model = StackedScorer(lo, hi, seed=seed, use_text=use_text, **model_args)
    model.fit(*parts["train"], dev=parts["dev"])
    pred = model.predict(parts["test"][0], parts["test"][1])
    return qwk(parts["test"][2], pred, lo, hi)


def run_bench(data_dir: Path, *, prompts: Sequence[int] = tuple(range(1, 9)),
              folds: Sequence[int] = tuple(range(5)), use_text: bool = True,
              use_features: bool = True, drop: Sequence[str] = (), seed: int = 0,
              jobs: int = 2, log: Callable[[str], None] | None = None,
              **model_args: Any) -> dict[str, Any]:
    """Per-prompt and mean QWK over the standard folds (``jobs`` folds at a time)."""
    from joblib import Parallel, delayed

    started = time.perf_counter()
    cpu0 = time.process_time()
    essays = read_asap(data_dir / "training_set_rel3.tsv")
    fold_ids = read_folds(data_dir / "folds")
    names, x_all = essay_features(essays, jobs=jobs, log=log)
    feature_seconds = time.perf_counter() - started
    keep = [i for i, n in enumerate(names) if not any(n.startswith(d) for d in drop)]
    if not use_features:
        keep = [names.index("log_words")]
    x_all = x_all[:, keep]
    row = {e.essay_id: i for i, e in enumerate(essays)}
    tasks = []
    for p in prompts:
        for k in folds:
            parts = {}
            for part in ("train", "dev", "test"):
                idx = [row[i] for i in fold_ids[k][part] if essays[row[i]].prompt == p]
                parts[part] = ([essays[i].text for i in idx], x_all[idx],
                               np.array([essays[i].score for i in idx]))
            tasks.append((p, k, parts))
    results = Parallel(n_jobs=jobs, backend="loky")(
        delayed(_one_fold)(p, k, parts, use_text, seed, model_args) for p, k, parts in tasks)
    per_prompt: dict[str, float] = {}
    per_fold: dict[str, list[float]] = {}
    for (p, k, _), score in zip(tasks, results, strict=True):
        per_fold.setdefault(str(p), []).append(round(float(score), 4))
        if log:
            log(f"prompt {p} fold {k}: qwk {score:.4f}")
    for p_key, scores in per_fold.items():
        per_prompt[p_key] = round(float(np.mean(scores)), 4)
    return {
        "mean_qwk": round(float(np.mean(list(per_prompt.values()))), 4),
        "per_prompt": per_prompt,
        "per_fold": per_fold,
        "seconds": round(time.perf_counter() - started, 1),
        "feature_seconds": round(feature_seconds, 1),
        "main_process_cpu_seconds": round(time.process_time() - cpu0, 1),
        "jobs": jobs,
        "features": len(keep),
    }
