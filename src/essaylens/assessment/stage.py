"""The ``assessment`` stage: placeholder that writes empty layers until the model lands."""

from __future__ import annotations

from essaylens.document import Document
from essaylens.pipeline import Options, stage


@stage(
    "assessment",
    requires=(
        'paragraphs',
        'sentences',
    ),
    writes=(
        'assessment',
    ),
    optional=(
        'components',
        'relations',
        'question',
        'factors',
        'judgement',
        'events',
        'fact_checks',
        'language_issues',
    ),
)
def run(doc: Document, options: Options) -> None:
    """Write empty layers so every record has its keys."""
    doc.results["assessment"] = None
