"""Every bad input, through the real command line: one line on stderr, the documented
exit code, no traceback and no output file.

Most tests call the console entry point ``main()`` in this process with ``sys.argv``
set (the same code path as the installed ``essaylens`` script, without paying Python's
start-up each time); two run ``python -m essaylens`` in a subprocess to prove it there.
"""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from essaylens.errors import EXIT_BAD_INPUT, EXIT_OK, EXIT_PARTIAL
from ingest.builders import (
    PARAGRAPHS,
    TITLE,
    encrypt_pdf,
    make_docx,
    make_image_pdf,
    make_pdf,
    zip_bomb_docx,
)
from ingest.samples import FRENCH

REPO = Path(__file__).resolve().parents[2]
ESSAY = TITLE + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def run_subprocess(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "NO_COLOR": "1"}
    proc = subprocess.run([sys.executable, "-m", "essaylens", "analyze", *args],
                          input=stdin, capture_output=True, env=env, timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode,
                                       proc.stdout.decode("utf-8", "replace"),
                                       proc.stderr.decode("utf-8", "replace"))


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """``essaylens analyze ARGS`` through ``main()``, as the installed script runs it."""
    from essaylens.cli.main import main

    def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
        monkeypatch.setattr(sys, "argv", ["essaylens", "analyze", *args])
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        capsys.readouterr()
        with pytest.raises(SystemExit) as exited:
            main()
        out, err = capsys.readouterr()
        code = exited.value.code
        return subprocess.CompletedProcess(sys.argv, code if isinstance(code, int) else 1,
                                           out, err)

    return run


def assert_refused(proc: subprocess.CompletedProcess[str], message: str,
                   code: int = EXIT_BAD_INPUT) -> None:
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == code, proc.stderr
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("essaylens: ")
    assert message in lines[0]
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""


@pytest.fixture
def refuse_file(run_cli, tmp_path: Path):
    """Write ``data`` to ``name``, analyse it into ``out/``, expect ``message`` and no output."""

    def check(name: str, data: bytes, message: str) -> None:
        path = tmp_path / name
        path.write_bytes(data)
        out = tmp_path / "out" / "report.json"
        assert_refused(run_cli(str(path), "--format", "json", "-o", str(out)), message)
        assert not out.parent.exists() or list(out.parent.iterdir()) == []

    return check


def test_empty_file(refuse_file) -> None:
    refuse_file("essay.txt", b"", "no text in the file")


def test_whitespace_only_file(refuse_file) -> None:
    refuse_file("essay.txt", b" \n\t\r\n   \n", "no text in the file")


def test_random_bytes(refuse_file) -> None:
    refuse_file("essay.txt", random.Random(7).randbytes(8000), "binary data")


def test_unsupported_extension(refuse_file) -> None:
    refuse_file("essay.pages", ESSAY.encode(), "unsupported file type '.pages'")


def test_corrupt_docx(refuse_file) -> None:
    refuse_file("essay.docx", make_docx()[:2000], "not a valid .docx file")


def test_zip_bomb_docx(refuse_file) -> None:
    refuse_file("essay.docx", zip_bomb_docx(), "looks like a zip bomb")


def test_encrypted_pdf(refuse_file) -> None:
    data = encrypt_pdf(make_pdf([[p.split(". ")[:2] for p in PARAGRAPHS]]))
    refuse_file("essay.pdf", data, "password-protected")


def test_image_only_pdf(refuse_file) -> None:
    refuse_file("essay.pdf", make_image_pdf(), "no text layer: run OCR first")


def test_missing_path(run_cli, tmp_path: Path) -> None:
    assert_refused(run_cli(str(tmp_path / "nowhere.txt"), "--format", "json"),
                   "no such file")


def test_folder_with_no_essay(run_cli, tmp_path: Path) -> None:
    (tmp_path / "notes.xyz").write_text("not an essay")
    assert_refused(run_cli(str(tmp_path), "--format", "json", "-o", str(tmp_path / "out")),
                   "no readable essay in this folder")
    assert not (tmp_path / "out").exists()


def test_file_over_the_size_limit(refuse_file) -> None:
    refuse_file("essay.txt", b"history " * 700_000, "over the 5 MB limit")


def test_essay_over_the_word_limit(refuse_file) -> None:
    refuse_file("essay.txt", b"war " * 50_001, "over the 50,000-word limit")


def test_not_english(refuse_file) -> None:
    refuse_file("essay.txt", FRENCH.encode("utf-8"), "looks like French (fr)")


def test_empty_standard_input(run_cli) -> None:
    assert_refused(run_cli("-", "--format", "json", stdin=b""), "<stdin>: no text")


def test_one_bad_file_among_several_still_analyses_the_others(tmp_path: Path) -> None:
    good1, good2, bad = tmp_path / "a.txt", tmp_path / "b.docx", tmp_path / "c.txt"
    good1.write_text(ESSAY, encoding="utf-8")
    good2.write_bytes(make_docx())
    bad.write_bytes(b"")
    out = tmp_path / "out"
    proc = run_subprocess(str(good1), str(good2), str(bad), "--format", "json",
                          "-o", str(out), "--quiet")
    assert proc.returncode == EXIT_PARTIAL, proc.stderr
    assert proc.stderr.strip().splitlines() == [
        f"essaylens: {bad}: no text in the file (it is empty or only white space)"]
    assert sorted(p.name for p in out.glob("*.json")) == ["a.json", "b.json"]  # + class index


def test_standard_input_is_read(run_cli) -> None:
    proc = run_cli("-", "--format", "json", stdin=make_docx())
    assert proc.returncode == EXIT_OK, proc.stderr
    assert '"format": "docx"' in proc.stdout


def test_corrupt_docx_in_a_subprocess(tmp_path: Path) -> None:
    path = tmp_path / "essay.docx"
    path.write_bytes(b"PK\x03\x04" + random.Random(3).randbytes(3000))
    assert_refused(run_subprocess(str(path), "--format", "json"), "not a valid .docx file")
