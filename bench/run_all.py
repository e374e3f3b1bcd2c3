"""Run every benchmark in turn and print their figures (long: minutes to tens of minutes).

    .venv/bin/python bench/run_all.py [--quick]

Each benchmark is also a command of its own; see bench/README.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

BENCHMARKS: list[list[str]] = [
    [sys.executable, str(REPO / "bench" / "ingest.py")],
    [sys.executable, "-m", "essaylens", "bench", "spelling"],
    [sys.executable, "-m", "essaylens", "bench", "language"],
    [sys.executable, str(REPO / "bench" / "history" / "run.py")],
    [sys.executable, str(REPO / "bench" / "aaec.py"), "--split", "test"],
    [sys.executable, str(REPO / "bench" / "class_bench.py"), "--n", "200"],
    [sys.executable, "-m", "essaylens", "bench", "asap", "--json"],
]


def main() -> int:
    failed = 0
    for command in BENCHMARKS:
        print("$", " ".join(command), flush=True)
        failed += subprocess.run(command, cwd=REPO).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
