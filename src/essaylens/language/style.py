"""Style and readability, reported rather than nagged: readability indices,
sentence-length statistics, paragraph balance, register notes, and a ``style`` issue
for each sentence over :data:`LONG_SENTENCE` words.

The indices use the published formulas with a vowel-group syllable counter.
(textstat was tried: since 0.7.4 it fetches the CMU dictionary over the network at
run time and imports NLTK, 2 s; neither is acceptable offline.)"""

from __future__ import annotations

import re
import statistics
from typing import Any

from essaylens.language.issues import Issue

LONG_SENTENCE = 60
#: A long sentence is a note, not an error, and its span covers the whole sentence:
#: below 0.5 so ``--min-confidence 0.5`` hides it and leaves the word issues inside.
LONG_SENTENCE_CONFIDENCE = 0.35
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
CONTRACTION = re.compile(r"\b[A-Za-z]+(?:n['’]t|['’](?:re|ve|ll|d|m))\b|\b(?:it|that|there|"
                         r"what|he|she|who|here)['’]s\b", re.I)
FIRST_PERSON = re.compile(r"\bI\b|\b(?i:me|my|mine|myself|we|us|our|ours|ourselves)\b")


def syllables(word: str) -> int:
    """Vowel groups, less a silent final e, at least one."""
    w = word.lower()
    n = len(_VOWEL_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and n > 1:
        n -= 1
    if w.endswith(("ed", "es")) and n > 1 and not w.endswith(("ted", "ded", "ses", "zes",
                                                                "ces", "ges", "xes")):
        n -= 1
    return max(1, n)


def readability(text: str, sentences: list[tuple[int, int]],
                paragraphs: list[tuple[int, int]], title: str | None = None) -> dict[str, Any]:
    """The ``readability`` result: indices, sentence and paragraph statistics, notes."""
    sent_words = [WORD.findall(text[s:e]) for s, e in sentences]
    words = [w for ws in sent_words for w in ws]
    n_words, n_sent = len(words), max(1, len(sentences))
    counts = [syllables(w) for w in words]
    n_syll = sum(counts)
    poly = sum(1 for c in counts if c >= 3)
    letters = sum(len(w) for w in words)
    lengths = [len(ws) for ws in sent_words]
    para_words = [len(WORD.findall(text[s:e])) for s, e in paragraphs]
    out: dict[str, Any] = {"words": n_words, "sentences": len(sentences),
                           "paragraphs": len(paragraphs)}
    if n_words:
        wps, spw = n_words / n_sent, n_syll / n_words
        out["indices"] = {
            "flesch_reading_ease": round(206.835 - 1.015 * wps - 84.6 * spw, 1),
            "flesch_kincaid_grade": round(0.39 * wps + 11.8 * spw - 15.59, 1),
            "gunning_fog": round(0.4 * (wps + 100 * poly / n_words), 1),
            "coleman_liau": round(0.0588 * (100 * letters / n_words)
                                  - 0.296 * (100 * n_sent / n_words) - 15.8, 1),
            "automated_readability": round(4.71 * letters / n_words + 0.5 * wps - 21.43, 1),
            "smog": round(1.043 * (poly * 30 / n_sent) ** 0.5 + 3.1291, 1),
        }
    if lengths:
        out["sentence_length"] = {
            "mean": round(statistics.fmean(lengths), 1),
            "median": statistics.median(lengths),
            "max": max(lengths),
            "stdev": round(statistics.pstdev(lengths), 1),
            "over_limit": sum(1 for n in lengths if n > LONG_SENTENCE),
            "limit": LONG_SENTENCE,
        }
    if para_words:
        mean = statistics.fmean(para_words)
        out["paragraph_balance"] = {
            "words": para_words,
            "mean": round(mean, 1),
            "min": min(para_words),
            "max": max(para_words),
            "cv": round(statistics.pstdev(para_words) / mean, 2) if mean else 0.0,
        }
    out["register"] = register(text, sentences)
    out["notes"] = notes(out)
    return out


def register(text: str, sentences: list[tuple[int, int]]) -> dict[str, Any]:
    """Contractions, first person and rhetorical questions (outside quotations)."""
    body = _strip_quotes("\n".join(text[s:e] for s, e in sentences))
    contractions = [m.group() for m in CONTRACTION.finditer(body)]
    first = [m.group() for m in FIRST_PERSON.finditer(body) if not _regnal(body, m.start())]
    questions = [i for i, (s, e) in enumerate(sentences)
                 if text[s:e].rstrip().rstrip("”’\"')").endswith("?")]
    return {"contractions": len(contractions),
            "contraction_examples": sorted(set(contractions))[:5],
            "first_person": len(first), "rhetorical_questions": len(questions)}


_BEFORE_I = re.compile(r"([A-Z][a-z]+)[ \t]+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n][\"'”’)]*)[ \t]*$")


def _regnal(body: str, at: int) -> bool:
    """Is the ``I`` at ``at`` a regnal numeral (Charles I, Elizabeth I)?  It is after a
    capitalised word that is a name: one with no lower-case use, or one inside a
    sentence (a sentence-initial ``Then I`` is the pronoun)."""
    if body[at] != "I":
        return False
    m = _BEFORE_I.search(body, max(0, at - 40), at)
    if not m:
        return False
    from essaylens.language.lexicon import lexicon

    name = m.group(1)
    if name.lower() not in lexicon().exact:
        return True
    return not _SENTENCE_START.search(body, max(0, m.start() - 5), m.start())


def _strip_quotes(text: str) -> str:
    return re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text)


def notes(result: dict[str, Any]) -> list[str]:
    out = []
    sl = result.get("sentence_length", {})
    if sl.get("over_limit"):
        out.append(f"{sl['over_limit']} sentence(s) over {LONG_SENTENCE} words; "
                   "long sentences are hard to follow.")
    pb = result.get("paragraph_balance", {})
    if pb and pb.get("cv", 0) > 0.8 and len(pb["words"]) > 2:
        out.append("Paragraph lengths vary a lot; check the weight given to each point.")
    reg = result["register"]
    if reg["contractions"]:
        out.append(f"{reg['contractions']} contraction(s) (e.g. "
                   f"{', '.join(reg['contraction_examples'][:3])}): formal essays avoid them.")
    if reg["first_person"]:
        out.append(f"First person used {reg['first_person']} time(s).")
    if reg["rhetorical_questions"]:
        out.append(f"{reg['rhetorical_questions']} question(s) in the body: "
                   "answer them or turn them into statements.")
    return out


def long_sentences(text: str, sentences: list[tuple[int, int]]) -> list[Issue]:
    """A ``style`` issue for each sentence over :data:`LONG_SENTENCE` words."""
    out = []
    for s, e in sentences:
        n = len(WORD.findall(text[s:e]))
        if n > LONG_SENTENCE:
            out.append(Issue(s, e, "style", text[s:e],
                             f"Long sentence ({n} words); consider splitting it",
                             (), LONG_SENTENCE_CONFIDENCE, "long-sentence"))
    return out
