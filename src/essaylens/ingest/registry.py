"""Which reader handles which file suffix."""

from __future__ import annotations

from collections.abc import Callable

from essaylens.ingest.base import Extracted
from essaylens.ingest.text import read_text_bytes

Reader = Callable[[bytes, str], Extracted]

READERS: dict[str, Reader] = {
    ".txt": read_text_bytes,
    ".md": read_text_bytes,
}


def reader_for(suffix: str) -> Reader | None:
    return READERS.get(suffix.lower())
