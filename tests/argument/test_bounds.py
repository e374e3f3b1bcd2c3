"""The span boundary post-processor: candidate boundaries, choice and splitting."""

from __future__ import annotations

from typing import Any

from paras import para_of

from essaylens.argument.bounds import (
    drop_affirmative_framing,
    end_candidates,
    keep_negated_framing,
    refine,
    split_candidates,
    split_spans,
    start_candidates,
)
from essaylens.argument.features import Para
from essaylens.argument.model import PredComponent

# Made-up sentences (no corpus text).
FRAMED = "It is plain that bikes are cheap and quiet ."
JOINED = "Bikes are cheap because they need no fuel at all ."


class Prefer:
    """A stand-in scorer that likes the feature ``key`` (probability of class "1")."""

    def __init__(self, key: str) -> None:
        self.key = key

    def proba(self, features: dict[str, Any]) -> dict[str, float]:
        p = 0.9 if features.get(self.key) else 0.1
        return {"1": p, "0": 1 - p}


def test_start_candidates_include_the_token_after_that() -> None:
    para = para_of(FRAMED)
    cands = start_candidates(para, 0, len(para.tokens))
    assert cands[0] == 0 and 4 in cands  # "bikes", after "that"


def test_end_candidates_offer_dropping_the_full_stop() -> None:
    para = para_of(FRAMED)
    n = len(para.tokens)
    assert end_candidates(para, 0, n) == [n - 1, n]


def test_refine_moves_the_start_past_the_framing_clause() -> None:
    para = para_of(FRAMED)
    comp = PredComponent(0, len(para.tokens), "Claim")
    refine(para, [comp], {"bstart": Prefer("prev:that"), "bend": Prefer("d:-1")})
    assert (comp.start, comp.end) == (4, len(para.tokens) - 1)


def test_refine_keeps_the_span_when_the_scorer_prefers_it() -> None:
    para = para_of(FRAMED)
    comp = PredComponent(0, len(para.tokens), "Claim")
    refine(para, [comp], {"bstart": Prefer("same"), "bend": Prefer("d:0")})
    assert (comp.start, comp.end) == (0, len(para.tokens))


def test_split_candidates_cut_at_because() -> None:
    para = para_of(JOINED)
    assert (3, 4) in split_candidates(para, 0, len(para.tokens) - 1)


def test_split_spans_splits_only_above_the_threshold() -> None:
    para = para_of(JOINED)
    n = len(para.tokens) - 1
    split = split_spans(para, [PredComponent(0, n, "Claim")], Prefer("k:because"), 0.5)
    assert [(c.start, c.end) for c in split] == [(0, 3), (4, n)]
    kept = split_spans(para, [PredComponent(0, n, "Claim")], Prefer("k:because"), 0.95)
    assert [(c.start, c.end) for c in kept] == [(0, n)]


def framed_claim(text: str, kind: str = "MajorClaim") -> tuple[Para, PredComponent]:
    """The paragraph of ``text`` and a component starting after its first "that"."""
    para = para_of(text)
    words = text.split()
    return para, PredComponent(words.index("that") + 1, len(words) - 1, kind)


def test_a_negated_frame_joins_the_claim() -> None:
    para, claim = framed_claim("So , I do n't think that bikes are cheap .")
    keep_negated_framing(para, [claim])
    assert claim.start == 2  # "I do n't think that bikes are cheap"


def test_an_affirmative_frame_stays_out() -> None:
    para, claim = framed_claim("I firmly believe that bikes are cheap .")
    keep_negated_framing(para, [claim])
    assert claim.start == 4


def test_only_the_frame_next_to_the_claim_counts() -> None:
    # the negation belongs to an earlier clause; the frame before the claim is affirmative
    para = para_of("I do not agree with it because I believe that bikes are cheap .")
    claim = PredComponent(10, 13, "Claim")
    keep_negated_framing(para, [claim])
    assert claim.start == 10


def test_premises_keep_their_start() -> None:
    para, premise = framed_claim("I disagree with the idea that bikes are cheap .", "Premise")
    keep_negated_framing(para, [premise])
    assert premise.start == 6


def opening_claim(text: str, kind: str = "Claim") -> tuple[Para, PredComponent]:
    """The paragraph of ``text`` and a component over all of it but the full stop."""
    para = para_of(text)
    return para, PredComponent(0, len(text.split()) - 1, kind)


def test_an_affirmative_frame_leaves_the_claim() -> None:
    para, claim = opening_claim("it is obvious that bikes are cheap and quiet .")
    drop_affirmative_framing(para, [claim])
    assert claim.start == 4  # "bikes are cheap and quiet"


def test_a_negated_or_plain_opening_is_kept() -> None:
    for text in ("it is not true that bikes are cheap and quiet .",
                 "the bikes that we ride are cheap and quiet ."):
        para, claim = opening_claim(text)
        drop_affirmative_framing(para, [claim])
        assert claim.start == 0, text


def test_premises_keep_an_affirmative_frame() -> None:
    para, premise = opening_claim("it is obvious that bikes are cheap and quiet .", "Premise")
    drop_affirmative_framing(para, [premise])
    assert premise.start == 0


def test_a_reporting_frame_leaves_the_claim_when_asked() -> None:
    text = "many drivers claim that bikes are cheap and quiet ."
    para, claim = opening_claim(text)
    drop_affirmative_framing(para, [claim])
    assert claim.start == 0  # "claim" is no framing word of E86
    para, claim = opening_claim(text)
    drop_affirmative_framing(para, [claim], reporting=True)
    assert claim.start == 4  # "bikes are cheap and quiet"
