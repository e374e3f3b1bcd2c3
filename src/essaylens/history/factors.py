"""Factors the essay weighs, where it discusses each, and how heavily it rates them.

A factor is found from its aliases (a pack's named factors when a pack applies;
otherwise a built-in set of themes common to history essays, plus themes the
essay itself names in "X was a ... factor" sentences).  The essay's own words of
weighting ("the driving force", "heavily contributed", "partially", "not the full
reason") are mapped to an ordinal scale and given to the factor named nearest
to them in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from essaylens.history.packs import Factor, Pack
from essaylens.history.phrases import PhraseIndex, Scan, Tokens, tokenize

#: Themes found in any history essay, used when no pack names the factors.
GENERIC: dict[str, tuple[str, list[str]]] = {
    "economic": ("Economic factors", [
        "economic", "economy", "financial", "finance", "trade$", "depression", "inflation",
        "hyperinflation", "unemployment", "recession", "industrial", "industry", "production",
        "poverty", "taxation", "reparations", "harvest", "scapegoat"]),
    "political": ("Political factors", [
        "political", "politics", "government", "parliament", "constitution", "elections",
        "democracy", "democratic", "coalition", "weak government"]),
    "ideology": ("Ideology", [
        "ideology", "ideological", "nationalism", "nationalist", "communism", "communist",
        "socialism", "socialist", "marxis", "liberalism"]),
    "religion": ("Religion", [
        "religion", "religious", "church", "Puritan", "Catholic", "Catholicism", "Protestant",
        "Arminian", "Laud", "prayer book", "bishops", "Pope", "papal"]),
    "military": ("Military factors", [
        "military", "militarism", "arms race", "naval race", "armed forces", "war plan",
        "mobilisation", "mobilization", "weapons"]),
    "leadership": ("Leadership and personality", [
        "leadership", "personality", "character$", "ambition", "ambitious", "ego$", "charisma",
        "charismatic", "cult$"]),
    "fear": ("Fear and insecurity", [
        "fear", "feared", "fearful", "suspicion", "suspicious", "paranoia", "paranoid",
        "insecurity", "insecure", "anxiety", "distrust"]),
    "foreign": ("Foreign threats and alliances", [
        "foreign", "alliance", "alliances", "diplomacy", "diplomatic", "international",
        "external threat", "external threats", "imperialism", "imperial rivalry", "colonial",
        "fascism", "fascist"]),
    "social": ("Social factors", [
        "social", "society", "class$", "classes", "peasants", "working class", "middle class",
        "public opinion", "discontent"]),
    "propaganda": ("Propaganda", ["propaganda", "censorship", "indoctrination"]),
    "opposition": ("Opposition and rivals", [
        "opposition", "rivals", "rival$", "enemies", "dissent", "jealous", "jealousy"]),
    "control": ("Control and manipulation", [
        "control$", "cunning", "cunningness", "manipulat", "consolidate"]),
}

# (rank, label, pattern) in priority order: negated forms first, then strongest first.
WEIGHTS: list[tuple[int, str, re.Pattern[str]]] = [(r, lab, re.compile(p, re.I)) for r, lab, p in [
    (1, "not sole", r"\b(?:not|n't|never|nor)\s+(?:\w+\s+){0,3}(?:the\s+)?(?:sole|soul|only|full|"
                    r"whole|single|entire)\s+(?:\w+\s+)?(?:reason|factor|cause|contributor|"
                    r"explanation|answer)"),
    (1, "not sole", r"\bcannot\s+(?:be\s+)?(?:regarded|seen|said|viewed|considered|argued)\b"
                    r"[^.;]{0,90}?\b(?:sole|soul|only|full|main)\s+(?:\w+\s+)?(?:reason|factor|"
                    r"cause|contributor)"),
    (1, "not sole", r"\b(?:not|n't|never)\s+(?:\w+\s+)?(?:sufficient|enough)\s+(?:on\s+its\s+own|"
                    r"by\s+itself|alone|in\s+itself)\b|\balone\s+cannot\s+explain\b"),
    (1, "minor", r"\b(?:less\s+important|less\s+significant|a\s+minor\s+(?:factor|role|reason|"
                 r"cause)|of\s+little\s+importance)"),
    (6, "decisive", r"\bthe\s+(?:most\s+(?:important|significant|influential|decisive|crucial)|"
                    r"main|major|primary|principal|chief|key|biggest|greatest|dominant|"
                    r"fundamental|overriding|decisive|intrinsic|root|underlying|single\s+most)\s+"
                    r"(?:\w+\s+)?(?:factor|reason|cause|force|element|explanation|motive|driver|"
                    r"contributor)s?\b"),
    (6, "decisive", r"\bthe\s+(?:decisive|crucial|key|critical)\s+(?:step|moment|blow|push|"
                    r"turning\s+point)\b"),
    (6, "decisive", r"\bthe\s+driving\s+(?:force|factor)\b|\babove\s+all\b|"
                    r"\bmost\s+important(?:ly)?\b|\bthe\s+root\s+(?:of|cause)\b"),
    (5, "major", r"\b(?:heavily|largely|mainly|primarily|chiefly|predominantly)\s+(?:\w+\s+)?"
                 r"(?:contribut\w*|responsible|caused|due|because|driven|fuell?ed|accountable)"),
    (5, "major", r"\bmore\s+(?:important|significant|decisive|influential)\b|"
                 r"\b(?:was|were|is|are)\s+(?:\w+\s+)?(?:decisive|crucial|paramount|fundamental)\b"),
    (5, "major", r"\ba\s+(?:\w+\s+)?(?:dominant|driving|key|major|crucial|decisive|vital|"
                 r"fundamental|leading|fore\s*-?\s*frontal|central)\s+(?:factor|force|element|"
                 r"reason|cause|role|part|contributor)\b"),
    (4, "significant", r"\b(?:important|significant|influential|crucial|vital)\b(?!\s+(?:to\s+note|"
                       r"to\s+remember))"),
    (4, "significant", r"\b(?:accountable|responsible)\s+for\b|\bplayed\s+a\s+(?:big|large|"
                       r"major|significant|important|key|crucial)\s+(?:role|part)"),
    (2, "partial", r"\bpartial(?:ly)?\b|\bpartly\b|\bto\s+(?:an|and|some|a\s+(?:certain|"
                   r"limited))\s+extent\b|\bin\s+part\b|\bsomewhat\b|\bto\s+a\s+degree\b"),
    (3, "contributory", r"\b(?:a|another|one)\s+(?:further\s+|other\s+|additional\s+)?"
                        r"(?:factor|reason|cause)\b|\bplayed\s+a\s+(?:\w+\s+)?(?:role|part)\b|"
                        r"\bcontribut\w*\b|\balso\s+(?:led|caused|fuell?ed)\b"),
]]
_PRONOUN_SUBJECT = re.compile(r"(?:^|\W)(?:this|it|that)\s+(?:\w+\s+){0,2}$", re.I)

@dataclass
class WeightHit:
    start: int
    end: int
    phrase: str
    rank: int
    label: str


@dataclass
class FactorFinding:
    factor: Factor
    mentions: list[tuple[int, int]] = field(default_factory=list)
    sentence_ids: list[str] = field(default_factory=list)
    paragraph_ids: list[str] = field(default_factory=list)
    weights: list[WeightHit] = field(default_factory=list)
    evidence: int = 0

    @property
    def weighting(self) -> WeightHit | None:
        if not self.weights:
            return None
        return max(self.weights, key=lambda w: (w.rank, w.start))


@cache
def generic_factors() -> list[Factor]:
    index = PhraseIndex()
    out = []
    for k, (name, aliases) in GENERIC.items():
        ids = tuple(i for i in (index.add(a, 9) for a in aliases) if i is not None)
        out.append(Factor("generic:" + k, name, tuple(aliases), ids, index))
    return out


_X = r"(?P<x>(?:[A-Za-z’'-]+\s+){0,4}?[A-Za-z’'-]+)"
_DISCOVER = [
    re.compile(_X + r"\s+(?:was|were|is|are)\s+(?:also\s+|therefore\s+|clearly\s+)?(?:a|an|the|"
               r"another)\s+(?:\w+\s+){0,2}(?:factor|reason|cause)s?\b"),
    re.compile(r"\b(?:the|a|another)\s+(?:\w+\s+){0,2}(?:factor|reason|cause)\s+(?:was|is|were)\s+"
               + _X + r"(?=\s*[,.;]|\s+(?:which|because|as|since|that)\b)"),
]
_DROP = {"the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those",
         "also", "however", "overall", "therefore", "so", "but", "and", "in", "of", "such"}
_VAGUE = {"it", "this", "that", "there", "which", "what", "one", "he", "she", "they", "another",
          "factor", "reason", "cause", "main", "key", "major", "most", "important", "thing"}


def discover(text: str, sentences: Sequence[tuple[str, int, int]],
             known: Sequence[Factor]) -> list[Factor]:
    """Factors an essay names itself ("the Ship Money crisis was a key factor") that
    no known theme covers: named from the phrase, matched by its last word."""
    index = PhraseIndex()
    covered = PhraseIndex()
    for f in known:
        for a in f.aliases:
            covered.add(a, 9)
    out: list[Factor] = []
    seen: set[str] = set()
    for _sid, s, e in sentences:
        chunk = text[s:e]
        for rx in _DISCOVER:
            for m in rx.finditer(chunk):
                words = m.group("x").split()
                while words and words[0].lower() in _DROP:
                    words = words[1:]
                if not words or words[-1].lower() in _VAGUE or len(words[-1]) < 4:
                    continue
                phrase = " ".join(words)
                if covered.scan(phrase).hits:
                    continue  # a known theme already covers it
                head = words[-1].lower()
                if head.endswith(("’s", "'s")):
                    head = head[:-2]
                elif head.endswith("s") and not head.endswith("ss") and len(head) > 5:
                    head = head[:-1]  # the plural still matches: phrases run on
                if head in seen:
                    continue
                seen.add(head)
                ids = tuple(i for i in (index.add(head, 99),) if i is not None)
                out.append(Factor("found:" + head, phrase[:1].upper() + phrase[1:], (head,),
                                  ids, index))
    return out


_WORD = re.compile(r"[A-Za-z][a-z]{4,}")


def key_terms(text: str, paragraphs: Sequence[tuple[str, int, int]],
              sentences: Sequence[tuple[str, int, int]], known: Sequence[Factor],
              exclude: str = "", limit: int = 3) -> list[Factor]:
    """For body paragraphs whose topic sentence names no known factor, the paragraph's
    key term (a content word used at least twice, also in the topic sentence) as a factor."""
    from spacy.lang.en.stop_words import STOP_WORDS

    covered = PhraseIndex()
    for f in known:
        for a in f.aliases:
            covered.add(a, 9)
    skip = {w.lower() for w in _WORD.findall(exclude)}
    index = PhraseIndex()
    out: list[Factor] = []
    seen: set[str] = set()
    for _pid, ps, pe in paragraphs[1:-1] if len(paragraphs) > 2 else []:
        topic = next(((s, e) for _sid, s, e in sentences if ps <= s < pe), None)
        if topic is None or covered.scan(text[topic[0]:topic[1]]).hits:
            continue
        counts: dict[str, int] = {}
        for w in _WORD.findall(text[ps:pe]):
            lw = w.lower()
            stem = lw[:-1] if lw.endswith("s") and not lw.endswith("ss") else lw
            if lw in STOP_WORDS or stem in skip or lw in skip:
                continue
            counts[stem] = counts.get(stem, 0) + 1
        topic_words = {w.lower().rstrip("s") for w in _WORD.findall(text[topic[0]:topic[1]])}
        ranked = sorted(((c, w) for w, c in counts.items() if c >= 2 and w.rstrip("s")
                         in topic_words and w not in seen), reverse=True)
        if not ranked:
            continue
        word = ranked[0][1]
        seen.add(word)
        pid = index.add(word, 99)
        if pid is not None:
            out.append(Factor("term:" + word, word.capitalize(), (word,), (pid,), index))
        if len(out) >= limit:
            break
    return out


def pack_factors(packs: Sequence[Pack]) -> list[Factor]:
    return [f for pack in packs for f in pack.factors]


def find_weights(text: str, start: int, end: int) -> list[WeightHit]:
    """Weighting phrases in ``text[start:end]``, the first-listed pattern winning overlaps."""
    chunk = text[start:end]
    hits: list[WeightHit] = []
    for rank, label, rx in WEIGHTS:
        for m in rx.finditer(chunk):
            s, e = start + m.start(), start + m.end()
            if any(s < h.end and h.start < e for h in hits):
                continue
            hits.append(WeightHit(s, e, text[s:e], rank, label))
    hits.sort(key=lambda h: h.start)
    return hits


_COPULA_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|remains?|proved)\s+(?:\w+\s+)?$",
                            re.I)
_COPULA_AFTER = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:was|were|is|are)\b", re.I)


def nearest(findings: Sequence[FactorFinding], s: int, e: int,
            within: tuple[int, int], text: str | None = None) -> FactorFinding | None:
    """The factor mentioned nearest to ``s..e`` inside the sentence ``within``.  Given
    the text, a predicate ("X was the main reason") prefers the subject before it and a
    subject phrase ("the main reason was X") the complement after it."""
    lean = 0  # -1: prefer mentions before the phrase, +1: after
    if text is not None:
        if _COPULA_BEFORE.search(text[within[0]:s]):
            lean = -1
        elif _COPULA_AFTER.match(text[e:within[1]]):
            lean = 1
    best: tuple[float, FactorFinding] | None = None
    for f in findings:
        for ms, me in f.mentions:
            if not (within[0] <= ms < within[1]):
                continue
            d: float = 0 if ms < e and s < me else min(abs(ms - e), abs(s - me))
            after = ms >= e
            if lean and (after if lean < 0 else not after):
                d = d * 3 + 10
            if best is None or d < best[0]:
                best = (d, f)
    return best[1] if best else None


def analyse(text: str, sentences: Sequence[tuple[str, int, int]],
            paragraphs: Sequence[tuple[str, int, int]], factors: Sequence[Factor],
            evidence_sentences: set[str], tokens: Tokens | None = None,
            known: dict[int, Scan] | None = None) -> list[FactorFinding]:
    """Find each factor's mentions, sentences, paragraphs and weighting.  ``known``
    holds scans already made of the text, keyed by ``id(index)``."""
    findings = [FactorFinding(f) for f in factors if f.ids]
    toks = tokens if tokens is not None else tokenize(text)
    scans: dict[int, Scan] = dict(known or {})
    for f in findings:
        key = id(f.factor.index)
        if key not in scans:
            scans[key] = f.factor.index.scan(text, toks)
    prev: tuple[int, int] | None = None
    for sid, s, e in sentences:
        for f in findings:
            hits = scans[id(f.factor.index)].within(f.factor.ids, s, e)
            if hits:
                f.mentions.extend(hits)
                f.sentence_ids.append(sid)
                if sid in evidence_sentences:
                    f.evidence += 1
                pid = next((p for p, a, b in paragraphs if a <= s < b), None)
                if pid and pid not in f.paragraph_ids:
                    f.paragraph_ids.append(pid)
        for w in find_weights(text, s, e):
            owner = nearest(findings, w.start, w.end, (s, e), text)
            if _PRONOUN_SUBJECT.search(text[s:w.start]) and prev is not None:
                # "this is not the full reason": "this" is the factor just discussed
                owner = _most_named(findings, *prev)
            if owner is not None:
                owner.weights.append(w)
        prev = (s, e)
    kept = [f for f in findings if len(f.sentence_ids) >= 2 or f.weights]
    kept.sort(key=lambda f: (-(f.weighting.rank if f.weighting else 0), -len(f.sentence_ids)))
    return kept


def _most_named(findings: Sequence[FactorFinding], lo: int, hi: int) -> FactorFinding | None:
    """The factor named most often in ``lo..hi`` (None if none is named there)."""
    counts = [(sum(1 for a, _ in f.mentions if lo <= a < hi), i) for i, f in enumerate(findings)]
    best = max(counts, default=(0, -1))
    return findings[best[1]] if best[0] else None


def record(f: FactorFinding, sentence_spans: dict[str, tuple[int, int]]) -> dict[str, object]:
    w = f.weighting
    return {
        "name": f.factor.name,
        "pack_factor": f.factor.id if f.factor.pack else None,
        "pack": f.factor.pack,
        "paragraphs": f.paragraph_ids,
        "sentences": [{"id": sid, "start": sentence_spans[sid][0], "end": sentence_spans[sid][1]}
                      for sid in f.sentence_ids],
        "mentions": len(f.mentions),
        "evidence_count": f.evidence,
        "weighting": None if w is None else {"phrase": w.phrase, "start": w.start, "end": w.end,
                                             "rank": w.rank, "label": w.label},
    }
