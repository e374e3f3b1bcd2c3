"""The history part of the analysis record follows the published schema."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema

from essaylens.record import to_record


def _schema() -> dict:
    text = resources.files("essaylens.schema").joinpath("analysis-1.json").read_text("utf-8")
    return json.loads(text)


def test_reference_record_validates(analyse, reference_text: str) -> None:
    record = to_record(analyse(reference_text))
    jsonschema.validate(json.loads(json.dumps(record)), _schema())
    assert record["timeline"]["events"]
    assert record["events"][0]["date"]


def test_no_pack_record_validates(analyse) -> None:
    record = to_record(analyse("Why did the English Civil War begin?\n\nCharles I dissolved "
                               "Parliament in 1629. Religion was the most important cause."))
    jsonschema.validate(json.loads(json.dumps(record)), _schema())
