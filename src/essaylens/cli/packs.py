"""``essaylens packs``: list, check and describe topic packs (history area)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Topic packs: list them, check your own against the schema.",
                  no_args_is_help=True)

_DIRS = typer.Option("--packs-dir", help="Folder of your own topic packs (repeatable).")


@app.command("list")
def list_packs(packs_dir: Annotated[list[Path] | None, _DIRS] = None) -> None:
    """List every topic pack (built-in and yours) with its period and size."""
    from essaylens.history.packs import load_packs

    for pack in load_packs([str(p) for p in packs_dir or ()]):
        typer.echo(f"{pack.id}\t{pack.period_iso}\t{len(pack.events)} events, "
                   f"{len(pack.figures)} figures, {len(pack.names)} names\t{pack.title}")


@app.command("check")
def check(
    files: Annotated[list[Path], typer.Argument(help="Pack YAML files to validate.")],
) -> None:
    """Validate pack files against pack-1.json; one line per file."""
    from essaylens.history.packs import PackError, load_file

    failed = 0
    for path in files:
        try:
            pack = load_file(path)
        except PackError as exc:
            failed += 1
            typer.echo(f"FAIL {exc.message}", err=True)
            continue
        typer.echo(f"ok   {path}: {pack.id} ({len(pack.events)} events, "
                   f"{len(pack.figures)} figures)")
    raise typer.Exit(3 if failed else 0)


@app.command("schema")
def schema() -> None:
    """Print the JSON Schema that topic packs follow (pack-1.json)."""
    import json

    from essaylens.history.packs import schema as pack_schema

    typer.echo(json.dumps(pack_schema(), indent=2))


@app.command("names")
def names(packs_dir: Annotated[list[Path] | None, _DIRS] = None) -> None:
    """Every name form the packs know, with its canonical name (misspellings marked *)."""
    from essaylens.history.packs import known_names

    for form, name in sorted(known_names([str(p) for p in packs_dir or ()]).items()):
        mark = "*" if name.misspelt else " "
        typer.echo(f"{mark} {form}\t{name.canonical}\t{name.type}")


def bench_history(
    folder: Annotated[Path, typer.Option("--dir", help="Bench folder with labels.yaml and "
                                         "essays/ (default: bench/history of the repo).")]
    = Path("bench/history"),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """History: contradiction precision/recall, date recall and time per essay."""
    import json

    from essaylens.errors import InputError
    from essaylens.history.bench import evaluate, stress

    if not (folder / "labels.yaml").is_file():
        raise InputError(f"{folder}: no labels.yaml here; run from the repository root or "
                         "give --dir bench/history")
    result: dict[str, object] = {"dev": evaluate(folder)}
    if (folder / "heldout" / "labels.yaml").is_file():
        result["heldout"] = evaluate(folder / "heldout")
    if (folder / "correct_facts.txt").is_file():
        result["correct_facts"] = stress(folder / "correct_facts.txt")
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    for name, part in result.items():
        assert isinstance(part, dict)
        keys = ("contradiction_precision", "contradiction_recall", "date_recall",
                "history_stage_ms_median", "history_stage_cpu_ms_median", "checks",
                "false_contradictions")
        shown = ", ".join(f"{k}={part[k]}" for k in keys if k in part)
        typer.echo(f"{name}: {shown}")
