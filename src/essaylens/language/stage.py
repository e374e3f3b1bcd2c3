"""The ``language`` stage: placeholder that writes empty layers until the model lands."""

from __future__ import annotations

from essaylens.document import Document
from essaylens.pipeline import Options, stage


@stage(
    "language",
    requires=('paragraphs', 'sentences', 'tokens'),
    writes=('language_issues',),
    optional=('entities',),
)
def run(doc: Document, options: Options) -> None:
    """Write empty layers so every record has its keys."""
    doc.new_spans("language_issues")
