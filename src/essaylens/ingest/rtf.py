"""``.rtf``: plain text through striprtf, one paragraph per line.

RTF is 7-bit text whose ``\\'hh`` escapes use the code page the file declares
(``\\ansicpg``, almost always 1252); striprtf decodes those and ``\\uN`` escapes.
"""

from __future__ import annotations

import re

from essaylens.errors import CorruptFile
from essaylens.ingest.base import Extracted

_CODEPAGE = re.compile(rb"\\ansicpg(\d+)")


def read_rtf(data: bytes, name: str) -> Extracted:
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{\\rtf"):
        raise CorruptFile(f"{name}: not a valid .rtf file (it does not start with {{\\rtf)")
    match = _CODEPAGE.search(data[:2000])
    encoding = f"cp{match.group(1).decode()}" if match else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    from striprtf.striprtf import rtf_to_text

    try:
        text = rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="replace")
    except Exception as exc:  # noqa: BLE001 - striprtf is regex-based; anything is damage
        raise CorruptFile(f"{name}: not a valid .rtf file ({type(exc).__name__}: "
                          f"{exc})") from None
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n")
             .split("\n")]
    return Extracted("\n".join(line for line in lines if line), "rtf")
