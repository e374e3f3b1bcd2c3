"""``.rtf``: one paragraph per line, escapes decoded, header group left out."""

from __future__ import annotations

import pytest
from builders import PARAGRAPHS, make_rtf

from essaylens.errors import CorruptFile
from essaylens.ingest import read_bytes


def test_paragraphs_one_per_line() -> None:
    got = read_bytes(make_rtf(PARAGRAPHS), ".rtf", "essay.rtf")
    assert got.text.split("\n") == PARAGRAPHS
    assert got.format == "rtf"


def test_unicode_escapes_are_decoded() -> None:
    text = PARAGRAPHS[0].replace("Stalin", "Stalin’s “ally”")
    got = read_bytes(make_rtf([text, *PARAGRAPHS[1:]]), ".rtf", "essay.rtf")
    assert "Stalin’s “ally”" in got.text


def test_running_header_is_left_out() -> None:
    assert "Running head" not in read_bytes(make_rtf(PARAGRAPHS), ".rtf", "e.rtf").text


def test_not_rtf_is_refused() -> None:
    with pytest.raises(CorruptFile, match=r"not a valid \.rtf"):
        read_bytes(b"just some words", ".rtf", "e.rtf")
