"""Token and paragraph views of an essay, and the CRF's token features.

Training (on AAEC) and inference (on a document) both build :class:`Para` objects from
the project's spaCy parse, so tokenisation and features are the same on both sides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

#: Discourse markers, lower case; longest match wins.  They signal component boundaries
#: (markers sit outside components), types ("In conclusion" -> major claim) and stance.
MARKERS = tuple(sorted({
    "however", "in conclusion", "to conclude", "in summary", "to sum up", "to summarize",
    "overall", "all in all", "in short", "firstly", "first", "first of all", "secondly",
    "second", "thirdly", "third", "finally", "lastly", "last but not least", "moreover",
    "furthermore", "in addition", "additionally", "besides", "also", "for example",
    "for instance", "such as", "because", "since", "as", "therefore", "thus", "hence",
    "consequently", "as a result", "so", "although", "though", "even though", "while",
    "whereas", "but", "nevertheless", "nonetheless", "on the other hand", "in contrast",
    "in stark contrast", "contrary to", "alternatively", "admittedly", "it is true that",
    "some people", "some people believe", "others", "i believe", "i think", "i agree",
    "i disagree", "i strongly believe", "i firmly believe", "in my opinion", "in my view",
    "from my point of view", "personally", "to my mind", "it is clear that", "obviously",
    "clearly", "which", "that", "if", "when", "this is because", "the reason is",
    "another", "one of", "what is more", "not only", "in fact", "indeed", "of course",
    "to begin with", "that is why", "this means", "in other words", "despite",
    "in spite of", "yet", "still", "instead", "similarly", "likewise", "above all",
    "undoubtedly", "certainly", "specifically", "particularly", "especially",
    "it is undeniable", "there is no doubt", "needless to say", "it seems", "may", "might",
    "should", "must", "due to", "thanks to", "as long as", "unless", "even if", "whether",
}, key=lambda m: (-len(m.split()), m)))
_MARKER_SET = {tuple(m.split()) for m in MARKERS}
_MAX_MARKER = max(len(m) for m in _MARKER_SET)
_MARKER_FIRST = {m[0] for m in _MARKER_SET}  # most words start no marker: one set test
_OPINION = {"believe", "think", "opinion", "view", "agree", "disagree", "conclusion", "conclude"}


@dataclass
class Para:
    """One body paragraph: its tokens (text, char start, char end) and sentence indices."""

    index: int
    n_paras: int
    start: int
    end: int
    tokens: list[tuple[str, int, int]] = field(default_factory=list)
    sent: list[int] = field(default_factory=list)
    #: Content words of the essay's title, introduction's last sentence and conclusion's
    #: "In conclusion" sentence (experiment E22; empty when unknown).
    ctx: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Values derived from the tokens once per view (sentence ranges, span words, leads):
    #: features ask for them once per candidate partner.  The tokens never change.
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def n_sents(self) -> int:
        return (self.sent[-1] + 1) if self.sent else 0

    @property
    def position(self) -> str:
        if self.index == 0:
            return "intro"
        if self.index == self.n_paras - 1:
            return "concl"
        return "body"


def build_paras(sdoc: Any, paragraphs: Sequence[tuple[int, int]]) -> list[Para]:
    """Cut a spaCy Doc into :class:`Para` views, one per paragraph range."""
    paras = [Para(i, len(paragraphs), s, e) for i, (s, e) in enumerate(paragraphs)]
    if not paras:
        return paras
    starts = [p.start for p in paras]
    k = 0
    for tok in sdoc:
        if tok.is_space or not tok.text.strip():
            continue
        while k + 1 < len(paras) and tok.idx >= starts[k + 1]:
            k += 1
        p = paras[k]
        if not (p.start <= tok.idx < p.end):
            continue
        new_sent = bool(tok.is_sent_start) or not p.tokens
        if not p.sent:
            p.sent.append(0)
        else:
            p.sent.append(p.sent[-1] + (1 if new_sent else 0))
        p.tokens.append((tok.text, tok.idx, min(tok.idx + len(tok.text), p.end)))
    return paras


#: Title / intro / conclusion overlap features in the type re-scorer (experiment E22).
CONTEXT_FEATS = True
_CSTOP = frozenset({
    "the", "a", "an", "of", "to", "and", "in", "is", "are", "be", "that", "it", "for", "on",
    "as", "with", "they", "their", "this", "can", "will", "more", "by", "or", "not", "have",
    "has", "which", "we", "i", "our", "them", "he", "she", "do", "does", "should", "would",
    "could", "was", "were", "been", "there", "than", "so", "if", "at", "from", "what",
    "you", "your", "his", "her", "its", "these", "those", "some", "other", "many", "much",
    "also", "but", "all", "one", "about", "into", "very", "who", "when", "how", "why"})


def content_words(words: Sequence[str]) -> frozenset[str]:
    """Lower-cased alphabetic words minus stop words (no lemmatising: cheap and stable)."""
    return frozenset(w.lower() for w in words if w.isalpha() and w.lower() not in _CSTOP)


def add_context(paras: Sequence[Para], title: str) -> None:
    """Give every paragraph the content words of the title, the introduction's last
    sentence and the conclusion's "In conclusion" (else first) sentence."""
    if not paras or not CONTEXT_FEATS:
        return
    ctx: dict[str, frozenset[str]] = {"title": content_words(re.findall(r"[A-Za-z]+", title))}
    intro = paras[0]
    sents = sentence_spans(intro)
    if sents and len(paras) > 1:
        a, b = sents[-1]
        ctx["intro"] = content_words([t[0] for t in intro.tokens[a:b]])
    concl = paras[-1]
    sents = sentence_spans(concl)
    if sents and len(paras) > 1:
        pick = sents[0]
        for a, b in sents:
            lead = [t[0].lower() for t in concl.tokens[a:a + 4]]
            if marker_at(lead, 0) in ("in conclusion", "to conclude", "in summary", "to sum up",
                                      "overall", "all in all", "in short", "to summarize"):
                pick = (a, b)
                break
        ctx["concl"] = content_words([t[0] for t in concl.tokens[pick[0]:pick[1]]])
    for p in paras:
        p.ctx = ctx


