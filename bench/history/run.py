"""History bench: ``python bench/history/run.py [--json]`` from the repo root.

Reports, for the development essays (bench/history) and the held-out essays
(bench/history/heldout), contradiction precision/recall over the planted errors,
date-extraction recall against the hand labels, and the history stage's time per
essay (packs loaded, median of 5 runs, name cache cleared before each run).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from essaylens.history.bench import evaluate, stress, time_text

HERE = Path(__file__).resolve().parent


def main() -> None:
    results: dict[str, object] = {"dev": evaluate(HERE), "heldout": evaluate(HERE / "heldout"),
                                  "correct_facts": stress(HERE / "correct_facts.txt")}
    for shared in (os.environ.get("ESSAYLENS_SHARED"), HERE.parents[2] / "shared",
                   "/work/shared"):
        ref = Path(shared or "") / "essays" / "000_ec3488355632154c.txt"
        if shared and ref.exists():
            results["reference_essay"] = time_text(ref.read_text(encoding="utf-8"))
            break
    if "--json" in sys.argv:
        print(json.dumps(results, indent=2))
        return
    for name, result in results.items():
        print(f"== {name}")
        assert isinstance(result, dict)
        for key, value in result.items():
            if key == "per_essay":
                for row in value:
                    print("   ", row)
            else:
                print(f"{key}: {value}")


if __name__ == "__main__":
    main()
