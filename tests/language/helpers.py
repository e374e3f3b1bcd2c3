"""Run only segment + language over a text (fast, no other areas needed)."""

from __future__ import annotations

from functools import cache

from essaylens.analysis import analyze_text, default_pipeline
from essaylens.document import Document
from essaylens.pipeline import Options, Pipeline


@cache
def pipeline() -> Pipeline:
    return default_pipeline(("segment", "language"))


def analyse(text: str, **options: object) -> Document:
    return analyze_text(text, options=Options(**options),  # type: ignore[arg-type]
                        pipeline=pipeline())


def issues(text: str, kind: str | None = None, **options: object) -> list[dict]:
    doc = analyse(text, **options)
    out = []
    for span in doc.spans["language_issues"]:
        attrs = dict(span.attrs, start=span.start, end=span.end)
        if kind is None or attrs["kind"] == kind:
            out.append(attrs)
    return out


def flagged(text: str, kind: str | None = None, **options: object) -> list[str]:
    return [i["text"] for i in issues(text, kind, **options)]
