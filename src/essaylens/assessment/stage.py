"""The ``assessment`` stage: a level and mark by best fit against a mark scheme,
the reasons behind it with the sentences they rest on, and three next steps.

Best fit as an examiner does it: each criterion is placed on the scheme's level
scale; the weighted mean of those places picks the level (subject to the scheme's
caps, e.g. an answer to a different question cannot reach the top levels) and the
position inside the level picks the mark.  The mark range shows the uncertainty:
the marks within half a level either side.  With ``Options.scorer`` a trained model
gives the mark instead, and the level follows from the mark.
"""

from __future__ import annotations

from typing import Any

from essaylens.assessment.criteria import JUDGES, Finding
from essaylens.assessment.schemes import Scheme, load_scheme
from essaylens.assessment.view import build_view
from essaylens.document import Document
from essaylens.pipeline import Options, stage

#: Half-width of the uncertainty band, in levels.
BAND = 0.5


def _position(findings: dict[str, Finding], scheme: Scheme) -> float:
    """Weighted mean criterion score, 0..1."""
    total = sum(c.weight for c in scheme.criteria)
    return sum(findings[c.name].score * c.weight for c in scheme.criteria) / total


def _criterion_level(score: float, levels: int) -> int:
    return min(levels, int(score * levels) + 1)


def mark_from_position(pos: float, scheme: Scheme) -> tuple[int, int]:
    """(level, mark) for a position 0..1 on the scheme: level by the integer part of
    ``pos * levels``, mark by the fraction inside it."""
    n = len(scheme.levels)
    x = min(max(pos, 0.0), 0.9999) * n
    level = scheme.level(int(x) + 1)
    frac = x - int(x)
    mark = level.low + round(frac * (level.high - level.low))
    return level.level, mark


def _mark_range(pos: float, scheme: Scheme) -> list[int]:
    n = len(scheme.levels)
    lo = mark_from_position(max(pos - BAND / n, 0.0), scheme)[1]
    hi = mark_from_position(min(pos + BAND / n, 0.9999), scheme)[1]
    return [lo, hi]


def assess(doc: Document, scheme: Scheme, scorer: Any = None) -> dict[str, Any]:
    view = build_view(doc)
    names = [c.name for c in scheme.criteria]
    findings = {name: JUDGES[name](view) for name in names}
    n = len(scheme.levels)
    pos = _position(findings, scheme)
    crit_levels = {name: _criterion_level(f.score, n) for name, f in findings.items()}
    cap_level = n
    capped_by: list[str] = []
    for cap in scheme.caps:
        if cap.criterion in crit_levels and crit_levels[cap.criterion] <= cap.at_or_below:
            if cap.max_level < cap_level:
                cap_level = cap.max_level
            capped_by.append(cap.criterion)
    development = 1.0
    if scheme.expected_words:
        development = min(1.0, 0.55 + 0.45 * view.words / scheme.expected_words)
    pos = min(pos * development, cap_level / n - 1e-4)
    level, mark = mark_from_position(pos, scheme)
    mark_range = _mark_range(pos, scheme)
    scorer_info: dict[str, Any] = {"kind": "rules"}
    if scorer is not None:
        scored = scorer.score(doc)
        scorer_info = {"kind": "model", **scored}
        if scored.get("max_mark") == scheme.max_mark:
            mark = int(scored["mark"])
            level = scheme.level_of_mark(mark).level
            mark_range = [max(mark - 1, scheme.levels[0].low), min(mark + 1, scheme.max_mark)]
    mark_range = [min(mark_range[0], mark), max(mark_range[1], mark)]
    # next steps: the criteria whose improvement would raise the level most
    gains = sorted(names, key=lambda nm: -(1 - findings[nm].score)
                   * next(c.weight for c in scheme.criteria if c.name == nm))
    steps = []
    for nm in gains:
        step = findings[nm].step
        if step is None:
            continue
        steps.append({"text": step.text, "start": step.start, "end": step.end,
                      "criterion": nm})
        if len(steps) == 3:
            break
    labels = {c.name: c.label for c in scheme.criteria}
    reasons = _summary(scheme, level, findings, capped_by, labels)
    if development < 0.9:
        reasons += (f" At {view.words} words the essay is too short to develop a full answer "
                    f"(aim for about {scheme.expected_words}).")
    return {
        "scheme": scheme.name,
        "scheme_title": scheme.title,
        "level": level,
        "mark": mark,
        "max_mark": scheme.max_mark,
        "mark_range": mark_range,
        "descriptor": scheme.level(level).descriptor,
        "summary": reasons,
        "criteria": [
            {"name": nm, "label": labels[nm], "level": crit_levels[nm],
             "score": round(findings[nm].score, 3), "finding": findings[nm].finding,
             "evidence": [{"start": s, "end": e} for s, e in findings[nm].evidence]}
            for nm in names
        ],
        "next_steps": steps,
        "scorer": scorer_info,
    }


def _summary(scheme: Scheme, level: int, findings: dict[str, Finding],
             capped_by: list[str], labels: dict[str, str]) -> str:
    """Two or three sentences a student can read: the level, the strongest and the
    weakest criterion."""
    ordered = sorted(findings.values(), key=lambda f: f.score)
    weakest, strongest = ordered[0], ordered[-1]
    text = f"Best fit: level {level} of {len(scheme.levels)}. "
    if capped_by:
        text += ("The level is held down because the essay does not answer the question as "
                 "set. ")
    text += f"Strongest: {labels[strongest.name].lower()}. "
    text += f"Most in need of work: {labels[weakest.name].lower()}: {weakest.finding}"
    return text


@stage("assessment", requires=("paragraphs", "sentences"), writes=("assessment",),
       optional=("components", "relations", "question", "factors", "judgement", "events",
                 "fact_checks", "language_issues"))
def run(doc: Document, options: Options) -> None:
    """Assess the essay against ``options.scheme`` (default: the 25-mark history scheme)."""
    scheme = load_scheme(options.scheme)
    scorer = None
    if options.scorer:
        from essaylens.assessment.scorer import load_scorer

        scorer = load_scorer(options.scorer)
    doc.results["assessment"] = assess(doc, scheme, scorer)
