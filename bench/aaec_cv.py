"""Argument model by k-fold cross-validation inside the AAEC training essays (E46).

    .venv/bin/python bench/aaec_cv.py [--folds 4] [--shuffle SEED] [--limit N] [--work DIR]

The 286 TRAIN essays that are not CoNLL dev (sorted by id; essay i in fold i mod k, or,
with ``--shuffle``, after shuffling them with that seed: a fresh partition, to check a gain
that one partition shows, E75) are split k ways; each fold's model is trained on the
other folds exactly as ``essaylens train aaec`` trains (second stage, segmenter) and
benched on its fold with the untyped segmenter on and off. Prints one JSON object: per
fold and the mean of the folds' paragraph-level F1. Never reads the test essays. About
15 minutes on 2 cores (4 folds).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests"))

T = TypeVar("T")


def splits(essays: Sequence[T], folds: int, seed: int | None = None
           ) -> list[tuple[list[T], list[T]]]:
    """(training, held-out) essays of each fold: essay i of the sequence (shuffled first
    with ``seed``) is held out by fold i mod k; both lists keep the sequence's order, which
    training depends on (its inner CRF folds go by paragraph position)."""
    order = list(essays)
    if seed is not None:
        random.Random(seed).shuffle(order)
    return [([e for i, e in enumerate(order) if i % folds != k],
             [e for i, e in enumerate(order) if i % folds == k]) for k in range(folds)]


KEYS = ("component_f1_100", "component_f1_50", "relation_f1_100", "relation_f1_50",
        "majorclaim_f1_100", "claim_f1_100", "premise_f1_100", "span_f1_100")


def main() -> None:
    from conftest import find_shared
    from essaylens.argument.bench import run_bench
    from essaylens.argument.data import load_corpus
    from essaylens.argument.model import ArgumentModel
    from essaylens.argument.train import SEGMENTER, train_model

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--shuffle", type=int, default=None, metavar="SEED",
                        help="shuffle the essays with this seed before assigning folds")
    parser.add_argument("--limit", type=int, default=0, help="first N essays only (smoke)")
    parser.add_argument("--work", type=Path, default=None, help="keep fold models here")
    args = parser.parse_args()
    shared = find_shared()
    if shared is None:
        sys.exit("bench: ../shared is not beside the repo (set ESSAYLENS_SHARED)")
    essays = sorted(load_corpus(shared)["train"], key=lambda e: e.id)
    if args.limit:
        essays = essays[:args.limit]
    work = args.work or Path(tempfile.mkdtemp(prefix="aaec-cv-"))
    folds = []
    for k, (train, held) in enumerate(splits(essays, args.folds, args.shuffle)):
        out = work / f"fold{k}"
        train_model(train, out, second_stage=True, segmenter=SEGMENTER)
        row = {}
        for seg in (True, False):
            model = ArgumentModel.load(out)
            model.meta["segmenter"] = seg
            figures = run_bench(model, held)["paragraph"]
            row["segmenter" if seg else "typed_crf_spans"] = {k_: figures[k_] for k_ in KEYS}
        folds.append(row)
        print(f"fold {k} done", file=sys.stderr, flush=True)
    mean = {name: {k_: round(sum(f[name][k_] for f in folds) / len(folds), 4) for k_ in KEYS}
            for name in folds[0]}
    print(json.dumps({"essays": len(essays), "shuffle": args.shuffle, "folds": folds,
                      "mean": mean}, indent=2))


if __name__ == "__main__":
    main()
