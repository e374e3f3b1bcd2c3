"""``essaylens bench spelling|language``: the language area's benchmarks.

Heavy modules load inside the commands so ``essaylens --help`` stays fast."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer

bench_app = typer.Typer(help="Run a benchmark and print its figures.", no_args_is_help=True)


def _shared(given: Path | None) -> Path:
    """``--shared``, ``$ESSAYLENS_SHARED``, ``../shared`` beside the checkout, /work/shared."""
    from essaylens.errors import MissingPath

    candidates = [given, os.environ.get("ESSAYLENS_SHARED"), Path.cwd().parent / "shared",
                  Path(__file__).resolve().parents[3].parent / "shared", Path("/work/shared")]
    for cand in candidates:
        if cand and (Path(cand) / "data").is_dir():
            return Path(cand)
    raise MissingPath("../shared (benchmark data) not found; pass --shared DIR")


@bench_app.command("spelling")
def spelling(
    shared: Annotated[Path | None, typer.Option("--shared", help="The shared data folder.")] = None,
    variant: Annotated[str | None, typer.Option("--variant", help="en-GB or en-US.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    show_errors: Annotated[bool, typer.Option("--errors", help="List the misses.")] = False,
) -> None:
    """First-suggestion accuracy on Norvig's spelling sets 1 (dev) and 2 (test)."""
    from essaylens.language.bench import bench_spelling

    errors: dict[str, list[tuple[str, str, str]]] = {}
    result = bench_spelling(_shared(shared) / "data" / "spelling", variant,
                            errors if show_errors else None)
    if as_json:
        typer.echo(json.dumps(result))
        return
    typer.echo(f"set 1 (dev):  {result['set1']:.1%}\nset 2 (test): {result['set2']:.1%}\n"
               f"{result['words_per_s']} words/s over {result['n']} misspellings")
    for name, misses in errors.items():
        for wrong, right, got in misses:
            typer.echo(f"{name}\t{wrong}\t{right}\t{got}")


@bench_app.command("language")
def language(
    data: Annotated[Path, typer.Option("--data", help="Folder with planted/ and rare_words.txt.")]
    = Path("bench/language"),
    shared: Annotated[Path | None, typer.Option("--shared", help="The shared data folder.")] = None,
    essays: Annotated[int, typer.Option("--essays", help="ASAP essays for the speed test.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Precision and recall on planted-error essays, and milliseconds per 700 words."""
    from essaylens.language.bench import bench_planted, bench_speed, startup_seconds

    startup = startup_seconds()  # first: nothing is loaded yet
    planted: dict[str, Any] = bench_planted(data)
    result: dict[str, Any] = {"startup_s": startup, "planted": planted}
    texts = _asap_texts(_shared(shared), essays) if essays else []
    if texts:
        result["speed"] = bench_speed(texts)
    if as_json:
        typer.echo(json.dumps(result, indent=1))
        return
    typer.echo(f"planted: precision {planted['precision']}, recall {planted['recall']}")
    for kind, row in planted["per_kind"].items():
        typer.echo(f"  {kind:11} planted {row['planted']:3} found {row['found']:3} "
                   f"precision {row['precision']} recall {row['recall']}")
    typer.echo(f"rare words: {planted['rare_words']}, alarms {planted['rare_word_alarms']}")
    for line in planted["misses"]:
        typer.echo(f"  missed {line}")
    for line in planted["false_alarms"]:
        typer.echo(f"  false alarm {line}")
    if "speed" in result:
        typer.echo(f"speed: {result['speed']}")
    typer.echo(f"start-up: {result['startup_s']} s")


def _asap_texts(shared: Path, count: int) -> list[str]:
    """The first ``count`` ASAP essays of 500-800 words (read in place, never copied)."""
    import csv

    path = shared / "data" / "asap" / "training_set_rel3.tsv"
    out: list[str] = []
    with open(path, encoding="latin-1", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            text = row.get("essay", "")
            if 500 <= len(text.split()) <= 800:
                out.append(text)
                if len(out) == count:
                    break
    return out
