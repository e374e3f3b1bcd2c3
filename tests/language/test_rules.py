"""Each context rule with a sentence it must flag and one it must leave alone."""

from __future__ import annotations

import pytest

from .helpers import flagged, issues

# (rule, text with the slip, the blamed text, the first suggestion, a correct text)
CASES = [
    ("sole-soul", "Fear was the soul contributor to the purges.", "soul", "sole",
     "The purges crushed the soul of the nation."),
    ("thee-the", "Fear drove thee purges of the party.", "thee", "the",
     "The hymn says we praise thee, O Lord."),
    ("their-there", "Their was no real plot against him.", "Their", "There",
     "Their loyalty was never in doubt."),
    ("there-their", "The generals kept there own counsel.", "there", "their",
     "There were three show trials."),
    ("lead-led-aux", "The murder has lead to mass arrests.", "lead", "led",
     "He wanted to lead the party alone."),
    ("lead-led-subject", "Kirov was killed and this lead to the purges.", "lead", "led",
     "Pipes made of lead were common."),
    ("loose-lose-modal", "He feared he would loose his power.", "loose", "lose",
     "It was a loose alliance of rivals."),
    ("loose-lose-object", "Officers who loose their posts were shot.", "loose", "lose",
     "The screws were loose on the gate."),
    ("lose-loose", "It was a lose alliance of rivals.", "lose", "loose",
     "He did not want to lose the war."),
    ("affect-effect-noun", "The purges had a huge affect on the army.", "affect", "effect",
     "The famine would affect millions."),
    ("effect-affect-person", "The terror did effect them deeply.", "effect", "affect",
     "He wished to effect the transformation of the country."),
    ("reek-reap", "Workers were driven hard, reeking greater results.", "reeking", "reaping",
     "The cells were reeking of damp."),
    ("reap-wreak", "The purges were reaping havoc in the army.", "reaping", "wreaking",
     "The regime was reaping the benefits of fear."),
    ("principle-principal", "Fear was the principle reason for the terror.", "principle",
     "principal", "Collective leadership was a principle of the party."),
    ("in-principal", "In principal the constitution guaranteed rights.", "principal",
     "principle", "The principal architect of the terror was Yezhov."),
    ("principal-principle", "He abandoned the moral principals of the revolution.",
     "principals", "principles", "The principal of the school was arrested."),
    ("whose-whos", "It was Yezhov whose going to be blamed.", "whose", "who's",
     "It was Yezhov whose name was given to the terror."),
    ("whos-whose", "Bukharin, who's ideas were popular, was shot.", "who's", "whose",
     "Bukharin, who's been called the party's darling, was shot."),
    ("its-possessive", "The party lost it's leaders.", "it's", "its",
     "It's clear that fear mattered."),
    ("its-itis", "Fear mattered, and its a question of degree.", "its", "it's",
     "The party purged its own members."),
]


@pytest.mark.parametrize(("rule", "bad", "blamed", "fix", "good"), CASES,
                         ids=[c[0] for c in CASES])
def test_rule_flags_slip(rule: str, bad: str, blamed: str, fix: str, good: str) -> None:
    hits = [i for i in issues(bad) if i.get("rule") == rule]
    assert hits, f"{rule} missed in {bad!r}"
    assert hits[0]["text"] == blamed
    assert hits[0]["suggestions"][0] == fix


@pytest.mark.parametrize(("rule", "bad", "blamed", "fix", "good"), CASES,
                         ids=[c[0] for c in CASES])
def test_rule_leaves_correct_text(rule: str, bad: str, blamed: str, fix: str,
                                  good: str) -> None:
    assert not [i for i in issues(good) if i["kind"] != "style"]


def test_repeated_word() -> None:
    found = issues("The the purges began in 1936.", "repetition")
    assert found and found[0]["suggestions"] == ["The"]
    assert not issues("What he had had was taken from him.", "repetition")


def test_repeated_phrase() -> None:
    found = issues("Many were sent to the camps in the in the east.", "repetition")
    assert found and found[0]["text"] == "in the in the"
    assert not issues("The trials were in the east and in the west.", "repetition")


def test_x_and_x() -> None:
    assert issues("Stalin's fears and fears and suspicions grew.", "repetition")
    assert not issues("More and more officers were arrested.", "repetition")
    assert not issues("The arrests went on and on.", "repetition")


def test_split_word_bound_prefix() -> None:
    found = issues("Quotas were un met in many factories.", "split_word")
    assert found and found[0]["suggestions"][0] == "unmet"
    assert not issues("The UN met in New York.", "split_word")


def test_split_word_prefers_the_usual_word() -> None:
    found = issues("This is an un disputable fact.", "split_word")
    assert found and found[0]["suggestions"][0] == "indisputable"


