"""The AAEC loader: official split with CR line endings, brat parsing."""

from __future__ import annotations

from pathlib import Path

import pytest

from essaylens.argument.data import load_corpus, parse_ann, read_split
from essaylens.argument.model import bio_spans


def test_parse_ann_reads_components_stance_and_relations() -> None:
    ann = ("T1\tClaim 5 9\tword\nA1\tStance T1 Against\nT2\tPremise 11 20\tx\n"
           "R1\tsupports Arg1:T2 Arg2:T1\t\n")
    comps, rels = parse_ann(ann)
    assert [(c.id, c.type, c.start, c.end, c.stance) for c in comps] == [
        ("T1", "Claim", 5, 9, "Against"), ("T2", "Premise", 11, 20, None)]
    assert [(r.source, r.target, r.type) for r in rels] == [("T2", "T1", "supports")]


def test_split_file_with_cr_line_endings(tmp_path: Path) -> None:
    (tmp_path / "brat").mkdir()
    (tmp_path / "brat" / "train-test-split.csv").write_bytes(
        b'"ID";"SET"\r"essay001";"TRAIN"\r"essay002";"TEST"')
    assert read_split(tmp_path) == {"essay001": "TRAIN", "essay002": "TEST"}


def test_bio_spans_close_on_type_change_and_stray_inside() -> None:
    labels = ["O", "B-Claim", "I-Claim", "I-Premise", "O", "I-Premise"]
    assert bio_spans(labels) == [(1, 3, "Claim"), (3, 4, "Premise"), (5, 6, "Premise")]


def test_official_split_sizes(shared_dir: Path) -> None:
    if not (shared_dir / "data" / "aaec").is_dir():
        pytest.skip("AAEC corpus is not in ../shared/data")
    corpus = load_corpus(shared_dir)
    assert {k: len(v) for k, v in corpus.items()} == {"train": 286, "dev": 36, "test": 80}
    assert sum(len(e.components) for e in corpus["test"]) == 1266
