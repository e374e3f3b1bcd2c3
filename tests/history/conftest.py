"""Helpers for the history tests: run segment + history only (fast, no other areas)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from essaylens.analysis import build_document
from essaylens.document import Document
from essaylens.pipeline import Options, Pipeline


@pytest.fixture(scope="session")
def analyse() -> Callable[..., Document]:
    import essaylens.history.stage  # noqa: F401
    import essaylens.segment.stage  # noqa: F401

    pipe = Pipeline.from_names(["segment", "history"])

    def run(text: str, **opts: object) -> Document:
        options = Options(**opts)  # type: ignore[arg-type]
        return pipe.run(build_document(text, options=options), options)

    return run
