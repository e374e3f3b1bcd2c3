"""History bench: ``python bench/history/run.py [--json]`` from the repo root.

Reports contradiction precision/recall over the planted errors, date-extraction
recall against the hand labels, and the history stage's time per essay.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from essaylens.history.bench import evaluate


def main() -> None:
    result = evaluate(Path(__file__).resolve().parent)
    if "--json" in sys.argv:
        print(json.dumps(result, indent=2))
        return
    for key, value in result.items():
        if key == "per_essay":
            for row in value:
                print("   ", row)
        else:
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
