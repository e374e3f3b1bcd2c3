"""Words glued together where hyperlinks were stripped (``thecold warand``).

A token is split only when all of these hold, so that names and rare but
correct words (Stakhanovite, nomenklatura, Yezhov) are left alone:

* the token is not a known word (word-frequency table of ``wordsegment``,
  Google's web corpus) and not a protected name;
* ``wordsegment``'s most probable segmentation has two to four pieces, every
  piece a common word, none of them a bare prefix or suffix;
* at least one piece is a function word: link stripping glues a link's text to
  the words around it, and those are nearly always short function words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from essaylens.document import Edit

_TOKEN = re.compile(r"[A-Za-z]+(?:[’'][A-Za-z]+)?")
_CAMEL = re.compile(r"^([a-z]{1,12})([A-Z]{2,6})([a-z]{1,12})$")

FUNCTION_WORDS = frozenset("""
a an the and or but nor so yet for of to in on at by with from into onto upon as than is
was are were be been being has have had do does did not no its his her their our your my
this that these those which who whom whose what when where why how it he she they we i you
him them us me if then also very more most such only even all any some each both
""".split())
# Pieces that are really affixes: splitting them off breaks a word in two.
_AFFIXES = frozenset("""
un re pre non anti over under de dis mis sub super inter counter semi co ex post pro ist
ists ism isms ness ly ed ing s es er ers ation ations ity ities able ible ment ments ful
less ish ise ize ised ized ising izing al ally ic ical ive ous ian ians ite ites
""".split())
_MIN_PIECE_COUNT = 1_000_000  # occurrences in the web corpus: common words only
_MAX_KNOWN_COUNT = 20_000  # a token seen this often is a word in its own right
_MIN_LENGTH = 6


@cache
def _load() -> tuple[dict[str, float], object]:
    import wordsegment

    wordsegment.load()
    return wordsegment.UNIGRAMS, wordsegment.segment


def _could_split(word: str, unigrams: dict[str, float]) -> bool:
    """Cheap test: can ``word`` be cut into 2-4 common words, one a function word?
    Only then is it worth asking ``wordsegment`` for its best segmentation."""
    n = len(word)
    # reach[i]: set of (pieces used, has function word) states that end at i
    reach: list[set[tuple[int, bool]]] = [set() for _ in range(n + 1)]
    reach[0].add((0, False))
    for i in range(n):
        if not reach[i]:
            continue
        for j in range(i + 1, min(n, i + 16) + 1):
            piece = word[i:j]
            if unigrams.get(piece, 0) < _MIN_PIECE_COUNT or piece in _AFFIXES:
                continue
            if len(piece) < 2 and piece not in ("a", "i"):
                continue
            is_function = piece in FUNCTION_WORDS
            for used, has_fn in reach[i]:
                if used < 4:
                    reach[j].add((used + 1, has_fn or is_function))
    return any(used >= 2 and has_fn for used, has_fn in reach[n])


def _split_lower(word: str) -> list[str] | None:
    unigrams, segment = _load()
    if unigrams.get(word, 0) > _MAX_KNOWN_COUNT or not _could_split(word, unigrams):
        return None
    pieces: list[str] = segment(word)  # type: ignore[operator]
    if not 2 <= len(pieces) <= 4:
        return None
    for piece in pieces:
        if piece in _AFFIXES or (len(piece) < 2 and piece not in ("a", "i")):
            return None
        if unigrams.get(piece, 0) < _MIN_PIECE_COUNT:
            return None
    if not any(p in FUNCTION_WORDS for p in pieces):
        return None
    return pieces


def _restore_case(original: str, pieces: list[str]) -> list[str]:
    out, pos = [], 0
    for piece in pieces:
        out.append(original[pos:pos + len(piece)])
        pos += len(piece)
    return out


def split_glued(token: str) -> str | None:
    """The token with spaces restored, or ``None`` when it should stay as it is."""
    camel = _CAMEL.match(token)
    if camel:  # theNKVDand: lower-case words around an acronym
        head, acronym, tail = camel.groups()
        parts = [head, acronym, tail]
        unigrams, _ = _load()
        if all(unigrams.get(p, 0) >= _MIN_PIECE_COUNT or p in FUNCTION_WORDS
               for p in (head, tail)):
            return " ".join(parts)
        return None
    if "’" in token or "'" in token:  # Stalin’smotivationfor: possessive glued to words
        quote = "’" if "’" in token else "'"
        stem, _, rest = token.partition(quote)
        if len(rest) <= 1 or not rest.startswith("s") or not rest[1:].islower():
            return None
        tail = rest[1:]
        unigrams, _ = _load()
        if unigrams.get(tail, 0) >= _MIN_PIECE_COUNT and len(tail) >= 3:
            spaced_tail = tail
        else:
            pieces = _split_lower(tail) if len(tail) >= _MIN_LENGTH else None
            if pieces is None:
                return None
            spaced_tail = " ".join(pieces)
        return f"{stem}{quote}s {spaced_tail}"
    if len(token) < _MIN_LENGTH or not (token.islower() or token[1:].islower()):
        return None
    pieces = _split_lower(token.lower())
    if pieces is None:
        return None
    if token[0].isupper() and (pieces[0] not in FUNCTION_WORDS or len(pieces) < 3):
        # A capitalised token is a name (``Asquit`` is not "As quit") unless it reads
        # as a run of words opening with a function word: ``Thesuicideof``.
        return None
    return " ".join(_restore_case(token, pieces))


def find_glued(text: str, protected: Iterable[str] = ()) -> list[Edit]:
    keep = {p.lower() for p in protected}
    unigrams, _ = _load()
    edits = []
    for m in _TOKEN.finditer(text):
        token = m.group()
        if len(token) < _MIN_LENGTH and not _CAMEL.match(token):
            continue  # short words: nothing glued worth the risk
        lower = token.lower()
        if lower in keep or unigrams.get(lower, 0) > _MAX_KNOWN_COUNT:
            continue  # fast path: a known word (most tokens)
        spaced = split_glued(token)
        if spaced is not None and spaced != token:
            edits.append(Edit("glued_words", m.start(), m.end(), spaced))
    return edits