@lru_cache(maxsize=65536)
def _shape(w: str) -> str:
    s = re.sub(r"[A-Z]", "X", w)
    s = re.sub(r"[a-z]", "x", s)
    s = re.sub(r"[0-9]", "d", s)
    return re.sub(r"(.)\1+", r"\1\1", s)[:5]


def marker_at(words: Sequence[str], i: int) -> str | None:
    """The longest discourse marker that starts at ``words[i]`` (lower-cased words)."""
    if words[i] not in _MARKER_FIRST:
        return None
    for n in range(min(_MAX_MARKER, len(words) - i), 0, -1):
        if tuple(words[i:i + n]) in _MARKER_SET:
            return " ".join(words[i:i + n])
    return None


def sentence_spans(para: Para) -> list[tuple[int, int]]:
    """Token ranges (end excluded) of the paragraph's sentences (computed once per view)."""
    cached = para.memo.get("sentence_spans")
    if cached is not None and cached[0] == len(para.sent):
        return cached[1]
    out: list[tuple[int, int]] = []
    for i, s in enumerate(para.sent):
        if i == 0 or s != para.sent[i - 1]:
            out.append((i, i + 1))
        else:
            out[-1] = (out[-1][0], i + 1)
    para.memo["sentence_spans"] = (len(para.sent), out)
    return out


def lower_words(para: Para) -> list[str]:
    """The paragraph's tokens in lower case, computed once per view (every boundary and
    span feature reads them; callers must not modify the list)."""
    cached = para.memo.get("lower")
    if cached is None or len(cached) != len(para.tokens):
        cached = para.memo["lower"] = [t[0].lower() for t in para.tokens]
    return cached


