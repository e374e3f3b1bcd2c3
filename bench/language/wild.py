"""Print the language issues found on real student essays, for reading by hand.

    python bench/language/wild.py [--shared ../shared] [--all] > issues.txt

120 AAEC essays and every 40th ASAP essay over 250 words (201 in all), read in place.
Without ``--all`` only the context-rule issues are printed (spelling ones are many).
There is no gold standard: this is how false alarms were looked for (see bench/README.md).
"""

from __future__ import annotations

import argparse
import collections
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))


def main() -> None:
    from essaylens.analysis import analyze_text, default_pipeline

    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--all", action="store_true", help="print spelling issues too")
    args = ap.parse_args()
    if args.shared is None:
        from essaylens.cli.language import _shared

        args.shared = _shared(None)
    pipe = default_pipeline(("segment", "language"))
    texts = [("aaec", p.read_text(encoding="utf-8")) for p in
             sorted((args.shared / "data/aaec/brat").glob("essay*.txt"))[:120]]
    with open(args.shared / "data/asap/training_set_rel3.tsv", encoding="latin-1") as fh:
        for i, row in enumerate(csv.DictReader(fh, delimiter="\t")):
            if i % 40 == 0 and len(row["essay"].split()) > 250:
                texts.append(("asap", row["essay"]))
            if len(texts) > 200:
                break
    kinds: collections.Counter[str] = collections.Counter()
    for source, text in texts:
        doc = analyze_text(text, pipeline=pipe)
        for span in doc.spans["language_issues"]:
            a = span.attrs
            kinds[a["kind"]] += 1
            if a["kind"] == "style" or (a["kind"] == "spelling" and not args.all):
                continue
            context = doc.text[max(0, span.start - 30):span.end + 30].replace("\n", " ")
            print(source, a["kind"], a["rule"], repr(a["text"]), a["suggestions"][:2],
                  a["confidence"], "|", context)
    print(dict(kinds), len(texts), "essays", file=sys.stderr)


if __name__ == "__main__":
    main()
