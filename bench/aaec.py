"""Argument mining on AAEC v2 (Eger et al. 2017 metrics), the shipped model on a split.

    .venv/bin/python bench/aaec.py [--split test|dev] [--json]

Same as ``essaylens bench aaec``; ``essaylens train aaec`` rebuilds the model first.
"""

from __future__ import annotations

import sys

from essaylens.cli.main import app

if __name__ == "__main__":
    sys.exit(app(["bench", "aaec", *sys.argv[1:]]))
