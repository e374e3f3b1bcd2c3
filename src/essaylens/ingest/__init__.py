"""Readers: any essay file (or standard input) to plain text, with clear errors.

Each reader turns the bytes of one format into an :class:`Extracted` text.  A
reader may propose edits (a PDF's running headers, say) that are recorded as
repairs like any other, so nothing is silently dropped.
"""

from __future__ import annotations

import sys
from pathlib import Path

from essaylens.errors import MissingPath, TooLarge, UnsupportedFormat
from essaylens.ingest.base import MAX_BYTES, Extracted, check_text
from essaylens.ingest.registry import READERS, reader_for

__all__ = ["MAX_BYTES", "Extracted", "READERS", "check_text", "read_bytes", "read_path",
           "supported_suffixes"]


def supported_suffixes() -> tuple[str, ...]:
    return tuple(sorted(READERS))


def read_bytes(data: bytes, suffix: str, name: str) -> Extracted:
    """Extract and check the text of ``data`` read from a file called ``name``."""
    if len(data) > MAX_BYTES:
        raise TooLarge(f"{name}: file is {len(data) / 1e6:.1f} MB, over the "
                       f"{MAX_BYTES // 1_000_000} MB limit")
    reader = reader_for(suffix)
    if reader is None:
        raise UnsupportedFormat(
            f"{name}: unsupported file type {suffix or '(none)'!r}; "
            f"supported: {', '.join(supported_suffixes())}")
    extracted = reader(data, name)
    check_text(extracted.text, name)
    return extracted


def read_path(path: Path | str) -> Extracted:
    """Read one essay file, or standard input when ``path`` is ``-``."""
    if str(path) == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        extracted = read_bytes(data, ".txt", "<stdin>")
        return Extracted(extracted.text, "stdin", extracted.title, extracted.edits)
    p = Path(path)
    if not p.exists():
        raise MissingPath(f"{p}: no such file")
    if p.is_dir():
        raise MissingPath(f"{p}: is a folder; give essay files, or a folder to analyse with -o")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise TooLarge(f"{p}: file is {size / 1e6:.1f} MB, over the "
                       f"{MAX_BYTES // 1_000_000} MB limit")
    return read_bytes(p.read_bytes(), p.suffix.lower(), str(p))
