"""The ``argument`` stage: components (thesis, claims, premises) with roles and stance,
and support/attack relations, from the trained AAEC model shipped in ``model/``.

Without the model files the stage writes empty layers and says so in
``results["argument"]`` (never a crash): ``essaylens train aaec`` rebuilds them.
"""

from __future__ import annotations

from functools import cache

from essaylens.argument.model import MODEL_DIR, ArgumentModel
from essaylens.document import Document, Relation, Span
from essaylens.pipeline import Options, stage


@cache
def load_model() -> ArgumentModel | None:
    """The shipped model, loaded once per process; ``None`` when it is absent or broken."""
    if not ArgumentModel.available(MODEL_DIR):
        return None
    try:
        return ArgumentModel.load(MODEL_DIR)
    except Exception:  # noqa: BLE001 - a damaged model must not stop the analysis
        return None


@stage("argument", requires=("paragraphs", "sentences", "tokens"),
       writes=("components", "relations"), optional=())
def run(doc: Document, options: Options) -> None:
    """Fill ``components`` and ``relations``; list narrative sentences in results."""
    model = load_model()
    if model is None:
        doc.new_spans("components")
        doc.new_relations("relations", over="components")
        doc.results["argument"] = {"model": None, "narrative": [],
                                   "note": "argument model not installed: run "
                                           "`essaylens train aaec`"}
        return
    from essaylens.argument.features import add_context, build_paras
    from essaylens.argument.roles import apply_marker_rules, assign_roles

    sdoc = doc.cache.get("spacy")
    if sdoc is None or sdoc.text != doc.text:
        from essaylens.segment.nlp import parse

        sdoc = parse(doc.text)
    paras = build_paras(sdoc, [(p.start, p.end) for p in doc.spans["paragraphs"]])
    title_layer = doc.spans.get("title")
    titles = list(title_layer) if title_layer is not None else []
    add_context(paras, " ".join(doc.text[t.start:t.end] for t in titles))
    preds = model.predict(paras)
    apply_marker_rules(paras, preds)
    roles = assign_roles(paras, preds)

    spans: list[Span] = []
    ids: list[list[str]] = []
    for para, pred, para_roles in zip(paras, preds, roles, strict=True):
        para_ids = []
        for comp, role in zip(pred.components, para_roles, strict=True):
            start = para.tokens[comp.start][1]
            end = para.tokens[comp.end - 1][2]
            cid = f"c{len(spans) + 1}"
            para_ids.append(cid)
            stance = comp.stance.lower() if comp.type == "Claim" and comp.stance else None
            if comp.type == "Claim" and stance is None:
                stance = "for"
            spans.append(Span(start, end, label=comp.type, id=cid, attrs={
                "type": comp.type, "role": role, "stance": stance,
                "text": doc.text[start:end], "confidence": float(comp.confidence),
            }))
        ids.append(para_ids)
    layer = doc.new_spans("components", spans)
    rels = doc.new_relations("relations", over="components")
    for pred, para_ids in zip(preds, ids, strict=True):
        for s, t, label, conf in pred.relations:
            rels.add(Relation(para_ids[s], para_ids[t],
                              "attack" if label == "attacks" else "support",
                              {"confidence": float(conf)}))
    # Claims answer the thesis: their stance is their link to it (thesis on top; the
    # judgement stands in when no thesis was found).
    thesis = next((s for s in layer if s.attrs["role"] == "thesis"), None) or next(
        (s for s in layer if s.attrs["role"] == "judgement"), None)
    if thesis is not None:
        for span in layer:
            if span.attrs["type"] == "Claim":
                rels.add(Relation(span.id, thesis.id,
                                  "attack" if span.attrs["stance"] == "against" else "support",
                                  {"basis": "stance", "confidence": span.attrs["confidence"]}))
    covered = [s.id for s in doc.spans["sentences"] if not layer.overlapping(s.start, s.end)]
    doc.results["argument"] = {"model": "aaec-crf", "narrative": covered}
