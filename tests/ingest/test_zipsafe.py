"""Office zip containers are checked before any library unpacks them."""

from __future__ import annotations

import io
import zipfile

import pytest
from builders import make_docx, zip_bomb_docx

from essaylens.errors import CorruptFile
from essaylens.ingest import read_bytes, zipsafe


def test_a_highly_compressed_part_is_refused() -> None:
    with pytest.raises(CorruptFile, match="zip bomb"):
        read_bytes(zip_bomb_docx(), ".docx", "essay.docx")


def test_a_huge_declared_size_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipsafe, "MAX_UNCOMPRESSED", 10_000)
    with pytest.raises(CorruptFile, match="would unpack to"):
        read_bytes(make_docx(), ".docx", "essay.docx")


def test_too_many_parts_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipsafe, "MAX_MEMBERS", 3)
    with pytest.raises(CorruptFile, match="parts inside"):
        read_bytes(make_docx(), ".docx", "essay.docx")


def test_not_a_zip_is_refused() -> None:
    with pytest.raises(CorruptFile, match=r"not a valid \.docx file"):
        read_bytes(b"PK\x03\x04 this is not really a zip archive", ".docx", "essay.docx")


def test_a_zip_without_a_document_part_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(CorruptFile, match="no word/document.xml"):
        read_bytes(out.getvalue(), ".docx", "essay.docx")


def test_an_ordinary_docx_passes() -> None:
    assert zipsafe.open_zip(make_docx(), "e.docx", ".docx").namelist()
