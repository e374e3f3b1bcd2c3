import jsonschema

from essaylens.analysis import analyze_path, analyze_text
from essaylens.record import SCHEMA, json_schema, to_record

REQUIRED = ["schema", "essaylens_version", "source", "text", "repairs", "paragraphs",
            "sentences", "question", "components", "relations", "factors", "judgement",
            "events", "entities", "quotations", "figures", "fact_checks", "language_issues",
            "assessment"]


def test_record_has_every_key_and_validates():
    record = to_record(analyze_text("Why?\n\nBecause of fear. It was fear above all.\n"))
    assert list(record)[:len(REQUIRED)] == REQUIRED[:len(record)][:len(REQUIRED)] or \
        set(REQUIRED) <= set(record)
    assert record["schema"] == SCHEMA
    jsonschema.validate(record, json_schema())


def test_schema_rejects_a_record_missing_a_key():
    record = to_record(analyze_text("Why?\n\nBecause of fear. It was fear above all.\n"))
    del record["judgement"]
    try:
        jsonschema.validate(record, json_schema())
    except jsonschema.ValidationError:
        return
    raise AssertionError("schema accepted a record without 'judgement'")


def test_reference_record_validates_and_repairs_map_back(reference_path):
    doc = analyze_path(reference_path)
    record = to_record(doc)
    jsonschema.validate(record, json_schema())
    source = reference_path.read_text(encoding="utf-8")
    restored = record["text"]
    for r in sorted(record["repairs"], key=lambda r: r["start"], reverse=True):
        assert restored[r["start"]:r["end"]] == r["replacement"]
        assert source[r["source_start"]:r["source_end"]] == r["original"]
        restored = restored[:r["start"]] + r["original"] + restored[r["end"]:]
    assert restored == source
