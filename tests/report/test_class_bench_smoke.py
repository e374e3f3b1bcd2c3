"""Quick version of bench/class_bench.py: two essays, one job, numbers present."""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_class_bench_runs_on_two_essays(shared_dir: Path, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("class_bench", REPO / "bench" / "class_bench.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    files = bench.essays(2)
    result = bench.run(files, 1, tmp_path / "out")
    assert result["essays"] == 2 and result["failures"] == 0
    assert result["essays_per_s"] > 0 and result["peak_rss_mb_per_worker_max"] > 10
    assert result["report_kb_max"] < 1024
