"""Essay features for the trainable scorer and the ASAP benchmark.

Two families: lexical and structural features computed here from the segment
layers (length, sentence shape, vocabulary, punctuation, spelling, discourse
markers), and counts read from the other analysis layers when they are present
(argument components, relations, history events and fact checks, language issues,
question mismatch, judgement).  A missing layer gives zeros, never an error, so a
model trained with a layer still runs (with less to go on) without it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from essaylens.document import Document

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_ANON = re.compile(r"@[A-Z]+\d*")
_VOWELS = re.compile(r"[aeiouy]+")

#: Discourse markers by function; phrases are matched on word boundaries, lower case.
MARKERS: dict[str, tuple[str, ...]] = {
    "contrast": ("however", "although", "though", "whereas", "nevertheless", "nonetheless",
                 "on the other hand", "in contrast", "despite", "yet", "while", "instead"),
    "cause": ("because", "therefore", "thus", "consequently", "as a result", "led to",
              "leads to", "caused", "hence", "due to", "since", "so that", "this meant"),
    "addition": ("furthermore", "moreover", "in addition", "additionally", "also",
                 "another", "secondly", "firstly", "finally", "besides"),
    "example": ("for example", "for instance", "such as", "shown by", "illustrated by",
                "evidence", "this is seen"),
    "conclusion": ("in conclusion", "to conclude", "overall", "ultimately", "in summary",
                   "to sum up", "all in all"),
    "evaluation": ("most important", "more important", "main reason", "key", "crucial",
                   "significant", "significance", "decisive", "primarily", "above all",
                   "to a large extent", "to some extent", "outweighed", "more than"),
    "hedge": ("perhaps", "arguably", "might", "may have", "possibly", "likely", "suggests"),
}
_MARKER_RE = {k: re.compile(r"\b(?:" + "|".join(re.escape(p) for p in v) + r")\b")
              for k, v in MARKERS.items()}


@cache
def _unigrams() -> Mapping[str, float]:
    """Word counts of the wordsegment corpus (about 333,000 words): a dictionary
    that ships with a dependency we already have."""
    import wordsegment

    if not wordsegment.UNIGRAMS:
        wordsegment.load()
    return wordsegment.UNIGRAMS


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_COMMON = 3e6  # a word seen this often is taken as spelled right


@cache
def spelling_status(word: str) -> int:
    """0: known word; 1: unknown to the dictionary; 2: known but probably a
    misspelling (a one-edit neighbour is at least 40 times as common)."""
    uni = _unigrams()
    count = uni.get(word)
    if count is None:
        return 1
    if count >= _COMMON or len(word) < 4:
        return 0
    threshold = 40 * count
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for left, right in splits:
        if right:
            cands = [left + right[1:]]
            if len(right) > 1:
                cands.append(left + right[1] + right[0] + right[2:])
            cands.extend(left + c + right[1:] for c in _LETTERS)
        else:
            cands = []
        cands.extend(left + c + right for c in _LETTERS)
        for cand in cands:
            if uni.get(cand, 0.0) > threshold:
                return 2
    return 0


def _syllables(word: str) -> int:
    return max(1, len(_VOWELS.findall(word.lower())))


def lexical_features(text: str, sentences: Iterable[tuple[int, int]] = (),
                     paragraphs: int = 0) -> dict[str, float]:
    """Length, vocabulary, sentence shape, punctuation, spelling and markers of ``text``."""
    words = _WORD.findall(text)
    n = len(words)
    nz = max(n, 1)
    lower = [w.lower().strip("'’-") for w in words]
    counts = Counter(lower)
    lengths = [len(w) for w in lower]
    sent_lens = [len(_WORD.findall(text[s:e])) for s, e in sentences]
    sent_lens = [x for x in sent_lens if x > 0] or [n]
    ns = len(sent_lens)
    mean_sl = sum(sent_lens) / ns
    sd_sl = math.sqrt(sum((x - mean_sl) ** 2 for x in sent_lens) / ns)
    unknown = misspelt = 0
    for w, c in counts.items():
        if not w.isalpha() or len(w) < 2:
            continue
        st = spelling_status(w)
        if st == 1:
            unknown += c
        elif st == 2:
            misspelt += c
    low = text.lower()
    f: dict[str, float] = {
        "chars": float(len(text)),
        "words": float(n),
        "log_words": math.log1p(n),
        "sentences": float(ns),
        "paragraphs": float(paragraphs),
        "words_per_paragraph": n / max(paragraphs, 1),
        "sent_len_mean": mean_sl,
        "sent_len_sd": sd_sl,
        "sent_len_max": float(max(sent_lens)),
        "long_sentence_share": sum(x > 35 for x in sent_lens) / ns,
        "very_long_sentence_share": sum(x > 60 for x in sent_lens) / ns,
        "word_len_mean": sum(lengths) / nz,
        "long_word_share": sum(x >= 7 for x in lengths) / nz,
        "syllables_per_word": sum(_syllables(w) for w in lower) / nz,
        "types": float(len(counts)),
        "ttr": len(counts) / nz,
        "root_ttr": len(counts) / math.sqrt(nz),
        "hapax_share": sum(1 for c in counts.values() if c == 1) / nz,
        "unknown_rate": 100 * unknown / nz,
        "misspelt_rate": 100 * misspelt / nz,
        "spelling_errors": float(unknown + misspelt),
        "commas": 100 * text.count(",") / nz,
        "semicolons": 100 * (text.count(";") + text.count(":")) / nz,
        "exclaims": 100 * text.count("!") / nz,
        "questions": 100 * text.count("?") / nz,
        "quotes": 100 * (text.count('"') + text.count("“") + text.count("”")) / nz,
        "apostrophes": 100 * (text.count("'") + text.count("’")) / nz,
        "brackets": 100 * text.count("(") / nz,
        "digits": 100 * len(re.findall(r"\d+", text)) / nz,
        "anon_tokens": 100 * len(_ANON.findall(text)) / nz,
        "first_person": 100 * sum(counts[w] for w in ("i", "me", "my", "we", "our")) / nz,
        "second_person": 100 * sum(counts[w] for w in ("you", "your")) / nz,
        "lower_i": float(len(re.findall(r"(?<![A-Za-z'])i(?![A-Za-z'])", text))),
        "lower_starts": sum(1 for s, e in sentences if text[s:e][:1].islower()) / ns,
    }
    for name, rx in _MARKER_RE.items():
        hits = len(rx.findall(low))
        f[f"marker_{name}"] = 100 * hits / nz
    f["marker_kinds"] = float(sum(1 for k in MARKERS if f[f"marker_{k}"] > 0))
    return f


def _attr(span: Any, key: str, default: Any = None) -> Any:
    return span.attrs.get(key, default) if hasattr(span, "attrs") else default


def layer_features(doc: Document) -> dict[str, float]:
    """Counts from the argument, history, language and question layers (zeros when absent)."""
    words = max(len(_WORD.findall(doc.text)), 1)
    per100 = 100 / words
    f: dict[str, float] = {}
    comps = list(doc.spans.get("components") or [])
    types = Counter(str(_attr(c, "type", c.label) or "").lower() for c in comps)
    f["components"] = len(comps) * per100
    f["claims"] = (types["claim"] + types["majorclaim"] + types["major_claim"]) * per100
    f["premises"] = types["premise"] * per100
    f["against"] = sum(1 for c in comps if str(_attr(c, "stance", "")).lower()
                       in ("against", "con", "counter")) * per100
    f["roles_counter"] = sum(1 for c in comps if "counter" in str(_attr(c, "role", "")).lower()
                             or "rebut" in str(_attr(c, "role", "")).lower()) * per100
    sents = list(doc.spans.get("sentences") or [])
    comp_layer = doc.spans.get("components")
    if sents and comp_layer is not None and len(comp_layer):
        argued = sum(1 for s in sents if comp_layer.overlapping(s.start, s.end))
        f["argued_sentence_share"] = argued / len(sents)
    else:
        f["argued_sentence_share"] = 0.0
    rels = list(doc.relations.get("relations") or [])
    f["relations"] = len(rels) * per100
    f["attacks"] = sum(1 for r in rels if "attack" in r.label.lower()
                       or "rebut" in r.label.lower()) * per100
    f["events"] = len(doc.spans.get("events") or []) * per100
    checks = Counter(str(_attr(c, "status", "")).lower()
                     for c in doc.spans.get("fact_checks") or [])
    f["facts_ok"] = (checks["supported"] + checks["correct"] + checks["ok"]) * per100
    f["facts_wrong"] = (checks["contradicted"] + checks["wrong"] + checks["incorrect"]) * per100
    issues = list(doc.spans.get("language_issues") or [])
    kinds = Counter(str(_attr(i, "kind", i.label) or "").lower() for i in issues)
    f["issues"] = len(issues) * per100
    f["issues_spelling"] = sum(v for k, v in kinds.items() if "spell" in k) * per100
    f["issues_grammar"] = sum(v for k, v in kinds.items() if "gramm" in k or "agree" in k) * per100
    f["issues_punct"] = sum(v for k, v in kinds.items() if "punct" in k or "run" in k) * per100
    question = doc.results.get("question") or {}
    f["question_mismatch"] = 1.0 if isinstance(question, dict) and question.get("mismatch") else 0.0
    factors = doc.results.get("factors") or []
    f["factors"] = float(len(factors)) if isinstance(factors, list) else 0.0
    judgement = doc.results.get("judgement") or {}
    f["judgement"] = 1.0 if isinstance(judgement, dict) and judgement else 0.0
    return f


def document_features(doc: Document) -> dict[str, float]:
    """All features of an analysed document: lexical + structural + layer counts."""
    sents = [(s.start, s.end) for s in doc.spans.get("sentences") or []]
    paras = len(doc.spans.get("paragraphs") or [])
    body_start = 0
    title = doc.spans.get("title")
    if title is not None and len(title):
        body_start = title[0].end
    f = lexical_features(doc.text[body_start:],
                         [(s - body_start, e - body_start) for s, e in sents if s >= body_start],
                         paras)
    f.update(layer_features(doc))
    return f