def test_split_word_curated_pair() -> None:
    assert issues("He was cheered where ever he went.", "split_word")
    assert not issues("There were some times when he relented.", "split_word")


def test_and_for_an() -> None:
    found = issues("Fear is to and extent the cause.", "article")
    assert found and found[0]["text"] == "and" and found[0]["suggestions"] == ["an"]
    assert issues("There was definitely and element of fear.", "article")
    assert not issues("He went to and fro between the camps.", "article")
    assert not issues("It was quickly and efficiently done.", "article")
    assert not issues("The nature and extent of the terror are debated.", "article")


def test_a_before_vowel() -> None:
    found = issues("It was a example of terror.", "article")
    assert found and found[0]["suggestions"] == ["an"]
    assert not issues("It was a unique and a useful example; a one-party state.", "article")


def test_an_before_consonant() -> None:
    assert issues("It was an policy of terror.", "article")
    assert not issues("It was an honest and an historic trial; an hour passed.", "article")


def test_their_from_bigram_counts() -> None:
    found = issues("Local activists did the hard work, but there work was ignored.", "confusable")
    assert found and found[0]["suggestions"] == ["their"]
    assert not issues("There was little work, and over there people starved.", "confusable")


def test_its_from_bigram_counts() -> None:
    found = issues("The party chose it's leaders carefully.", "confusable")
    assert found and found[0]["suggestions"] == ["its"]
    assert not issues("It's true that the party chose well.", "confusable")


def test_loose_for_loss() -> None:
    found = issues("The king's loose of trust was fatal.", "confusable")
    assert found and found[0]["suggestions"] == ["loss"]
    assert not issues("The loose alliance broke apart.", "confusable")


def test_free_prefix_split_judged_by_counts() -> None:
    found = issues("Politicians over looked the munitions workers.", "split_word")
    assert found and found[0]["suggestions"] == ["overlooked"]
    assert not issues("The reforms were under way by 1906.", "split_word")


def test_lead_after_singular_subject() -> None:
    found = issues("Wolsey's failure in 1529 lead to his fall.", "confusable")
    assert found and found[0]["suggestions"] == ["led"]
    assert not issues("Such policies often lead to famine; they lead to unrest.", "confusable")


def test_and_for_an_before_unlisted_adjective() -> None:
    assert issues("Serbia was seen as and existential threat.", "article")
    assert not issues("It is and always was a threat.", "article")


def test_split_word_with_a_non_word_part() -> None:
    found = issues("They were about to bring it into be ing.", "split_word")
    assert found and found[0]["suggestions"] == ["being"]


def test_x_and_x_contrast_is_not_repetition() -> None:
    assert not issues("Who decides what can and cannot be read?", "repetition")
    assert not issues("Suicides and suicides among the old both rose.", "repetition")


def test_phrasal_verb_particle_is_not_a_split_word() -> None:
    assert not issues("A man stood in the check out line.", "split_word")


def test_heading_repeated_in_first_line_is_not_repetition() -> None:
    assert not issues("Air pollution\n\nAir pollution is a threat to cities.", "repetition")


def test_effect_for_affect_before_what_is_influenced() -> None:
    found = issues("Fear of war effected Stalin's thinking.", "confusable")
    assert found and found[0]["suggestions"] == ["affected"]
    assert issues("The blockade effected the outcome of the war.", "confusable")
    assert not issues("He wished to effect the transformation of the country.", "confusable")
    assert not issues("The reforms effected a change in policy.", "confusable")


def test_a_an_before_u_words() -> None:
    assert issues("The offensive was a utter failure.", "article")
    assert issues("It was an union of workers and an useful one.", "article")
    assert not issues("It was a union, a useful and a unique one, an unpopular and an "
                      "utter failure in a university town.", "article")


def test_could_of() -> None:
    found = issues("Stalin could of stopped the purges.", "confusable")
    assert found and found[0]["suggestions"] == ["have"]
    assert not issues("He feared the might of the army.", "confusable")


def test_their_for_theyre_and_back() -> None:
    assert issues("The kulaks knew their going to lose the land.", "confusable")
    assert issues("The generals feared for they're lives.", "confusable")
    assert not issues("They're going to lose their land.", "confusable")


def test_split_word_demi_at_sentence_start() -> None:
    found = issues("Demi Gods ruled the old world.", "split_word")
    assert [(i["text"], i["suggestions"]) for i in found] == [("Demi Gods", ["Demigods"])]


def test_hyphenated_demi_is_not_a_misspelling() -> None:
    assert not flagged("Caesar was seen as a demi-God.")


def test_demi_name_is_not_a_split_word() -> None:
    assert not flagged("Demi Moore played the queen.", "split_word")
