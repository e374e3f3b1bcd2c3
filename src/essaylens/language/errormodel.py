"""How likely a typed string is as a slip for a word: a weighted Damerau-Levenshtein
distance whose costs know how people misspell (vowel swaps, doubled letters, silent
letters, keyboard neighbours, sound-alike letters, transpositions)."""

from __future__ import annotations

from functools import cache

VOWELS = frozenset("aeiouy")
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard() -> frozenset[tuple[str, str]]:
    """Neighbouring keys on a QWERTY keyboard (same row, or the row below offset left)."""
    pairs = set()
    for r, row in enumerate(_ROWS):
        for c, ch in enumerate(row):
            near = [row[c - 1] if c > 0 else "", row[c + 1] if c + 1 < len(row) else ""]
            if r + 1 < len(_ROWS):
                below = _ROWS[r + 1]
                near += [below[k] for k in (c - 1, c) if 0 <= k < len(below)]
            for other in near:
                if other:
                    pairs.add((ch, other))
                    pairs.add((other, ch))
    return frozenset(pairs)


KEYBOARD = _keyboard()
#: Letters that stand for the same or a similar sound.
SOUND_ALIKE = frozenset({
    ("c", "k"), ("c", "s"), ("s", "z"), ("g", "j"), ("m", "n"), ("f", "v"), ("t", "d"),
    ("b", "p"), ("q", "k"), ("x", "s"), ("w", "u"), ("c", "q"),
})
SOUND_ALIKE = SOUND_ALIKE | frozenset((b, a) for a, b in SOUND_ALIKE)
#: Letters often dropped or added because they are silent or unstressed.
SILENT = frozenset("aeiouyhwe")

#: Costs (tuned on Norvig's development set 1 only; see bench/README.md).
C_SUB, C_SUB_VOWEL, C_SUB_SOUND, C_SUB_KEY = 1.0, 0.55, 0.6, 0.75
C_INDEL, C_INDEL_SILENT, C_INDEL_DOUBLE = 1.0, 0.7, 0.35
C_TRANSPOSE = 0.6
MIN_COST = C_INDEL_DOUBLE  # lower bound of any one edit


def sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if a in VOWELS and b in VOWELS:
        return C_SUB_VOWEL
    if (a, b) in SOUND_ALIKE:
        return C_SUB_SOUND
    if (a, b) in KEYBOARD:
        return C_SUB_KEY
    return C_SUB


def indel_cost(s: str, i: int) -> float:
    """Cost of inserting or deleting ``s[i]`` (relative to its neighbours in ``s``)."""
    ch = s[i]
    if (i > 0 and s[i - 1] == ch) or (i + 1 < len(s) and s[i + 1] == ch):
        return C_INDEL_DOUBLE
    if ch in SILENT or (ch == "k" and i > 0 and s[i - 1] == "c"):  # silent, or ck/c
        return C_INDEL_SILENT
    return C_INDEL


@cache
def _indels(s: str) -> tuple[float, ...]:
    return tuple(indel_cost(s, i) for i in range(len(s)))


def distance(typed: str, word: str) -> float:
    """Weighted optimal-string-alignment distance from ``word`` (intended) to ``typed``."""
    a, b = word, typed
    la, lb = len(a), len(b)
    da, db = _indels(a), _indels(b)
    prev2: list[float] = []
    prev = [0.0] * (lb + 1)
    for j in range(1, lb + 1):
        prev[j] = prev[j - 1] + db[j - 1]
    for i in range(1, la + 1):
        cur = [prev[0] + da[i - 1]] + [0.0] * lb
        ai = a[i - 1]
        for j in range(1, lb + 1):
            bj = b[j - 1]
            best = prev[j - 1] + (0.0 if ai == bj else sub_cost(ai, bj))
            v = prev[j] + da[i - 1]
            if v < best:
                best = v
            v = cur[j - 1] + db[j - 1]
            if v < best:
                best = v
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == bj and ai != bj:
                v = prev2[j - 2] + C_TRANSPOSE
                if v < best:
                    best = v
            cur[j] = best
        prev2, prev = prev, cur
    return prev[lb]
