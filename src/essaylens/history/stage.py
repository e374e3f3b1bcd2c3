"""The ``history`` stage: the question, factors, judgement, dated evidence,
timeline and fact checks, with topic packs when one matches the essay.

Writes results ``question``, ``factors``, ``judgement``, ``timeline`` and ``packs``
(the packs used), and span layers ``events``, ``entities``, ``quotations``,
``figures`` and ``fact_checks``.  Reads the ``components`` layer when the argument
stage ran (its major claim helps find the judgement) and works without it.
"""

from __future__ import annotations

import re
from typing import Any

from essaylens.document import Document, Span
from essaylens.history import factcheck, factors, judgement, names, question, timeline
from essaylens.history.dates import find_dates, find_partial, find_relative
from essaylens.history.figures import find_figures
from essaylens.history.packs import Pack, select
from essaylens.history.phrases import tokenize
from essaylens.pipeline import Options, stage

_QUESTION_LINE = re.compile(r"^\s*(?:question|title|essay\s+question)\s*[:.-]\s*", re.I)


_SET_QUESTION = re.compile(
    r"\b(?:to\s+what\s+extent|how\s+far|how\s+(?:significant|important|successful)|why\b|"
    r"assess\b|evaluate\b|explain\b|discuss\b|do\s+you\s+agree|validity\s+of)", re.I)


def _question_span(doc: Document) -> tuple[int, int] | None:
    """The title; else a ``Question:`` line; else a short first paragraph that sets a
    task ("Assess the reasons for ...", "'...' How far do you agree.")."""
    title = doc.spans.get("title")
    if title is not None and len(title):
        t = title[0]
        return t.start, t.end
    paragraphs = doc.spans.get("paragraphs")
    if paragraphs is not None and len(paragraphs):
        first = paragraphs[0]
        line = doc.text[first.start:first.end]
        m = _QUESTION_LINE.match(line)
        if m:
            return first.start + m.end(), first.end
        if len(paragraphs) > 2 and len(line.split()) <= 40 and _SET_QUESTION.search(line) \
                and line.count(".") + line.count("?") <= 2:
            return first.start, first.end
    return None


def _parsed(doc: Document) -> Any:
    parsed = doc.cache.get("spacy")
    if parsed is None:
        from essaylens.segment.nlp import parse

        parsed = parse(doc.text)
        doc.cache["spacy"] = parsed
    return parsed


def _major_claims(doc: Document) -> list[tuple[int, int]]:
    """Major-claim spans of the argument layer when it has run (optional input)."""
    layer = doc.spans.get("components")
    if layer is None:
        return []
    out = []
    for span in layer:
        kind = str(span.attrs.get("type") or span.label or "").lower().replace("_", "")
        if kind in ("majorclaim", "thesis"):
            out.append((span.start, span.end))
    return out


def _clause(text: str, sent: tuple[int, int], pos: int, limit: int = 120) -> str:
    """A short description of what a date dates: its clause, trimmed."""
    s0, s1 = sent
    chunk = text[s0:s1]
    rel = pos - s0
    left = max((m.end() for m in re.finditer(r"[;:]|,\s", chunk[:rel])), default=0)
    right_m = re.search(r"[;:]|,\s", chunk[rel:])
    right = rel + right_m.start() if right_m else len(chunk)
    desc = " ".join(chunk[left:right].split()).strip(" ,.")
    if len(desc) < 25:
        desc = " ".join(chunk.split())
    return desc if len(desc) <= limit else desc[:limit - 1].rstrip() + "…"


@stage("history", requires=("paragraphs", "sentences", "tokens"),
       writes=("question", "factors", "judgement", "events", "entities", "quotations",
               "figures", "fact_checks", "timeline"),
       optional=("components", "relations", "title"))
