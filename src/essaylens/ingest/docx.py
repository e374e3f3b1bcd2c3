"""``.docx``: body paragraphs (and table cells) in document order.

Headers, footers, comments, footnotes, text boxes and tracked deletions are
left out: they are not part of the essay a marker reads.  Tables are kept in
place, one tab-separated line per row, because a table in an essay (a
timeline, say) is read where it stands.  The title is the first paragraph styled *Title*
(among the first three), else the first paragraph when it has a *Heading*
style; otherwise ``None`` and segmentation decides.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from essaylens.errors import CorruptFile
from essaylens.ingest.base import Extracted
from essaylens.ingest.zipsafe import open_zip

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Elements whose text is not body text (deleted or moved-away revisions,
#: text boxes, footnote/comment marks) or holds none (properties).
_SKIP = {f"{_W}{t}" for t in ("del", "moveFrom", "txbxContent", "pPr", "rPr",
                               "footnoteReference", "endnoteReference",
                               "commentReference", "instrText", "delText")}
_SKIP.add("{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback")
_BREAKS = {f"{_W}br", f"{_W}cr"}


def read_docx(data: bytes, name: str) -> Extracted:
    archive = open_zip(data, name, ".docx")
    if "word/document.xml" not in archive.namelist():
        raise CorruptFile(f"{name}: not a valid .docx file (no word/document.xml inside; "
                          "an old .doc? save it as .docx)")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on bad files
        raise CorruptFile(f"{name}: not a valid .docx file ({type(exc).__name__}: "
                          f"{exc})") from None
    paragraphs: list[tuple[str, Any]] = []  # (text, python-docx paragraph or None)
    for text, para in _blocks(document):
        text = text.strip()
        if text:
            paragraphs.append((text, para))
    # Only the first paragraphs can be the title: resolving styles is slow in python-docx.
    head = [(t, _style_name(p) if p is not None else "") for t, p in paragraphs[:3]]
    return Extracted("\n\n".join(t for t, _ in paragraphs), "docx", _title(head))


def _blocks(container: Any) -> Iterator[tuple[str, Any]]:
    """(text, paragraph) in order; a table row is one tab-separated line (paragraph None)."""
    from docx.table import Table

    for item in container.iter_inner_content():
        if isinstance(item, Table):
            yield from ((row, None) for row in _table_rows(item))
        else:
            yield paragraph_text(item._p), item


def _table_rows(table: Any) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell repeats
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(" ".join(t.split()) for t, _ in _blocks(cell) if t.strip()))
        if any(cells):
            yield "\t".join(cells)


def paragraph_text(element: Any) -> str:
    """Visible text of a ``w:p``: runs, hyperlinks, insertions; tabs and breaks kept."""
    out: list[str] = []
    _walk(element, out)
    return "".join(out)


def _walk(element: Any, out: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == f"{_W}t":
            out.append(child.text or "")
        elif tag == f"{_W}tab":
            out.append("\t")
        elif tag in _BREAKS:
            out.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            out.append("-")
        else:
            _walk(child, out)


def _style_name(para: Any) -> str:
    try:
        style = para.style
    except Exception:  # noqa: BLE001 - a broken style table must not stop reading
        return ""
    names = []
    for _ in range(4):  # the style and up to three styles it is based on
        if style is None:
            break
        names.append(str(style.name or ""))
        style = style.base_style
    return "|".join(names)


def _title(paragraphs: list[tuple[str, str]]) -> str | None:
    for text, style in paragraphs[:3]:
        if any(n == "Title" for n in style.split("|")):
            return text
    if paragraphs and any(n.startswith("Heading") for n in paragraphs[0][1].split("|")):
        return paragraphs[0][0]
    return None
