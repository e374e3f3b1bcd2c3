"""Plain text: every encoding a student's editor may save in comes back as the same text."""

from __future__ import annotations

import codecs

import pytest

from essaylens.errors import BinaryInput
from essaylens.ingest import read_bytes
from essaylens.ingest.text import decode

ESSAY = ("The Treaty of Versailles – signed in 1919 – was called a “Diktat” in Germany. "
         "Clemenceau wanted security; Lloyd George wanted trade; Wilson wanted a fair peace.")


@pytest.mark.parametrize("encoded", [
    ESSAY.encode("utf-8"),
    codecs.BOM_UTF8 + ESSAY.encode("utf-8"),
    codecs.BOM_UTF16_LE + ESSAY.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + ESSAY.encode("utf-16-be"),
    ESSAY.encode("utf-16-le"),
    ESSAY.encode("utf-16-be"),
    ESSAY.encode("cp1252"),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1252"])
def test_every_encoding_decodes_to_the_same_text(encoded: bytes) -> None:
    assert decode(encoded, "essay.txt") == ESSAY


def test_cp1252_curly_quotes_are_not_mojibake() -> None:
    text = "He called it a “Diktat” – and Germany’s anger grew through the 1920s."
    assert decode(text.encode("cp1252"), "essay.txt") == text


def test_windows_line_endings_become_newlines() -> None:
    assert decode(b"First paragraph.\r\nSecond paragraph.\r\n", "e.txt") == (
        "First paragraph.\nSecond paragraph.\n")


def test_binary_bytes_are_refused() -> None:
    with pytest.raises(BinaryInput, match="binary data"):
        decode(bytes(range(256)) * 20, "e.txt")


def test_markdown_keeps_its_format_name() -> None:
    text = "# The Causes of the First World War\n\n" + ESSAY
    assert read_bytes(text.encode(), ".md", "essay.md").format == "md"
