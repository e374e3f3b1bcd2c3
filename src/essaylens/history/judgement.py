"""The essay's overall answer: where it is stated, the main factor, sole or not,
and whether the conclusion agrees with the introduction and with the body.

The introduction is the opening paragraphs up to about 15% of the body (at least
one paragraph); the conclusion is the closing ones.  In each, the sentence with
the strongest judgement language ("in conclusion", "overall", "the major factor",
"heavily contributed") is the judgement; its main factor is the factor named
nearest its strongest weighting phrase, else the factor it names most.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from essaylens.history.factors import FactorFinding, find_weights, nearest

_CUE = re.compile(
    r"\b(?:in\s+conclusion|to\s+conclude|overall|ultimately|in\s+summary|to\s+sum\s+up|"
    r"all\s+in\s+all|on\s+balance|therefore|thus|it\s+is\s+clear|clearly|in\s+short|"
    r"in\s+my\s+(?:judge?ment|opinion|view)|i\s+(?:would\s+)?(?:argue|believe|conclude))\b",
    re.I)
# cues that make a sentence the overall answer even when it names no known factor
_STRONG_CUE = re.compile(
    r"\b(?:in\s+conclusion|to\s+conclude|overall|in\s+summary|to\s+sum\s+up|on\s+balance|"
    r"all\s+in\s+all|in\s+my\s+(?:judge?ment|opinion|view)|i\s+(?:would\s+)?conclude)\b", re.I)
# "..., the Tsar's mistakes were decisive": the subject of a weighting
_SUBJECT = re.compile(r"(?:^|[,;:]|\bthat)\s*(?P<np>(?:the|a|an|his|her|their|its)\s+[^,;:]{2,70}?)"
                      r"(?:\s+(?:was|were|is|are|had\s+been|has\s+been|proved|became))?\s*$",
                      re.I)
_SOLE_NO = re.compile(
    r"\b(?:not|n't|never|nor)\s+(?:\w+\s+){0,3}(?:the\s+)?(?:sole|soul|only|full|whole|single|"
    r"entire)\s+(?:\w+\s+)?(?:reason|factor|cause|contributor|explanation|one)|\bcannot\s+be\s+"
    r"(?:regarded|seen|said|viewed|considered)\b[^.;]{0,90}?\b(?:sole|soul|only)\b|"
    r"\b(?:other|several|a\s+number\s+of|many|multiple)\s+(?:\w+\s+)?(?:factors|reasons|causes)"
    r"\b|\bcombination\s+of\b|\balso\s+(?:\w+\s+)?(?:contributed|played|mattered|helped)",
    re.I)
_SOLE_YES = re.compile(
    r"(?<!not\s)(?<!not\sthe\s)\b(?:the\s+)?(?:sole|only|single)\s+(?:\w+\s+)?(?:reason|factor|"
    r"cause|explanation)\b|\bsolely\b|\bentirely\s+(?:due|because|responsible)", re.I)


@dataclass
class Statement:
    text: str
    start: int
    end: int
    place: str  # introduction / conclusion
    main: FactorFinding | None
    sole: bool | None
    strength: float
    subject: str | None = None  # the weighted phrase when it is no known factor


def _sole(text: str) -> bool | None:
    if _SOLE_NO.search(text):
        return False
    if _SOLE_YES.search(text):
        return True
    return None


def _best_statement(text: str, sents: Sequence[tuple[str, int, int]], place: str,
                    findings: Sequence[FactorFinding],
                    claims: Sequence[tuple[int, int]] = ()) -> Statement | None:
    best: Statement | None = None
    for i, (_sid, s, e) in enumerate(sents):
        chunk = text[s:e]
        weights = find_weights(text, s, e)
        named = [f for f in findings if any(s <= ms < e for ms, _ in f.mentions)]
        if not named and not _STRONG_CUE.search(chunk):
            continue
        strength = (2.0 if _CUE.search(chunk) else 0.0) + max((w.rank for w in weights),
                                                              default=0) / 2
        if not named:
            strength -= 0.5  # a named factor makes a better witness of the answer
        strength += 0.5 if _SOLE_NO.search(chunk) or _SOLE_YES.search(chunk) else 0.0
        # the argument layer's major claim, when it ran, is the judgement's best witness
        strength += 1.0 if any(a < e and s < b for a, b in claims) else 0.0
        # later sentences of a conclusion, earlier of an introduction, weigh a little more
        strength += (i / max(1, len(sents))) * 0.3 if place == "conclusion" else 0.0
        if strength < 1.5:
            continue
        strong = [w for w in weights if w.rank >= 4]
        main = None
        subject = None
        if strong:
            top = max(strong, key=lambda w: (w.rank, w.start))
            main = nearest(findings, top.start, top.end, (s, e), text)
            if main is None:
                m = _SUBJECT.search(text[s:top.start])
                subject = " ".join(m.group("np").split()) if m else None
        if main is None and named:
            main = max(named, key=lambda f: sum(1 for ms, _ in f.mentions if s <= ms < e))
        # "not the full reason" in the next sentence qualifies this judgement
        sole = _sole(chunk)
        if sole is None and i + 1 < len(sents):
            nxt = text[sents[i + 1][1]:sents[i + 1][2]]
            if _SOLE_NO.search(nxt):
                sole = False
        if best is None or strength > best.strength:
            best = Statement(chunk, s, e, place, main, sole, strength, subject)
    return best


def intro_conclusion(paragraphs: Sequence[tuple[str, int, int]]
                     ) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """Opening and closing paragraphs: each at least one, up to ~15% of the body."""
    if not paragraphs:
        return [], []
    total = sum(e - s for _, s, e in paragraphs)
    budget = max(0.15 * total, 1)

    def take(seq: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        out: list[tuple[str, int, int]] = []
        used = 0
        for p in seq:
            if out and used + (p[2] - p[1]) > budget:
                break
            out.append(p)
            used += p[2] - p[1]
        return out

    intro = take(paragraphs)
    concl = list(reversed(take(list(reversed(paragraphs)))))
    if len(paragraphs) > 1:
        concl = [p for p in concl if p not in intro] or [paragraphs[-1]]
    return intro, concl


def analyse(text: str, sentences: Sequence[tuple[str, int, int]],
            paragraphs: Sequence[tuple[str, int, int]],
            findings: Sequence[FactorFinding],
            claims: Sequence[tuple[int, int]] = ()) -> dict[str, object] | None:
    """The judgement; ``claims`` are major-claim spans from the argument layer, if any."""
    intro_p, concl_p = intro_conclusion(paragraphs)

    def within(ps: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        return [x for x in sentences if any(a <= x[1] < b for _, a, b in ps)]

    intro = _best_statement(text, within(intro_p), "introduction", findings, claims)
    concl = _best_statement(text, within(concl_p), "conclusion", findings, claims)
    if intro is None and concl is None:
        return None
    chosen = concl or intro
    assert chosen is not None
    where = "both" if intro and concl else chosen.place
    main = chosen.main
    body_rank = [f for f in findings if f.weighting is not None]
    top_rank = max((f.weighting.rank for f in body_rank if f.weighting), default=0)
    top = [f for f in findings if f.weighting and f.weighting.rank == top_rank] if top_rank \
        else list(findings[:1])
    most_discussed = max(findings, key=lambda f: len(f.sentence_ids), default=None)
    with_intro = None if intro is None or concl is None or not intro.main or not main \
        else intro.main.factor.id == main.factor.id
    with_body = None if main is None else (main in top or main is most_discussed)
    sole = chosen.sole if chosen.sole is not None else (intro.sole if intro else None)
    messages = []
    if where != "both":
        messages.append(f"The judgement is stated only in the {where}; state it in both the "
                        "introduction and the conclusion.")
    if with_intro is False:
        messages.append("The conclusion's main factor differs from the introduction's.")
    if with_body is False:
        messages.append("The main factor of the judgement is not the one the body weighs most.")
    if sole is None and main is not None:
        messages.append("Say whether the main factor is the sole cause or weigh it against "
                        "the others.")
    if main is None and chosen.subject is None:
        messages.append("Your conclusion gives no overall answer: name the factor you judge "
                        "most important and say why it matters more than the others.")
    return {
        "text": chosen.text, "start": chosen.start, "end": chosen.end, "where": where,
        "main_factor": main.factor.name if main else chosen.subject,
        "main_factor_id": main.factor.id if main else None,
        "sole": sole,
        "consistent_with_introduction": with_intro,
        "consistent_with_body": with_body,
        "introduction": None if intro is None else {
            "text": intro.text, "start": intro.start, "end": intro.end,
            "main_factor": intro.main.factor.name if intro.main else None, "sole": intro.sole},
        "message": " ".join(messages) if messages else None,
    }
