"""Smoke version of bench/ingest.py: the benchmark runs end to end on a few essays."""

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "ingest.py"


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_ingest", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ingest_benchmark_runs_on_a_few_essays(shared_dir):
    bench = load_bench()
    texts = bench.pick_essays(shared_dir, 5)
    assert len(texts) == 5 and all(500 <= len(t.split()) <= 800 for t in texts)
    result = bench.time_ingest(texts)
    assert result["essays"] == 5 and result["essays_per_s"] > 0
