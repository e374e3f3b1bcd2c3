"""Quick version of bench/aaec_cv.py: two folds over eight training essays."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_cross_validation_reports_both_span_sources(shared_dir: Path, tmp_path: Path) -> None:
    if not (shared_dir / "data" / "aaec").is_dir():
        pytest.skip("AAEC corpus is not in ../shared/data")
    done = subprocess.run([sys.executable, str(REPO / "bench" / "aaec_cv.py"), "--folds", "2",
                           "--limit", "8", "--work", str(tmp_path)],
                          capture_output=True, text=True, timeout=300, check=True)
    result = json.loads(done.stdout)
    assert result["essays"] == 8 and len(result["folds"]) == 2
    for name in ("segmenter", "typed_crf_spans"):
        assert 0.0 <= result["mean"][name]["relation_f1_100"] <= 1.0
        assert result["mean"][name]["component_f1_50"] > 0.0
    assert (tmp_path / "fold1" / "seg.crfsuite").is_file()
