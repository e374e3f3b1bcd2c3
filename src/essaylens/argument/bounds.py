"""Learned boundary post-processor for CRF component spans.

The CRF finds roughly the right stretch of text but often keeps a leading framing clause
("It is clear that", "In my opinion,", "Firstly,") or the final full stop inside the span,
whereas AAEC gold components exclude both. For every predicted span a few candidate starts
(the current one, and after each comma / "that" / marker among its first tokens) and ends
(the current one, before final punctuation) are scored by two small logistic regressions
trained on cross-validated CRF spans against gold (``train_bounds``); the best-scoring
candidate wins, so "keep the span as it is" is always one of the choices.  Two rules run
after the types are final, for opinion frames the scorers handle against the gold majority:
a (major) claim keeps a negated frame before it (``keep_negated_framing``) and loses an
affirmative one it opens with (``drop_affirmative_framing``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from essaylens.argument.features import Para, lead_words, lower_words, marker_at

#: How far into a span a new start may move.
MAX_SHIFT = 10
#: Tokens after which a component may start.
_CUT_AFTER = {",", "that", ":", ";", "-", "because", "since", "as", "if", "when", "while",
              "although", "though", "but", "and", "so", "which", "whereas", "thus",
              "therefore", "hence", "however", "moreover", "furthermore", "firstly",
              "secondly", "finally", "also", "besides", "consequently", "addition"}
_END_PUNCT = {".", "!", "?", ",", ";", ":"}
_FRAMING = {"believe", "think", "clear", "opinion", "view", "doubt", "true", "agree",
            "obvious", "undeniable", "fact", "known", "argue", "seems", "conclusion",
            "admit", "say", "feel", "evident", "believed", "argued", "consider"}


def start_candidates(para: Para, s: int, e: int) -> list[int]:
    """Candidate starts: the current one, after a leading marker, after a break word.
    (Moving the start back as well lost on dev: E15, E52.)"""
    words = lower_words(para)
    out = [s]
    mk = marker_at(words, s)
    if mk:
        n = len(mk.split())
        if s + n < e - 1:
            out.append(s + n)
    for p in range(s + 1, min(s + MAX_SHIFT, e - 2) + 1):
        if words[p - 1] in _CUT_AFTER and p not in out:
            out.append(p)
    return sorted(out)


def end_candidates(para: Para, s: int, e: int) -> list[int]:
    words = [t[0] for t in para.tokens]
    out = [e]
    if e - 1 > s + 1 and words[e - 1] in _END_PUNCT:
        out.append(e - 1)
    if e < len(words) and words[e] in (".", "!", "?") and para.sent[e] == para.sent[e - 1]:
        out.append(e + 1)
    return sorted(out)


def start_features(para: Para, s: int, e: int, p: int) -> dict[str, Any]:
    words = lower_words(para)
    drop = words[s:p]
    f: dict[str, Any] = {"bias": True, "same": p == s, f"n:{min(p - s, 6)}": True,
                         f"w0:{words[p]}": True, f"s0:{words[s]}": True,
                         "p_sent_start": p == 0 or para.sent[p] != para.sent[p - 1],
                         "s_sent_start": s == 0 or para.sent[s] != para.sent[s - 1]}
    if p > s:
        f[f"prev:{words[p - 1]}"] = True
        f[f"d0:{drop[0]}"] = True
        if len(drop) <= 5:
            f[f"pre:{' '.join(drop)}"] = True
        f["framing"] = any(w in _FRAMING for w in drop)
        f["prev_comma_that"] = words[p - 1] in (",", "that")
        f[f"prev_x_same_sent:{words[p - 1]}:{para.sent[p - 1] == para.sent[s]}"] = True
        f["mk_full"] = marker_at(words, s) is not None and len(
            (marker_at(words, s) or "").split()) == p - s
        f["commas"] = min(drop.count(","), 2)
    else:
        mk = marker_at(words, s)
        f[f"mk_at_s:{mk}"] = True
    if p + 1 < e:
        f[f"w1:{words[p + 1]}"] = True
    return f


def end_features(para: Para, s: int, e: int, q: int) -> dict[str, Any]:
    words = lower_words(para)
    f: dict[str, Any] = {"bias": True, f"d:{q - e}": True, f"last:{words[q - 1]}": True,
                         f"orig_last:{words[e - 1]}": True}
    nxt = words[q] if q < len(words) else "<eop>"
    f[f"next:{nxt}"] = True
    f[f"d_x_last:{q - e}:{words[e - 1]}"] = True
    f[f"d_x_next:{q - e}:{nxt}"] = True
    return f


def refine(para: Para, comps: Sequence[Any], models: dict[str, Any]) -> None:
    """Move each component's start/end to the best-scoring candidate (in place)."""
    bs, be = models.get("bstart"), models.get("bend")
    for c in comps:
        s, e = c.start, c.end
        if bs is not None:
            cands = start_candidates(para, s, e)
            if len(cands) > 1:
                s = max(cands, key=lambda p: bs.proba(start_features(para, c.start, e, p))
                        .get("1", 0.0))
        if be is not None:
            cands = end_candidates(para, s, e)
            if len(cands) > 1:
                e = max(cands, key=lambda q: be.proba(end_features(para, s, c.end, q))
                        .get("1", 0.0))
        if s < e:
            c.start, c.end = s, e


