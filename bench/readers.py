"""Reader throughput: essays per second for each format, one core, ~700-word essays.

    nice -n 10 python bench/readers.py [--n 50]

Fixture files are built with the same builders as the tests (python-docx, odfpy,
fpdf2, hand-written RTF/HTML), so fpdf2 (the ``test`` extra) must be installed.
The first read of each format also pays its library import; that is shown apart.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "ingest")]

from builders import (  # noqa: E402
    TITLE,
    essay_paragraphs,
    make_docx,
    make_odt,
    make_pdf,
    make_rtf,
)

from essaylens.ingest import read_bytes  # noqa: E402


def pdf_pages(paragraphs: list[str]) -> list[list[list[str]]]:
    """Wrap at ~85 characters, 40 lines a page."""
    pages: list[list[list[str]]] = [[]]
    used = 0
    for para in paragraphs:
        lines, line = [], ""
        for word in para.split():
            if len(line) + len(word) + 1 > 85:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
        if used + len(lines) > 40:
            pages.append([])
            used = 0
        pages[-1].append(lines)
        used += len(lines) + 1
    return pages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=50)
    args = parser.parse_args()
    paras = essay_paragraphs()
    html = (f"<html><head><title>{TITLE}</title></head><body><nav>Home</nav><article>"
            f"<h1>{TITLE}</h1>" + "".join(f"<p>{p}</p>" for p in paras)
            + "</article><footer>(c)</footer></body></html>")
    files = {
        ".txt": (TITLE + "\n\n" + "\n\n".join(paras)).encode("utf-8"),
        ".md": (f"# {TITLE}\n\n" + "\n\n".join(
            p.replace("Stalin", "**Stalin**", 1) for p in paras)).encode("utf-8"),
        ".docx": make_docx(paragraphs=paras),
        ".odt": make_odt(paragraphs=paras),
        ".html": html.encode("utf-8"),
        ".pdf": make_pdf(pdf_pages(paras), header="Candidate 1234"),
        ".rtf": make_rtf([TITLE, *paras]),
    }
    words = len(" ".join(paras).split())
    print(f"{words}-word essay, {args.n} reads per format (language check included)")
    for suffix, data in files.items():
        start = time.perf_counter()
        read_bytes(data, suffix, "essay" + suffix)
        first = time.perf_counter() - start
        start = time.perf_counter()
        for _ in range(args.n):
            read_bytes(data, suffix, "essay" + suffix)
        each = (time.perf_counter() - start) / args.n
        print(f"{suffix:6} {len(data) / 1024:7.1f} KB  first read {first * 1000:7.1f} ms  "
              f"then {each * 1000:6.2f} ms/essay = {1 / each:7.1f} essays/s")


if __name__ == "__main__":
    main()
