"""Topic packs: every shipped pack follows the published schema; selection; user folders."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import yaml

from essaylens.history import packs
from essaylens.history.dates import parse_iso

PACK_DIR = Path(str(resources.files("essaylens.history.packs")))
SHIPPED = sorted(PACK_DIR.glob("*.yaml"))


def test_schema_is_a_valid_json_schema() -> None:
    schema = json.loads((PACK_DIR / "pack-1.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)


def test_three_topics_ship() -> None:
    ids = {p.id for p in packs.load_packs()}
    assert {"ussr-great-terror", "weimar-germany", "ww1-causes"} <= ids


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_pack_follows_schema(path: Path) -> None:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=packs._Loader)  # noqa: S506
    jsonschema.validate(data, packs.schema())


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_event_and_figure_cites_a_listed_source(path: Path) -> None:
    pack = packs.load_file(path)
    for item in [*pack.events, *pack.figures]:
        assert item.sources and all(s in pack.sources for s in item.sources), item.id


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_event_dates_are_well_formed_intervals(path: Path) -> None:
    pack = packs.load_file(path)
    for ev in pack.events:
        first, last = parse_iso(ev.date)
        assert first <= last, ev.id
        for a, b in ev.spans():
            assert first <= a <= b <= last, ev.id


def test_ussr_pack_holds_the_facts_the_issue_names() -> None:
    pack = next(p for p in packs.load_packs() if p.id == "ussr-great-terror")
    dates = {e.id: e.date for e in pack.events}
    assert dates["kirov_murder"] == "1934-12-01"
    assert dates["rhineland"] == "1936-03-07"
    assert dates["secret_speech"].endswith("1956-02-25")
    assert dates["alliluyeva_suicide"].startswith("1932-11-08")
    assert dates["order_00447"].startswith("1937-07-30")
    assert dates["tukhachevsky"].endswith("1937-06-12")
    assert dates["stakhanov_record"].startswith("1935-08-30")
    for key in ("trial_of_sixteen", "trial_of_seventeen", "trial_of_twenty_one", "beria_head",
                "congress_17", "congress_18", "first_fyp", "second_fyp", "stalin_50th"):
        assert key in dates
    names = {n.canonical for n in pack.names}
    assert {"Genrikh Yagoda", "Nikolai Yezhov", "Lavrentiy Beria", "Robert Conquest",
            "J. Arch Getty", "Sheila Fitzpatrick", "Oleg Khlevniuk"} <= names
    assert ("The Great Terror", "Robert Conquest", 1968) in pack.works


def test_known_names_expose_aliases_and_misspellings() -> None:
    known = packs.known_names()
    assert known["khrushchev"].canonical == "Nikita Khrushchev"
    assert known["khrushev"].misspelt is True
    assert known["yezhov"].type == "person"
    assert known["conquest"].type == "historian"


def test_selection_by_content(reference_text: str) -> None:
    assert [p.id for p in packs.select(reference_text)] == ["ussr-great-terror"]


def test_no_pack_for_an_unrelated_essay() -> None:
    assert packs.select("Charles I dissolved Parliament in 1629 and ruled alone.") == []


@pytest.mark.parametrize("text, expected", [
    ("Why did WW1 start?\n\nFranz Ferdinand was shot. The Kaiser built the Dreadnought "
     "and Germany invaded Belgium.", ["ww1-causes"]),
    ("Why did WWI start?\n\nThe Kaiser was aggressive and Germany invaded Belgium.",
     ["ww1-causes"]),
    ("Why did World War One begin?\n\nThe Archduke was shot and Moltke mobilised.",
     ["ww1-causes"]),
    ("Nazis rise to power by 1933\n\nHitler became Chancellor because Hindenburg and Papen "
     "thought they could control him.", ["weimar-germany"]),
    ("Why did the Nazis rise to power?\n\nHitler was clever. Hindenburg was old.",
     ["weimar-germany"]),
])
def test_selection_by_topic_aliases_and_names(text: str, expected: list[str]) -> None:
    assert [p.id for p in packs.select(text)] == expected


def test_wwii_is_not_the_first_world_war() -> None:
    text = "Why did WWII start?\n\nBritain declared war when Poland was invaded in 1939."
    assert "ww1-causes" not in [p.id for p in packs.select(text)]


def test_named_pack_is_forced_and_unknown_name_is_an_error() -> None:
    assert [p.id for p in packs.select("anything", names=["ww1-causes"])] == ["ww1-causes"]
    with pytest.raises(packs.PackError, match="no topic pack named"):
        packs.select("anything", names=["no-such-pack"])


USER_PACK = """
schema: essaylens.pack/1
id: tudors
title: The Tudors
period: 1485/1603
match: {keywords: [Henry VIII, Cromwell, Reformation], min_score: 2}
sources: [{id: s1, citation: "A test source"}]
events:
  - id: bosworth
    label: Battle of Bosworth
    date: 1485-08-22
    require: [[Bosworth]]
    sources: [s1]
"""


def test_user_pack_folder_is_loaded(tmp_path: Path) -> None:
    (tmp_path / "tudors.yaml").write_text(USER_PACK, encoding="utf-8")
    chosen = packs.select("Henry VIII and Cromwell led the Reformation.", dirs=[str(tmp_path)])
    assert [p.id for p in chosen] == ["tudors"]


def test_bad_user_pack_gives_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(USER_PACK.replace("date: 1485-08-22", "date: Aug 1485"),
                                       encoding="utf-8")
    with pytest.raises(packs.PackError) as err:
        packs.load_packs([str(tmp_path)])
    assert "pack-1.json" in err.value.message and "\n" not in err.value.message


def test_suggest_name_for_the_language_layer() -> None:
    assert packs.suggest_name("Khrushev").canonical == "Nikita Khrushchev"
    assert packs.suggest_name("Tukachevski").canonical == "Mikhail Tukhachevsky"
    assert packs.suggest_name("Stalin") is None
    assert packs.suggest_name("Russian") is None
