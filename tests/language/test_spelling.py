"""The spelling and name checks, and the corrector's ranking."""

from __future__ import annotations

from essaylens.language.lexicon import detect_variant, lexicon
from essaylens.language.speller import corrector

from .helpers import flagged, issues


def test_misspelling_flagged_with_ranked_suggestions() -> None:
    found = issues("The government did not recieve the report.", "spelling")
    assert [i["text"] for i in found] == ["recieve"]
    assert found[0]["suggestions"][0] == "receive"


def test_both_variants_accepted() -> None:
    text = "The colour and the color; it was organised and organized, fuelled and fueled."
    assert not flagged(text, "spelling", variant=None) or all(
        i["rule"] == "variant" for i in issues(text, "spelling"))


def test_other_variant_noted_softly() -> None:
    found = issues("The colour of the flag was organised; the labour camps were idealised. "
                   "The color faded.", "spelling")
    assert [i["text"] for i in found] == ["color"]
    assert found[0]["confidence"] <= 0.5 and found[0]["suggestions"] == ["colour"]


def test_oxford_ize_not_noted_in_british_essay() -> None:
    assert not flagged("The colour of the flag. They organized the purge.", "spelling")


def test_variant_detection() -> None:
    assert detect_variant(["fuelled", "idealised", "the"]) == "en-GB"
    assert detect_variant(["color", "organized", "the"]) == "en-US"
    assert detect_variant(["the", "terror"]) is None


def test_variant_option_wins(reference_text: str) -> None:
    from .helpers import analyse

    assert analyse("The colour faded.", variant="en-US").results["readability"]["variant"] \
        == "en-US"


def test_names_and_terms_accepted() -> None:
    text = ("Then Yezhov, Tukhachevsky and the Politburo met in the Reichstag with Kirov; "
            "the nomenklatura and a Stakhanovite cheered Zinoviev and Kamenev.")
    assert not flagged(text)


def test_unknown_capitalised_word_inside_sentence_is_a_name() -> None:
    assert not flagged("The historian Hosking argued this in his book.")


def test_acronyms_accepted() -> None:
    assert not flagged("The NKVD and the OGPU answered to the CPSU.")


def test_near_miss_of_known_name() -> None:
    found = issues("The speech by Khrushev in 1956 shocked the party.", "name")
    assert found and found[0]["suggestions"][0] == "Khrushchev"


def test_near_miss_of_name_at_sentence_start() -> None:
    found = issues("Kamenyev was tried in 1936.", "name")
    assert found and found[0]["suggestions"][0] == "Kamenev"


def test_sentence_initial_capital_slip() -> None:
    found = issues("Similarily, the army was purged.", "spelling")
    assert found and found[0]["suggestions"][0] == "Similarly"


def test_joined_words() -> None:
    found = issues("He led the country during thecold war.", "spelling", repair=False)
    assert found and found[0]["suggestions"][0] == "the cold"


def test_rare_word_hiding_a_slip() -> None:
    found = issues("He did not know wich way to turn.", "spelling")
    assert found and found[0]["suggestions"] == ["which"]


def test_rare_correct_words_accepted() -> None:
    assert not flagged("His cunningness and tyrannous rule made him an oppositionist target.")


def test_corrector_knows_phonetic_slips() -> None:
    assert corrector(None).suggest("exstacy")[0].word == "ecstasy"


def test_lexicon_has_history_terms() -> None:
    assert lexicon().known("nomenklatura") and lexicon().known("Stakhanovite")


def test_min_confidence_filters() -> None:
    text = "The colour faded. The color faded. He did not recieve it."
    assert "color" in flagged(text, variant="en-GB")
    assert flagged(text, min_confidence=0.8, variant="en-GB") == ["recieve"]


def test_name_split_by_the_glued_word_repair_is_still_a_name_slip() -> None:
    found = issues("Militancy gave Asquit an excuse to delay.", "name")
    assert found and found[0]["suggestions"] == ["Asquith"]


def test_near_miss_of_dictionary_name_with_ck() -> None:
    found = issues("Ministers such as Calonne and Necer failed.", "name")
    assert found and found[0]["suggestions"] == ["Necker"]


def test_other_spelling_of_a_dictionary_name_accepted() -> None:
    assert not issues("The historian Clayborne Carson and Emily Davison.", "name")


def test_variant_spellings_users_type() -> None:
    from essaylens.language.lexicon import normalise_variant

    assert normalise_variant("en_GB") == "en-GB" and normalise_variant("US") == "en-US"
    assert normalise_variant(None) is None


def test_unknown_variant_is_a_usage_error() -> None:
    import pytest

    from essaylens.errors import EXIT_USAGE, UsageError

    with pytest.raises(UsageError) as err:
        issues("Fear mattered.", variant="fr")
    assert err.value.exit_code == EXIT_USAGE


def test_mixed_spelling_gets_no_variant_notes() -> None:
    assert not issues("The colour and the labor; the color and the labour.", "spelling")


def test_oxford_ize_is_no_evidence_of_american() -> None:
    from essaylens.language.lexicon import variant_counts

    assert variant_counts(["organize", "realized", "colour"]) == (1, 0)


def _own_check(text: str) -> list[str]:
    """The spelling check alone, without topic packs (which may list ``von`` as a word)."""
    from essaylens.language.spelling import check_spelling

    return [i.text for i in check_spelling(text, [(0, len(text))], {0}, None)]


def test_name_particle_before_a_capital_is_part_of_the_name() -> None:
    text = ("Hindenburg trusted Franz von Papen and then von Schleicher; "
            "Ibn Saud met al-Assad.")
    assert _own_check(text) == []


def test_name_particle_not_before_a_capital_is_still_checked() -> None:
    assert "von" in _own_check("The traders loaded a von full of goods.")


def test_capitalised_slip_at_sentence_start_is_flagged() -> None:
    found = issues("Countrys in Europe wanted colonies.", "spelling")
    assert [i["text"] for i in found] == ["Countrys"]
    assert found[0]["suggestions"][0] == "Countries"


def test_capitalised_word_also_seen_mid_sentence_is_a_name() -> None:
    assert "Countrys" not in flagged("Countrys in Europe grew. They met Countrys there.")


def test_plural_ys_prefers_ies() -> None:
    found = issues("Britain wanted more colonys in Africa.", "spelling")
    assert found and found[0]["suggestions"][0] == "colonies"


def test_run_together_phrase_flagged() -> None:
    found = issues("Trade aswell as war mattered.", "spelling")
    assert [(i["text"], i["suggestions"]) for i in found] == [("aswell", ["as well"])]


def test_phrase_with_a_space_is_not_run_together() -> None:
    assert not flagged("Trade as well as war mattered.")


def test_american_essay_cheque_suggests_check() -> None:
    found = issues("They paid by cheque.", "spelling", variant="en-US")
    assert [(i["text"], i["suggestions"], i["rule"]) for i in found] == [
        ("cheque", ["check"], "variant")]


def test_american_essay_programme_noted_softly() -> None:
    found = issues("The programme was popular.", "spelling", variant="en-US")
    assert [(i["text"], i["suggestions"]) for i in found] == [("programme", ["program"])]
    assert found[0]["confidence"] <= 0.5


def test_british_essay_programme_not_noted() -> None:
    assert not flagged("The programme was popular.", variant="en-GB")


def test_wernt_is_a_contraction_slip() -> None:
    found = issues("The kulaks wernt safe.", "spelling")
    assert [(i["text"], i["suggestions"]) for i in found] == [("wernt", ["weren't"])]
