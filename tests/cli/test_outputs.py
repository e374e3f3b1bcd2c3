"""Where reports go: never over an essay, folders for class sets, clear refusals."""

import os
import shutil
from pathlib import Path

import pytest
from cli_runner import essaylens_inproc

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "examples" / "hitler_rise_depression.txt"


@pytest.fixture
def html_essay(tmp_path: Path) -> Path:
    paragraphs = SAMPLE.read_text(encoding="utf-8").split("\n\n")
    body = "".join(f"<p>{p}</p>" for p in paragraphs[1:])
    path = tmp_path / "essay.html"
    path.write_text(f"<html><body><h1>{paragraphs[0]}</h1>{body}</body></html>",
                    encoding="utf-8")
    return path


def test_an_html_essay_is_never_overwritten_by_its_report(html_essay, monkeypatch):
    monkeypatch.chdir(html_essay.parent)
    before = html_essay.read_bytes()
    result = essaylens_inproc("analyze", "essay.html", "-q")
    assert result.returncode == 0, result.stderr
    assert html_essay.read_bytes() == before
    assert (html_essay.parent / "essay.report.html").exists()


def test_output_naming_the_essay_itself_is_refused(tmp_path):
    essay = tmp_path / "e.txt"
    shutil.copy(SAMPLE, essay)
    result = essaylens_inproc("analyze", str(essay), "-o", str(essay), "--format", "md")
    assert result.returncode == 2
    assert b"that is the essay itself" in result.stderr
    assert essay.read_bytes() == SAMPLE.read_bytes()


def test_a_class_set_may_not_write_into_its_own_essay_folder(tmp_path):
    shutil.copy(SAMPLE, tmp_path / "a.txt")
    shutil.copy(SAMPLE, tmp_path / "b.txt")
    result = essaylens_inproc("analyze", str(tmp_path), "-o", str(tmp_path), "-q")
    assert result.returncode == 2
    assert b"holds the essays themselves" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_several_essays_with_a_file_name_as_output_are_refused(tmp_path):
    shutil.copy(SAMPLE, tmp_path / "a.txt")
    shutil.copy(SAMPLE, tmp_path / "b.txt")
    result = essaylens_inproc("analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                              "-o", str(tmp_path / "multi.html"))
    assert result.returncode == 2
    assert b"need an output folder" in result.stderr
    assert not (tmp_path / "multi.html").exists()


def test_an_output_ending_in_a_slash_is_a_new_folder(tmp_path):
    target = tmp_path / "newdir"
    result = essaylens_inproc("analyze", str(SAMPLE), "-o", f"{target}{os.sep}", "-q")
    assert result.returncode == 0, result.stderr
    assert target.is_dir()
    assert (target / "hitler_rise_depression.html").exists()


def test_standard_input_cannot_be_mixed_with_files():
    result = essaylens_inproc("analyze", str(SAMPLE), "-")
    assert result.returncode == 2
    assert b"cannot be mixed" in result.stderr


def test_an_unwritable_output_is_one_clear_line_not_an_internal_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = essaylens_inproc("analyze", str(SAMPLE), "-o", str(blocker / "r.html"))
    assert result.returncode == 3
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "cannot write the report here" in lines[0]
    assert "internal error" not in lines[0]


def test_dash_as_output_means_standard_output(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = essaylens_inproc("analyze", str(SAMPLE), "-o", "-", "--format", "html")
    assert result.returncode == 0
    assert result.stdout.lstrip().lower().startswith(b"<!doctype html>")
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("option", [("--jobs", "-1"), ("--min-confidence", "2")])
def test_out_of_range_options_are_usage_errors(option):
    result = essaylens_inproc("analyze", str(SAMPLE), *option)
    assert result.returncode == 2


def test_a_class_set_analyses_an_edited_essay_again(tmp_path):
    essays, out = tmp_path / "in", tmp_path / "out"
    essays.mkdir()
    shutil.copy(SAMPLE, essays / "a.txt")
    shutil.copy(SAMPLE, essays / "b.txt")
    assert essaylens_inproc("analyze", str(essays), "-o", str(out), "-q",
                            "--format", "json", "--jobs", "1").returncode == 0
    first_b = (out / "b.json").read_text(encoding="utf-8")
    text = SAMPLE.read_text(encoding="utf-8")
    (essays / "a.txt").write_text(text.replace("six million", "seven million"), "utf-8")
    result = essaylens_inproc("analyze", str(essays), "-o", str(out), "--format", "json",
                              "--jobs", "1")
    assert result.returncode == 0
    assert "seven million" in (out / "a.json").read_text(encoding="utf-8")
    assert (out / "b.json").read_text(encoding="utf-8") == first_b
    assert b"1 already done" in result.stderr


def test_a_file_of_a_few_words_is_not_an_essay(tmp_path):
    short = tmp_path / "hello.txt"
    short.write_text("hello there", encoding="utf-8")
    result = essaylens_inproc("analyze", str(short), "--format", "json")
    assert result.returncode == 3
    assert b"only 2 words; an essay needs at least 20" in result.stderr
    assert result.stdout == b""
