"""Which reader handles which file suffix.

Readers for binary formats live in their own modules and are imported only
when a file of that kind is read, so ``essaylens --help`` stays fast.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from essaylens.ingest.base import Extracted
from essaylens.ingest.text import read_text_bytes

Reader = Callable[[bytes, str], Extracted]


def _lazy(module: str, function: str) -> Reader:
    """A reader that imports ``module`` on its first call."""

    def read(data: bytes, name: str) -> Extracted:
        reader: Reader = getattr(importlib.import_module(module), function)
        return reader(data, name)

    read.__name__ = function
    read.__qualname__ = function
    return read


READERS: dict[str, Reader] = {
    ".txt": read_text_bytes,
    ".md": _lazy("essaylens.ingest.markdown", "read_markdown"),
    ".docx": _lazy("essaylens.ingest.docx", "read_docx"),
    ".odt": _lazy("essaylens.ingest.odt", "read_odt"),
    ".html": _lazy("essaylens.ingest.html", "read_html"),
    ".htm": _lazy("essaylens.ingest.html", "read_html"),
    ".pdf": _lazy("essaylens.ingest.pdf", "read_pdf"),
    ".rtf": _lazy("essaylens.ingest.rtf", "read_rtf"),
}


def reader_for(suffix: str) -> Reader | None:
    return READERS.get(suffix.lower())
