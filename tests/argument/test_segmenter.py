"""With an untyped segmenter CRF, spans come from it and types from the typed CRF."""

from __future__ import annotations

from essaylens.argument.features import Para
from essaylens.argument.model import tag_para


class StubTagger:
    """Answers ``tag`` with fixed labels and ``marginal`` from a per-token table."""

    def __init__(self, labels: list[str], marginals: list[dict[str, float]]) -> None:
        self.labels = labels
        self.marginals = marginals

    def tag(self, _features: object) -> list[str]:
        return self.labels

    def marginal(self, label: str, k: int) -> float:
        return self.marginals[k].get(label, 0.0)


def para_of(words: list[str]) -> Para:
    toks, pos = [], 0
    for w in words:
        toks.append((w, pos, pos + len(w)))
        pos += len(w) + 1
    return Para(1, 3, 0, pos, toks, [0] * len(words))


def test_spans_from_segmenter_types_from_typed_marginals() -> None:
    para = para_of("Bikes are cheap because they need no fuel .".split())
    # The typed CRF merges everything into one claim; the segmenter cuts at "because".
    typed = StubTagger(["B-Claim"] + ["I-Claim"] * 7 + ["O"],
                       [{"B-Claim": 0.6, "B-Premise": 0.4}] * 3
                       + [{"I-Premise": 0.8, "I-Claim": 0.2}] * 6)
    seg = StubTagger(["B-Arg", "I-Arg", "I-Arg", "O", "B-Arg", "I-Arg", "I-Arg", "I-Arg", "O"],
                     [{"B-Arg": 0.9, "I-Arg": 0.9, "O": 0.9}] * 9)
    comps = tag_para(typed, para, seg)
    assert [(c.start, c.end, c.type) for c in comps] == [(0, 3, "Claim"), (4, 8, "Premise")]
    assert comps[0].confidence == 0.9
    assert comps[1].marginals["Premise"] == 0.8


def test_keep_typed_adds_the_typed_spans_the_segmenter_missed() -> None:
    words = "I believe bikes are best . Cars are costly .".split()
    para = para_of(words)
    # The typed CRF finds a major claim in the first sentence and a premise in the second;
    # the segmenter sees only a (longer) span in the second sentence.
    typed = StubTagger(["O", "O", "B-MajorClaim", "I-MajorClaim", "I-MajorClaim", "O",
                        "B-Premise", "I-Premise", "I-Premise", "O"],
                       [{"O": 0.9}] * 2 + [{"B-MajorClaim": 0.7, "I-MajorClaim": 0.7}] * 3
                       + [{"O": 0.9}] + [{"B-Premise": 0.8, "I-Premise": 0.8}] * 4)
    seg = StubTagger(["O"] * 5 + ["B-Arg", "I-Arg", "I-Arg", "I-Arg", "O"],
                     [{"O": 0.6, "B-Arg": 0.5, "I-Arg": 0.5}] * 10)
    without = tag_para(typed, para, seg)
    assert [(c.start, c.end) for c in without] == [(5, 9)]
    kept = tag_para(typed, para, seg, keep_typed=True)
    # The overlapping typed premise stays out: the segmenter's boundaries win there.
    assert [(c.start, c.end, c.type) for c in kept] == [(2, 5, "MajorClaim"), (5, 9, "Premise")]
    assert kept[0].confidence == 0.7  # the typed CRF's own label marginal
