import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import essaylens_inproc

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "examples" / "hitler_rise_depression.txt"


def essaylens(*args: str, stdin: bytes | None = None, cwd: Path | None = None):
    """Run the real CLI in a fresh process, as a user would."""
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    return subprocess.run([sys.executable, "-m", "essaylens", *args], input=stdin,
                          capture_output=True, env=env, cwd=cwd, timeout=120)


def test_json_without_output_prints_only_the_record():
    result = essaylens_inproc("analyze", str(SAMPLE), "--format", "json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["schema"] == "essaylens.analysis/1"
    assert record["source"]["title"].startswith("How far was the Great Depression")


def test_html_report_is_written_atomically_and_a_summary_printed(tmp_path):
    target = tmp_path / "report.html"
    result = essaylens("analyze", str(SAMPLE), "-o", str(target))
    assert result.returncode == 0, result.stderr
    html = target.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert "Great Depression" in result.stdout.decode()
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temp files left


def test_quiet_prints_nothing(tmp_path):
    result = essaylens_inproc("analyze", str(SAMPLE), "-o", str(tmp_path / "r.html"), "--quiet")
    assert result.returncode == 0
    assert result.stdout == b"" and result.stderr == b""


def test_standard_input_is_read_with_a_dash():
    text = SAMPLE.read_bytes()
    result = essaylens("analyze", "-", "--format", "json", stdin=text)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["source"]["format"] == "stdin"


def test_no_repair_switch_keeps_the_text_as_read(reference_path):
    result = essaylens_inproc("analyze", str(reference_path), "--format", "json", "--no-repair")
    record = json.loads(result.stdout)
    assert record["repairs"] == []
    assert record["text"] == reference_path.read_text(encoding="utf-8")


def test_reference_essay_json_has_the_repairs(reference_path):
    result = essaylens_inproc("analyze", str(reference_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    for needle in ("Stalin’s motivation for", "very personality is", "the cold war and",
                   "the suicide of"):
        assert needle in record["text"]
    assert "[bookmark" not in record["text"]
    assert all({"kind", "start", "end", "source_start", "source_end"} <= set(r)
               for r in record["repairs"])


def test_version():
    result = essaylens("--version")
    assert result.returncode == 0
    assert result.stdout.decode().startswith("essaylens ")


@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_every_format_writes_a_file(tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    result = essaylens_inproc("analyze", str(SAMPLE), "--format", fmt, "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert target.stat().st_size > 0
