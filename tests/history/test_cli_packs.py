"""``essaylens packs``: list, check, names."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from essaylens.cli.main import app

runner = CliRunner()


def test_packs_list_shows_the_shipped_topics() -> None:
    result = runner.invoke(app, ["packs", "list"])
    assert result.exit_code == 0
    assert "ussr-great-terror" in result.output and "weimar-germany" in result.output


def test_packs_check_rejects_a_bad_pack(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: essaylens.pack/1\nid: x\n", encoding="utf-8")
    result = runner.invoke(app, ["packs", "check", str(bad)])
    assert result.exit_code == 3
    assert "pack-1.json" in result.output


def test_packs_names_marks_misspellings() -> None:
    result = runner.invoke(app, ["packs", "names"])
    assert result.exit_code == 0
    assert "* khrushev\tNikita Khrushchev" in result.output


def test_bench_history_needs_its_folder(tmp_path: Path) -> None:
    from essaylens.errors import InputError

    result = runner.invoke(app, ["bench", "history", "--dir", str(tmp_path)])
    assert isinstance(result.exception, InputError)  # main() turns it into exit code 3
    assert "labels.yaml" in result.exception.message
