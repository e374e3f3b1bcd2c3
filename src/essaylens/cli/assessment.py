"""Assessment commands: ``essaylens bench asap`` and ``essaylens scorer train``.

Only Typer is imported at module level; numpy, scikit-learn and LightGBM load
inside the commands so ``essaylens --help`` stays fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

scorer_app = typer.Typer(help="Train a scorer on your own marked essays.", no_args_is_help=True)


def _stderr_line(message: str) -> None:
    sys.stderr.write(message + "\n")


def _default_asap() -> Path:
    import os

    here = Path(__file__).resolve()
    for cand in (os.environ.get("ESSAYLENS_SHARED"), str(here.parents[3] / ".." / "shared"),
                 "/work/shared"):
        if cand and (Path(cand) / "data" / "asap").is_dir():
            return Path(cand) / "data" / "asap"
    return Path("shared/data/asap")


def bench_asap(
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    data: Annotated[Path | None, typer.Option("--data", help="The ASAP folder "
                                              "(training_set_rel3.tsv and folds/).")] = None,
    prompt: Annotated[list[int] | None, typer.Option("--prompt", help="Only this prompt "
                                                     "(repeatable).")] = None,
    fold: Annotated[list[int] | None, typer.Option("--fold", help="Only this fold "
                                                   "(repeatable).")] = None,
    no_text: Annotated[bool, typer.Option("--no-text", help="Leave out the TF-IDF "
                                          "text models (ablation).")] = False,
    drop: Annotated[list[str] | None, typer.Option("--drop", help="Leave out features "
                                                   "whose name starts with this.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Folds trained at a time.")] = 2,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress.")] = False,
) -> None:
    """Quadratic weighted kappa of the scorer on ASAP over the standard 5 folds."""
    from essaylens.assessment.bench_asap import run_bench
    from essaylens.errors import MissingPath

    folder = data or _default_asap()
    if not (folder / "training_set_rel3.tsv").exists():
        raise MissingPath(f"{folder}: no training_set_rel3.tsv (give the ASAP folder with --data)")
    log = _stderr_line if verbose else None
    res = run_bench(folder, prompts=tuple(prompt or range(1, 9)), folds=tuple(fold or range(5)),
                    use_text=not no_text, drop=tuple(drop or ()), jobs=jobs, log=log)
    if as_json:
        typer.echo(json.dumps(res))
        return
    for p, v in res["per_prompt"].items():
        typer.echo(f"prompt {p}: QWK {v:.3f}")
    typer.echo(f"mean QWK {res['mean_qwk']:.3f} in {res['seconds']:.0f} s")


@scorer_app.command("train")
def scorer_train(
    essays: Annotated[Path, typer.Option("--essays", help="Folder of marked essays.")],
    marks: Annotated[Path, typer.Option("--marks", help="CSV with columns file,mark.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Model file to write.")] = Path(
        "scorer.joblib"),
    min_mark: Annotated[int | None, typer.Option("--min-mark", help="Lowest possible mark "
                                                 "(default: lowest seen).")] = None,
    max_mark: Annotated[int | None, typer.Option("--max-mark", help="Highest possible mark "
                                                 "(default: highest seen).")] = None,
) -> None:
    """Learn a scorer from a teacher's marked essays; print its cross-validated QWK."""
    from essaylens.assessment.scorer import train_scorer

    result = train_scorer(essays, marks, output, lo=min_mark, hi=max_mark,
                          log=_stderr_line)
    typer.echo(f"cross-validated QWK {result['cv_qwk']:.3f} on {result['essays']} essays "
               f"({result['folds']} folds); model written to {output}")
