"""Class-set benchmark: essays/s with --jobs 1 and --jobs 2, peak memory per worker,
and report sizes.

    nice -n 10 /work/venv/bin/python bench/class_bench.py --n 200

Each --jobs setting runs in a fresh process (model loading included, as on the
command line).  Essays are read in place from ../shared/data/aaec/brat (never copied into the
repo); the reference essay is cut to 1,000 words in a temporary folder for the
size check.  Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests"))


def shared() -> Path:
    from conftest import find_shared  # the tests' lookup: ../shared, $ESSAYLENS_SHARED

    found = find_shared()
    if found is None:
        sys.exit("bench: ../shared is not beside the repo (set ESSAYLENS_SHARED)")
    return found


def essays(n: int) -> list[str]:
    folder = shared() / "data" / "aaec" / "brat"
    files = sorted(str(p) for p in folder.glob("essay*.txt"))
    if len(files) < n:
        sys.exit(f"bench: only {len(files)} essays in {folder}")
    return files[:n]


def run(files: list[str], jobs: int, out: Path) -> dict[str, float]:
    from essaylens.cli.batch import run_class
    from essaylens.pipeline import Options

    def cpu() -> float:
        me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
            resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime

    t0, c0 = time.perf_counter(), cpu()
    result = run_class(files, "html", out, Options(), jobs=jobs, quiet=True)
    seconds, cpu_s = time.perf_counter() - t0, cpu() - c0  # workers are reaped: counted
    sizes = [p.stat().st_size for p in out.glob("*.html") if p.name != "index.html"]
    peaks = sorted(result.peak_rss_kb.values())
    return {"jobs": jobs, "essays": len(files), "failures": result.failures,
            "seconds": round(seconds, 2), "essays_per_s": round(len(files) / seconds, 2),
            "cpu_s": round(cpu_s, 2), "essays_per_cpu_s": round(len(files) / cpu_s, 2),
            "load_avg_1min": round(os.getloadavg()[0], 2),
            "workers": len(peaks), "peak_rss_mb_per_worker_max": round(max(peaks) / 1024, 1),
            "peak_rss_mb_per_worker_min": round(min(peaks) / 1024, 1),
            "report_kb_mean": round(sum(sizes) / len(sizes) / 1024, 1),
            "report_kb_max": round(max(sizes) / 1024, 1)}


def report_size(words: int, tmp: Path) -> dict[str, float]:
    from essaylens.analysis import analyze_path
    from essaylens.report.html import render_html

    text = (shared() / "essays" / "000_ec3488355632154c.txt").read_text(encoding="utf-8")
    cut = tmp / f"reference-{words}.txt"
    cut.write_text(" ".join(text.split(" ")[:words]), encoding="utf-8")
    html = render_html(analyze_path(cut))
    return {"words": len(cut.read_text(encoding="utf-8").split()),
            "report_kb": round(len(html.encode("utf-8")) / 1024, 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child: one timed run
    args = ap.parse_args()
    files = essays(args.n)
    if args.one:
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps(run(files, args.one, Path(tmp) / "out")))
        return
    # each setting in a fresh process, so each pays its own model loading, as the CLI does
    runs = []
    for jobs in args.jobs:
        child = subprocess.run([sys.executable, __file__, "--n", str(args.n), "--one", str(jobs)],
                               check=True, stdout=subprocess.PIPE, text=True)
        runs.append(json.loads(child.stdout.strip().splitlines()[-1]))
    with tempfile.TemporaryDirectory() as tmp:
        sizes = [report_size(1000, Path(tmp))]
    base = runs[0]["essays_per_s"]
    print(json.dumps({
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
                   f"{platform.python_version()}",
        "runs": runs,
        "scaling": {f"jobs{r['jobs']}/jobs{runs[0]['jobs']}": round(r["essays_per_s"] / base, 2)
                    for r in runs[1:]},
        "report_size": sizes,
    }, indent=2))


if __name__ == "__main__":
    main()
