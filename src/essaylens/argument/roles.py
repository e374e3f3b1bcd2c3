"""Teacher-facing roles over predicted components, informed by discourse markers.

thesis (major claim in the introduction), judgement (major claim in the conclusion),
argument (claim for), counterargument (claim against, or a premise attacking an argument),
rebuttal (a component that attacks a counterargument, or a claim for that answers one after
"However"), evidence (premise).  A paragraph that opens with a contrast marker ("However",
"In stark contrast", "Contrary to", "Alternatively") makes its leading claim a
counterargument; an introduction (conclusion) with no major claim gets one from its last
claim (its "In conclusion"/"Overall" sentence).  A major claim is a main clause: one found in
a concession ("Although X, ...") or a reason ("..., because X") is a claim against (for).
"""

from __future__ import annotations

from collections.abc import Sequence

from essaylens.argument.features import Para, lead_words, lower_words, sentence_spans
from essaylens.argument.model import PredComponent, PredParagraph

#: Markers that, opening a body paragraph, announce the other side.
OPENING_CONTRAST = ("however", "in stark contrast", "in contrast", "contrary to",
                    "alternatively", "on the other hand", "conversely", "on the contrary",
                    "contradicting", "nevertheless", "nonetheless", "admittedly")
#: Markers that open a conclusion's judgement.
CONCLUDING = ("in conclusion", "overall", "to conclude", "to sum up", "in summary",
              "all in all", "in short", "to summarize", "ultimately", "so overall")
#: Words that open a concession ("although [X], I believe ...") or, alone before a claim,
#: concede it ("Admittedly, [X]"); and a frame that concedes ("I would concede that [X]").
CONCEDING = {"although", "though", "while", "whilst", "whereas", "despite"}
CONCEDING_ALONE = ("admittedly", "granted")
CONCEDING_VERBS = {"concede", "admit"}
#: Words that open a reason ("because [X]"); "as" only right before the span ("as" opening
#: it is as often a preposition: "as the richest nations, ...").
GIVING_REASON = {"because", "since", "as"}
#: Markers that, leading a claim after a counterargument, make it a rebuttal.
ANSWERING = ("however", "but", "nevertheless", "nonetheless", "yet", "still", "even so",
             "on the other hand", "in contrast")


def _opening(words: Sequence[str], options: Sequence[str]) -> str | None:
    for opt in sorted(options, key=lambda o: -len(o.split())):
        n = len(opt.split())
        if " ".join(words[:n]) == opt:
            return opt
    return None


def _sentence_words(para: Para, comp: PredComponent) -> list[str]:
    for a, b in sentence_spans(para):
        if a <= comp.start < b:
            return [t[0].lower() for t in para.tokens[a:b] if any(ch.isalnum() for ch in t[0])]
    return []


def _lead_words(para: Para, comp: PredComponent) -> list[str]:
    """The words (no punctuation) of ``comp``'s sentence before it, from the view's cache."""
    return [w for w in lead_words(para, comp.start) if any(ch.isalnum() for ch in w)]


def subordinate_stance(para: Para, comp: PredComponent) -> str | None:
    """"Against" for a component in a concession, "For" for one in a reason clause, else
    None: such a clause is not where an essay states its thesis or judgement."""
    lead = _lead_words(para, comp)
    first = lower_words(para)[comp.start]
    if ((lead and lead[-1] in CONCEDING) or first in CONCEDING
            or (len(lead) == 1 and lead[0] in CONCEDING_ALONE)
            or (lead and lead[-1] == "that" and CONCEDING_VERBS & set(lead))):
        return "Against"
    if (lead and lead[-1] in GIVING_REASON) or first in GIVING_REASON - {"as"}:
        return "For"
    return None


def apply_marker_rules(paras: Sequence[Para], preds: Sequence[PredParagraph]) -> None:
    """Adjust types in place where the essay's structure is explicit: an introduction states
    a thesis and a conclusion a judgement, each in a main clause (measured in the
    benchmark, see bench/README: E7b, E88)."""
    if not paras:
        return
    last = len(paras) - 1
    if last == 0:
        return
    # A major claim in a concession or a reason is a claim (E88: in the training essays'
    # introductions and conclusions such clauses hold 87 claims, 83 of them with the stance
    # given here, 18 premises and 6 major claims).
    for i in (0, last):
        for c in preds[i].components:
            stance = subordinate_stance(paras[i], c) if c.type == "MajorClaim" else None
            if stance is not None:
                c.type, c.stance = "Claim", stance

    def promotable(i: int, c: PredComponent) -> bool:
        return c.type == "Claim" and subordinate_stance(paras[i], c) is None

    # An introduction states the thesis: with none found, its last claim becomes it.
    intro = preds[0].components
    if not any(c.type == "MajorClaim" for c in intro):
        pick = next((c for c in reversed(intro) if promotable(0, c)), None)
        if pick is not None:
            pick.type, pick.stance = "MajorClaim", None
    # A conclusion states the judgement: promote its concluding sentence's component.
    concl = preds[last].components
    if not any(c.type == "MajorClaim" for c in concl):
        marked = [c for c in concl if promotable(last, c)
                  and _opening(_sentence_words(paras[last], c), CONCLUDING)]
        pick = marked[0] if marked else next((c for c in concl if promotable(last, c)), None)
        if pick is not None:
            pick.type, pick.stance = "MajorClaim", None


def assign_roles(paras: Sequence[Para], preds: Sequence[PredParagraph]) -> list[list[str]]:
    """A role for every component, paragraph by paragraph."""
    last = len(paras) - 1
    roles: list[list[str]] = []
    for pi, (para, pred) in enumerate(zip(paras, preds, strict=True)):
        out = []
        for c in pred.components:
            if c.type == "MajorClaim":
                out.append("judgement" if pi == last and last > 0 else "thesis")
            elif c.type == "Claim":
                out.append("counterargument" if c.stance == "Against" else "argument")
            else:
                out.append("evidence")
        # A body paragraph that opens "However," / "In stark contrast," / "Contrary to ..."
        # turns against the line argued before it: its leading claim is the
        # counterargument of the essay's dialectic (its stance towards the thesis, which
        # the model predicts and the record keeps, may still be "for").
        words = [t[0].lower() for t in para.tokens[:5] if any(ch.isalnum() for ch in t[0])]
        if 0 < pi < last and _opening(words, OPENING_CONTRAST):
            first = next((i for i, c in enumerate(pred.components) if c.type == "Claim"), None)
            if first is not None:
                out[first] = "counterargument"
        # Attacks: on a counterargument -> rebuttal; on an argument -> counterargument.
        for s, t, label, _ in pred.relations:
            if label != "attacks":
                continue
            out[s] = "rebuttal" if out[t] == "counterargument" else "counterargument"
        # "However, ..." answering an earlier counterargument in the same paragraph.
        seen_counter = False
        for i, c in enumerate(pred.components):
            if out[i] == "counterargument":
                seen_counter = True
            elif seen_counter and out[i] == "argument" and _opening(_lead_words(para, c),
                                                                    ANSWERING):
                out[i] = "rebuttal"
        roles.append(out)
    return roles
