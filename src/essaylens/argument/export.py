"""Exports of the argument graph (AIF JSON, Argdown): filled in by the argument layer."""

from __future__ import annotations

from essaylens.document import Document


def render_export(doc: Document, fmt: str) -> str:
    raise NotImplementedError(f"{fmt} export lands with the argument layer")
