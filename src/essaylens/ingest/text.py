"""Plain text and Markdown: detect the encoding, refuse binary data."""

from __future__ import annotations

import codecs

from essaylens.errors import BinaryInput
from essaylens.ingest.base import Extracted

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, name: str) -> str:
    """Decode bytes of unknown encoding: BOM, then UTF-8, then a detector, then cp1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if _looks_utf16(data):
        return data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be",
                           errors="replace")
    if b"\x00" in data[:4096]:
        raise BinaryInput(f"{name}: binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data)
    if _control_share(text) > 0.01:
        raise BinaryInput(f"{name}: binary data, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: every other byte of ASCII-range text is zero."""
    head = data[:2000]
    if len(head) < 8:
        return False
    zeros_odd = head[1::2].count(0) / max(1, len(head[1::2]))
    zeros_even = head[0::2].count(0) / max(1, len(head[0::2]))
    return max(zeros_odd, zeros_even) > 0.6 and min(zeros_odd, zeros_even) < 0.1


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1252", "latin_1", "utf_8",
                                                    "mac_roman", "cp1250"]).best()
    encoding = best.encoding if best is not None else "cp1252"
    return data.decode(encoding, errors="replace")


def _control_share(text: str) -> float:
    sample = text[:20_000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample
              if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return bad / len(sample)


def read_text_bytes(data: bytes, name: str) -> Extracted:
    fmt = "md" if name.lower().endswith(".md") else "txt"
    return Extracted(decode(data, name), fmt)
