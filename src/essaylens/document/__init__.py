"""The document model: one immutable text, recorded edits, stand-off layers."""

from essaylens.document.edits import AppliedEdit, Edit, OffsetMap, apply_edits, compose
from essaylens.document.model import (
    Document,
    Relation,
    RelationLayer,
    SourceInfo,
    Span,
    SpanLayer,
)

__all__ = [
    "AppliedEdit",
    "Document",
    "Edit",
    "OffsetMap",
    "Relation",
    "RelationLayer",
    "SourceInfo",
    "Span",
    "SpanLayer",
    "apply_edits",
    "compose",
]
