"""The analysis record: the JSON serialisation of a :class:`Document`.

The record is the working text plus each layer, nothing computed here.  Its
top-level keys are fixed by schema version ``essaylens.analysis/1``; adding a
key is allowed, renaming one needs a new version.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from essaylens import __version__
from essaylens.document import Document, Relation, Span

SCHEMA = "essaylens.analysis/1"

#: Record keys filled from span layers of the same name.
SPAN_KEYS = ("paragraphs", "sentences", "components", "events", "entities",
             "quotations", "figures", "fact_checks", "language_issues")
#: Record keys filled from relation layers.
RELATION_KEYS = ("relations",)
#: Record keys filled from results: lists, or objects (None until computed).
LIST_RESULT_KEYS = ("factors",)
OBJECT_RESULT_KEYS = ("question", "judgement", "assessment")


def span_record(span: Span) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if span.id:
        out["id"] = span.id
    out["start"] = span.start
    out["end"] = span.end
    if span.label and "label" not in span.attrs:
        out["label"] = span.label
    out.update(span.attrs)
    return out


def relation_record(rel: Relation) -> dict[str, Any]:
    out: dict[str, Any] = {"source": rel.source, "target": rel.target, "type": rel.label}
    out.update(rel.attrs)
    return out


def to_record(doc: Document) -> dict[str, Any]:
    """Serialise ``doc``; offsets refer to ``record["text"]``."""
    info = doc.info
    record: dict[str, Any] = {
        "schema": SCHEMA,
        "essaylens_version": __version__,
        "source": {"path": info.path, "format": info.format, "sha256": info.sha256,
                   "title": info.title},
        "text": doc.text,
        "repairs": [
            {"kind": a.kind, "original": a.original, "replacement": a.replacement,
             "start": a.start, "end": a.end,
             "source_start": a.source_start, "source_end": a.source_end}
            for a in doc.repairs
        ],
    }
    for key in SPAN_KEYS:
        layer = doc.spans.get(key)
        record[key] = [span_record(s) for s in layer] if layer is not None else []
    for key in RELATION_KEYS:
        rel_layer = doc.relations.get(key)
        record[key] = [relation_record(r) for r in rel_layer] if rel_layer is not None else []
    for key in LIST_RESULT_KEYS:
        record[key] = doc.results.get(key, [])
    for key in OBJECT_RESULT_KEYS:
        record[key] = doc.results.get(key)
    for key, value in doc.results.items():
        record.setdefault(key, value)
    return record


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2)


@cache
def json_schema() -> dict[str, Any]:
    """The published JSON Schema of the record (``schema/analysis-1.json``)."""
    text = resources.files("essaylens.schema").joinpath("analysis-1.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
