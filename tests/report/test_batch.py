"""Class sets: one report per essay, index.html, summary.csv, resume, broken files listed."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from essaylens.cli.analyze import run_analyze
from essaylens.cli.batch import output_names, run_class
from essaylens.errors import EXIT_OK, EXIT_PARTIAL
from essaylens.pipeline import Options

ESSAY = ("The causes of the First World War were many. Alliances turned a local quarrel into "
         "a general war. Militarism made leaders ready to fight.\n\n"
         "However, some argue that the assassination alone caused it. This is too simple.")


@pytest.fixture()
def class_dir(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"student{i}.txt").write_text(f"Essay {i}. {ESSAY}", encoding="utf-8")
    (src / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00binary")
    return src


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_class_set_writes_reports_index_and_summary(class_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_class([str(p) for p in sorted(class_dir.iterdir())], "html", out, Options(),
                       jobs=1, quiet=True)
    assert result.failures == 1
    assert sorted(p.name for p in out.glob("*.html")) == [
        "index.html", "student0.html", "student1.html", "student2.html"]
    rows = read_csv(out / "summary.csv")
    assert [r["file"] for r in rows] == ["broken.txt", "student0.txt", "student1.txt",
                                         "student2.txt"]
    assert rows[0]["status"] == "failed" and rows[0]["error"]
    assert all(r["status"] == "ok" and int(r["words"]) > 30 for r in rows[1:])
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="student1.html"' in index and "Could not be analysed" in index


def test_second_run_skips_done_essays_unless_forced(class_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    files = [str(p) for p in sorted(class_dir.iterdir())]
    run_class(files, "md", out, Options(), jobs=1, quiet=True)
    again = run_class(files, "md", out, Options(), jobs=1, quiet=True)
    assert (again.skipped, again.analysed) == (3, 1)  # the broken one is retried
    assert len(again.rows) == 4
    forced = run_class(files, "md", out, Options(), jobs=1, force=True, quiet=True)
    assert (forced.skipped, forced.analysed) == (0, 4)


def test_worker_processes_give_the_same_rows(class_dir: Path, tmp_path: Path) -> None:
    files = [str(p) for p in sorted(class_dir.iterdir())]
    one = run_class(files, "json", tmp_path / "a", Options(), jobs=1, quiet=True)
    two = run_class(files, "json", tmp_path / "b", Options(), jobs=2, quiet=True)
    assert one.rows == two.rows
    assert len(two.peak_rss_kb) >= 1


def test_run_analyze_routes_folders_to_class_sets(class_dir: Path, tmp_path: Path) -> None:
    code = run_analyze([str(class_dir)], "html", tmp_path / "out", Options(), jobs=1,
                       quiet=True)
    assert code == EXIT_PARTIAL
    assert (tmp_path / "out" / "index.html").exists()


def test_single_file_path_still_writes_one_report(class_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "one.html"
    code = run_analyze([str(class_dir / "student0.txt")], "html", target, Options(), quiet=True)
    assert code == EXIT_OK and target.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_output_names_are_unique() -> None:
    assert output_names(["a/essay.txt", "b/essay.docx", "c/Essay.txt", "d/x.txt"]) == [
        "essay", "essay-2", "Essay-3", "x"]


def test_an_essay_that_kills_its_worker_fails_alone(class_dir: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import essaylens.cli.batch as batch

    real = batch.analyse_one

    def crashing(path: str, *args):  # type: ignore[no-untyped-def]
        if path.endswith("student1.txt"):
            import os
            os._exit(9)  # like the OOM killer: no exception, the process is gone
        return real(path, *args)

    crashing.__module__, crashing.__qualname__ = __name__, "crashing_for_test"
    globals()["crashing_for_test"] = crashing  # picklable by reference in the fork
    monkeypatch.setattr(batch, "analyse_one", crashing)
    files = [str(p) for p in sorted(class_dir.iterdir())]
    result = run_class(files, "json", tmp_path / "out", Options(), jobs=2, quiet=True)
    status = {r["file"]: r["status"] for r in result.rows}
    assert status == {"broken.txt": "failed", "student0.txt": "ok", "student1.txt": "failed",
                      "student2.txt": "ok"}
