"""``.odt``: paragraphs and headings in order; comments and footnotes left out."""

from __future__ import annotations

from builders import PARAGRAPHS, TITLE, make_odt

from essaylens.ingest import read_bytes


def read(data: bytes):
    return read_bytes(data, ".odt", "essay.odt")


def test_paragraphs_come_in_order() -> None:
    got = read(make_odt())
    assert got.text.split("\n\n") == [TITLE, *PARAGRAPHS]
    assert got.format == "odt"


def test_title_from_an_automatic_style_based_on_title() -> None:
    assert read(make_odt()).title == TITLE


def test_title_from_a_first_heading() -> None:
    assert read(make_odt(heading_title=True)).title == TITLE


def test_no_title_style_gives_no_title() -> None:
    assert read(make_odt(title=None)).title is None


def test_comments_and_footnotes_are_left_out() -> None:
    got = read(make_odt(comment="Expand this", footnote="Gaddis, 1997, p. 12"))
    assert "Expand this" not in got.text
    assert "Gaddis, 1997" not in got.text
    assert "economic expansion. More text." in got.text
