"""Class sets: analyse many essays into a folder in worker processes, one report
each plus ``index.html`` and ``summary.csv``; resumable; a broken essay is listed,
never fatal.

Each worker writes its own report (atomically) and sends back only the small
summary row, so the parent never holds a class's worth of HTML.  A row is also
kept in ``OUTDIR/.essaylens/<name>.json`` with a key made of the essay's bytes,
the options, the format and the essaylens version: a later run skips an essay
whose report and row exist with the same key (unless ``--force``) and still
lists it, so an edited essay or a changed option is analysed again.
"""

from __future__ import annotations

import json
import os
import resource
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from essaylens.pipeline import Options

STATE_DIR = ".essaylens"


@dataclass
class BatchResult:
    rows: list[dict[str, Any]] = field(default_factory=list)
    analysed: int = 0
    skipped: int = 0
    failures: int = 0
    peak_rss_kb: dict[int, int] = field(default_factory=dict)  # worker pid -> max RSS


def output_names(files: list[str]) -> list[str]:
    """One output name per input: its stem, made unique (``essay``, ``essay-2``...)."""
    seen: dict[str, int] = {}
    names = []
    for f in files:
        stem = Path(f).stem if f != "-" else "stdin"
        stem = stem.replace(os.sep, "_") or "essay"
        key = stem.lower()
        seen[key] = seen.get(key, 0) + 1
        names.append(stem if seen[key] == 1 else f"{stem}-{seen[key]}")
    return names


def input_key(path: str, fmt: str, options: Options) -> str:
    """What a report depends on: the essay's bytes, the options, format and version."""
    import hashlib

    from essaylens import __version__

    digest = hashlib.sha256(f"{__version__}|{fmt}|{options!r}|".encode())
    try:
        digest.update(Path(path).read_bytes())
    except OSError:
        return ""  # unreadable: never skipped, the analysis will report why
    return digest.hexdigest()


def _peak_kb() -> int:
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # KiB on Linux


def analyse_one(path: str, name: str, fmt: str, outdir: str, options: Options) -> dict[str, Any]:
    """Worker: analyse, write the report and the row; return the row (never raises)."""
    from essaylens.cli.analyze import SUFFIX, describe, write_atomic
    from essaylens.report.summary import failed_row, summary_row

    display = Path(path).name if path != "-" else "stdin"
    report = name + SUFFIX[fmt]
    try:
        from essaylens.analysis import analyze_path
        from essaylens.record import dumps, to_record

        doc = analyze_path(path, options)
        record = to_record(doc)
        if fmt == "html":
            from essaylens.report.html import render_record_html

            content = render_record_html(record)
        elif fmt == "md":
            from essaylens.report.markdown import render_record_markdown

            content = render_record_markdown(record)
        elif fmt == "json":
            content = dumps(record)
        else:
            from essaylens.report import render

            content = render(doc, fmt, options)
        write_atomic(Path(outdir) / report, content)
        row = summary_row(record, display, report)
        state = dict(row, input_key=input_key(path, fmt, options))
        write_atomic(Path(outdir) / STATE_DIR / f"{name}.json", json.dumps(state))
    except Exception as exc:  # noqa: BLE001 - one bad essay never stops a class set
        row = failed_row(display, describe(exc))
    row["_name"], row["_pid"], row["_peak_kb"] = name, os.getpid(), _peak_kb()
    return row


WARM_UP_TEXT = (
    "Why did the war begin?\n\n"
    "The war began for several reasons. Firstly, the alliance system meant that a local "
    "quarrel soon involved every great power. Secondly, the arms race made leaders ready "
    "to fight. However, some historians argue that the assassination in 1914 was the main "
    "cause. Overall, the alliances mattered most because they turned a crisis into a war.")


def warm_up(options: Options) -> None:
    """Load every lazily built model in the parent before forking, so workers share
    them (copy-on-write) instead of each loading its own: the start-up cost is paid
    once, not once per worker.  Failures are ignored; workers will load or report."""
    try:
        from essaylens.analysis import analyze_text

        analyze_text(WARM_UP_TEXT, options=options)
    except Exception:  # noqa: BLE001, S110 - only an optimisation
        pass


