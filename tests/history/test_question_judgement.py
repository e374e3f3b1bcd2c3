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
    ("Assess the reasons for the purge of the Red Army in 1937-38.", "cause"),
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


def test_a_factor_the_essay_names_itself_is_discovered(analyse) -> None:
    doc = analyse("Why did the Civil War begin?\n\nThe Ship Money dispute was a key factor "
                  "because it united the gentry. Religion was the most important cause.\n\n"
                  "The Ship Money dispute angered every county.")
    found = {f["name"]: f for f in doc.results["factors"]}
    assert found["Ship Money dispute"]["weighting"]["rank"] == 5
    assert len(found["Ship Money dispute"]["sentences"]) == 2


def test_works_without_a_title_or_argument_layer(analyse) -> None:
    doc = analyse("Stalin purged the party in 1937. Fear was the main reason for the purges.")
    assert doc.results["question"] is None
    assert doc.results["timeline"]["events"][0]["date"] == "1937"


def test_major_claim_from_the_argument_layer_picks_the_judgement(analyse) -> None:
    from essaylens.document import Span
    from essaylens.history.stage import run
    from essaylens.pipeline import Options

    doc = analyse(ESSAY)
    target = doc.text.index("These financial grievances")
    end = doc.text.index(".", target)
    doc.new_spans("components", [Span(target, end, label="MajorClaim")])
    run(doc, Options())
    assert doc.results["judgement"]["start"] != target  # intro/conclusion only
    intro = doc.text.index("This essay argues")
    doc.new_spans("components", [Span(intro, intro + 40, label="MajorClaim")])
    run(doc, Options())
    assert doc.results["judgement"]["introduction"]["start"] == intro


def test_not_the_full_reason_with_this_weighs_the_factor_just_discussed(analyse) -> None:
    doc = analyse("Why did the Civil War begin?\n\nReligion divided the nation and religion "
                  "drove men to arms. Although this is not the full reason, money and "
                  "taxation also mattered.\n\nMoney and financial quarrels mattered too. In "
                  "conclusion religion was the main cause.")
    found = {f["name"]: f for f in doc.results["factors"]}
    assert found["Economic factors"]["weighting"] is None or \
        found["Economic factors"]["weighting"]["rank"] != 1
    assert any(w for w in [found["Religion"]["weighting"]] if w)


def test_key_term_of_a_paragraph_becomes_a_factor_without_a_pack(analyse) -> None:
    doc = analyse("Why did the Roman Republic fall?\n\nThe Republic fell for several reasons, "
                  "and this essay weighs them.\n\nThe veterans of Marius looked to their "
                  "generals for land. Those veterans followed Sulla to Rome, and the veterans "
                  "of Caesar did the same.\n\nIn conclusion, the armies decided the fate of "
                  "Rome.")
    names = [f["name"] for f in doc.results["factors"]]
    assert "Veteran" in names


def test_a_task_set_in_the_first_paragraph_is_the_question(analyse) -> None:
    doc = analyse("Assess the reasons for the purge of the Red Army in 1937-38.\n\n"
                  "Stalin feared a coup. The NKVD shot Tukhachevsky.\n\n"
                  "In conclusion, fear was the main reason.")
    q = doc.results["question"]
    assert q["type"] == "cause" and q["period"] == "1937/1938"
    assert all(e.attrs["sentence_id"] for e in doc.spans["events"])  # title dates excluded
    assert len(doc.spans["events"]) == 0


def test_predicate_weighting_goes_to_its_subject(analyse) -> None:
    doc = analyse("Why did the Civil War begin?\n\nThis essay argues that religion was the main "
                  "reason, although money and taxation also played a part.\n\nReligion "
                  "divided the nation. Money mattered too.\n\nIn conclusion, religion was the "
                  "main reason, although financial quarrels also contributed.")
    j = doc.results["judgement"]
    assert j["main_factor"] == "Religion"
    assert j["introduction"]["main_factor"] == "Religion"
    assert j["consistent_with_introduction"] is True


def test_conclusion_weighing_an_unknown_factor_is_a_judgement(analyse) -> None:
    doc = analyse("Why did the Russian monarchy collapse in 1917?\n\nThe war went badly and the "
                  "army lost faith. Bread shortages caused strikes.\n\nIn conclusion, the "
                  "Tsar's mistakes were decisive in the collapse of the monarchy.")
    j = doc.results["judgement"]
    assert j is not None and j["main_factor"] == "the Tsar's mistakes"


def test_in_my_judgement_is_a_judgement_cue(analyse) -> None:
    doc = analyse("Why did the Nazis rise to power by 1933?\n\nThe Depression made millions "
                  "unemployed. Hitler promised work and bread.\n\nIn my judgement, the crisis "
                  "of 1930 to 1933 was decisive.")
    j = doc.results["judgement"]
    assert j is not None and j["main_factor"] == "the crisis of 1930 to 1933"


def test_conclusion_without_a_factor_asks_for_one(analyse) -> None:
    doc = analyse("Why did the Nazis rise to power by 1933?\n\nThe Depression made millions "
                  "unemployed. Hitler promised work and bread.\n\nIn conclusion there was lots "
                  "of reasons why the Nazis rose to power.")
    j = doc.results["judgement"]
    assert j is not None and j["main_factor"] is None
    assert "name the factor" in j["message"]


def _sample_factors(analyse) -> dict[str, object]:
    from pathlib import Path
    text = (Path(__file__).resolve().parents[2] / "examples" /
            "hitler_rise_depression.txt").read_text(encoding="utf-8")
    doc = analyse(text)
    return {f["pack_factor"]: f["weighting"] for f in doc.results["factors"]}


def test_not_the_only_reason_after_it_weighs_the_previous_factor(analyse) -> None:
    weights = _sample_factors(analyse)
    assert weights["constitution"] is None  # "it was not the only reason" is the Depression


def test_the_decisive_step_weighs_the_factor_it_names(analyse) -> None:
    weights = _sample_factors(analyse)
    assert weights["elites"] is not None and weights["elites"]["label"] == "decisive"


@pytest.mark.parametrize("sentence", [
    "Nevertheless, it was not sufficient on its own.",
    "The Depression alone cannot explain the events of January 1933.",
])
def test_not_sufficient_on_its_own_is_not_sole(sentence: str) -> None:
    from essaylens.history.factors import find_weights
    assert [w.label for w in find_weights(sentence, 0, len(sentence))] == ["not sole"]
