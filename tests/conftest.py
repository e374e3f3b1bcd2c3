"""Shared fixtures: where ``../shared`` is, and the reference essay read from there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
REFERENCE_ESSAY = "essays/000_ec3488355632154c.txt"


def find_shared() -> Path | None:
    """``<repo>/../shared``, or ``$ESSAYLENS_SHARED``; ``None`` when neither exists."""
    for candidate in (os.environ.get("ESSAYLENS_SHARED"), REPO.parent / "shared",
                      Path("/work/shared")):
        if candidate and (Path(candidate) / "data").is_dir():
            return Path(candidate)
    return None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    found = find_shared()
    if found is None:
        pytest.skip("../shared (benchmark data and reference essay) is not beside the repo")
    return found


@pytest.fixture(scope="session")
def reference_text(shared_dir: Path) -> str:
    path = shared_dir / REFERENCE_ESSAY
    if not path.exists():
        pytest.skip(f"reference essay {REFERENCE_ESSAY} is not in ../shared")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def reference_path(shared_dir: Path) -> Path:
    path = shared_dir / REFERENCE_ESSAY
    if not path.exists():
        pytest.skip(f"reference essay {REFERENCE_ESSAY} is not in ../shared")
    return path