def run(doc: Document, options: Options) -> None:
    """Analyse ``doc`` as a history examiner would (see the module docstring)."""
    text = doc.text
    qspan = _question_span(doc)
    # the body: when the question was found in the first paragraph, it is not body text
    sentences = [(s.id, s.start, s.end) for s in doc.spans["sentences"]
                 if not (qspan and qspan[0] <= s.start < qspan[1])]
    sent_ranges = [(s, e) for _, s, e in sentences]
    sent_by_id = {sid: (s, e) for sid, s, e in sentences}
    paragraphs = [(p.id, p.start, p.end) for p in doc.spans["paragraphs"]
                  if not (qspan and qspan[0] <= p.start < qspan[1])]
    tokens = tokenize(text)
    packs: list[Pack] = select(text, options.packs, options.pack_dirs, tokens)
    parsed = _parsed(doc)

    # --- evidence: dates, figures, names, quotations
    dates = find_dates(text)
    body_dates = [d for d in dates if not (qspan and qspan[0] <= d.start < qspan[1])]
    blocks = [(a, b) for _, a, b in paragraphs]
    partial = find_partial(text, body_dates, sent_ranges, blocks)
    relative = find_relative(text, sorted([*body_dates, *partial], key=lambda d: d.start),
                             blocks)
    all_dates = sorted([*body_dates, *partial, *relative], key=lambda d: d.start)
    figures = find_figures(text, dates)
    body_figures = [f for f in figures if not (qspan and qspan[0] <= f.start < qspan[1])]
    entities = names.find_entities(text, parsed, packs, sent_ranges)
    quotes = names.find_quotations(text, sent_ranges, entities)

    def sid_of(pos: int) -> str | None:
        return next((sid for sid, a, b in sentences if a <= pos < b), None)

    # --- fact checks
    scans = {p.id: p.scan(text, tokens) for p in packs}
    checks: list[factcheck.Check] = []
    for k, sent in enumerate(sent_ranges):
        checks.extend(factcheck.check_dates(text, sent, all_dates, packs, scans))
        checks.extend(factcheck.check_figures(text, sent, body_figures, packs, scans,
                                              all_dates, sent_ranges[k - 1] if k else None))
    check_at = {(c.start, c.end): c for c in checks}

    # --- events layer and timeline
    event_rows: list[dict[str, Any]] = []
    event_spans = []
    for i, d in enumerate(all_dates, 1):
        sid = sid_of(d.start)
        sent = sent_by_id.get(sid, (max(0, d.start - 100), min(len(text), d.end + 100))) \
            if sid else (max(0, d.start - 100), min(len(text), d.end + 100))
        c = check_at.get((d.start, d.end))
        label = c.claim if c is not None and c.ref else None
        attrs: dict[str, Any] = {
            "date": d.iso, "precision": d.precision, "qualifier": d.qualifier,
            "date_text": d.text, "sentence_id": sid,
            "label": label, "description": _clause(text, sent, d.start),
            "pack_event": c.ref if c is not None and c.ref else None,
        }
        if d.resolved:
            attrs["resolved_from"] = d.extra.get("relative_to")
        eid = f"ev{i}"
        event_spans.append(Span(d.start, d.end, label="event", attrs=attrs, id=eid))
        event_rows.append({"id": eid, "start": d.start, "end": d.end, **attrs,
                           "_first": d.first, "_last": d.last})
    doc.new_spans("events", event_spans)
    qtext = text[qspan[0]:qspan[1]] if qspan else None
    period = timeline.question_period(
        qtext, question.classify(qtext) if qtext else None,
        min((p.period[0] for p in packs), default=None))
    order = timeline.order_warnings(text, sentences, all_dates, packs, scans)
    historiography = {sid_of(h.start) for h in entities if h.type in ("historian", "work")}
    doc.results["timeline"] = timeline.build(event_rows, period, order,
                                             {s for s in historiography if s})

    doc.new_spans("entities", [
        Span(h.start, h.end, label=h.type, id=f"ent{i}",
             attrs={"type": h.type, "name": h.text, "canonical": h.canonical,
                    "misspelt": h.misspelt, "pack": h.pack, **dict(h.extra)})
        for i, h in enumerate(entities, 1)])
    doc.new_spans("quotations", [
        Span(q.start, q.end, label="quotation", id=f"q{i}",
             attrs={"text": q.text, "speaker": q.speaker, "sentence_id": sid_of(q.start)})
        for i, q in enumerate(quotes, 1)])
    doc.new_spans("figures", [
        Span(f.start, f.end, label=f.kind, id=f"fig{i}",
             attrs={"value": f.value, "unit": f.unit, "kind": f.kind, "text": f.text,
                    "qualifier": f.qualifier, "sentence_id": sid_of(f.start)})
        for i, f in enumerate(body_figures, 1)])
    doc.new_spans("fact_checks", [
        Span(c.start, c.end, label=c.status, id=f"fc{i}",
             attrs={"kind": c.kind, "status": c.status, "claim": c.claim,
                    "pack_value": c.pack_value, "source": c.source, "message": c.message,
                    "pack_ref": c.ref, "pack": c.pack})
        for i, c in enumerate(sorted(checks, key=lambda c: c.start), 1)])

    # --- factors and judgement
    evidence_sids = {sid_of(x) for x in [*(d.start for d in all_dates),
                                         *(f.start for f in body_figures),
                                         *(q.start for q in quotes)]}
    evidence_sids |= {sid_of(h.start) for h in entities if h.type in ("historian", "work")}
    evidence_sids.discard(None)
    factor_defs = factors.pack_factors(packs) or factors.generic_factors()
    if not packs:
        factor_defs = [*factor_defs, *factors.discover(text, sentences, factor_defs)]
        factor_defs = [*factor_defs, *factors.key_terms(text, paragraphs, sentences,
                                                        factor_defs, qtext or "")]
    focus = question.focus_of(qtext) if qtext else None
    findings = factors.analyse(text, sentences, paragraphs, factor_defs,
                               {s for s in evidence_sids if s}, tokens,
                               {id(p.index): scans[p.id] for p in packs})
    doc.results["factors"] = [factors.record(f, sent_by_id) for f in findings]
    doc.results["judgement"] = judgement.analyse(text, sentences, paragraphs, findings,
                                                 _major_claims(doc))

    # --- the question
    btype, scores = question.body_type(text, sent_ranges)
    if qspan is None:
        doc.results["question"] = None
    else:
        assert qtext is not None
        qtype = question.classify(qtext)
        bad, msg = question.mismatch(qtype, btype)
        stripped = qtext.strip()
        lead = len(qtext) - len(qtext.lstrip())
        doc.results["question"] = {
            "text": stripped, "start": qspan[0] + lead, "end": qspan[0] + lead + len(stripped),
            "type": qtype, "focus": focus, "body_type": btype, "body_scores": scores,
            "period": period[2] if period else None,
            "mismatch": bad, "message": msg,
        }
    doc.results["packs"] = [{"id": p.id, "title": p.title, "period": p.period_iso}
                            for p in packs]
