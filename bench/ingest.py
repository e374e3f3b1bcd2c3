"""Benchmark: ingest + repair + segmentation throughput, and CLI start-up time.

    python bench/ingest.py [--shared ../shared] [--essays 200] [--json]

Essays: the first N ASAP essays (``../shared/data/asap``) of 500-800 words, each
written to a temporary .txt file and read back through the real reader, so
encoding detection and the language check are timed too.  Runs on one core
(BLAS threads pinned to 1); one-off model loading is timed separately.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def pick_essays(shared: Path, count: int) -> list[str]:
    from essaylens.ingest.asap import read_asap

    chosen = []
    for essay in read_asap(shared / "data" / "asap" / "training_set_rel3.tsv"):
        if 500 <= len(essay.text.split()) <= 800:
            chosen.append(essay.text)
            if len(chosen) == count:
                break
    return chosen


def time_ingest(texts: list[str]) -> dict[str, float]:
    from essaylens.analysis import build_document, default_pipeline
    from essaylens.ingest import read_path

    pipeline = default_pipeline(("segment",))
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, text in enumerate(texts):
            p = Path(tmp) / f"essay{i:04d}.txt"
            p.write_text(text, encoding="utf-8")
            paths.append(p)
        t0 = time.perf_counter()
        warm = read_path(paths[0])
        pipeline.run(build_document(warm.text))
        warm_up = time.perf_counter() - t0
        words = 0
        t0 = time.perf_counter()
        c0 = time.process_time()
        for p in paths:
            extracted = read_path(p)
            doc = build_document(extracted.text, path=str(p))
            pipeline.run(doc)
            words += len(doc.text.split())
        elapsed = time.perf_counter() - t0
        cpu = time.process_time() - c0
    # CPU time is what one core spends; wall time also counts waiting on a busy machine.
    return {"essays": len(paths), "wall_seconds": round(elapsed, 3),
            "cpu_seconds": round(cpu, 3),
            "essays_per_s": round(len(paths) / cpu, 1),
            "essays_per_wall_s": round(len(paths) / elapsed, 1),
            "words_per_s": round(words / cpu), "warm_up_s": round(warm_up, 3)}


def time_startup(runs: int = 7) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "essaylens", "--help"], env=env,
                       capture_output=True, check=True)
        times.append(time.perf_counter() - t0)
    return {"help_median_s": round(statistics.median(times), 3),
            "help_min_s": round(min(times), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--essays", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    texts = pick_essays(args.shared, args.essays)
    result = {"machine": f"{platform.machine()}, {os.cpu_count()} cores (one used)",
              "ingest": time_ingest(texts), "startup": time_startup()}
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        ing, st = result["ingest"], result["startup"]
        print(f"ingest+repair+segment: {ing['essays_per_s']} essays per CPU-second "
              f"({ing['essays_per_wall_s']} per wall-second) "
              f"({ing['words_per_s']} words/s) over {ing['essays']} essays; "
              f"first essay incl. loading {ing['warm_up_s']} s")
        print(f"essaylens --help: median {st['help_median_s']} s, min {st['help_min_s']} s")


if __name__ == "__main__":
    main()
