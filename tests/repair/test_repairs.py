from pathlib import Path

import pytest

from essaylens.document import apply_edits
from essaylens.repair import repair
from essaylens.repair.glued import split_glued

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def repaired(text: str) -> str:
    return apply_edits(text, repair(text))[0]


@pytest.mark.parametrize("glued, fixed", [
    ("Stalin’smotivationfor", "Stalin’s motivation for"),
    ("verypersonalityis", "very personality is"),
    ("thecold", "the cold"),
    ("warand", "war and"),
    ("thesuicideof", "the suicide of"),
    ("theNKVDand", "the NKVD and"),
    ("Thesuicideof", "The suicide of"),
])
def test_glued_words_are_split(glued, fixed):
    assert split_glued(glued) == fixed


@pytest.mark.parametrize("word", ["Stakhanovite", "nomenklatura", "Politburo", "Yezhov",
                                  "Tukhachevsky", "collectivised", "cunningness",
                                  "oppositionist", "Reichstag", "Kristallnacht",
                                  "Stalin’s", "NKVD", "Lebensraum", "demilitarised",
                                  "antifascist", "Stakhanovite’s", "Dreadnought",
                                  "Asquit", "Intime"])
def test_words_that_are_right_as_they_stand_are_never_split(word):
    assert split_glued(word) is None


def test_mojibake_is_fixed_and_recorded():
    text = "Yezhovâ€™s purge was the worst of the period."
    edits = repair(text)
    assert repaired(text).startswith("Yezhov’s purge")
    assert [e.kind for e in edits] == ["mojibake"]


def test_curly_quotes_survive_mojibake_repair():
    text = "He said “a state of siege” and ‘wreckers’ were blamed; it’s clear."
    assert repair(text) == []


def test_conversion_markers_and_page_lines_are_removed():
    text = "First line.\n[bookmark: _GoBack]Second line.\nPage 2 of 3\nThird line."
    assert repaired(text) == "First line.\nSecond line.\nThird line."


def test_marker_between_words_leaves_one_space():
    assert repaired("one [bookmark: _x] two") == "one two"


def test_words_broken_across_lines_are_joined():
    assert repaired("Soviet revision-\nists argued otherwise.") == \
        "Soviet revisionists argued otherwise."


def test_hyphenated_compound_across_a_line_keeps_its_hyphen():
    assert repaired("a war-\nweary nation") == "a war-weary nation"


def test_spaces_inside_quotation_marks_are_removed():
    text = "Stalin declared “ a state of siege” against ‘ saboteurs’ and “ spies ”."
    assert repaired(text) == "Stalin declared “a state of siege” against ‘saboteurs’ and “spies”."


def test_apostrophes_and_dashes_are_not_quote_repairs():
    text = "It was Stalin’s ‘revolution from above’ – or was it? 'Tis so."
    assert repair(text) == []


def test_clean_sample_essays_get_no_repair():
    for path in sorted(EXAMPLES.glob("*.txt")):
        assert repair(path.read_text(encoding="utf-8")) == [], path.name


def test_reference_essay_repairs(reference_text):
    edits = repair(reference_text)
    text = apply_edits(reference_text, edits)[0]
    for needle in ("Stalin’s motivation for", "very personality is", "the cold war and",
                   "the suicide of"):
        assert needle in text
    assert "[bookmark" not in text
    # Precision: the student's own (mis)spellings and names are not "repaired".
    for kept in ("Khrushev", "un met", "fore frontal", "Stakhanovite", "nomenklatura"):
        assert kept in text
    kinds = {e.kind for e in edits}
    assert kinds <= {"glued_words", "conversion_marker", "quote_spacing"}
