"""Teacher-facing roles over predicted components, informed by discourse markers.

thesis (major claim in the introduction), judgement (major claim in the conclusion),
argument (claim for), counterargument (claim against, or a premise attacking an argument),
rebuttal (a component that attacks a counterargument, or a claim for that answers one after
"However"), evidence (premise).  A paragraph that opens with a contrast marker ("However",
"In stark contrast", "Contrary to", "Alternatively") makes its leading claim a
counterargument; an introduction (conclusion) with no major claim gets one from its last
claim (its "In conclusion"/"Overall" sentence).
"""

from __future__ import annotations

from collections.abc import Sequence

from essaylens.argument.features import Para, sentence_spans
from essaylens.argument.model import PredComponent, PredParagraph

#: Markers that, opening a body paragraph, announce the other side.
OPENING_CONTRAST = ("however", "in stark contrast", "in contrast", "contrary to",
                    "alternatively", "on the other hand", "conversely", "on the contrary",
                    "contradicting", "nevertheless", "nonetheless", "admittedly")
#: Markers that open a conclusion's judgement.
CONCLUDING = ("in conclusion", "overall", "to conclude", "to sum up", "in summary",
              "all in all", "in short", "to summarize", "ultimately", "so overall")
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
    for a, b in sentence_spans(para):
        if a <= comp.start < b:
            return [t[0].lower() for t in para.tokens[a:comp.start]
                    if any(ch.isalnum() for ch in t[0])]
    return []


def apply_marker_rules(paras: Sequence[Para], preds: Sequence[PredParagraph]) -> None:
    """Adjust types in place where the essay's structure is explicit: an introduction states
    a thesis and a conclusion a judgement (measured in the benchmark, see bench/README)."""
    if not paras:
        return
    last = len(paras) - 1
    # An introduction states the thesis: with none found, its last claim becomes it.
    intro = preds[0].components
    if last > 0 and intro and not any(c.type == "MajorClaim" for c in intro):
        pick = next((c for c in reversed(intro) if c.type == "Claim"), None)
        if pick is not None:
            pick.type, pick.stance = "MajorClaim", None
    # A conclusion states the judgement: promote its concluding sentence's component.
    concl = preds[last].components
    if last > 0 and concl and not any(c.type == "MajorClaim" for c in concl):
        marked = [c for c in concl
                  if _opening(_sentence_words(paras[last], c), CONCLUDING)
                  and c.type != "Premise"]
        pick = marked[0] if marked else next((c for c in concl if c.type == "Claim"), None)
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