def _load_row(outdir: Path, name: str, report: str, key: str) -> dict[str, Any] | None:
    """The saved row of an essay analysed before with the same key, else ``None``."""
    if not key or not (outdir / report).exists():
        return None
    try:
        row: dict[str, Any] = json.loads((outdir / STATE_DIR / f"{name}.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if row.pop("input_key", None) != key or row.get("status") != "ok":
        return None
    return row


def _start(tasks: list[tuple[str, str]], fmt: str, outdir: Path, options: Options,
           jobs: int) -> tuple[ProcessPoolExecutor | None, Iterator[dict[str, Any]]]:
    """Start the work: in this process for one job, else fork the workers now (before
    the progress bar starts its thread) and submit every essay; rows come as done."""
    if jobs <= 1 or len(tasks) <= 1:
        return None, (analyse_one(path, name, fmt, str(outdir), options) for path, name in tasks)
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=context)
    futures = {pool.submit(analyse_one, path, name, fmt, str(outdir), options): (path, name)
               for path, name in tasks}
    return pool, _collect(futures, fmt, outdir, options, context)


def _collect(futures: dict[Future[dict[str, Any]], tuple[str, str]], fmt: str, outdir: Path,
             options: Options, context: Any) -> Iterator[dict[str, Any]]:
    """Rows as workers finish.  If a worker dies (a crash or the OOM killer), the pool
    breaks and every unfinished essay fails with it: those are re-run one process each,
    so only the essay that kills its worker is listed as failed."""
    from concurrent.futures.process import BrokenProcessPool

    from essaylens.report.summary import failed_row

    retry: list[tuple[str, str]] = []
    for fut in as_completed(futures):
        try:
            yield fut.result()
        except BrokenProcessPool:
            retry.append(futures[fut])
    for path, name in retry:
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as solo:
            try:
                yield solo.submit(analyse_one, path, name, fmt, str(outdir), options).result()
            except BrokenProcessPool:
                row = failed_row(Path(path).name, "the process analysing this essay died "
                                 "(out of memory or a crash in a reader)")
                yield dict(row, _name=name)


def run_class(files: list[str], fmt: str, outdir: Path, options: Options, *,
              jobs: int = 0, force: bool = False, quiet: bool = False) -> BatchResult:
    """Analyse a class set into ``outdir``; write index.html and summary.csv last."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from essaylens.cli.analyze import SUFFIX, write_atomic
    from essaylens.report.summary import render_index, to_csv

    err = Console(stderr=True)
    outdir.mkdir(parents=True, exist_ok=True)
    result = BatchResult()
    names = output_names(files)
    by_name: dict[str, dict[str, Any]] = {}
    tasks: list[tuple[str, str]] = []
    for path, name in zip(files, names, strict=True):
        row = None
        if not force and path != "-":
            row = _load_row(outdir, name, name + SUFFIX[fmt], input_key(path, fmt, options))
        if row is None:
            tasks.append((path, name))
        else:
            by_name[name] = row
            result.skipped += 1
    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    if jobs > 1 and len(tasks) > 1:
        warm_up(options)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeRemainingColumn())
    pool, rows = _start(tasks, fmt, outdir, options, jobs)
    try:
        with Progress(*columns, console=err, disable=quiet or not tasks, transient=False) as bar:
            task = bar.add_task("Analysing", total=len(tasks))
            for done, row in enumerate(rows, 1):
                pid, peak = row.pop("_pid", None), row.pop("_peak_kb", 0)
                if pid is not None:
                    result.peak_rss_kb[pid] = max(result.peak_rss_kb.get(pid, 0), peak)
                by_name[row.pop("_name")] = row
                result.analysed += 1
                if row.get("status") != "ok":
                    result.failures += 1
                    error = str(row["error"])
                    # readers' messages already name the path; others get the file name
                    where = "" if Path(row["file"]).name in error else f"{row['file']}: "
                    err.print(f"essaylens: {where}{error}", markup=False, soft_wrap=True,
                              highlight=False)
                bar.update(task, completed=done)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    result.rows = [by_name[n] for n in names if n in by_name]
    write_atomic(outdir / "summary.csv", to_csv(result.rows))
    write_atomic(outdir / "index.html", render_index(result.rows))
    if not quiet:
        done_ok = sum(1 for r in result.rows if r.get("status") == "ok")
        err.print(f"wrote {done_ok} reports, index.html and summary.csv to {outdir}"
                  + (f" ({result.skipped} already done)" if result.skipped else "")
                  + (f"; {result.failures} failed" if result.failures else ""),
                  markup=False, highlight=False, soft_wrap=True)
    return result


def run_batch(files: list[str], fmt: str, outdir: Path, options: Options, *,
              jobs: int = 0, force: bool = False, quiet: bool = False) -> int:
    """Analyse every file; return how many failed (each failure is reported, not fatal)."""
    return run_class(files, fmt, outdir, options, jobs=jobs, force=force, quiet=quiet).failures
