"""A document saved under the wrong name, or sent on standard input, is read as what it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import PARAGRAPHS, make_docx, make_odt, make_pdf, make_rtf

from essaylens.errors import UnsupportedFormat
from essaylens.ingest import read_bytes, read_path, sniff


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


def test_upper_case_suffix_is_read(tmp_path: Path) -> None:
    path = tmp_path / "ESSAY.DOCX"
    path.write_bytes(make_docx())
    assert read_path(path).format == "docx"


def test_htm_is_html() -> None:
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>"
    assert read_bytes(html.encode(), ".htm", "essay.htm").format == "html"


def test_old_word_files_get_a_hint() -> None:
    with pytest.raises(UnsupportedFormat, match=r"save it as \.docx"):
        read_bytes(b"\xd0\xcf\x11\xe0 old word", ".doc", "essay.doc")
