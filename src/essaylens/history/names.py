"""People, organisations, places, historians and works; quotations and their speakers.

Names come from the packs (spaCy ``PhraseMatcher`` over the shared parse, exact
case), plus a close-spelling link for capitalised words a pack does not list
(``Khrushev`` -> Khrushchev, flagged ``misspelt``), plus a capitalisation rule for
historians cited with a work title.  Quotations are found from their quote marks
(an unclosed opening quote runs to the end of its sentence) and attributed to the
subject of a reporting verb ("X stated that", "he reported that", "according to X").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.matcher import PhraseMatcher

from essaylens.history.packs import Name, Pack
from essaylens.history.phrases import edit_distance
from essaylens.segment.nlp import nlp


@dataclass(frozen=True)
class EntityHit:
    start: int
    end: int
    text: str
    canonical: str
    type: str
    misspelt: bool
    pack: str | None
    extra: tuple[tuple[str, object], ...] = ()  # e.g. a work's author and year


_MATCHERS: dict[tuple[str, ...], tuple[PhraseMatcher, dict[str, Name], list[Name]]] = {}


def matcher_for(packs: Sequence[Pack]) -> tuple[PhraseMatcher, dict[str, Name], list[Name]]:
    """A PhraseMatcher over every name form of ``packs`` (built once per pack set)."""
    key = tuple(p.id + ":" + p.path for p in packs)
    if key not in _MATCHERS:
        pipeline = nlp()
        matcher = PhraseMatcher(pipeline.vocab, attr="ORTH")
        by_key: dict[str, Name] = {}
        fuzzy: list[Name] = []
        for pack in packs:
            for i, name in enumerate(pack.names):
                k = f"{pack.id}#{i}"
                by_key[k] = name
                matcher.add(k, [pipeline.make_doc(name.form)])
                if " " not in name.form and not name.misspelt and len(name.form) >= 5 \
                        and name.type in ("person", "historian", "organisation"):
                    fuzzy.append(name)
            for j, (title, _author, _year) in enumerate(pack.works):
                k = f"{pack.id}#w{j}"
                by_key[k] = Name(title, title, "work", False, pack.id)
                matcher.add(k, [pipeline.make_doc(title)])
        _MATCHERS[key] = (matcher, by_key, fuzzy)
    return _MATCHERS[key]


# An English word capitalised at a sentence start ("Burning") is not a misspelt name.
_ENGLISH_SUFFIX = re.compile(r"(?:ing|ings|ed|ly|tion|tions|sion|ness|ment|ments|ful|less|able|"
                             r"ible|ous|ive|ies|ers|ism|ist|ists)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n][\s“‘\"']*)$")
_FOREIGN = re.compile(r"kh|zh|sch|tz|vsk|ski|sky|ov|ev|ich|ü|ö|ä|ij|cz|sz")
_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][a-z]{5,}(?![\w-])")


_MISS_CACHE: dict[tuple[str, int], Name | None] = {}


def near_miss(word: str, candidates: Sequence[Name]) -> Name | None:
    """Cached :func:`_near_miss` (essays repeat their words)."""
    key = (word, id(candidates))
    if key not in _MISS_CACHE:
        if len(_MISS_CACHE) > 50_000:
            _MISS_CACHE.clear()
        _MISS_CACHE[key] = _near_miss(word, candidates)
    return _MISS_CACHE[key]


def _near_miss(word: str, candidates: Sequence[Name]) -> Name | None:
    """The known name ``word`` most plausibly misspells: same first letter, one edit
    for 6-7 letters, two for 8 or more; never a derived form (Russian, Stalinist)."""
    if len(word) < 6 or not word[:1].isupper() or not word.isalpha():
        return None
    limit = 2 if len(word) >= 8 else 1
    best: tuple[int, Name] | None = None
    lw = word.lower()
    for name in candidates:
        form = name.form
        lf = form.lower()
        if lf[0] != lw[0] or lf == lw or lf.startswith(lw) or lw.startswith(lf):
            continue
        d = edit_distance(lw, lf, limit)
        if d <= limit and (best is None or d < best[0]):
            best = (d, name)
    return best[1] if best else None


def find_entities(text: str, parsed: Any, packs: Sequence[Pack],
                  sentences: Sequence[tuple[int, int]]) -> list[EntityHit]:
    """Pack names (exact), close misspellings of them, and cited works."""
    hits: list[EntityHit] = []
    if packs:
        matcher, by_key, fuzzy = matcher_for(packs)
        spans = []
        for match_id, s, e in matcher(parsed):
            spans.append((s, e, parsed.vocab.strings[match_id]))
        spans.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        last_end = -1
        for s, e, k in spans:
            if s < last_end:
                continue
            name = by_key[k]
            span = parsed[s:e]
            if name.type == "work" and not _cited_work(text, span.start_char, span.end_char,
                                                       sentences, packs):
                continue
            last_end = e
            extra: tuple[tuple[str, object], ...] = ()
            if name.type == "work":
                author, year = next(((a, y) for p in packs for t, a, y in p.works
                                     if t == name.canonical), (None, None))
                extra = (("author", author), ("year", year))
            hits.append(EntityHit(span.start_char, span.end_char, span.text, name.canonical,
                                  name.type, name.misspelt, name.pack, extra))
        taken = {(h.start, h.end) for h in hits}
        covered = {i for h in hits for i in range(h.start, h.end)}
        for m in _CAPITALISED.finditer(text):
            s, e = m.span()
            word = m.group()
            if s in covered or _ENGLISH_SUFFIX.search(word):
                continue
            if (s == 0 or _SENTENCE_START.search(text[max(0, s - 4):s])) \
                    and not _FOREIGN.search(word.lower()):
                continue  # a capital at a sentence start proves nothing
            miss = near_miss(m.group(), fuzzy)
            if miss is not None and (s, e) not in taken:
                hits.append(EntityHit(s, e, m.group(), miss.canonical, miss.type, True, miss.pack))
    hits.extend(_rule_entities(text, hits))
    hits.sort(key=lambda h: h.start)
    return hits


_CAP = r"[A-Z][\w’'-]+"
_ROMAN = r"(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})"
_RULES: list[tuple[str, re.Pattern[str]]] = [
    # "the historian Christopher Hill", "historians such as Conrad Russell"
    ("historian", re.compile(rf"\bhistorians?\s+(?:such\s+as\s+|like\s+|including\s+)?"
                             rf"(?P<n>{_CAP}(?:\s+{_CAP}){{0,2}})")),
    # "Kershaw argues", "Richard Evans suggests" (present tense: a historian writing now)
    ("historian", re.compile(rf"(?P<n>{_CAP}(?:\s+{_CAP}){{0,2}})\s+(?:argues|claims|suggests|"
                             rf"contends|believes|writes|asserts|maintains|concludes|notes)\b")),
    # "King Charles I", "Archbishop Laud", "Prime Minister Asquith"
    ("person", re.compile(rf"\b(?:King|Queen|Tsar|Tsarina|Kaiser|Emperor|Empress|President|"
                          rf"Chancellor|Marshal|General|Admiral|Archbishop|Bishop|Cardinal|Pope|"
                          rf"Prime\s+Minister|Foreign\s+Minister|Sir|Lord|Lady|Duke|Earl|Prince|"
                          rf"Princess|Archduke)\s+(?P<n>{_CAP}(?:\s+(?:{_CAP}|{_ROMAN}))*)")),
    # "Charles I", "Henry VIII", "Nicholas II"
    ("person", re.compile(rf"\b(?P<n>[A-Z][a-z]+\s+{_ROMAN})\b")),
    # "the Long Parliament", "the Labour Party", "the House of Commons"
    ("organisation", re.compile(
        rf"\b(?P<n>(?:{_CAP}\s+){{0,3}}(?:Parliament|Party|Committee|Army|Navy|League|Church|"
        rf"Council|Commons|Lords|Assembly|Convention|Commission|Congress|Government|"
        rf"Company|Bank|Union)|House\s+of\s+(?:Commons|Lords))\b")),
]
_NOT_NAMES = {"The", "This", "These", "Those", "That", "However", "Although", "In", "By", "It",
              "Overall", "Ultimately", "Therefore", "Thus", "His", "Her", "Their", "Its", "A",
              "An", "When", "While", "After", "Before", "As", "Many", "Some", "Most", "Both"}


def _rule_entities(text: str, found: Sequence[EntityHit]) -> list[EntityHit]:
    """Names no pack knows, from capitalisation and context (historians citing,
    titled people, regnal numbers, institutions); never over a pack's name."""
    taken = [(h.start, h.end) for h in found]
    out: list[EntityHit] = []
    for kind, rx in _RULES:
        for m in rx.finditer(text):
            s, e = m.span("n")
            name = text[s:e]
            words = name.split()
            while words and words[0] in _NOT_NAMES:
                s += len(words[0]) + 1
                words = words[1:]
            if not words or (kind != "organisation" and len(words) == 1 and len(words[0]) < 3):
                continue
            name = " ".join(words)
            if name.endswith(("'s", "’s")):
                name, e = name[:-2], e - 2
            if any(s < b and a < e for a, b in taken):
                continue
            taken.append((s, e))
            out.append(EntityHit(s, e, text[s:e], name, kind, False, None))
    return out


