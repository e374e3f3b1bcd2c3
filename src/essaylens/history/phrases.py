"""Fast matching of many short trigger phrases against one essay.

Packs hold hundreds of trigger phrases ("murder", "show trial", "Five-Year
Plan").  Running one regex per phrase group per sentence is too slow for the
100 ms budget, so every phrase of a pack goes into one :class:`PhraseIndex`,
the essay is tokenised once, and each token is looked up by its first letters.

Matching rules (the pack schema documents them): case-insensitive; words of a
phrase must follow each other separated only by spaces, hyphens or apostrophes;
the last word may run on into a longer word (``murder`` -> ``murdered``) unless
the phrase ends in ``$``; a one-word phrase of ``infix_min`` letters or more
also matches inside a run-together word (``thesuicideof``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

_TOKEN = re.compile(r"[^\W_]+|%")
_GAP_OK = re.compile(r"[\s\-‐–’']*")

Tokens = list[tuple[int, int, str]]


def tokenize(text: str) -> Tokens:
    """Word tokens of ``text`` as (start, end, lower-case form)."""
    return [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(m.group().lower() for m in _TOKEN.finditer(phrase))


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment distance, cut off above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


#: shortest one-word phrase matched despite a slip, and the slips allowed by length
FUZZY_MIN = 8


def _slips(length: int) -> int:
    return 1 if length < 11 else 2


@dataclass
class PhraseIndex:
    """Every phrase of a pack (or of a factor set), matched in one pass.  With
    ``fuzzy``, a long one-word phrase also matches a word one or two slips away
    ("assasination" for assassination), so a misspelling does not hide an event."""

    words: list[tuple[str, ...]] = field(default_factory=list)
    exact: list[bool] = field(default_factory=list)
    infix: list[int] = field(default_factory=list)
    ids: dict[tuple[str, int], int] = field(default_factory=dict)
    _infix_cache: tuple[re.Pattern[str], dict[str, int], int] | None = field(
        default=None, repr=False)
    _tables_cache: tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]],
                         dict[str, tuple[int, ...]], int] | None = field(default=None, repr=False)
    fuzzy: bool = False
    _fuzzy_memo: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)

    def _fuzzy(self, w: str) -> tuple[int, ...]:
        """Long one-word phrases ``w`` (or its start, for inflected forms) misspells."""
        memo = self._fuzzy_memo.get(w)
        if memo is not None:
            return memo
        out = []
        for pid, words in enumerate(self.words):
            p = words[0]
            if len(words) > 1 or len(p) < FUZZY_MIN or p[0] != w[0] or self.exact[pid]:
                continue
            lim = _slips(len(p))
            if len(w) < len(p) - lim:
                continue
            # the whole word, or its first len(p)±1 letters ("assasinations")
            if min(edit_distance(w[:n], p, lim) for n in
                   {len(w), len(p) - 1, len(p), len(p) + 1} if 0 < n <= len(w)) <= lim:
                out.append(pid)
        self._fuzzy_memo[w] = tuple(out)
        return self._fuzzy_memo[w]

    def add(self, phrase: str, infix_min: int = 7) -> int | None:
        """Register ``phrase``; its id (shared by duplicates), or None if it is empty."""
        key = (phrase.strip().lower(), infix_min)
        if key in self.ids:
            return self.ids[key]
        exact = phrase.strip().endswith("$")
        words = _words(phrase.rstrip("$ "))
        if not words:
            return None
        pid = len(self.words)
        self.words.append(words)
        self.exact.append(exact)
        if len(words) == 1 and not exact and len(words[0]) >= infix_min:
            self.infix.append(pid)
        self.ids[key] = pid
        return pid

    def _tables(self) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]],
                               dict[str, tuple[int, ...]]]:
        """One-word phrases by their first three letters (and shorter ones by the
        whole word), many-word phrases by their exact first word."""
        if self._tables_cache is None or self._tables_cache[3] != len(self.words):
            single: dict[str, list[int]] = defaultdict(list)
            short: dict[str, list[int]] = defaultdict(list)
            multi: dict[str, list[int]] = defaultdict(list)
            for pid, words in enumerate(self.words):
                if len(words) > 1:
                    multi[words[0]].append(pid)
                elif len(words[0]) >= 3:
                    single[words[0][:3]].append(pid)
                else:
                    short[words[0]].append(pid)
            freeze = lambda d: {k: tuple(v) for k, v in d.items()}  # noqa: E731
            self._tables_cache = (freeze(single), freeze(multi), freeze(short), len(self.words))
        return self._tables_cache[0], self._tables_cache[1], self._tables_cache[2]

    def _infix_rx(self) -> tuple[re.Pattern[str], dict[str, int]]:
        if self._infix_cache is None or self._infix_cache[2] != len(self.infix):
            by_word = {self.words[pid][0]: pid for pid in self.infix}
            rx = re.compile("|".join(re.escape(w) for w in sorted(by_word, key=len,
                                                                   reverse=True)))
            self._infix_cache = (rx, by_word, len(self.infix))
        return self._infix_cache[0], self._infix_cache[1]

    def scan(self, text: str, tokens: Tokens | None = None) -> Scan:
        """Hits of every phrase in ``text``."""
        toks = tokens if tokens is not None else tokenize(text)
        hits: dict[int, list[tuple[int, int]]] = defaultdict(list)
        n = len(toks)
        single, multi, short = self._tables()
        empty: tuple[int, ...] = ()
        exact = self.exact
        for i, (s, _e, w) in enumerate(toks):
            found = False
            for pid in single.get(w[:3], empty):
                word = self.words[pid][0]
                if w == word or (not exact[pid] and w.startswith(word)):
                    hits[pid].append((s, _e))
                    found = True
            if self.fuzzy and not found and len(w) >= FUZZY_MIN - 1:
                for pid in self._fuzzy(w):
                    hits[pid].append((s, _e))
            if short:
                for pid in short.get(w[:2], empty) + short.get(w[:1], empty):
                    word = self.words[pid][0]
                    if w == word or (not exact[pid] and w.startswith(word)):
                        hits[pid].append((s, _e))
            for pid in multi.get(w, empty):
                words = self.words[pid]
                last = len(words) - 1
                if i + last >= n:
                    continue
                ok = True
                for k in range(1, last + 1):
                    ts, _te, tw = toks[i + k]
                    if not _GAP_OK.fullmatch(text, toks[i + k - 1][1], ts):
                        ok = False
                        break
                    word = words[k]
                    if not (tw == word or (k == last and not exact[pid] and tw.startswith(word))):
                        ok = False
                        break
                if ok:
                    hits[pid].append((s, toks[i + last][1]))
        if self.infix:
            rx, by_word = self._infix_rx()
            for s, e, w in toks:
                if len(w) < 10:
                    continue
                for m in rx.finditer(w, 1):
                    if len(m.group()) <= len(w) - 3:
                        hits[by_word[m.group()]].append((s, e))
        for lst in hits.values():
            lst.sort()
        return Scan(dict(hits))


@dataclass
class Scan:
    """The hits of one index over one text, queried by phrase ids and range."""

    hits: dict[int, list[tuple[int, int]]]

    def within(self, ids: Iterable[int], lo: int, hi: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for pid in ids:
            lst = self.hits.get(pid)
            if not lst:
                continue
            j = bisect_left(lst, (lo, -1))
            while j < len(lst) and lst[j][0] < hi:
                if lst[j][1] <= hi:
                    out.append(lst[j])
                j += 1
        out.sort()
        return out
