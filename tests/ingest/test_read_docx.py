"""``.docx``: body paragraphs in order, title from its style, furniture and comments left out."""

from __future__ import annotations

from builders import PARAGRAPHS, TITLE, make_docx

from essaylens.ingest import read_bytes


def read(data: bytes):
    return read_bytes(data, ".docx", "essay.docx")


def test_paragraphs_come_in_order_separated_by_blank_lines() -> None:
    got = read(make_docx())
    assert got.text.split("\n\n") == [TITLE, *PARAGRAPHS]
    assert got.format == "docx"


def test_title_comes_from_the_title_style() -> None:
    assert read(make_docx()).title == TITLE


def test_no_title_style_gives_no_title() -> None:
    assert read(make_docx(title=None)).title is None


def test_headers_footers_and_comments_are_left_out() -> None:
    got = read(make_docx(header="Candidate 0420", footer="Page 1", comment="Good point!"))
    assert "Candidate 0420" not in got.text
    assert "Page 1" not in got.text
    assert "Good point" not in got.text


def test_hyperlink_text_is_kept() -> None:
    got = read(make_docx(hyperlink=("Kennan's Long Telegram", "https://example.org")))
    assert "Kennan's Long Telegram" in got.text


def test_table_rows_stay_in_place_one_line_each() -> None:
    got = read(make_docx(table=[["1945", "Yalta"], ["1947", "Truman Doctrine"]]))
    parts = got.text.split("\n\n")
    assert parts[2:4] == ["1945\tYalta", "1947\tTruman Doctrine"]
    assert parts[4] == PARAGRAPHS[1]


def test_tracked_insertions_are_kept_and_deletions_dropped() -> None:
    import io

    import docx
    from docx.oxml import OxmlElement

    document = docx.Document(io.BytesIO(make_docx(title=None)))
    para = document.paragraphs[0]._p
    for tag, text in (("w:ins", " INSERTED"), ("w:del", " DELETED")):
        change = OxmlElement(tag)
        run = OxmlElement("w:r")
        t = OxmlElement("w:delText" if tag == "w:del" else "w:t")
        t.text = text
        run.append(t)
        change.append(run)
        para.append(change)
    out = io.BytesIO()
    document.save(out)
    got = read(out.getvalue())
    assert "expansion. INSERTED" in got.text
    assert "DELETED" not in got.text
