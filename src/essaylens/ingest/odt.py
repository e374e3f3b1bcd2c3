"""``.odt``: paragraphs and headings in document order (odfpy).

Comments (``office:annotation``), footnotes, tracked-change records, frames
and text boxes are left out.  Lists and table cells are read in place, one
paragraph each.  The title is the first paragraph styled *Title* (among the
first three) or a first heading; otherwise ``None`` and segmentation decides.
"""

from __future__ import annotations

import io
import re
from typing import Any

from essaylens.errors import CorruptFile
from essaylens.ingest.base import Extracted
from essaylens.ingest.zipsafe import open_zip

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_BLOCKS = {(_TEXT, "p"), (_TEXT, "h")}
#: Inline elements whose content is not body text.
_SKIP_INLINE = {(_OFFICE, "annotation"), (_TEXT, "note"), (_DRAW, "frame"),
                (_TEXT, "tracked-changes"), (_TEXT, "ruby-text")}
#: Block-level elements that hold no body text.
_SKIP_BLOCK = _SKIP_INLINE | {(_TEXT, "sequence-decls"), (_TEXT, "variable-decls"),
                              (_TEXT, "user-field-decls"), (_OFFICE, "forms"),
                              (_TEXT, "table-of-content"), (_TEXT, "soft-page-break")}
_SPACES = re.compile(r"[ \t\r\n]+")


def read_odt(data: bytes, name: str) -> Extracted:
    archive = open_zip(data, name, ".odt")
    if "content.xml" not in archive.namelist():
        raise CorruptFile(f"{name}: not a valid .odt file (no content.xml inside)")
    from odf.opendocument import load

    try:
        document = load(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - odfpy raises many kinds on bad files
        raise CorruptFile(f"{name}: not a valid .odt file ({type(exc).__name__}: "
                          f"{exc})") from None
    parents = _parent_styles(document)
    paragraphs: list[tuple[str, str, bool]] = []  # text, style chain, is heading
    for element in _blocks(document.text):
        text = _inline_text(element).strip()
        if text:
            style = str(element.attributes.get((_TEXT, "style-name"), ""))
            chain = [style, *(parents.get(style, []))]
            paragraphs.append((text, "|".join(_display(s) for s in chain),
                               element.qname == (_TEXT, "h")))
    return Extracted("\n\n".join(p[0] for p in paragraphs), "odt", _title(paragraphs))


def _blocks(element: Any) -> Any:
    for child in element.childNodes:
        if child.nodeType != child.ELEMENT_NODE or child.qname in _SKIP_BLOCK:
            continue
        if child.qname in _BLOCKS:
            yield child
        else:  # lists, sections, tables, rows, cells
            yield from _blocks(child)


def _inline_text(element: Any) -> str:
    out: list[str] = []
    _walk(element, out)
    return "".join(out)


def _walk(element: Any, out: list[str]) -> None:
    for child in element.childNodes:
        if child.nodeType == child.TEXT_NODE:
            out.append(_SPACES.sub(" ", child.data))
            continue
        if child.nodeType != child.ELEMENT_NODE or child.qname in _SKIP_INLINE:
            continue
        local = child.qname[1] if child.qname[0] == _TEXT else ""
        if local == "s":
            out.append(" " * int(child.attributes.get((_TEXT, "c"), 1) or 1))
        elif local == "tab":
            out.append("\t")
        elif local == "line-break":
            out.append("\n")
        else:
            _walk(child, out)


def _parent_styles(document: Any) -> dict[str, list[str]]:
    """Style name -> the chain of its parent styles (automatic styles included)."""
    parent: dict[str, str] = {}
    for styles in (document.automaticstyles, document.styles):
        for st in styles.childNodes:
            if st.nodeType == st.ELEMENT_NODE and st.qname == (_STYLE, "style"):
                name = st.attributes.get((_STYLE, "name"))
                base = st.attributes.get((_STYLE, "parent-style-name"))
                if name and base:
                    parent[str(name)] = str(base)
    chains: dict[str, list[str]] = {}
    for name in parent:
        chain: list[str] = []
        cur = name
        while cur in parent and len(chain) < 5:
            cur = parent[cur]
            chain.append(cur)
        chains[name] = chain
    return chains


def _display(style: str) -> str:
    """ODF encodes spaces in style names as ``_20_``."""
    return style.replace("_20_", " ")


def _title(paragraphs: list[tuple[str, str, bool]]) -> str | None:
    for text, style, _ in paragraphs[:3]:
        if "Title" in style.split("|"):
            return text
    if paragraphs:
        text, style, heading = paragraphs[0]
        if heading or any(s.startswith("Heading") for s in style.split("|")):
            return text
    return None
