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
