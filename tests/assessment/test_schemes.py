"""Mark schemes are data: shipped YAML files validate against the published schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from essaylens.assessment.schemes import (
    HERE,
    SchemeError,
    available,
    load_scheme,
    parse_scheme,
)


@pytest.mark.parametrize("name", ["history-25", "argumentative"])
def test_shipped_scheme_validates_against_published_schema(name: str) -> None:
    schema = json.loads((HERE / "scheme.schema.json").read_text())
    jsonschema.validate(yaml.safe_load((HERE / f"{name}.yaml").read_text()), schema)


def test_history_scheme_has_the_five_25_mark_levels() -> None:
    s = load_scheme("history-25")
    assert [(lv.low, lv.high) for lv in s.levels] == [(1, 5), (6, 10), (11, 15), (16, 20),
                                                      (21, 25)]
    assert s.max_mark == 25


def test_default_scheme_is_the_history_scheme() -> None:
    assert load_scheme(None).name == "history-25"
    assert {"history-25", "argumentative"} <= set(available())


def test_user_scheme_loads_from_a_path(tmp_path: Path) -> None:
    data = yaml.safe_load((HERE / "argumentative.yaml").read_text())
    data["name"] = "my-class"
    data["levels"] = [{"level": 1, "marks": [0, 4], "descriptor": "weak"},
                      {"level": 2, "marks": [5, 10], "descriptor": "good"}]
    data["max_mark"] = 10
    data["caps"] = []
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(data))
    s = load_scheme(str(path))
    assert s.name == "my-class" and len(s.levels) == 2


def test_gap_between_levels_is_refused() -> None:
    data = yaml.safe_load((HERE / "history-25.yaml").read_text())
    data["levels"][1]["marks"] = [7, 10]
    with pytest.raises(SchemeError, match="without gaps"):
        parse_scheme(data, "x.yaml")


def test_unknown_criterion_is_refused_by_the_schema() -> None:
    data = yaml.safe_load((HERE / "history-25.yaml").read_text())
    data["criteria"].append({"name": "handwriting", "label": "Handwriting"})
    with pytest.raises(SchemeError, match="not a valid mark scheme"):
        parse_scheme(data, "x.yaml")


def test_unknown_scheme_name_lists_the_shipped_ones() -> None:
    with pytest.raises(SchemeError, match="history-25"):
        load_scheme("no-such-scheme")