def _cited_work(text: str, start: int, end: int, sentences: Sequence[tuple[int, int]],
                packs: Sequence[Pack]) -> bool:
    """A title counts as a cited work only beside its author or a (year)."""
    if re.match(r"\s*[(,]?\s*\(?(1[5-9]\d\d|20\d\d)\)?", text[end:end + 8]):
        return True
    sent = next(((a, b) for a, b in sentences if a <= start < b), (max(0, start - 150), end + 150))
    window = text[sent[0]:sent[1]]
    authors = {a for p in packs for t, a, _ in p.works if text[start:end] == t}
    surnames = {a.split()[-1] for a in authors}
    return any(s in window for s in surnames)


# ---------------------------------------------------------------- quotations

_OPEN_CLOSE = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}
_SPEECH = re.compile(
    r"\b(?:stated|states|said|says|declared|declares|wrote|writes|written|argued|argues|"
    r"claimed|claims|remarked|reported|reports|described|describes|called|calls|announced|"
    r"proclaimed|insisted|noted|notes|observed|observes|commented|told|asserted|asserts|"
    r"suggested|suggests|exclaimed|admitted|recalled|recalls|put it|famously)\b", re.I)
_PREP = {"with", "to", "about", "of", "against", "by", "for", "from", "on", "at", "in", "than",
         "under", "over", "like", "as", "towards", "toward", "into", "upon"}