def bounds_examples(paras: Sequence[Any], spans: Sequence[Sequence[Any]]
                    ) -> tuple[list[dict[str, Any]], list[str], list[dict[str, Any]], list[str]]:
    """Training rows for the start / end scorers: every candidate of every predicted span
    that overlaps a gold span by half, labelled 1 where it equals the gold boundary."""
    from essaylens.argument.metrics import overlap_ratio

    sx: list[dict[str, Any]] = []
    sy: list[str] = []
    ex: list[dict[str, Any]] = []
    ey: list[str] = []
    for gp, pred in zip(paras, spans, strict=True):
        gold = [(s, e) for s, e, _ in gp.comps]
        for pc in pred:
            here = (pc.start, pc.end)
            best = max(gold, key=lambda g: overlap_ratio(g, here), default=None)
            if best is None or overlap_ratio(best, here) < 0.5:
                continue
            cands = start_candidates(gp.para, pc.start, pc.end)
            if best[0] in cands:
                for p in cands:
                    sx.append(start_features(gp.para, pc.start, pc.end, p))
                    sy.append("1" if p == best[0] else "0")
            s = best[0] if best[0] in cands else pc.start
            ecands = end_candidates(gp.para, s, pc.end)
            if best[1] in ecands:
                for q in ecands:
                    ex.append(end_features(gp.para, s, pc.end, q))
                    ey.append("1" if q == best[1] else "0")
    return sx, sy, ex, ey


#: Tokens at which one predicted span may hold two components ("A , because B").
_SPLIT_AT = {",", ";", "because", "since", "as", "which", "but", "so", "while", "whereas",
             "although", "and", "thus", "therefore", "hence", "though"}
MIN_PART = 3


#: A negated opinion frame ("I do n't think that", "I disagree with the idea that") is part
#: of the claim in AAEC (9 of 12 times in the training essays: without it the claim says
#: the opposite), while an affirmative one ("I believe that") is left out (165 of 183).
_NEGATION = {"n't", "not", "disagree", "never", "doubt", "against", "oppose", "cannot"}
_OPINION_WORDS = {"think", "believe", "agree", "disagree", "statement", "idea", "opinion",
                  "view", "notion"}
#: Reporting and concluding verbs that frame a claim the way the framing words do ("many
#: parents claim that", "it can be seen that", "we can conclude that"): outside the gold
#: (major) claim 42 times of 43 in the training essays (E87).  Kept apart from
#: ``_FRAMING``, which the start scorer's features use.
_REPORTING = {"claim", "claims", "claimed", "maintain", "maintains", "suggest", "suggests",
              "suggested", "state", "states", "stated", "said", "says", "contend", "contends",
              "proclaim", "proclaiming", "mention", "mentioned", "conclude", "concluded",
              "suppose", "reckon", "seen", "convinced", "shows", "mind"}
_FRAMING_OR_REPORTING = _FRAMING | _REPORTING


