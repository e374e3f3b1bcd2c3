"""``essaylens train aaec`` and ``essaylens bench aaec``: rebuild and measure the argument
model on the Argument Annotated Essays corpus (research-only data you hold)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated

import typer

from essaylens.errors import InputError, ModelError

DataOpt = Annotated[Path | None, typer.Option("--data", help="Folder holding aaec/ (brat form).")]
ModelOpt = Annotated[Path | None, typer.Option(help="Model folder (default: the packaged one).")]


def find_data(data: Path | None) -> Path:
    """The AAEC folder: ``--data``, ``$ESSAYLENS_SHARED``, ``<repo>/../shared``, /work/shared."""
    from essaylens.argument.data import aaec_root

    repo = Path(__file__).resolve().parents[3]
    candidates = [data] if data else [Path(p) for p in (os.environ.get("ESSAYLENS_SHARED"),
                                                         repo.parent / "shared",
                                                         Path("/work/shared")) if p]
    for cand in candidates:
        try:
            return aaec_root(cand)
        except FileNotFoundError:
            continue
    raise InputError("AAEC corpus not found: pass --data DIR (the folder holding aaec/brat)")


def train_aaec(
    data: DataOpt = None,
    out: ModelOpt = None,
    on: Annotated[str, typer.Option(
        help="train (286 essays, CoNLL dev left out) or all (the 322 TRAIN essays).")] = "all",
) -> None:
    """Rebuild the argument model from AAEC (seeded and deterministic)."""
    from essaylens.argument.data import load_corpus
    from essaylens.argument.model import MODEL_DIR
    from essaylens.argument.train import SEGMENTER, train_model

    corpus = load_corpus(find_data(data))
    essays = corpus["train"] + (corpus["dev"] if on == "all" else [])
    essays.sort(key=lambda e: e.id)
    info = train_model(essays, out or MODEL_DIR, second_stage=True, segmenter=SEGMENTER,
                       log=lambda m: typer.echo(m, err=True))
    typer.echo(json.dumps(info))


def bench_aaec(
    split: Annotated[str, typer.Option("--split", help="test (80 essays) or dev (36).")] = "test",
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    data: DataOpt = None,
    model: ModelOpt = None,
) -> None:
    """Component, relation and stance F1 (Eger et al. 2017) at paragraph and essay level."""
    from essaylens.argument.bench import run_bench
    from essaylens.argument.data import load_corpus
    from essaylens.argument.model import MODEL_DIR, ArgumentModel

    if split not in ("test", "dev"):
        raise InputError(f"unknown split {split!r}: use test or dev")
    directory = model or MODEL_DIR
    if not ArgumentModel.available(directory):
        raise ModelError(f"no argument model in {directory}: run `essaylens train aaec`")
    corpus = load_corpus(find_data(data))
    loaded = ArgumentModel.load(directory)
    result = run_bench(loaded, corpus[split])
    result["split"] = split
    result["train_seconds"] = loaded.meta.get("train_seconds")
    if as_json:
        typer.echo(json.dumps(result))
        return
    for level in ("paragraph", "essay"):
        figures = "  ".join(f"{k}={v:.3f}" for k, v in result[level].items())
        typer.echo(f"{level:9} {figures}")
    typer.echo(f"{result['essays']} essays, {result['essays_per_s']} essays/s, "
               f"model trained in {result['train_seconds']} s")
