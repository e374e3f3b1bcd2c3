"""Question types, focus and mismatch; factors, weighting and judgement without a pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from essaylens.history import question


@pytest.mark.parametrize("text, qtype", [
    ("Why did the Weimar Republic collapse?", "cause"),
    ("To what extent was the Great Depression responsible for Hitler's rise?", "extent"),
    ("How far was the Terror directed from the centre?", "extent"),
    ("How significant was the murder of Kirov?", "extent"),
    ("What were the consequences of collectivisation?", "consequence"),
    ("How far did the position of women change in Nazi Germany?", "change_continuity"),
    ("Compare the aims of Lenin and Stalin.", "comparison"),
    ("What happened during the great terror?", "description"),
    ("'Germany was mainly responsible for the war.' How far do you agree?", "extent"),
])
def test_question_types(text: str, qtype: str) -> None:
    assert question.classify(text) == qtype


@pytest.mark.parametrize("text, focus", [
    ("To what extent was the Great Depression responsible for Hitler's rise?",
     "was the Great Depression responsible for Hitler's rise"),
    ("'The Terror was directed from the centre.' How far do you agree?",
     "The Terror was directed from the centre"),
    ("What happened during the great terror?", "the great terror"),
])
def test_question_focus(text: str, focus: str) -> None:
    assert question.focus_of(text) == focus


def test_description_question_answered_with_causes_is_a_mismatch() -> None:
    bad, message = question.mismatch("description", "cause")
    assert bad and message and "why" in message


def test_extent_question_answered_with_causes_is_fine() -> None:
    assert question.mismatch("extent", "cause") == (False, None)


ESSAY = (Path(__file__).parent / "data" / "civil_war.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def civil_war(analyse):
    return analyse(ESSAY)


def test_no_pack_factors_come_from_generic_themes(civil_war) -> None:
    names = [f["name"] for f in civil_war.results["factors"]]
    assert names[0] == "Religion"
    assert all(f["pack_factor"] is None for f in civil_war.results["factors"])


def test_weighting_phrase_is_mapped_to_an_ordinal_rank(civil_war) -> None:
    religion = civil_war.results["factors"][0]
    assert religion["weighting"]["rank"] == 6


def test_no_pack_judgement(civil_war) -> None:
    j = civil_war.results["judgement"]
    assert j["main_factor"] == "Religion"
    assert j["sole"] is False
    assert j["where"] == "both" and j["consistent_with_introduction"] is True


def test_no_pack_events_and_timeline(civil_war) -> None:
    assert {e.attrs["date"] for e in civil_war.spans["events"]} >= {"1629", "1637"}
    assert civil_war.results["timeline"]["events"]
    assert civil_war.results["question"]["type"] == "cause"
    assert civil_war.results["question"]["mismatch"] is False
