"""Readability, register notes and long-sentence style issues."""

from __future__ import annotations

from essaylens.language.style import LONG_SENTENCE, syllables

from .helpers import analyse, issues

LONG = " ".join(["the party"] * 35) + "."


def test_long_sentence_is_a_style_issue() -> None:
    found = issues(f"Fear mattered. It is clear that {LONG}", "style")
    assert len(found) == 1 and str(LONG_SENTENCE) in "60"


def test_short_sentences_are_not_style_issues() -> None:
    assert not issues("Fear mattered. So did ambition.", "style")


def test_readability_result() -> None:
    r = analyse("Stalin feared rivals. He purged them.\nThe army suffered too.").results[
        "readability"]
    assert r["sentences"] == 3 and r["paragraphs"] == 2
    assert set(r["indices"]) >= {"flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog"}
    assert r["sentence_length"]["max"] == 4
    assert r["paragraph_balance"]["words"] == [6, 4]


def test_register_notes() -> None:
    r = analyse("I think it's clear. Why did he purge the army? We can't know.").results[
        "readability"]
    reg = r["register"]
    assert reg["contractions"] == 2 and reg["first_person"] == 2
    assert reg["rhetorical_questions"] == 1
    assert len(r["notes"]) == 3


def test_register_ignores_quotations() -> None:
    r = analyse("Khrushchev recalled: “I don't trust anyone, we said.”").results["readability"]
    assert r["register"]["contractions"] == 0 and r["register"]["first_person"] == 0


def test_syllables() -> None:
    assert [syllables(w) for w in ("terror", "purges", "the", "nomenklatura")] == [2, 2, 1, 5]