def keep_negated_framing(para: Para, comps: Sequence[Any]) -> None:
    """Move a (major) claim's start back over a negated opinion frame that ends right
    before it ("I do n't think that [X]" -> "[I do n't think that X]"), in place.  The
    frame runs from the last "I" / "we" of the sentence's lead to a final "that" (E85)."""
    for c in comps:
        if c.type not in ("MajorClaim", "Claim"):
            continue
        lead = lead_words(para, c.start)
        subjects = [k for k, w in enumerate(lead) if w in ("i", "we")]
        if not subjects or lead[-1] != "that":
            continue
        frame = set(lead[subjects[-1]:])
        new = c.start - len(lead) + subjects[-1]
        if (frame & _NEGATION and frame & _OPINION_WORDS
                and not any(o is not c and o.start < c.start and o.end > new for o in comps)):
            c.start = new


def drop_affirmative_framing(para: Para, comps: Sequence[Any], reporting: bool = False) -> None:
    """Move a (major) claim's start past an affirmative opinion frame it opens with
    ("[it is obvious that X]" -> "it is obvious that [X]"), in place: gold leaves such
    frames out of claims 224 times of 250 in the training essays, more often than the
    start scorer does (E86).  The frame ends at the first "that" in the claim's first 10
    tokens (not in its last 3) and holds a framing word (with ``reporting``, a reporting
    verb too: E87), no negation, no sentence break."""
    words = lower_words(para)
    framing = _FRAMING_OR_REPORTING if reporting else _FRAMING
    for c in comps:
        if c.type not in ("MajorClaim", "Claim"):
            continue
        head = words[c.start:min(c.end - 3, c.start + MAX_SHIFT)]
        if "that" not in head:
            continue
        cut = head.index("that") + 1
        frame = set(head[:cut - 1])
        if (frame & framing and not frame & (_NEGATION | {"no"})
                and para.sent[c.start + cut - 1] == para.sent[c.start]):
            c.start += cut


def split_candidates(para: Para, s: int, e: int) -> list[tuple[int, int]]:
    """(end of the first part, start of the second) for every clause break in the span."""
    words = lower_words(para)
    out = []
    for k in range(s + MIN_PART, e - MIN_PART):
        if words[k] not in _SPLIT_AT or (k > s and words[k - 1] in _SPLIT_AT):
            continue
        j = k + 1
        while j < e - MIN_PART and words[j] in _CUT_AFTER:
            j += 1
        out.append((k, j))
    return out


def split_features(para: Para, s: int, e: int, k: int, j: int) -> dict[str, Any]:
    words = lower_words(para)
    mid = " ".join(words[k:j])
    f: dict[str, Any] = {"bias": True, f"mid:{mid}": True, f"k:{words[k]}": True,
                         f"after:{words[j]}": True, f"before:{words[k - 1]}": True,
                         f"len1:{min((k - s) // 4, 5)}": True, f"len2:{min((e - j) // 4, 5)}": True,
                         "same_sent": para.sent[s] == para.sent[e - 1],
                         f"s0:{words[s]}": True}
    if j + 1 < e:
        f[f"after2:{words[j]}_{words[j + 1]}"] = True
    f["pron_after"] = words[j] in ("it", "they", "this", "he", "she", "we", "i", "you",
                                   "there", "these", "people")
    return f


def split_spans(para: Para, comps: list[Any], model: Any, threshold: float = 0.5) -> list[Any]:
    """Split each span at its most likely clause break when the model says so."""
    import copy

    out = []
    for c in comps:
        cands = split_candidates(para, c.start, c.end)
        best, bp = None, threshold
        for k, j in cands:
            p = model.proba(split_features(para, c.start, c.end, k, j)).get("1", 0.0)
            if p > bp:
                best, bp = (k, j), p
        if best is None:
            out.append(c)
            continue
        a, b = copy.deepcopy(c), copy.deepcopy(c)
        a.end, b.start = best[0], best[1]
        out += [a, b]
    return out


def split_examples(paras: Sequence[Any], spans: Sequence[Sequence[Any]]
                   ) -> tuple[list[dict[str, Any]], list[str]]:
    xs: list[dict[str, Any]] = []
    ys: list[str] = []
    for gp, pred in zip(paras, spans, strict=True):
        gold = [(s, e) for s, e, _ in gp.comps]
        for pc in pred:
            for k, j in split_candidates(gp.para, pc.start, pc.end):
                left = [g for g in gold if g[0] < k and g[1] > pc.start and g[1] <= k + 1]
                right = [g for g in gold if g[0] >= k and g[0] < pc.end]
                xs.append(split_features(gp.para, pc.start, pc.end, k, j))
                ys.append("1" if left and right else "0")
    return xs, ys
