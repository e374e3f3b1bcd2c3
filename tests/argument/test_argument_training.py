"""A smoke training run on a handful of AAEC essays: trains, saves, loads, predicts."""

from __future__ import annotations

from pathlib import Path

import pytest

from essaylens.argument.bench import run_bench
from essaylens.argument.data import load_corpus
from essaylens.argument.model import CRF_FILE, LINEAR_FILE, ArgumentModel
from essaylens.argument.train import train_model


@pytest.fixture(scope="module")
def corpus(shared_dir: Path):  # type: ignore[no-untyped-def]
    if not (shared_dir / "data" / "aaec").is_dir():
        pytest.skip("AAEC corpus is not in ../shared/data")
    return load_corpus(shared_dir)


def test_smoke_training_fits_its_own_essays(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    essays = corpus["train"][:8]
    info = train_model(essays, tmp_path, second_stage=False,
                       crf_params={"c1": 0.05, "c2": 0.05, "max_iterations": 40})
    assert (tmp_path / CRF_FILE).is_file() and (tmp_path / LINEAR_FILE).is_file()
    assert info["train_seconds"] > 0
    model = ArgumentModel.load(tmp_path)
    result = run_bench(model, essays[:3])
    assert result["paragraph"]["component_f1_50"] > 0.5  # it has seen these essays
    assert set(result["essay"]) == set(result["paragraph"])


def test_training_is_deterministic(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    essays = corpus["train"][:4]
    params = {"c1": 0.05, "c2": 0.05, "max_iterations": 20}
    train_model(essays, tmp_path / "a", crf_params=params)
    train_model(essays, tmp_path / "b", crf_params=params)
    for name in (CRF_FILE, LINEAR_FILE):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_bench_cli_prints_eger_figures(corpus) -> None:  # type: ignore[no-untyped-def]
    import json

    from typer.testing import CliRunner

    from essaylens.argument.model import MODEL_DIR
    from essaylens.cli.main import app

    if not ArgumentModel.available(MODEL_DIR):
        pytest.skip("argument model not built (essaylens train aaec)")
    result = CliRunner().invoke(app, ["bench", "aaec", "--split", "dev", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    for level in ("paragraph", "essay"):
        for key in ("component_f1_100", "component_f1_50", "relation_f1_100", "relation_f1_50"):
            assert 0.0 < figures[level][key] <= 1.0
    assert figures["essays_per_s"] > 0 and "train_seconds" in figures


def test_second_stage_with_tree_linker_is_deterministic(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import gzip
    import json

    essays = corpus["train"][:8]
    params = {"c1": 0.05, "c2": 0.05, "max_iterations": 20}
    for name in ("a", "b"):
        train_model(essays, tmp_path / name, second_stage=True, crf_params=params)
    a, b = (tmp_path / name / LINEAR_FILE for name in ("a", "b"))
    assert a.read_bytes() == b.read_bytes()
    with gzip.open(tmp_path / "a" / LINEAR_FILE, "rt") as fh:
        models = json.load(fh)["models"]
    assert models["link"]["kind"] == "trees"
    figures = run_bench(ArgumentModel.load(tmp_path / "a"), essays[:2])["paragraph"]
    assert figures["relation_f1_50"] >= 0
