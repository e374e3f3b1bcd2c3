"""Ranked spelling suggestions: noisy-channel scoring of dictionary candidates.

score(candidate) = log10 frequency (the prior)
                 - LAMBDA * weighted edit distance (the error model, see errormodel)
                 + MU if the two sound alike (same Metaphone key).

Candidates are every frequent word within two plain edits (found with RapidFuzz over
words of similar length) plus words with the same Metaphone key, so slips that
sound right but look far off (``exstacy`` -> ecstasy) are found too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

import jellyfish
from rapidfuzz import process
from rapidfuzz.distance import OSA

from essaylens.language import errormodel
from essaylens.language.lexicon import lexicon

#: Weights (tuned on Norvig's development set 1 only; see bench/README.md).
LAMBDA = 2.2
MU = 1.0
#: Short words a run-together string may contain ("thesuicideof"); other one- and
#: two-letter "words" of the frequency list (sic, ap, on...) make nonsense splits.
SHORT_WORDS = frozenset({"a", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in",
                         "is", "it", "me", "my", "no", "of", "on", "or", "so", "to", "up",
                         "us", "we"})
#: log10 prior of a variant spelling missing from the frequency list (its words all have
#: counts above 10^5).
VARIANT_FLOOR = 4.0
#: A correction this cheap that keeps the first letter ends the search.
FIRST_LETTER_ENOUGH = 1.5
SPLIT_COST = 0.9  # a missing space, as in "warand"
#: ``colonys`` for colonies: the regular plural misapplied, one slip not two.
PLURAL_YS_COST = 0.4


@dataclass(frozen=True)
class Suggestion:
    word: str
    score: float
    cost: float


class Corrector:
    """Suggests corrections from a vocabulary of frequent words."""

    def __init__(self, counts: dict[str, int], variant: str | None = None) -> None:
        lex = lexicon()
        self.variant = variant
        self.logf: dict[str, float] = {}
        avoid = lex.us_only if variant == "en-GB" else lex.gb_only if variant == "en-US" else set()
        for w in counts:
            if not w.isalpha():
                continue
            lf = lex.logfreq(w)
            if w in avoid:
                lf -= 1.0  # prefer the essay's own variant when both are close
            self.logf[w] = lf
        # The other variant's spellings the frequency list lacks (labor, fueled): rare
        # priors, so they win only where nothing common is as close.
        for w in lex.gb_only | lex.us_only:
            if w.isalpha() and w.islower() and w not in self.logf:
                self.logf[w] = VARIANT_FLOOR - (1.0 if w in avoid else 0.0)
        self.by_len: dict[int, list[str]] = defaultdict(list)
        self.by_len_first: dict[tuple[int, str], list[str]] = defaultdict(list)
        for w in self.logf:
            self.by_len[len(w)].append(w)
            self.by_len_first[(len(w), w[0])].append(w)
        self._phon: dict[str, list[str]] | None = None

    def _phonetic(self) -> dict[str, list[str]]:
        if self._phon is None:
            index: dict[str, list[str]] = defaultdict(list)
            for w in self.logf:
                index[jellyfish.metaphone(w)].append(w)
            self._phon = index
        return self._phon

    def candidates(self, word: str, same_first: bool = False) -> set[str]:
        """Words within two plain edits (only those sharing the first letter when
        ``same_first``: a fifteenth of the scan) and words that sound the same."""
        n = len(word)
        out: set[str] = set()
        for k in range(max(1, n - 2), n + 3):
            pool = self.by_len_first.get((k, word[0])) if same_first else self.by_len.get(k)
            if pool:
                for cand, _d, _i in process.extract(word, pool, scorer=OSA.distance,
                                                    score_cutoff=2, limit=None):
                    out.add(cand)
        key = jellyfish.metaphone(word)
        for cand in self._phonetic().get(key, ()):
            if abs(len(cand) - n) <= 4:
                out.add(cand)
        return out

    @lru_cache(maxsize=4096)  # noqa: B019 - one corrector per process and variant
    def suggest(self, word: str, limit: int = 5) -> tuple[Suggestion, ...]:
        """Best corrections of ``word`` (lower case), best first."""
        w = word.lower()
        if not w:
            return ()
        # Most slips keep the first letter: score those first, and scan every word
        # only when no cheap correction turned up.
        first = self._score(w, self.candidates(w, same_first=True), limit)
        if first and first[0].cost <= FIRST_LETTER_ENOUGH:
            return first
        return self._score(w, self.candidates(w), limit)

    def _score(self, w: str, candidates: set[str], limit: int) -> tuple[Suggestion, ...]:
        key = jellyfish.metaphone(w)
        scored: list[Suggestion] = []
        cands = sorted(candidates, key=lambda c: -self.logf[c])
        best = [float("-inf")] * limit
        for cand in cands:
            if cand == w:
                continue
            lf = self.logf[cand]
            plain = OSA.distance(w, cand)
            plural = cand.endswith("ies") and w == cand[:-3] + "ys"
            bound = lf - LAMBDA * errormodel.MIN_COST * max(plain, 1) + MU
            if bound < best[-1] and not plural:
                continue
            cost = errormodel.distance(w, cand)
            if plural:
                cost = min(cost, PLURAL_YS_COST)
            score = lf - LAMBDA * cost + (MU if jellyfish.metaphone(cand) == key else 0.0)
            scored.append(Suggestion(cand, score, cost))
            if score > best[-1]:
                best = sorted([*best, score], reverse=True)[:limit]
        scored.extend(self._splits(w))
        scored.sort(key=lambda s: -s.score)
        return tuple(scored[:limit])

    def _splits(self, w: str) -> list[Suggestion]:
        """Two frequent words run together (``warand`` -> ``war and``)."""
        out = []
        for i in range(2, len(w) - 1):
            a, b = w[:i], w[i:]
            if a in self.logf and b in self.logf and (min(len(a), len(b)) >= 2
                                                      or a in ("a", "i")):
                lf = min(self.logf[a], self.logf[b])
                if lf >= 6.5:
                    out.append(Suggestion(f"{a} {b}", lf - 1.0 - LAMBDA * SPLIT_COST,
                                          SPLIT_COST))
        return out

    def segment(self, w: str) -> list[str] | None:
        """Best split of a run-together string into frequent words (``thesuicideof``)."""
        w = w.lower()
        n = len(w)
        exact = lexicon().exact
        best: list[tuple[float, int]] = [(0.0, 0)] + [(float("-inf"), 0)] * n
        for j in range(1, n + 1):
            for i in range(max(0, j - 20), j):
                part = w[i:j]
                lf = self.logf.get(part)
                if lf is None or (len(part) < 3 and part not in SHORT_WORDS) or (
                        part not in exact and part not in SHORT_WORDS):
                    continue
                score = best[i][0] + lf - 10.0  # each word costs: prefer fewer, common words
                if score > best[j][0]:
                    best[j] = (score, i)
        if best[n][0] == float("-inf"):
            return None
        parts, j = [], n
        while j > 0:
            i = best[j][1]
            parts.append(w[i:j])
            j = i
        parts.reverse()
        if not 2 <= len(parts) <= 4 or min(self.logf[p] for p in parts) < 5.0:
            return None
        return parts


@cache
def corrector(variant: str | None = None) -> Corrector:
    return Corrector(lexicon().counts, variant)
