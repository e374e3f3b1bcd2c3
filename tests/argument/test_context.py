"""Title / thesis overlap features of the type re-scorer (experiment E22)."""

from __future__ import annotations

from paras import para_of

from essaylens.argument.features import Para, add_context, content_words
from essaylens.argument.model import component_features

# Made-up sentences (no corpus text).
INTRO = "Cities grow fast . So bikes should replace cars in cities ."
BODY = "Bikes are cheap . They need no fuel ."
CONCL = "Bikes are fun . In conclusion , bikes should replace cars ."


def paras() -> list[Para]:
    out = [para_of(INTRO, 0), para_of(BODY, 1), para_of(CONCL, 2)]
    add_context(out, "Should bikes replace cars?")
    return out


def test_content_words_drop_stop_words_and_punctuation() -> None:
    assert content_words(["The", "bikes", "are", "cheap", "."]) == {"bikes", "cheap"}


def test_context_takes_title_intro_last_and_in_conclusion_sentence() -> None:
    ctx = paras()[1].ctx
    assert ctx["title"] == {"bikes", "replace", "cars"}
    assert ctx["intro"] == {"bikes", "replace", "cars", "cities"}
    assert ctx["concl"] == {"conclusion", "bikes", "replace", "cars"}


def test_overlap_features_score_a_span_restating_the_title_higher() -> None:
    body = paras()[1]
    comps = [(0, 3, "Claim"), (4, 8, "Premise")]
    near = component_features(body, comps, 0)
    far = component_features(body, comps, 1)
    assert near["jac:title"] > far["jac:title"] == 0.0


def test_no_context_means_no_overlap_features() -> None:
    body = para_of(BODY, 1)
    assert not any(k.startswith("jac:") for k in component_features(body, [(0, 3, "Claim")], 0))
