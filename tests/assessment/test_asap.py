"""The ASAP reader and a quick smoke run of the scorer on a slice of one prompt."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from essaylens.assessment.asap import SCORE_RANGES, read_asap, read_folds


@pytest.fixture(scope="module")
def asap(shared_dir: Path) -> Path:
    folder = shared_dir / "data" / "asap"
    if not (folder / "training_set_rel3.tsv").exists():
        pytest.skip("ASAP data is not in ../shared/data/asap")
    return folder


@pytest.fixture(scope="module")
def essays(asap: Path) -> list:
    return read_asap(asap / "training_set_rel3.tsv")


def test_reader_keeps_every_record_despite_the_unclosed_quote(essays: list) -> None:
    assert len(essays) == 12978
    assert sum(1 for e in essays if e.prompt == 4) == 1772
    ids = {e.essay_id for e in essays}
    assert {10534, 10535, 10536} <= ids


def test_reader_strips_quotes_and_undoubles_inner_ones(essays: list) -> None:
    first = essays[0]
    assert not first.text.startswith('"') and not first.text.endswith('"')
    assert all('""' not in e.text for e in essays[:500])


def test_scores_lie_in_the_usual_ranges(essays: list) -> None:
    for e in essays:
        lo, hi = SCORE_RANGES[e.prompt]
        assert lo <= e.score <= hi


def test_standard_folds_have_disjoint_test_parts_covering_every_essay(asap: Path) -> None:
    folds = read_folds(asap / "folds")
    tests = [set(f["test"]) for f in folds]
    assert sum(len(t) for t in tests) == len(set().union(*tests)) == 12978


def test_smoke_scorer_on_a_slice_of_prompt_3_beats_chance(essays: list) -> None:
    from essaylens.analysis import default_pipeline
    from essaylens.assessment.features import document_features
    from essaylens.assessment.model import StackedScorer, qwk
    from essaylens.document import Document

    sample = [e for e in essays if e.prompt == 3][:400]
    pipe = default_pipeline(("segment",))
    rows = []
    for e in sample:
        doc = Document(e.text)
        pipe.run(doc)
        rows.append(document_features(doc))
    names = sorted(rows[0])
    x = np.array([[r[n] for n in names] for r in rows])
    y = np.array([e.score for e in sample])
    texts = [e.text for e in sample]
    model = StackedScorer(0, 3, n_estimators=150, svd_components=10).fit(
        texts[:300], x[:300], y[:300])
    assert qwk(y[300:], model.predict(texts[300:], x[300:]), 0, 3) > 0.5
