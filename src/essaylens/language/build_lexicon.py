"""Build ``data/words.tsv.gz`` from the SCOWL word lists that Debian packages.

Reproduce with::

    apt-get download wbritish-large wamerican-large wbritish-huge wamerican-huge
    for f in w*-large_*.deb w*-huge_*.deb; do dpkg-deb -x "$f" lists; done
    python -m essaylens.language.build_lexicon lists/usr/share/dict

Each line is ``word<TAB>flag``: ``g`` British only, ``u`` American only, ``b`` both
(from the *large* lists), ``r`` rare (only in the *huge* lists of either variant).
Possessive entries (``word's``) are dropped: the checker strips ``'s`` itself.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

OUT = Path(__file__).parent / "data" / "words.tsv.gz"


def read(path: Path) -> set[str]:
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        w = line.strip()
        if w and not w.endswith("'s"):
            words.add(w)
    return words


def main(folder: str) -> None:
    base = Path(folder)
    gb = read(base / "british-english-large")
    us = read(base / "american-english-large")
    rare = (read(base / "british-english-huge") | read(base / "american-english-huge")) - gb - us
    lines = []
    for w in sorted(gb | us | rare):
        flag = "r" if w in rare else "b" if w in gb and w in us else "g" if w in gb else "u"
        lines.append(f"{w}\t{flag}")
    # mtime=0: the archive is byte-for-byte reproducible
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{OUT}: {len(lines)} words ({len(gb)} GB, {len(us)} US, {len(rare)} rare)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict")
