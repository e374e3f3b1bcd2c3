"""Open an Office zip container only after checking it cannot blow up in memory.

``.docx`` and ``.odt`` files are zip archives.  A zip bomb declares (or hides)
a huge uncompressed size; :mod:`zipfile` never reads past a member's declared
size, so checking the declared sizes and the compression ratio before any
library unpacks the archive is enough to refuse one.
"""

from __future__ import annotations

import io
import zipfile

from essaylens.errors import CorruptFile

#: Most uncompressed bytes all members together may declare.
MAX_UNCOMPRESSED = 100_000_000
#: Highest compression ratio accepted for a large member (real XML is ~5-20x).
MAX_RATIO = 200
#: Members above this uncompressed size are checked against ``MAX_RATIO``.
RATIO_FLOOR = 2_000_000
#: Most members an Office file may hold.
MAX_MEMBERS = 5_000


def open_zip(data: bytes, name: str, kind: str) -> zipfile.ZipFile:
    """Return the archive in ``data`` or raise :class:`CorruptFile` with one clear line."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise CorruptFile(f"{name}: not a valid {kind} file (damaged or not a zip archive: "
                          f"{exc})") from None
    if len(infos) > MAX_MEMBERS:
        raise CorruptFile(f"{name}: refused: {len(infos):,} parts inside the {kind} file "
                          "(looks like a zip bomb)")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise CorruptFile(f"{name}: refused: the {kind} file would unpack to "
                          f"{total / 1e6:,.0f} MB (looks like a zip bomb)")
    for info in infos:
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise CorruptFile(f"{name}: refused: part {info.filename!r} of the {kind} file "
                              f"is compressed {ratio:,.0f} to 1 (looks like a zip bomb)")
    return archive


def read_member(archive: zipfile.ZipFile, member: str, name: str, kind: str) -> bytes:
    """One member's bytes, with a damaged archive reported as :class:`CorruptFile`."""
    try:
        return archive.read(member)
    except KeyError:
        raise CorruptFile(f"{name}: not a valid {kind} file (no {member} inside)") from None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise CorruptFile(f"{name}: not a valid {kind} file (damaged: {exc})") from None
