"""Benchmarks of the language checks: Norvig's spelling sets and planted-error essays."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

SPELLING_SETS = {"set1": "spell-testset1.txt", "set2": "spell-testset2.txt"}


def read_spelling_set(path: Path) -> list[tuple[str, str]]:
    """``(wrong, right)`` pairs from a ``right: wrong1 wrong2`` file."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        right, _, wrongs = line.partition(":")
        pairs += [(w, right.strip()) for w in wrongs.split()]
    return pairs


def bench_spelling(folder: Path, variant: str | None = None,
                   errors: dict[str, list[tuple[str, str, str]]] | None = None) -> dict[str, Any]:
    """First-suggestion accuracy per set (a fraction) and words per second."""
    from essaylens.language.speller import corrector

    fix = corrector(variant)
    fix.suggest("warmup")
    out: dict[str, Any] = {}
    total_n, total_t = 0, 0.0
    for name, filename in SPELLING_SETS.items():
        pairs = read_spelling_set(folder / filename)
        right = 0
        start = time.perf_counter()
        for wrong, target in pairs:
            got = fix.suggest(wrong)
            first = got[0].word if got else wrong
            if first == target:
                right += 1
            elif errors is not None:
                errors.setdefault(name, []).append((wrong, target, first))
        total_t += time.perf_counter() - start
        total_n += len(pairs)
        out[name] = round(right / len(pairs), 4)
    out["words_per_s"] = round(total_n / total_t, 1)
    out["n"] = total_n
    return out
