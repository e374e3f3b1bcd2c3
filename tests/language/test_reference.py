"""Precision first, on the reference essay: no correct word flagged, the known slips
found.  The essay is read from ../shared at run time (never copied here)."""

from __future__ import annotations

import pytest

from .helpers import analyse

CORRECT = ["fuelled", "idealised", "postulated", "nomenklatura", "Stakhanovite", "Kirov",
           "Zinoviev", "Kamenev", "organised", "terrorising", "collectivised", "Rhineland",
           "Bolshevik", "Khrushchev", "USSR", "demilitarised", "cunningness", "sole"]
#: (kind, text the issue must cover)
MUST_FLAG = [("name", "Khrushev"), ("confusable", "soul"), ("confusable", "thee"),
             ("repetition", "fears and fears"), ("article", "and"),
             ("split_word", "un disputable"), ("split_word", "un met"),
             ("split_word", "demi God")]
#: Every word-level issue on the reference essay must be one of its real slips.
REAL_SLIPS = {"Khrushev", "thecold", "warand", "verypersonalityis", "thesuicideof",
              "Stalin’smotivationfor"}


@pytest.fixture(scope="module")
def analysed(reference_text: str) -> tuple[str, list[dict]]:
    """The working text (offsets refer to it, after repairs) and every issue."""
    doc = analyse(reference_text)
    return doc.text, [dict(s.attrs, start=s.start, end=s.end)
                      for s in doc.spans["language_issues"]]


@pytest.fixture(scope="module")
def found(analysed: tuple[str, list[dict]]) -> list[dict]:
    return analysed[1]


@pytest.fixture(scope="module")
def working(analysed: tuple[str, list[dict]]) -> str:
    return analysed[0]


@pytest.mark.parametrize("word", CORRECT)
def test_correct_word_not_flagged(found: list[dict], word: str, reference_text: str) -> None:
    assert word in reference_text  # the test must be about a word the essay has
    bad = [i for i in found if i["kind"] != "style" and word in i["text"].split()]
    assert not bad


@pytest.mark.parametrize(("kind", "text"), MUST_FLAG)
def test_slip_flagged(found: list[dict], working: str, kind: str, text: str) -> None:
    hits = [i for i in found if i["kind"] == kind and text in working[i["start"]:i["end"]]]
    assert hits, f"{kind} {text!r} not flagged"


def test_to_and_extent_is_the_and_flagged(found: list[dict], working: str) -> None:
    arts = [(working[:i["start"]], working[i["end"]:])
            for i in found if i["kind"] == "article"]
    assert any(b.endswith("to ") and a.startswith(" extent") for b, a in arts)
    assert any(b.endswith("definitely ") and a.startswith(" element") for b, a in arts)


def test_spelling_flags_only_real_slips(found: list[dict]) -> None:
    word_level = {i["text"] for i in found if i["kind"] in ("spelling", "name")}
    assert word_level <= REAL_SLIPS


def test_variant_detected_british(reference_text: str) -> None:
    assert analyse(reference_text).results["readability"]["variant"] == "en-GB"


def test_long_sentences_reported(found: list[dict]) -> None:
    assert sum(1 for i in found if i["kind"] == "style") >= 3


def test_full_pipeline_keeps_the_slips(reference_text: str) -> None:
    """With the history layers present (entities, quotations) the slips stay flagged."""
    from essaylens.analysis import analyze_text

    doc = analyze_text(reference_text)
    found = {(s.attrs["kind"], doc.text[s.start:s.end]) for s in doc.spans["language_issues"]}
    for kind, text in MUST_FLAG:
        assert any(k == kind and text in t for k, t in found), (kind, text)
