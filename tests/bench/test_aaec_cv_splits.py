"""Fold assignment of bench/aaec_cv.py: the default partition and a shuffled fresh one."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]


def _aaec_cv() -> ModuleType:
    spec = importlib.util.spec_from_file_location("aaec_cv", REPO / "bench" / "aaec_cv.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_default_folds_hold_out_every_kth_essay_in_order() -> None:
    folds = _aaec_cv().splits(list(range(10)), 4)
    assert [held for _train, held in folds] == [[0, 4, 8], [1, 5, 9], [2, 6], [3, 7]]
    assert folds[1][0] == [0, 2, 3, 4, 6, 7, 8]


def test_a_seed_gives_a_fresh_reproducible_partition_of_all_essays() -> None:
    splits = _aaec_cv().splits
    fresh = splits(list(range(40)), 8, seed=2027)
    assert fresh == splits(list(range(40)), 8, seed=2027)
    assert fresh != splits(list(range(40)), 8)
    held = [e for _train, h in fresh for e in h]
    assert sorted(held) == list(range(40))
    for train, h in fresh:
        assert sorted(train + h) == list(range(40))
