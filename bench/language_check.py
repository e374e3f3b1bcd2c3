"""How often does the language check refuse an English essay?  Run over the AAEC and
ASAP essays in ../shared/data (all English), and report every refusal.

    nice -n 10 python bench/language_check.py [--shared PATH]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from essaylens.ingest.language import (  # noqa: E402
    _MIN_WORDS,
    _SAMPLE_CHARS,
    ENGLISH_SHARE,
    _identifier,
    detect_language,
    english_share,
    model_language,
)


def essays(shared: Path):
    for path in sorted((shared / "data/aaec/brat").glob("essay*.txt")):
        yield f"aaec/{path.stem}", path.read_text(encoding="utf-8")
    tsv = shared / "data/asap/training_set_rel3.tsv"
    lines = tsv.read_bytes().decode("cp1252", errors="replace").split("\n")[1:]
    for line in lines:
        cols = line.rstrip("\r").split("\t")
        if len(cols) > 2:
            text = cols[2]
            if text.startswith('"') and text.endswith('"'):
                text = text[1:-1].replace('""', '"')
            yield f"asap/{cols[0]}", text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args()
    if not (args.shared / "data").is_dir():
        args.shared = Path("/work/shared")
    refused: list[tuple[str, str, float]] = []
    undecided = 0
    total = 0
    fast = 0
    raw: Counter[str] = Counter()
    start = time.perf_counter()
    for name, text in essays(args.shared):
        total += 1
        fast += english_share(text[:_SAMPLE_CHARS]) >= ENGLISH_SHARE
        lang = detect_language(text)
        if len(text[:_SAMPLE_CHARS].split()) >= _MIN_WORDS:
            raw[str(model_language(text[:_SAMPLE_CHARS]))] += 1
        if lang is None:
            undecided += 1
        elif lang != "en":
            refused.append((name, lang, _identifier().classify(text[:_SAMPLE_CHARS])[1]))
    elapsed = time.perf_counter() - start
    print(f"essays: {total}; refused as not English: {len(refused)}; "
          f"too short to tell or unsure: {undecided}; {elapsed / total * 1000:.2f} ms/essay")
    print(f"accepted by the function-word share alone (no model): {fast} "
          f"({fast / total:.1%})")
    print(f"model alone on every essay of {_MIN_WORDS}+ words (None = unsure, accepted):",
          raw.most_common(6))
    for name, lang, prob in refused:
        print(f"  refused {name}: {lang} p={prob:.3f}")


if __name__ == "__main__":
    main()
