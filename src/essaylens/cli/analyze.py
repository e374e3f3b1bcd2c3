"""``essaylens analyze``: one essay to a file or standard output, or a class set to a folder."""

from __future__ import annotations

import sys
from pathlib import Path

from essaylens.errors import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_PARTIAL,
    EssaylensError,
    MissingPath,
    OutputError,
    UsageError,
)
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

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write the report here "
                          f"({exc.strerror or type(exc).__name__})") from None
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; a report is not
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write the report here "
                          f"({exc.strerror or type(exc).__name__})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def single_target(source: str, fmt: str, output: str | None) -> Path | None:
    """Where one essay's report goes; ``None`` means standard output.  Never the
    essay itself: a report must not overwrite what the student wrote."""
    if output == "-" or (output is None and fmt in ("json", "md", "argdown", "aif")):
        return None
    if output is not None:
        target = Path(output)
        if source != "-" and _same_file(target, Path(source)):
            raise UsageError(f"{output}: that is the essay itself; choose another output file")
        return target
    stem = Path(source).stem if source != "-" else "essay"
    target = Path(stem + SUFFIX[fmt])
    if source != "-" and _same_file(target, Path(source)):
        target = Path(stem + ".report" + SUFFIX[fmt])
    return target


def check_class_output(files: list[str], outdir: Path) -> None:
    """A class set's reports go to a folder that holds none of the essays, so no
    essay is overwritten and no report is read back as an essay on the next run."""
    if outdir.exists() and not outdir.is_dir():
        raise UsageError(f"{outdir}: several essays need an output folder, not a file")
    if not outdir.exists() and outdir.suffix.lower() in {".html", ".json", ".md", ".csv"}:
        raise UsageError(f"{outdir}: several essays need an output folder, not a file name")
    for f in files:
        if f != "-" and _same_file(Path(f).parent, outdir):
            raise UsageError(f"{outdir}: the output folder holds the essays themselves; "
                             "choose another folder for the reports")


def run_analyze(inputs: list[str], fmt: str, output: str | Path | None, options: Options,
                *, jobs: int = 0, force: bool = False, quiet: bool = False) -> int:
    """Analyse ``inputs``; ``output`` is a file, ``-``, or a folder (an existing one,
    or a path ending in a separator); several essays always go to a folder."""
    if isinstance(output, Path):
        output = str(output)
    if "-" in inputs and len(inputs) > 1:
        raise UsageError("standard input (-) cannot be mixed with files; analyse it on its own")
    files = collect(inputs)
    as_folder = output is not None and (output.endswith(("/", "\\")) or Path(output).is_dir())
    if len(files) == 1 and not as_folder:
        from essaylens.analysis import analyze_path
        from essaylens.report import render

        target = single_target(files[0], fmt, output)
        doc = analyze_path(files[0], options)
        content = render(doc, fmt, options)
        if target is None:
            sys.stdout.write(content if content.endswith("\n") else content + "\n")
            return EXIT_OK
        write_atomic(target, content)
        if not quiet:
            from essaylens.cli.summary import print_summary

            print_summary(doc, target)
        return EXIT_OK
    from essaylens.cli.batch import run_batch

    if output == "-":
        raise UsageError("several essays cannot go to standard output; give -o FOLDER")
    outdir = Path(output) if output else Path("essaylens-out")
    check_class_output(files, outdir)
    failures = run_batch(files, fmt, outdir, options, jobs=jobs, force=force, quiet=quiet)
    if failures == len(files):
        return EXIT_BAD_INPUT
    return EXIT_PARTIAL if failures else EXIT_OK


def describe(exc: BaseException) -> str:
    if isinstance(exc, EssaylensError):
        return exc.message
    return f"internal error: {type(exc).__name__}: {exc}"
