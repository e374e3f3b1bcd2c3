"""Class sets: analyse many essays into a folder, one report each, with a progress bar."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.progress import track

from essaylens.pipeline import Options


def run_batch(files: list[str], fmt: str, outdir: Path, options: Options, *,
              jobs: int = 0, force: bool = False, quiet: bool = False) -> int:
    """Analyse every file; return how many failed (each failure is reported, not fatal)."""
    from essaylens.cli.analyze import SUFFIX, describe, render_one, write_atomic

    err = Console(stderr=True)
    failures = 0
    outdir.mkdir(parents=True, exist_ok=True)
    for path in track(files, description="Analysing", console=err, disable=quiet):
        target = outdir / (Path(path).stem + SUFFIX[fmt])
        if target.exists() and not force:
            continue
        try:
            write_atomic(target, render_one(path, fmt, options))
        except Exception as exc:  # noqa: BLE001 - one bad essay never stops a class set
            failures += 1
            err.print(f"essaylens: {describe(exc)}", markup=False, highlight=False,
                      soft_wrap=True)
    return failures
