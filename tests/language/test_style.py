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


def _first_person(text: str) -> int:
    return analyse(text).results["readability"]["register"]["first_person"]


def test_regnal_numeral_is_not_first_person() -> None:
    assert _first_person("Charles I quarrelled with Parliament. Later James I and "
                         "Elizabeth I's navy mattered too.") == 0


def test_pronoun_after_a_sentence_initial_word_is_first_person() -> None:
    assert _first_person("Then I argue that it failed. However I think so.") == 2


def test_long_sentence_is_low_confidence() -> None:
    found = issues(f"Fear mattered. It is clear that {LONG}", "style")
    assert found and all(0.3 <= i["confidence"] <= 0.4 for i in found)


def test_min_confidence_hides_long_sentence_but_keeps_word_issues() -> None:
    text = f"Fear mattered. It is clear that the goverment and {LONG}"
    kept = issues(text, min_confidence=0.5)
    assert "style" not in {i["kind"] for i in kept}
    assert [i["confidence"] for i in kept if i["text"] == "goverment"] == [0.9]
    assert {"spelling", "style"} <= {i["kind"] for i in issues(text)}
