"""Readers: any essay file (or standard input) to plain text, with clear errors.

Each reader turns the bytes of one format into an :class:`Extracted` text.  A
reader may propose edits (a PDF's running headers, say) that are recorded as
repairs like any other, so nothing is silently dropped.
"""

from __future__ import annotations

import sys
from pathlib import Path

from essaylens.errors import CorruptFile, EssaylensError, MissingPath, TooLarge, UnsupportedFormat
from essaylens.ingest.base import MAX_BYTES, Extracted, check_text
from essaylens.ingest.registry import READERS, reader_for

__all__ = ["MAX_BYTES", "Extracted", "READERS", "check_text", "read_bytes", "read_path",
           "sniff", "supported_suffixes"]


#: What to do with common formats we do not read.
_HINTS = {
    ".doc": "save it as .docx (Word: File > Save As); ",
    ".pages": "export it as .docx or PDF (Pages: File > Export To); ",
    ".wps": "save it as .docx; ",
    ".gdoc": "download it as .docx (Google Docs: File > Download); ",
    ".odf": "save it as .odt; ",
    ".xps": "print it to PDF; ",
}


def supported_suffixes() -> tuple[str, ...]:
    return tuple(sorted(READERS))


def read_bytes(data: bytes, suffix: str, name: str) -> Extracted:
    """Extract and check the text of ``data`` read from a file called ``name``."""
    if len(data) > MAX_BYTES:
        raise TooLarge(f"{name}: file is {len(data) / 1e6:.1f} MB, over the "
                       f"{MAX_BYTES // 1_000_000} MB limit")
    reader = reader_for(suffix)
    if reader is None:
        hint = _HINTS.get(suffix.lower(), "")
        raise UnsupportedFormat(
            f"{name}: unsupported file type {suffix or '(none)'!r}; {hint}"
            f"supported: {', '.join(supported_suffixes())}")
    try:
        extracted = reader(data, name)
    except EssaylensError:
        raise
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - a damaged file, not a bug of ours
        raise CorruptFile(f"{name}: could not read this {suffix} file, it may be damaged "
                          f"({type(exc).__name__}: {exc})") from None
    check_text(extracted.text, name)
    return extracted


def sniff(data: bytes) -> str | None:
    """The suffix whose format ``data`` starts like, or ``None`` for plain text."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-"):
        return ".pdf"
    if head.startswith(b"{\\rtf"):
        return ".rtf"
    if data.startswith(b"PK\x03\x04"):
        return ".odt" if b"application/vnd.oasis.opendocument.text" in data[:200] else ".docx"
    lowered = head[:200].lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return ".html"
    return None


def read_path(path: Path | str) -> Extracted:
    """Read one essay file, or standard input when ``path`` is ``-``."""
    if str(path) == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        found = sniff(data)
        extracted = read_bytes(data, found or ".txt", "<stdin>")
        if found is None:  # plain text: the record says where it came from
            extracted = Extracted(extracted.text, "stdin", extracted.title, extracted.edits)
        return extracted
    p = Path(path)
    if not p.exists():
        raise MissingPath(f"{p}: no such file")
    if p.is_dir():
        raise MissingPath(f"{p}: is a folder; give essay files, or a folder to analyse with -o")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise TooLarge(f"{p}: file is {size / 1e6:.1f} MB, over the "
                       f"{MAX_BYTES // 1_000_000} MB limit")
    data = p.read_bytes()
    suffix = p.suffix.lower()
    found = sniff(data)
    if suffix in (".txt", ".md") and found in (".pdf", ".docx", ".odt", ".rtf"):
        suffix = found  # a document saved under a text name: read what it is
    return read_bytes(data, suffix, str(p))
