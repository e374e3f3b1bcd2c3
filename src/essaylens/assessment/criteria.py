"""The seven criteria an examiner weighs, each judged from the analysis layers.

Every criterion returns a score in 0..1, a finding in plain words addressed to the
student, the spans it rests on, and the change that would most improve it, tied to
a place in the essay.  Each reads the argument, history, language and question
layers when they are there and falls back on its own reading of the sentences and
paragraphs when they are not, so the assessment never fails for a missing layer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from essaylens.assessment.view import NUMBER, PROPER, QUOTE, YEAR, EssayView, Sentence, mentions

CAUSAL = re.compile(r"\b(?:because|therefore|thus|consequently|as a result|led to|lead to|leads? "
                    r"to|caus\w*|reason\w*|factors?|motiv\w*|driv\w*|so that|in order to|"
                    r"explains?|due to|result\w*|why|contribut\w*|responsib\w*|trigger\w*)\b",
                    re.I)
EVALUATIVE = re.compile(r"\b(?:most important|more important|less important|main|mainly|"
                        r"primar\w*|above all|crucial|key|decisive|significan\w*|ultimately|"
                        r"largely|to a (?:large|great|limited|lesser) extent|to some extent|"
                        r"outweigh\w*|more than|the most|chiefly|fundamental\w*|overall)\b",
                        re.I)
COMPARATIVE = re.compile(r"\b(?:more (?:important|significant|influential) than|outweigh\w*|"
                         r"less (?:important|significant)|compared (?:to|with)|whereas|"
                         r"rather than|than any other|the most important|"
                         r"(?:more|less) of a (?:factor|cause))\b", re.I)
COUNTER = re.compile(r"\b(?:however|on the other hand|although|though|nevertheless|"
                     r"nonetheless|in contrast|contrary|alternatively|some historians|others? "
                     r"(?:argue|suggest|claim)|it could be argued|critics|despite|yet|"
                     r"contradict\w*|conversely|admittedly)\b", re.I)
ANALYTIC = re.compile(r"\b(?:because|therefore|thus|consequently|as a result|this (?:shows|"
                      r"suggests|meant|means|demonstrates|indicates|explains|led)|which "
                      r"(?:meant|shows|led|suggests)|suggests?|shows? that|demonstrat\w*|"
                      r"so\b|hence|significan\w*|important|reason|factor|cause\w*|led to|"
                      r"due to|motiv\w*|in order to|evidence|implies|arguably|however|"
                      r"although|whereas|explains?|importance|influence\w*)\b", re.I)
NARRATIVE_START = re.compile(r"^(?:in|on|by|during|after|before|then|next|later|soon|when)\b"
                             r"[^,]{0,40}\b(?:1[0-9]{3}|20[0-9]{2}|january|february|march|april|"
                             r"may|june|july|august|september|october|november|december)\b|"
                             r"^(?:then|next|after that|afterwards|soon after|later)\b", re.I)
CONCLUSION = re.compile(r"^\s*(?:in conclusion|to conclude|overall|in summary|to sum up|"
                        r"ultimately|therefore|all in all|in the end|so overall)\b", re.I)
OPENER = re.compile(r"\b(?:reason|factor|cause|another|firstly|secondly|thirdly|finally|"
                    r"furthermore|moreover|however|the most|also|important|significant|"
                    r"argue|key|main|in addition|whereas|on the other hand)\b", re.I)
DESCRIPTIVE_Q = re.compile(r"^\s*(?:what happened|describe|outline|what (?:was|were)|"
                           r"give an account|narrate)\b", re.I)
CAUSAL_Q = re.compile(r"^\s*(?:why|what (?:caused|were the causes|led|explains)|explain why|"
                      r"account for)\b", re.I)
EVAL_Q = re.compile(r"\b(?:how far|to what extent|how (?:significant|important|successful|"
                    r"effective)|assess|evaluate|was .* the main|do you agree|how accurate)\b",
                    re.I)


@dataclass
class Step:
    """A change the student could make, at a place in the essay."""

    text: str
    start: int
    end: int


@dataclass
class Finding:
    name: str
    score: float  # 0 (absent) .. 1 (fully meets the top level)
    finding: str
    evidence: list[tuple[int, int]] = field(default_factory=list)
    step: Step | None = None


def _clip(x: float) -> float:
    return max(0.0, min(1.0, x))


def _para_label(view: EssayView, index: int) -> str:
    n = len(view.paragraphs)
    if index == 0 and n > 1:
        return "your introduction"
    if index == n - 1 and n > 2:
        return "your conclusion"
    return f"paragraph {index + 1}"


def _attr(span: Any, key: str, default: Any = None) -> Any:
    attrs = getattr(span, "attrs", {})
    return attrs.get(key, default) if isinstance(attrs, Mapping) else default


def question_type(question: str) -> str:
    if not question:
        return ""
    if EVAL_Q.search(question):
        return "evaluative"
    if CAUSAL_Q.search(question):
        return "causal"
    if DESCRIPTIVE_Q.search(question):
        return "descriptive"
    return "other"


def body_type(view: EssayView) -> str:
    """'causal' when the body mostly argues about causes, 'narrative' when it mostly
    tells events, otherwise 'mixed'."""
    if not view.sentences:
        return ""
    causal = sum(1 for s in view.sentences if CAUSAL.search(s.text))
    narrative = sum(1 for s in view.sentences if NARRATIVE_START.search(s.text)
                    or (YEAR.search(s.text) and not ANALYTIC.search(s.text)))
    n = len(view.sentences)
    if causal / n >= 0.3 and causal > narrative:
        return "causal"
    if narrative / n >= 0.3 and narrative > causal:
        return "narrative"
    return "mixed"


_ASKED = {"descriptive": "what happened", "description": "what happened",
          "causal": "why it happened", "cause": "why it happened",
          "consequence": "what it led to", "change_continuity": "what changed and what did not",
          "comparison": "how they compare",
          "evaluative": "how far you agree, weighing the factors"}
_WROTE = {"causal": "why it happened", "cause": "why it happened",
          "narrative": "what happened", "description": "what happened",
          "consequence": "what it led to", "mixed": "a mixture of story and reasons"}


# -- criteria ---------------------------------------------------------------------------

def judge_question(view: EssayView) -> Finding:
    q = view.result("question")
    qspan = [view.question_span] if view.question_span else []
    intro = view.paragraphs[0] if view.paragraphs else None
    intro_span = [(intro.start, intro.end)] if intro else []
    mismatch: Any = None
    qtype = question_type(view.question)
    btype = body_type(view)
    if isinstance(q, Mapping):
        qtype = str(q.get("type") or qtype)
        btype = str(q.get("body_type") or btype)
        mismatch = q.get("mismatch")
    elif (qtype == "descriptive" and btype == "causal") or (
            qtype in ("causal", "evaluative") and btype == "narrative"):
        mismatch = True
    if mismatch:
        detail = mismatch if isinstance(mismatch, str) and len(mismatch) > 12 else ""
        if isinstance(q, Mapping) and isinstance(q.get("message"), str):
            detail = detail or q["message"]
        asked = _ASKED.get(qtype, qtype)
        wrote = _WROTE.get(btype, btype)
        if detail:
            text = f"There is a mismatch between the question and your answer. {detail.strip()}"
            text = (text if text.endswith(".") else text + ".") + " "
        elif asked and wrote and asked != wrote:
            text = (f"There is a mismatch between the question and your answer: the question "
                    f"asks {asked}, but your essay mostly explains {wrote}. ")
        else:
            text = "There is a mismatch between the question and your answer. "
        text += ("However good the rest is, an answer to a different question cannot reach "
                 "the top levels.")
        step = Step("Reread the question and make your introduction answer exactly what it asks "
                    "in its first sentence; then check each paragraph serves that answer.",
                    *(intro_span[0] if intro_span else (0, 0)))
        return Finding("question", 0.2, text, qspan + intro_span[:1], step)
    if not view.key_terms or not view.paragraphs:
        text = ("I could not find the question at the top of the essay, so I could not check "
                "that you answered it. Put the question as the first line.")
        return Finding("question", 0.5, text, intro_span[:1],
                       Step("Write the question as the first line of the essay, then answer "
                            "it directly in your first sentence.", *(intro_span[0]
                                                                     if intro_span else (0, 0))))
    body = view.paragraphs[1:] if len(view.paragraphs) > 2 else view.paragraphs
    needs_reasons = qtype in ("causal", "cause", "evaluative")

    def on_question(text: str) -> bool:
        # a paragraph serves a why/how-far question when it gives or weighs reasons
        return mentions(text, view.key_terms) > 0 and (
            not needs_reasons or bool(CAUSAL.search(text) or EVALUATIVE.search(text)))

    on_topic = [p for p in body if on_question(view.text[p.start:p.end])]
    focus = len(on_topic) / max(len(body), 1)
    intro_text = view.text[intro.start:intro.end] if intro else ""
    direct = 0.0
    if intro and mentions(intro_text, view.key_terms) >= min(2, len(view.key_terms)):
        direct += 0.5
    if intro and (EVALUATIVE.search(intro_text) or CAUSAL.search(intro_text)):
        direct += 0.5
    score = _clip(0.2 + 0.5 * focus + 0.3 * direct)
    off = [p for p in body if p not in on_topic]
    if score >= 0.75:
        text = ("You answer the question that was set: your introduction takes it on directly "
                "and your paragraphs keep to it.")
    elif off:
        text = (f"{len(off)} of your {len(body)} main paragraphs do not link back to the "
                f"question (for example {_para_label(view, off[0].index)}, beginning "
                f"\"{view.short(off[0].start, off[0].end)}\").")
    else:
        text = ("Your paragraphs stay on the topic, but your introduction does not yet give a "
                "direct answer to the question.")
    if off:
        target = off[0]
        step = Step(f"Link {_para_label(view, target.index)} back to the question: say in its "
                    "first sentence how it helps answer it.", target.start, target.end)
        evidence = [(p.start, p.end) for p in off[:3]]
    else:
        step = Step("Answer the question in the first sentence of your introduction, in the "
                    "question's own words.", *(intro_span[0] if intro_span else (0, 0)))
        evidence = intro_span[:1]
    return Finding("question", score, text, qspan + evidence, step)


def judge_organisation(view: EssayView) -> Finding:
    paras = view.paragraphs
    n = len(paras)
    if n == 0:
        return Finding("organisation", 0.0, "There is no text to organise.")
    count_score = {1: 0.1, 2: 0.35, 3: 0.6, 4: 0.8}.get(n, 1.0)
    body = paras[1:-1] if n > 2 else paras
    comps = view.doc.spans.get("components")
    weak: list[int] = []
    for p in body:
        if not p.sentences:
            continue
        first = p.sentences[0]
        led = False
        if comps is not None and len(comps):
            led = any(str(_attr(c, "type", c.label)).lower() in ("claim", "majorclaim",
                                                                  "major_claim")
                      for c in comps.overlapping(first.start, first.end))
        led = led or bool(OPENER.search(first.text) or EVALUATIVE.search(first.text)
                          or (view.key_terms and mentions(first.text, view.key_terms) > 0
                              and not NARRATIVE_START.search(first.text)))
        if not led:
            weak.append(p.index)
    led_share = 1 - len(weak) / max(len(body), 1)
    has_conclusion = n > 2 and bool(
        CONCLUSION.search(view.text[paras[-1].start:paras[-1].end])
        or EVALUATIVE.search(view.text[paras[-1].start:paras[-1].end]))
    long_paras = [p for p in paras if p.words > 300]
    score = _clip(0.35 * count_score + 0.4 * led_share + 0.25 * has_conclusion
                  - 0.1 * len(long_paras) / n)
    bits = []
    if n <= 2:
        bits.append(f"Your essay has only {n} paragraph{'s' if n > 1 else ''}, so the "
                    "reader cannot see the separate steps of your argument.")
    if weak:
        bits.append(f"{len(weak)} paragraph{'s' if len(weak) > 1 else ''} (for example "
                    f"{_para_label(view, weak[0])}) start{'s' if len(weak) == 1 else ''} with "
                    "a fact or a story rather than the point the paragraph will argue.")
    if long_paras:
        bits.append(f"{_para_label(view, long_paras[0].index).capitalize()} runs to "
                    f"{long_paras[0].words} words; very long paragraphs hide their point.")
    if n > 2 and not has_conclusion:
        bits.append("Your last paragraph does not read as a conclusion that pulls the "
                    "argument together.")
    if not bits:
        bits.append("Your essay is well organised: an introduction, paragraphs that each "
                    "open with their point, and a conclusion.")
    elif score >= 0.7:
        bits.insert(0, "Your essay is mostly well organised, with a clear introduction and "
                       "conclusion.")
    if weak:
        p = paras[weak[0]]
        s = p.sentences[0]
        step = Step(f"Start {_para_label(view, p.index)} with a sentence that states the point "
                    "it argues and links it to the question.", s.start, s.end)
        evidence = [(paras[i].sentences[0].start, paras[i].sentences[0].end) for i in weak[:3]]
    elif n > 2 and not has_conclusion:
        step = Step("Finish with a conclusion paragraph that answers the question and says "
                    "why.", paras[-1].start, paras[-1].end)
        evidence = [(paras[-1].start, paras[-1].end)]
    else:
        target = long_paras[0] if long_paras else max(paras, key=lambda p: p.words)
        step = Step(f"Split {_para_label(view, target.index)} so each paragraph makes one "
                    "point.", target.start, target.end)
        evidence = [(p.start, p.sentences[0].end if p.sentences else p.end) for p in paras[:3]]
    return Finding("organisation", score, " ".join(bits), evidence, step)


def _detail_set(text: str, skip: frozenset[str] = frozenset()) -> set[str]:
    """Distinct precise details: years, figures, quotations and names (names from the
    question do not count: repeating them proves nothing)."""
    years = {m.strip() for m in YEAR.findall(text)}
    found = years | {m.strip(" ,.").lower() for m in NUMBER.findall(text)
                     if m.strip(" ,.") not in years}
    found |= {q.lower() for q in QUOTE.findall(text)}
    found |= {n for n in PROPER.findall(text) if n.lower()[:5] not in skip}
    return found


def judge_evidence(view: EssayView) -> Finding:
    if not view.sentences:
        return Finding("evidence", 0.0, "There is no evidence to judge.")
    sets = [_detail_set(s.text) for s in view.sentences]
    per = [(s, len(d)) for s, d in zip(view.sentences, sets, strict=True)]
    skip = frozenset(view.key_terms)
    total = len({d for ds in sets for d in ds if d.lower()[:5] not in skip})
    events = len(view.layer("events"))
    checks = view.layer("fact_checks")
    wrong = [c for c in checks if str(_attr(c, "status", "")).lower()
             in ("contradicted", "wrong", "incorrect", "false")]
    density = (total + 0.5 * events) * 100 / max(view.words, 1)
    score = _clip(density / 7.0 - 0.15 * len(wrong))
    rich = sorted(per, key=lambda t: -t[1])[:3]
    evidence = [(s.start, s.end) for s, d in rich if d > 0]
    if density >= 6:
        text = ("You support your points with precise evidence: dates, names, figures and "
                "quotations.")
    elif density >= 3:
        text = ("You use some precise evidence, but several points rest on general "
                "statements without a date, name or figure.")
    else:
        text = ("Your points are mostly general: there are few dates, names, figures or "
                "quotations to prove them.")
    if wrong:
        w = wrong[0]
        text += (f" Check your facts: \"{view.short(w.start, w.end)}\" does not match what is "
                 "known.")
        evidence = [(w.start, w.end)] + evidence
    by_sentence = {s.index: n for s, n in per}
    bodies = [p for p in view.paragraphs if p.words >= 20] or view.paragraphs
    thin = min(bodies, key=lambda p: sum(by_sentence.get(s.index, 0) for s in p.sentences)
               / max(p.words, 1))
    if wrong:
        step = Step("Correct the fact that does not match the record, and give its source.",
                    wrong[0].start, wrong[0].end)
    else:
        step = Step(f"Back up the main point of {_para_label(view, thin.index)} with a precise "
                    "date, name, figure or short quotation.", thin.start, thin.end)
    return Finding("evidence", score, text, evidence[:4], step)


def _is_analytic(view: EssayView, s: Sentence) -> bool:
    cached = view.analytic.get(s.index)
    if cached is None:
        cached = view.analytic[s.index] = _analytic(view, s)
    return cached


def _analytic(view: EssayView, s: Sentence) -> bool:
    """A sentence argues when the argument layer finds a claim in it (premises are often
    plain evidence) or when it uses the language of explanation and weighing."""
    comps = view.doc.spans.get("components")
    if comps is not None and len(comps) and any(
            str(_attr(c, "type", c.label)).lower() in ("claim", "majorclaim", "major_claim")
            for c in comps.overlapping(s.start, s.end)):
        return True
    return bool(ANALYTIC.search(s.text) or EVALUATIVE.search(s.text))


def judge_analysis(view: EssayView) -> Finding:
    if not view.sentences:
        return Finding("analysis", 0.0, "There is no argument to judge.")
    flags = [(s, _is_analytic(view, s)) for s in view.sentences]
    share = sum(a for _, a in flags) / len(flags)
    score = _clip((share - 0.2) / 0.55)
    narrative = [s for s, a in flags if not a]
    n = len(flags)
    if share >= 0.7:
        text = (f"Your essay is analytical: {sum(a for _, a in flags)} of your {n} sentences "
                "explain, argue or weigh rather than just tell what happened.")
    elif share >= 0.45:
        text = (f"Your essay mixes analysis and narrative: {len(narrative)} of your {n} "
                "sentences tell what happened without explaining why it matters for the "
                "question.")
    else:
        text = (f"Most of your essay tells the story: {len(narrative)} of your {n} sentences "
                "describe events without explaining how they answer the question.")
    # the paragraph with the largest share of narrative sentences
    worst = None
    worst_share = -1.0
    for p in view.paragraphs:
        if not p.sentences:
            continue
        ns = sum(1 for s in p.sentences if not _is_analytic(view, s)) / len(p.sentences)
        if ns > worst_share:
            worst, worst_share = p, ns
    if worst is not None and worst_share > 0:
        last = worst.sentences[-1]
        step = Step(f"{_para_label(view, worst.index).capitalize()} mostly describes events. "
                    "End it with a sentence that explains why they matter for the question "
                    "(\"This shows that...\").", last.start, last.end)
    else:
        end_para = view.paragraphs[-1] if view.paragraphs else None
        step = Step("Push your analysis further: compare the importance of the reasons you "
                    "give, not only explain each one.", end_para.start if end_para else 0,
                    end_para.end if end_para else 0)
    evidence = [(s.start, s.end) for s in narrative[:3]] or [
        (s.start, s.end) for s, _ in flags[:2]]
    return Finding("analysis", score, text, evidence, step)


def judge_balance(view: EssayView) -> Finding:
    against = [c for c in view.layer("components")
               if str(_attr(c, "stance", "")).lower() in ("against", "con", "counter")
               or any(k in str(_attr(c, "role", "")).lower() for k in ("counter", "rebut"))]
    rels = view.doc.relations.get("relations")
    attacks = [r for r in rels or [] if "attack" in r.label.lower() or "rebut" in r.label.lower()]
    counter_sents = [s for s in view.sentences if COUNTER.search(s.text)]
    factors = view.result("factors")
    n_factors = len(factors) if isinstance(factors, list) else 0
    weight = len(counter_sents) + len(against) + 0.5 * len(attacks) + 0.5 * max(n_factors - 1, 0)
    score = _clip(0.15 + 0.85 * (1 - 0.6 ** weight)) if view.sentences else 0.0
    if weight >= 4:
        text = ("You weigh other views or other factors against your own and answer them, "
                "which makes your argument balanced.")
    elif weight >= 1.5:
        text = ("You mention other views or factors, but only briefly; they are not weighed "
                "against your main line.")
    else:
        text = ("Your essay argues one side only: it never considers another explanation or "
                "answers a possible objection.")
    evidence = [(c.start, c.end) for c in against[:2]] + [(s.start, s.end)
                                                          for s in counter_sents[:3]]
    body = view.paragraphs[1:-1] if len(view.paragraphs) > 2 else view.paragraphs
    target = max(body, key=lambda p: p.words) if body else None
    if target is not None:
        step = Step(f"After {_para_label(view, target.index)}, add a counter-argument (another "
                    "factor or another historian's view) and explain why your view is still "
                    "stronger.", target.end, target.end)
    else:
        step = None
    return Finding("balance", score, text, evidence[:4], step)


def judge_judgement(view: EssayView) -> Finding:
    j = view.result("judgement")
    paras = view.paragraphs
    if not paras:
        return Finding("judgement", 0.0, "There is no judgement to find.")
    last = paras[-1]
    last_text = view.text[last.start:last.end]
    body_text = " ".join(view.text[p.start:p.end] for p in paras[1:-1])
    main_factor = ""
    advice = ""
    both_ends = False
    if isinstance(j, Mapping) and j:
        # the history layer's judgement: text, start, end, where, main_factor,
        # consistent_with_body, message
        present = bool(j.get("text")) or j.get("present") is True
        consistent = j.get("consistent_with_body", j.get("consistent"))
        substantiated = j.get("substantiated")
        main_factor = str(j.get("main_factor") or "")
        advice = str(j.get("message") or "")
        both_ends = j.get("where") == "both"
        start, end = j.get("start"), j.get("end")
        evidence = ([(start, end)] if isinstance(start, int) and isinstance(end, int)
                    and start < end else [(last.start, last.end)])
    else:
        sent = next((s for s in reversed(last.sentences) if EVALUATIVE.search(s.text)), None)
        present = len(paras) > 1 and sent is not None
        consistent = None
        substantiated = None
        evidence = [(sent.start, sent.end)] if sent else [(last.start, last.end)]
    if present and substantiated is None:
        substantiated = bool(COMPARATIVE.search(body_text))
    score = 0.15
    if present:
        score = 0.5
        if substantiated:
            score += 0.25
        if consistent is not False:
            score += 0.1
        if both_ends or COMPARATIVE.search(last_text):
            score += 0.15
    score = _clip(score)
    where = _para_label(view, last.index)
    names = f" names {main_factor.lower()} as the main factor" if main_factor else ""
    if not present:
        text = (f"I could not find a clear judgement: {where} does not say which cause or "
                "view matters most and why.")
        step = Step("End with a clear judgement: which factor mattered most, and why it "
                    "mattered more than the others.", last.start, last.end)
    elif consistent is False:
        text = (f"Your judgement{names or ''} does not match the argument of the body: "
                "the paragraphs give the main weight to something else.")
        step = Step("Make your conclusion agree with the weight of your paragraphs, or "
                    "rebalance the paragraphs to support it.", *evidence[0])
    elif not substantiated:
        text = (f"Your judgement{names or ' in ' + where}, but the body never compares the "
                "factors directly, so the judgement is stated rather than proved."
                if names else
                f"You reach a judgement in {where}, but the body never compares the factors "
                "directly, so the judgement is stated rather than proved.")
        step = Step("In the body, compare your factors directly (\"X mattered more than Y "
                    "because...\") so your conclusion follows from it.", *evidence[0])
    else:
        text = (f"Your judgement{names}, and the body prepares it by comparing the factors."
                if names else
                f"You reach a judgement in {where}, and the body prepares it by comparing "
                "the factors.")
        step = Step("Sharpen your judgement: say in one sentence what made the main factor "
                    "decisive.", *evidence[0])
    if advice and present:
        text += f" {advice}"
    return Finding("judgement", score, text, evidence, step)


def judge_communication(view: EssayView) -> Finding:
    issues = view.layer("language_issues")
    if not view.sentences:
        return Finding("communication", 0.0, "There is no text to judge.")
    from essaylens.assessment.features import spelling_status
    from essaylens.assessment.view import WORD

    misspelt = 0
    if not issues:
        for w in WORD.findall(view.text):
            lw = w.lower()
            if lw.isalpha() and len(lw) > 2 and spelling_status(lw) == 1 and not w[0].isupper():
                misspelt += 1
    issue_rate = (len(issues) + misspelt) * 100 / max(view.words, 1)
    long_sents = [s for s in view.sentences if s.words > 40]
    mean_len = sum(s.words for s in view.sentences) / len(view.sentences)
    long_share = len(long_sents) / len(view.sentences)
    score = _clip(1.0 - 1.2 * long_share - 0.08 * issue_rate - max(mean_len - 25, 0) * 0.02)
    bits = []
    if long_sents:
        longest = max(long_sents, key=lambda s: s.words)
        bits.append(f"{len(long_sents)} of your {len(view.sentences)} sentences are long and "
                    f"unstructured, running several ideas together (over 40 words; the longest "
                    f"has {longest.words}, beginning \"{view.short(longest.start, longest.end)}"
                    "\"), which makes your argument hard to follow.")
    elif mean_len > 25:
        bits.append(f"Your sentences are long (about {mean_len:.0f} words on average), which "
                    "makes the argument harder to follow.")
    if issue_rate >= 1.5:
        bits.append(f"There are about {issue_rate:.1f} spelling, grammar or punctuation "
                    "problems per 100 words.")
    if not bits:
        bits.append("Your writing is clear and accurate.")
    if long_sents:
        longest = max(long_sents, key=lambda s: s.words)
        step = Step(f"Split the {longest.words}-word sentence beginning "
                    f"\"{view.short(longest.start, longest.end, 6)}\" into two or three "
                    "sentences, one idea each.", longest.start, longest.end)
        evidence = [(s.start, s.end) for s in sorted(long_sents, key=lambda s: -s.words)[:3]]
    elif issues:
        i = issues[0]
        step = Step("Proofread for the language problems marked, starting here.", i.start, i.end)
        evidence = [(x.start, x.end) for x in issues[:3]]
    else:
        s = max(view.sentences, key=lambda s: s.words)
        step = Step("Read your longest sentence aloud and cut any words it does not need.",
                    s.start, s.end)
        evidence = [(s.start, s.end)]
    return Finding("communication", score, " ".join(bits), evidence, step)


JUDGES: dict[str, Callable[[EssayView], Finding]] = {
    "question": judge_question,
    "organisation": judge_organisation,
    "evidence": judge_evidence,
    "analysis": judge_analysis,
    "balance": judge_balance,
    "judgement": judge_judgement,
    "communication": judge_communication,
}