_PRONOUN = re.compile(r"\b(?:he|she|they)\s+(?:\w+\s+){0,2}$", re.I)


@dataclass(frozen=True)
class QuoteHit:
    start: int  # the quoted text, quote marks excluded
    end: int
    text: str
    speaker: str | None
    speaker_start: int | None


def _quote_spans(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch not in _OPEN_CLOSE:
            i += 1
            continue
        if ch in "'’" or (ch == "‘" and i > 0 and text[i - 1].isalnum()):
            i += 1  # an apostrophe, not an opening quote
            continue
        if ch == "'" and i > 0 and text[i - 1].isalnum():
            i += 1
            continue
        close = _OPEN_CLOSE[ch]
        sent_end = next((b for a, b in sentences if a <= i < b), min(n, i + 400))
        j = i + 1
        found = -1
        limit = sent_end + 2 if ch in "‘'" else min(n, i + 600)
        while j < n and j <= limit:
            c = text[j]
            if c == close and (close not in "'’" or j + 1 >= n or not text[j + 1].isalpha()):
                found = j
                break
            if c == "\n":
                break
            j += 1
        if found < 0:
            if ch in "‘'":  # an unclosed single quote runs to the end of its sentence
                found = sent_end
                while found > i + 1 and text[found - 1] in ".!?”\"’ ":
                    found -= 1
            else:
                i += 1
                continue
        s = i + 1
        while s < found and text[s] == " ":
            s += 1
        if found > s:
            out.append((s, found))
        i = max(found + 1, i + 1)
    return out


def _speaker(text: str, qs: int, qe: int, sent: tuple[int, int], prev_sent: tuple[int, int],
             entities: Sequence[EntityHit]) -> EntityHit | None:
    people = [e for e in entities if e.type in ("person", "historian")]
    before = text[sent[0]:qs]
    verb: re.Match[str] | None = None
    for m in _SPEECH.finditer(before):
        if not re.search(r"\bso[\s-]$", before[:m.start()]):  # "so called 'wreckers'"
            verb = m
    if verb is not None and len(text[qs:qe].split()) < 3 and len(before) - verb.end() > 30:
        verb = None  # a short quote far from the verb is a scare quote
    acc = re.search(r"\b(?:according to|in the words of)\s+$|\b(?:according to|in the words of)\b",
                    before, re.I)
    if verb is not None:
        vpos = sent[0] + verb.start()
        if _PRONOUN.search(text[sent[0]:vpos]):
            earlier = [e for e in people if prev_sent[0] <= e.start < vpos]
            return earlier[-1] if earlier else None
        candidates = [e for e in people if sent[0] <= e.start and e.end <= vpos]
        for ent in reversed(candidates):
            prev_word = re.findall(r"[\w’']+", text[max(sent[0], ent.start - 20):ent.start])
            if prev_word and prev_word[-1].lower() in _PREP:
                continue
            return ent
    if acc is not None:
        after = [e for e in people if sent[0] + acc.end() <= e.start < qs]
        if after:
            return after[0]
    tail = text[qe:sent[1]]
    post = _SPEECH.search(tail[:40])
    if post:
        after = [e for e in people if qe + post.end() <= e.start < qe + post.end() + 40]
        if after:
            return after[0]
        near = [e for e in people if qe <= e.start < qe + post.start()]
        if near:
            return near[-1]
    return None


def find_quotations(text: str, sentences: Sequence[tuple[int, int]],
                    entities: Sequence[EntityHit]) -> list[QuoteHit]:
    """Quotations of three words or more, or shorter ones with a reporting verb;
    quotes nested in a longer one are part of it."""
    spans = _quote_spans(text, sentences)
    spans = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1]
                                         for o in spans)]
    out = []
    for qs, qe in spans:
        idx = next((k for k, (a, b) in enumerate(sentences) if a <= qs < b), None)
        sent = sentences[idx] if idx is not None else (max(0, qs - 200), min(len(text), qe + 100))
        prev = sentences[idx - 1] if idx else sent
        speaker = _speaker(text, qs, qe, sent, prev, entities)
        quoted = text[qs:qe].strip()
        if len(quoted.split()) < 3 and speaker is None:
            continue  # scare quotes: 'saboteurs', 'wreckers'
        out.append(QuoteHit(qs, qe, quoted, speaker.canonical if speaker else None,
                            speaker.start if speaker else None))
    return out
