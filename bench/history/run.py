"""History bench: ``python bench/history/run.py [--json]`` from the repo root.

Reports, for the development essays (bench/history) and the held-out essays
(bench/history/heldout), contradiction precision/recall over the planted errors,
date-extraction recall against the hand labels, and the history stage's time per
essay (packs loaded, median of 5 runs, name cache cleared before each run).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from essaylens.history.bench import evaluate

HERE = Path(__file__).resolve().parent


def main() -> None:
    results = {"dev": evaluate(HERE), "heldout": evaluate(HERE / "heldout")}
    if "--json" in sys.argv:
        print(json.dumps(results, indent=2))
        return
    for name, result in results.items():
        print(f"== {name}")
        for key, value in result.items():
            if key == "per_essay":
                for row in value:
                    print("   ", row)
            else:
                print(f"{key}: {value}")


if __name__ == "__main__":
    main()
