"""A scorer trained on marked essays; it refuses essays far from what it saw."""

from __future__ import annotations

from pathlib import Path

import pytest

from essaylens.analysis import analyze_path, analyze_text
from essaylens.errors import ModelError, OutOfDomain
from essaylens.pipeline import Options

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def marked_set(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 ASAP prompt-3 essays as files with a marks.csv, in a temporary folder."""
    from essaylens.assessment.asap import read_asap

    essays = [e for e in read_asap(shared_dir / "data" / "asap" / "training_set_rel3.tsv")
              if e.prompt == 3][:40]
    folder = tmp_path_factory.mktemp("marked")
    rows = ["file,mark"]
    for e in essays:
        (folder / f"{e.essay_id}.txt").write_text(e.text, encoding="utf-8")
        rows.append(f"{e.essay_id}.txt,{e.score}")
    (folder / "marks.csv").write_text("\n".join(rows) + "\n")
    return folder


@pytest.fixture(scope="module")
def trained(marked_set: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Train through the command line once; keep the model file and what it printed."""
    from typer.testing import CliRunner

    from essaylens.cli.main import app

    out = tmp_path_factory.mktemp("model") / "scorer.joblib"
    res = CliRunner().invoke(app, ["scorer", "train", "--essays", str(marked_set), "--marks",
                                   str(marked_set / "marks.csv"), "-o", str(out)])
    assert res.exit_code == 0, res.output
    return out, res.output


@pytest.fixture(scope="module")
def model_file(trained: tuple[Path, str]) -> Path:
    return trained[0]


def test_train_prints_cross_validated_qwk_and_writes_the_model(
        trained: tuple[Path, str]) -> None:
    out, printed = trained
    assert "cross-validated QWK" in printed and "40 essays" in printed
    assert out.exists()


def test_analyze_with_scorer_reports_the_model_mark(model_file: Path, marked_set: Path) -> None:
    essay = sorted(marked_set.glob("*.txt"))[0]
    a = analyze_path(essay, Options(scorer=str(model_file))).results["assessment"]
    assert a["scorer"]["kind"] == "model"
    assert 0 <= a["scorer"]["mark"] <= 3


def test_scorer_refuses_an_essay_on_another_topic(model_file: Path) -> None:
    with pytest.raises(OutOfDomain, match="topic"):
        analyze_path(EXAMPLES / "terror_middling.txt", Options(scorer=str(model_file)))


def test_scorer_refuses_an_essay_far_longer_than_any_it_saw(model_file: Path,
                                                            marked_set: Path) -> None:
    text = sorted(marked_set.glob("*.txt"))[0].read_text() * 40
    with pytest.raises(OutOfDomain, match="words"):
        analyze_text(text, options=Options(scorer=str(model_file)))


def test_scorer_refuses_text_that_is_not_english(model_file: Path) -> None:
    from essaylens.assessment.scorer import load_scorer

    scorer = load_scorer(str(model_file))
    text = ("Der Radfahrer fuhr auf der rauen Straße durch die Wüste und hatte kein Wasser "
            "mehr, weil die Sonne so heiß war und die Straße so lang. ") * 4
    with pytest.raises(OutOfDomain, match="English"):
        scorer.domain.check(text, len(text.split()))


def test_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    from essaylens.assessment.scorer import load_scorer

    with pytest.raises(ModelError, match="no such scorer file"):
        load_scorer(str(tmp_path / "nope.joblib"))


def test_cli_refusal_is_one_line_with_exit_code_5(model_file: Path) -> None:
    import os
    import subprocess
    import sys

    src = Path(__file__).resolve().parents[2] / "src"
    res = subprocess.run(
        [sys.executable, "-m", "essaylens", "analyze", str(EXAMPLES / "terror_middling.txt"),
         "--format", "json", "--scorer", str(model_file)],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(src)},
        timeout=120)
    assert res.returncode == 5
    assert res.stderr.count("\n") == 1 and "refuses" in res.stderr
