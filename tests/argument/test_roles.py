"""Marker rules on predicted types: a thesis and a judgement, each in a main clause."""

from __future__ import annotations

from paras import para_of

from essaylens.argument.features import Para
from essaylens.argument.model import PredComponent, PredParagraph
from essaylens.argument.roles import apply_marker_rules, subordinate_stance


# Made-up sentences (no corpus text); one sentence per paragraph is enough here.
def span(text: str, part: str, kind: str) -> PredComponent:
    """A component over the words of ``part`` inside ``text``."""
    words, sub = text.split(), part.split()
    start = next(i for i in range(len(words)) if words[i:i + len(sub)] == sub)
    return PredComponent(start, start + len(sub), kind)


BODY = "Bikes need no fuel ."


def essay(intro: str, intro_comps: list[PredComponent], concl: str,
          concl_comps: list[PredComponent]) -> tuple[list[Para], list[PredParagraph]]:
    paras = [para_of(intro, 0), para_of(BODY, 1), para_of(concl, 2)]
    preds = [PredParagraph(intro_comps), PredParagraph([span(BODY, "Bikes need no fuel",
                                                             "Claim")]),
             PredParagraph(concl_comps)]
    return paras, preds


def test_subordinate_stance_reads_the_clause_opening() -> None:
    cases = {
        ("Although bikes are slow , they are cheap .", "bikes are slow"): "Against",
        ("Although bikes are slow , they are cheap .", "Although bikes are slow"): "Against",
        ("Admittedly , bikes are slow .", "bikes are slow"): "Against",
        ("I would concede that bikes are slow .", "bikes are slow"): "Against",
        ("Cars must go because they are loud .", "they are loud"): "For",
        ("Cars must go , as they are loud .", "they are loud"): "For",
        ("Cars must go .", "Cars must go"): None,
        ("As the cheapest choice , bikes win .", "As the cheapest choice , bikes win"): None,
        ("Although bikes are slow , they are cheap .", "they are cheap"): None,
    }
    for (text, part), want in cases.items():
        assert subordinate_stance(para_of(text, 2), span(text, part, "MajorClaim")) == want, part


def test_a_conceded_major_claim_becomes_a_claim_against() -> None:
    concl = "Although bikes are slow , they are the better choice ."
    slow = span(concl, "bikes are slow", "MajorClaim")
    better = span(concl, "they are the better choice", "Claim")
    intro = "Cities should build bike lanes ."
    paras, preds = essay(intro, [span(intro, "Cities should build bike lanes", "MajorClaim")],
                         concl, [slow, better])
    apply_marker_rules(paras, preds)
    assert (slow.type, slow.stance) == ("Claim", "Against")
    # The conclusion still gets a judgement: from the main clause, not the concession.
    assert better.type == "MajorClaim"


def test_a_reason_is_not_the_thesis_and_is_not_promoted_back() -> None:
    intro = "Cities should build bike lanes because cars are loud ."
    thesis = span(intro, "Cities should build bike lanes", "Premise")
    reason = span(intro, "cars are loud", "MajorClaim")
    concl = "In conclusion , bike lanes pay ."
    judgement = span(concl, "bike lanes pay", "MajorClaim")
    paras, preds = essay(intro, [thesis, reason], concl, [judgement])
    apply_marker_rules(paras, preds)
    # The reason clause is a claim for the thesis; with no main-clause claim to promote,
    # the introduction is left without a major claim rather than given the reason back.
    assert (reason.type, reason.stance) == ("Claim", "For")
    assert thesis.type == "Premise"
    assert judgement.type == "MajorClaim"


def test_main_clause_major_claims_and_body_paragraphs_are_untouched() -> None:
    intro = "While some disagree , cities should build bike lanes ."
    thesis = span(intro, "cities should build bike lanes", "MajorClaim")
    concl = "In conclusion , bike lanes pay ."
    judgement = span(concl, "bike lanes pay", "MajorClaim")
    paras, preds = essay(intro, [thesis], concl, [judgement])
    apply_marker_rules(paras, preds)
    assert thesis.type == judgement.type == "MajorClaim"
    assert preds[1].components[0].type == "Claim"


def test_an_introduction_without_a_thesis_promotes_its_last_claim() -> None:
    intro = "Bikes are cheap . Cities should build bike lanes ."
    first = span(intro, "Bikes are cheap", "Claim")
    last = span(intro, "Cities should build bike lanes", "Claim")
    concl = "In conclusion , bike lanes pay ."
    paras, preds = essay(intro, [first, last], concl,
                         [span(concl, "bike lanes pay", "Claim")])
    apply_marker_rules(paras, preds)
    assert (first.type, last.type) == ("Claim", "MajorClaim")
    assert preds[2].components[0].type == "MajorClaim"
