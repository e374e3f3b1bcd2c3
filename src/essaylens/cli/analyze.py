"""``essaylens analyze``: one essay to a file or standard output, or a class set to a folder."""

from __future__ import annotations

import sys
from pathlib import Path

from essaylens.errors import EXIT_BAD_INPUT, EXIT_OK, EXIT_PARTIAL, EssaylensError, MissingPath
from essaylens.pipeline import Options

SUFFIX = {"html": ".html", "json": ".json", "md": ".md", "aif": ".aif.json", "argdown": ".argdown"}


def collect(inputs: list[str]) -> list[str]:
    """Expand folders into the essay files they hold (sorted), keep files and ``-``."""
    from essaylens.ingest import supported_suffixes

    suffixes = set(supported_suffixes())
    out: list[str] = []
    for item in inputs:
        p = Path(item)
        if item != "-" and p.is_dir():
            found = sorted(str(f) for f in p.iterdir()
                           if f.is_file() and f.suffix.lower() in suffixes
                           and not f.name.startswith("."))
            if not found:
                raise MissingPath(f"{p}: no readable essay in this folder "
                                  f"(looked for {', '.join(sorted(suffixes))})")
            out.extend(found)
        else:
            out.append(item)
    return out


def write_atomic(path: Path, content: str) -> None:
    """Write via a temporary file and rename, so no half-written output is ever left."""
    import os
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; a report is not
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def render_one(path: str, fmt: str, options: Options) -> str:
    from essaylens.analysis import analyze_path
    from essaylens.report import render

    doc = analyze_path(path, options)
    return render(doc, fmt, options)


def run_analyze(inputs: list[str], fmt: str, output: Path | None, options: Options,
                *, jobs: int = 0, force: bool = False, quiet: bool = False) -> int:
    files = collect(inputs)
    if len(files) == 1 and not (output is not None and output.is_dir()):
        from essaylens.analysis import analyze_path
        from essaylens.report import render

        doc = analyze_path(files[0], options)
        content = render(doc, fmt, options)
        if output is None and fmt in ("json", "md", "argdown", "aif"):
            sys.stdout.write(content if content.endswith("\n") else content + "\n")
            return EXIT_OK
        target = output or Path(Path(files[0]).stem + SUFFIX[fmt] if files[0] != "-"
                                else "essay" + SUFFIX[fmt])
        write_atomic(target, content)
        if not quiet:
            from essaylens.cli.summary import print_summary

            print_summary(doc, target)
        return EXIT_OK
    from essaylens.cli.batch import run_batch

    outdir = output or Path("essaylens-out")
    failures = run_batch(files, fmt, outdir, options, jobs=jobs, force=force, quiet=quiet)
    if failures == len(files):
        return EXIT_BAD_INPUT
    return EXIT_PARTIAL if failures else EXIT_OK


def describe(exc: BaseException) -> str:
    if isinstance(exc, EssaylensError):
        return exc.message
    return f"internal error: {type(exc).__name__}: {exc}"
