"""The stage's record: layer, attrs, schema, and the planted-error smoke benchmark."""

from __future__ import annotations

from essaylens.language.issues import KINDS

from .helpers import analyse


def test_layer_attrs_match_the_record() -> None:
    doc = analyse("The the purges were un met. Fear was the soul reason.")
    spans = list(doc.spans["language_issues"])
    assert spans
    for span in spans:
        a = span.attrs
        assert a["kind"] in KINDS and span.label == a["kind"]
        assert a["text"] == doc.text[span.start:span.end]
        assert isinstance(a["suggestions"], list) and 0 <= a["confidence"] <= 1


def test_record_validates_against_schema() -> None:
    import json
    from importlib import resources

    import jsonschema

    from essaylens.record import to_record

    doc = analyse("Their was an policy of terror. It lead to fear and fear.")
    schema = json.loads(resources.files("essaylens.schema").joinpath(
        "analysis-1.json").read_text(encoding="utf-8"))
    record = to_record(doc)
    jsonschema.validate(record, schema)
    assert record["language_issues"] and "readability" in record


def test_empty_text_has_no_issues() -> None:
    doc = analyse("Fear.")
    assert list(doc.spans["language_issues"]) == []
