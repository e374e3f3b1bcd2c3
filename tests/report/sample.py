"""Hand-built analysed documents for renderer tests: every record field filled,
with spans found in a synthetic essay (written for these tests, no corpus text)."""

from __future__ import annotations

import re

from essaylens.document import Document, SourceInfo, Span
from essaylens.document.edits import Edit

PARAGRAPHS = [
    "Was the Depression the main reason for the rise of the Nazis?",
    "The Depression was the most important reason why the Nazis rose to power, "
    "but it was not the only one. Weimar was already weak.",
    "Firstly, the Depression made millions unemployed. By 1932 six million Germans had "
    "no work. This made voters desperate and they turned to extreme parties.",
    "Secondly, propaganda mattered. Goebbels used rallies and radio to spread the message. "
    "However, some historians argue propaganda only worked on people already angry. "
    "Yet the Nazi vote rose fastest where propaganda was strongest.",
    "Thirdly, the Treaty of Versailles was signed in 1919 and caused resentment. "
    "Hitler became Chancellor on 30 January 1933 after backroom deals. "
    "The Reichstag fire happened in 1934.",
    "In conclusion, the Depression was the main reason, since without it the Nazis "
    "would have stayed a small party.",
]


def _find(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return i, i + len(needle)


def build(extra: str = "", *, title: str = "The rise of the Nazis", full: bool = True,
          n_extra_components: int = 0) -> Document:
    """A Document whose every layer the renderers draw is filled in (or only
    paragraphs and sentences when ``full`` is false)."""
    paragraphs = list(PARAGRAPHS)
    if extra:
        paragraphs.insert(2, extra)
    for i in range(n_extra_components):
        paragraphs.insert(-1, f"Another point number {i} is made here. It has evidence {i}.")
    source = "\n\n".join(paragraphs).replace("Goebbels used", "Goebbels  used")
    space = source.index("Goebbels  used") + len("Goebbels")
    edits = [Edit("whitespace", space, space + 2, " ")]
    doc = Document(source, edits, SourceInfo(path=f"{title}.txt", format="txt",
                                             sha256="0" * 64, title=title))
    text = doc.text
    paras, pos = [], 0
    for n, para in enumerate(text.split("\n\n"), 1):
        paras.append(Span(pos, pos + len(para), id=f"p{n}"))
        pos += len(para) + 2
    doc.new_spans("paragraphs", paras)
    sents, pos = [], 0

    for k, m in enumerate(re.finditer(r"[^.?!\n]+[.?!]", text), 1):
        sents.append(Span(m.start() + (len(m.group()) - len(m.group().lstrip())), m.end(),
                          id=f"s{k}"))
    doc.new_spans("sentences", sents)
    if not full:
        return doc
    comps = [
        ("c1", "MajorClaim", "thesis", "The Depression was the most important reason why the "
         "Nazis rose to power", 0.91),
        ("c2", "Claim", "argument", "the Depression made millions unemployed", 0.84),
        ("c3", "Premise", "evidence", "By 1932 six million Germans had no work", 0.77),
        ("c4", "Claim", "argument", "propaganda mattered", 0.66),
        ("c5", "Claim", "counterargument", "some historians argue propaganda only worked on "
         "people already angry", 0.58),
        ("c6", "Premise", "rebuttal", "Yet the Nazi vote rose fastest where propaganda was "
         "strongest", 0.51),
        ("c7", "Premise", "evidence", "Goebbels used rallies and radio to spread the message",
         0.7),
        ("c8", "Claim", "judgement", "the Depression was the main reason", 0.88),
    ]
    if extra:
        comps.append(("c9", "Premise", "evidence", extra.rstrip("."), 0.5))
    for i in range(n_extra_components):
        comps.append((f"x{i}a", "Claim", "argument", f"Another point number {i} is made here",
                      0.6))
        comps.append((f"x{i}b", "Premise", "evidence", f"It has evidence {i}", 0.6))
    spans = []
    for cid, ctype, role, needle, conf in comps:
        s, e = _find(text, needle)
        spans.append(Span(s, e, label=ctype, id=cid, attrs={
            "type": ctype, "role": role, "stance": "for", "text": text[s:e],
            "confidence": conf}))
    doc.new_spans("components", spans)
    rels = doc.new_relations("relations", over="components")
    from essaylens.document import Relation
    links = [("c2", "c1", "support"), ("c3", "c2", "support"), ("c4", "c1", "support"),
             ("c5", "c4", "attack"), ("c6", "c5", "attack"), ("c7", "c4", "support"),
             ("c8", "c1", "support")]
    if extra:
        links.append(("c9", "c2", "support"))
    for i in range(n_extra_components):
        links += [(f"x{i}a", "c1", "support"), (f"x{i}b", f"x{i}a", "support")]
    for s_, t_, kind in links:
        rels.add(Relation(s_, t_, kind))
    q0, q1 = _find(text, PARAGRAPHS[0])
    doc.results["question"] = {"text": PARAGRAPHS[0], "type": "main-factor",
                               "focus": "the Depression", "body_type": "argument",
                               "mismatch": False, "start": q0, "end": q1}
    j0, j1 = _find(text, "the Depression was the main reason")
    doc.results["judgement"] = {"text": text[j0:j1], "start": j0, "end": j1,
                                "main_factor": "Depression", "sole": False}
    doc.results["factors"] = [
        {"name": "Depression", "paragraphs": ["p3"], "sentences": ["s4", "s5", "s6"],
         "evidence_count": 1, "weighting": {"phrase": "the most important", "rank": 6,
                                            "label": "decisive"}},
        {"name": "Propaganda", "paragraphs": ["p4"], "sentences": ["s7", "s8", "s9", "s10"],
         "evidence_count": 2, "weighting": {"phrase": "", "rank": 3, "label": "contributory"}},
        {"name": "Versailles", "paragraphs": ["p5"], "sentences": ["s11"],
         "evidence_count": 1, "weighting": None},
    ]
    events = []
    for needle, date, precision, label in [
        ("1919", "1919-06-28", "day", "Treaty of Versailles signed"),
        ("1932", "1932", "year", "Six million unemployed"),
        ("30 January 1933", "1933-01-30", "day", "Hitler appointed Chancellor"),
        ("1934", "1934", "year", "Reichstag fire"),
    ]:
        s, e = _find(text, needle)
        events.append(Span(s, e, label=label, attrs={"date": date, "precision": precision,
                                                      "label": label}))
    doc.new_spans("events", events)
    checks = []
    for needle, status, message in [
        ("1919", "supported", "The treaty was signed on 28 June 1919."),
        ("30 January 1933", "supported", "Correct."),
        ("1934", "contradicted", "The Reichstag fire was on 27 February 1933, not 1934."),
        ("1932", "unverifiable", "No figure for this in the topic pack."),
    ]:
        s, e = _find(text, needle)
        checks.append(Span(s, e, attrs={"status": status, "message": message}))
    doc.new_spans("fact_checks", checks)
    doc.results["timeline"] = {"warnings": ["The Reichstag fire is dated after the Enabling Act."]}
    for name in ("entities", "quotations", "figures"):
        doc.new_spans(name)
    s, e = _find(text, "backroom deals")
    doc.new_spans("language_issues", [Span(s, e, attrs={
        "kind": "register", "text": text[s:e], "message": "Informal wording",
        "suggestions": ["political intrigue"], "confidence": 0.7})])
    doc.results["assessment"] = {
        "scheme": "AQA-style 16 marks", "level": 3, "mark": 11, "max_mark": 16,
        "mark_range": [9, 12],
        "criteria": [{"name": "Knowledge", "level": 3, "comment": "Accurate, some detail."},
                     {"name": "Analysis", "level": 3, "comment": "Factors are linked."}],
        "next_steps": [
            {"text": "Explain how the Depression made propaganda work.", "start": j0, "end": j1},
            {"text": "Check the date of the Reichstag fire."},
            {"text": "Weigh Versailles against the Depression.", "start": 0, "end": 5},
        ],
    }
    return doc
