"""Reading the public ASAP essays and the standard Taghipour & Ng folds.

The file is read line by line (one record per physical line) because record 10534
opens a quote it never closes: a quote-aware CSV reader would merge three records.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

#: Score range per prompt used for QWK (the ranges of ``nusnlp/nea``).
SCORE_RANGES: dict[int, tuple[int, int]] = {
    1: (2, 12), 2: (1, 6), 3: (0, 3), 4: (0, 3), 5: (0, 4), 6: (0, 4), 7: (0, 30), 8: (0, 60),
}


@dataclass(frozen=True, slots=True)
class AsapEssay:
    essay_id: int
    prompt: int
    text: str
    score: int


def _unquote(field: str) -> str:
    """Strip one pair of surrounding quotes and undouble inner quotes."""
    if len(field) >= 2 and field.startswith('"') and field.endswith('"'):
        return field[1:-1].replace('""', '"')
    if field.startswith('"'):  # the unclosed quote of record 10534
        return field[1:].replace('""', '"')
    return field


def read_asap(path: Path) -> list[AsapEssay]:
    """Every essay of ``training_set_rel3.tsv`` with its resolved holistic score."""
    raw = path.read_bytes().decode("cp1252", errors="replace")
    lines = raw.split("\n")
    out: list[AsapEssay] = []
    for line in lines[1:]:
        line = line.rstrip("\r")
        if not line:
            continue
        cells = line.split("\t")
        out.append(AsapEssay(int(cells[0]), int(cells[1]), _unquote(cells[2]), int(cells[6])))
    return out


def read_folds(folds_dir: Path) -> list[dict[str, list[int]]]:
    """``[{"train": ids, "dev": ids, "test": ids}, ...]`` for the five standard folds."""
    folds = []
    for k in range(5):
        d = folds_dir / f"fold_{k}"
        folds.append({part: [int(x) for x in (d / f"{part}_ids.txt").read_text().split()]
                      for part in ("train", "dev", "test")})
    return folds
