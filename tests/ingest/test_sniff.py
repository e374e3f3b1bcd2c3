"""A document saved under the wrong name, or sent on standard input, is read as what it is."""

from __future__ import annotations

from pathlib import Path

from builders import PARAGRAPHS, make_docx, make_odt, make_pdf, make_rtf

from essaylens.ingest import read_path, sniff


def test_sniff_recognises_each_format() -> None:
    assert sniff(make_pdf([[["Historians argue about the causes of the war."]]])) == ".pdf"
    assert sniff(make_docx()) == ".docx"
    assert sniff(make_odt()) == ".odt"
    assert sniff(make_rtf(PARAGRAPHS)) == ".rtf"
    assert sniff(b"<!DOCTYPE html><html><body>x</body></html>") == ".html"
    assert sniff(PARAGRAPHS[0].encode()) is None


def test_a_docx_saved_as_txt_is_read_as_docx(tmp_path: Path) -> None:
    path = tmp_path / "essay.txt"
    path.write_bytes(make_docx())
    got = read_path(path)
    assert got.format == "docx"
    assert PARAGRAPHS[0] in got.text
