"""``essaylens``: the Typer application.  Heavy modules load only inside commands,
so ``essaylens --help`` starts fast."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from essaylens import __version__
from essaylens.errors import EXIT_INTERNAL, EssaylensError

app = typer.Typer(
    name="essaylens",
    help="Read an argumentative essay the way an experienced history examiner does. "
    "Offline: nothing you analyse leaves this machine.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    html = "html"
    json = "json"
    md = "md"
    aif = "aif"
    argdown = "argdown"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"essaylens {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """essaylens command line."""


@app.command()
def analyze(
    files: Annotated[list[str], typer.Argument(help="Essay files or folders; - reads standard input.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.html,
    output: Annotated[str | None, typer.Option("-o", "--output", help="Output file (one essay; - for standard output) or folder (several, or a path ending in /).")] = None,
    no_repair: Annotated[bool, typer.Option("--no-repair", help="Do not repair the text.")] = False,
    variant: Annotated[str | None, typer.Option("--variant", help="en-GB or en-US (default: detect).")] = None,
    pack: Annotated[list[str] | None, typer.Option("--pack", help="Topic pack to use (repeatable).")] = None,
    packs_dir: Annotated[list[Path] | None, typer.Option("--packs-dir", help="Folder of your own topic packs.")] = None,
    min_confidence: Annotated[float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Hide language issues below this confidence (0 to 1).")] = 0.0,
    scheme: Annotated[str | None, typer.Option("--scheme", help="Mark scheme name or YAML file.")] = None,
    scorer: Annotated[Path | None, typer.Option("--scorer", help="A trained scorer model file.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes for a class set (0: one per core).")] = 0,
    force: Annotated[bool, typer.Option("--force", help="Re-analyse essays already analysed.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
) -> None:
    """Analyse essays and write reports (HTML by default)."""
    from essaylens.cli.analyze import run_analyze
    from essaylens.ingest.base import MIN_WORDS
    from essaylens.pipeline import Options

    options = Options(
        repair=not no_repair, variant=variant, packs=tuple(pack or ()),
        pack_dirs=tuple(str(p) for p in packs_dir or ()), min_confidence=min_confidence,
        scheme=scheme, scorer=str(scorer) if scorer else None, min_words=MIN_WORDS,
    )
    code = run_analyze(files, fmt.value, output, options, jobs=jobs, force=force, quiet=quiet)
    raise typer.Exit(code)


# Sub-commands.  Each area keeps its commands in its own light module (Typer only; the
# heavy work is imported inside each command) and they are gathered here into groups:
# ``essaylens train <what>``, ``essaylens bench <what>``, ``essaylens packs ...``.
from essaylens.cli import argument as _argument_cli  # noqa: E402
from essaylens.cli import assessment as _assessment_cli  # noqa: E402
from essaylens.cli import language as _language_cli  # noqa: E402
from essaylens.cli import packs as _packs_cli  # noqa: E402
from essaylens.cli.packs import app as _packs_app  # noqa: E402

train_app = typer.Typer(help="Rebuild a shipped model from data you hold.", no_args_is_help=True)
bench_app = typer.Typer(help="Measure a part of essaylens on a public benchmark.",
                        no_args_is_help=True)
app.add_typer(train_app, name="train")
app.add_typer(bench_app, name="bench")
app.add_typer(_packs_app, name="packs")
app.add_typer(_assessment_cli.scorer_app, name="scorer")

train_app.command("aaec")(_argument_cli.train_aaec)
bench_app.command("aaec")(_argument_cli.bench_aaec)
bench_app.command("asap")(_assessment_cli.bench_asap)
bench_app.command("history")(_packs_cli.bench_history)
bench_app.registered_commands.extend(_language_cli.bench_app.registered_commands)


def main() -> None:
    """Entry point: run the app, turning expected errors into one line and an exit code."""
    try:
        app()
    except EssaylensError as exc:
        sys.stderr.write(f"essaylens: {exc.message}\n")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("essaylens: interrupted\n")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - last resort: one line, never a traceback
        sys.stderr.write(f"essaylens: internal error: {type(exc).__name__}: {exc} "
                         "(please report this)\n")
        sys.exit(EXIT_INTERNAL)


if __name__ == "__main__":
    main()
