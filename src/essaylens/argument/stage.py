"""The ``argument`` stage: placeholder that writes empty layers until the model lands."""

from __future__ import annotations

from essaylens.document import Document
from essaylens.pipeline import Options, stage


@stage(
    "argument",
    requires=('paragraphs', 'sentences', 'tokens'),
    writes=('components', 'relations'),
    optional=(),
)
def run(doc: Document, options: Options) -> None:
    """Write empty layers so every record has its keys."""
    doc.new_spans("components")
    doc.new_relations("relations", over="components")
