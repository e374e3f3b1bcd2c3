"""The ``history`` stage: placeholder that writes empty layers until the model lands."""

from __future__ import annotations

from essaylens.document import Document
from essaylens.pipeline import Options, stage


@stage(
    "history",
    requires=(
        'paragraphs',
        'sentences',
        'tokens',
    ),
    writes=(
        'question',
        'factors',
        'judgement',
        'events',
        'entities',
        'quotations',
        'figures',
        'fact_checks',
    ),
    optional=(
        'components',
        'relations',
    ),
)
def run(doc: Document, options: Options) -> None:
    """Write empty layers so every record has its keys."""
    doc.results["question"] = None
    doc.results["factors"] = []
    doc.results["judgement"] = None
    doc.new_spans("events")
    doc.new_spans("entities")
    doc.new_spans("quotations")
    doc.new_spans("figures")
    doc.new_spans("fact_checks")