def lead_words(para: Para, start: int) -> tuple[str, ...]:
    """Lower-cased words between the start of token ``start``'s sentence and that token
    (what opens the sentence before a component: markers, opinion frames; kept per view)."""
    cache = para.memo.setdefault("lead", {})
    if start not in cache:
        sents = sentence_spans(para)
        s = sents[para.sent[start]][0] if sents else 0
        cache[start] = tuple(lower_words(para)[s:start])
    return cache[start]


def token_features(para: Para) -> list[dict[str, Any]]:
    """CRF features of every token of ``para``."""
    words = [t[0] for t in para.tokens]
    lower = lower_words(para)
    n = len(words)
    feats: list[dict[str, Any]] = [{} for _ in range(n)]
    in_marker = [""] * n
    marker_start = [""] * n
    i = 0
    while i < n:
        m = marker_at(lower, i)
        if m:
            marker_start[i] = m
            for j in range(i, i + len(m.split())):
                in_marker[j] = m
            i += len(m.split())
        else:
            i += 1
    sents = sentence_spans(para)
    # crfsuite reads numbers as weights, so categorical values are strings, and a feature
    # that is empty, false or zero is left out rather than written as "0" / "False".
    for si, (a, b) in enumerate(sents):
        first = lower[a] if a < b else ""
        bigram = " ".join(lower[a:a + 2])
        smark = marker_start[a] if a < b else ""
        opinion = any(w in _OPINION for w in lower[a:b])
        spos = "first" if si == 0 else ("last" if si == len(sents) - 1 else "mid")
        pp_sp = para.position + "|" + spos
        commas_before = 0
        # token distance to the next comma / clause break (a component often ends there)
        next_break = [b] * (b - a + 1)
        for i in range(b - 1, a - 1, -1):
            next_break[i - a] = i if words[i] in (",", ";", ":") else next_break[i - a + 1]
        prev_break = a - 1
        for i in range(a, b):
            w, lw = words[i], lower[i]
            f: dict[str, Any] = {"b": 1.0, "w": lw, "suf3": lw[-3:], "suf2": lw[-2:],
                                 "shape": _shape(w)}
            if not any(ch.isalnum() for ch in w):
                f["punct"] = "True"
            f["ppos"] = para.position
            f["spos"] = spos
            if si:
                f["sidx"] = str(min(si, 4))
            if i > a:
                f["ti"] = str(min(i - a, 6))
            if i < b - 1:
                f["te"] = str(min(b - 1 - i, 4))
            if first:
                f["s0"] = first
            if bigram:
                f["s01"] = bigram
            if smark:
                f["smark"] = smark
            if opinion:
                f["sop"] = "True"
            f["pp_sp"] = pp_sp
            if commas_before:
                f["commas"] = str(min(commas_before, 3))
            if marker_start[i]:
                f["mk"] = marker_start[i]
            if in_marker[i]:
                f["inmk"] = in_marker[i]
            if next_break[i - a] > i:
                f["to_break"] = str(min(next_break[i - a] - i, 8))
            f["from_break"] = str(min(i - prev_break, 8)) if prev_break >= a else "none"
            if prev_break == i - 1 and prev_break >= a:
                f["after_break"] = "True"
            if i - 2 >= a:
                f["w-2|w-1"] = lower[i - 2] + "|" + lower[i - 1]
            if i + 2 < b:
                f["w+1|w+2"] = lower[i + 1] + "|" + lower[i + 2]
            for d in (-3, -2, -1, 1, 2, 3):
                j = i + d
                if a <= j < b:
                    f[f"w{d}"] = lower[j]
                    if abs(d) == 1:
                        f[f"sh{d}"] = _shape(words[j])
                        if in_marker[j]:
                            f[f"mk{d}"] = in_marker[j]
                        f[f"w{d}|w"] = lower[j] + "|" + lw
                else:
                    f[f"w{d}"] = "<s>" if d < 0 else "</s>"
            feats[i] = f
            if w == ",":
                commas_before += 1
            if w in (",", ";", ":"):
                prev_break = i
    return feats
