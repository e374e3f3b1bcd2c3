"""Reading the ASAP essays (``../shared/data/asap``) for benchmarks.

The file must be read line by line: one record opens a quote it never closes,
so a CSV reader silently merges three records (see the data README).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class AsapEssay:
    essay_id: int
    prompt: int
    text: str
    score: int | None


def _unquote(field: str) -> str:
    if len(field) >= 2 and field.startswith('"') and field.endswith('"'):
        return field[1:-1].replace('""', '"')
    if field.startswith('"'):
        return field[1:].replace('""', '"')
    return field


def read_asap(path: Path) -> Iterator[AsapEssay]:
    """Every record of ``training_set_rel3.tsv`` in file order."""
    with path.open(encoding="cp1252", errors="replace", newline="") as fh:
        next(fh)  # header
        for line in fh:
            cols = line.rstrip("\r\n").split("\t")
            score = cols[6].strip() if len(cols) > 6 else ""
            yield AsapEssay(int(cols[0]), int(cols[1]), _unquote(cols[2]),
                            int(score) if score else None)
