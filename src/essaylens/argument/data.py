"""Reading the Argument Annotated Essays v2 corpus (AAEC, Stab & Gurevych 2017) in brat form.

The corpus is research-only and never copied into the repo: it is read in place from
``../shared/data/aaec`` (or wherever the caller points).  The official split file uses
CR-only line endings, so it is split on any line break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

COMPONENT_TYPES = ("MajorClaim", "Claim", "Premise")


@dataclass(frozen=True)
class GoldComponent:
    id: str
    type: str
    start: int
    end: int
    stance: str | None = None  # "For" / "Against" for claims


@dataclass(frozen=True)
class GoldRelation:
    source: str
    target: str
    type: str  # "supports" / "attacks"


@dataclass
class Essay:
    id: str
    text: str
    split: str = ""
    components: list[GoldComponent] = field(default_factory=list)
    relations: list[GoldRelation] = field(default_factory=list)

    def paragraphs(self) -> list[tuple[int, int]]:
        """Body paragraphs as character ranges: every non-empty line after the title line."""
        out = []
        for i, m in enumerate(re.finditer(r"[^\n]+", self.text)):
            if i == 0:
                continue  # line 1 is the title
            s, e = m.span()
            chunk = self.text[s:e]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                out.append((s + lead, e - (len(chunk) - len(chunk.rstrip()))))
        return out


def aaec_root(shared: Path | str) -> Path:
    """``shared`` may be the shared folder, its ``data`` folder or the ``aaec`` folder."""
    base = Path(shared)
    for cand in (base, base / "aaec", base / "data" / "aaec"):
        if (cand / "brat" / "train-test-split.csv").is_file():
            return cand
    raise FileNotFoundError(f"no AAEC corpus (brat/train-test-split.csv) under {base}")


def read_split(root: Path) -> dict[str, str]:
    """Essay id -> ``TRAIN`` / ``TEST`` from the official split (CR line endings)."""
    raw = (root / "brat" / "train-test-split.csv").read_text(encoding="ascii")
    out: dict[str, str] = {}
    for line in raw.splitlines()[1:]:
        if not line.strip():
            continue
        essay_id, split = (part.strip().strip('"') for part in line.split(";"))
        out[essay_id] = split
    return out


def read_dev_ids(root: Path) -> set[str]:
    """The 36 essays the CoNLL release carves out of TRAIN as a development set."""
    out = set()
    for line in (root / "conll" / "essay_ids.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) >= 3 and parts[0] == "dev":
            out.add(parts[2])
    return out


def parse_ann(text: str) -> tuple[list[GoldComponent], list[GoldRelation]]:
    spans: dict[str, tuple[str, int, int]] = {}
    stances: dict[str, str] = {}
    relations = []
    for line in text.splitlines():
        if not line.strip():
            continue
        cols = line.split("\t")
        head = cols[0]
        if head.startswith("T"):
            kind, start, end = cols[1].split()
            spans[head] = (kind, int(start), int(end))
        elif head.startswith("A"):
            _, target, value = cols[1].split()
            stances[target] = value
        elif head.startswith("R"):
            kind, arg1, arg2 = cols[1].split()
            relations.append(GoldRelation(arg1.split(":", 1)[1], arg2.split(":", 1)[1], kind))
    comps = [GoldComponent(i, k, s, e, stances.get(i)) for i, (k, s, e) in spans.items()]
    comps.sort(key=lambda c: (c.start, c.end))
    return comps, relations


def load_essay(root: Path, essay_id: str, split: str = "") -> Essay:
    brat = root / "brat"
    text = (brat / f"{essay_id}.txt").read_text(encoding="utf-8")
    comps, rels = parse_ann((brat / f"{essay_id}.ann").read_text(encoding="utf-8"))
    return Essay(essay_id, text, split, comps, rels)


def load_corpus(shared: Path | str) -> dict[str, list[Essay]]:
    """``{"train": [...286], "dev": [...36], "test": [...80]}`` in essay-id order."""
    root = aaec_root(shared)
    split = read_split(root)
    dev = read_dev_ids(root)
    out: dict[str, list[Essay]] = {"train": [], "dev": [], "test": []}
    for essay_id in sorted(split):
        part = "test" if split[essay_id] == "TEST" else ("dev" if essay_id in dev else "train")
        out[part].append(load_essay(root, essay_id, split[essay_id]))
    return out
