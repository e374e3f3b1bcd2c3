"""The spelling check: unknown words, names that are near misses of known names,
and spellings of the other variant.  Precision first: a capitalised word inside a
sentence is a name unless it is a near miss of a name we know; acronyms pass."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from essaylens.language import errormodel
from essaylens.language.issues import Issue
from essaylens.language.lexicon import OXFORD, US_FOR_GB, Lexicon, PackNames, lexicon
from essaylens.language.speller import Corrector, corrector

WORD = re.compile(r"(?<![\w'’])[^\W\d_]+(?:['’][^\W\d_]+)*(?![\w])")
#: A capital after these starts a sentence; after a quote or bracket it may be a name.
_OPENERS = set(".!?:\n")
#: Contractions written without the apostrophe (none of them is a word as spelled).
CONTRACTIONS = {"dont": "don't", "thats": "that's", "im": "I'm", "alot": "a lot",
                "noone": "no one", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't",
                "wasnt": "wasn't", "wernt": "weren't", "theyre": "they're", "youre": "you're",
                "ive": "I've",
                "wouldnt": "wouldn't", "couldnt": "couldn't", "shouldnt": "shouldn't",
                "arent": "aren't", "werent": "weren't", "hasnt": "hasn't", "havent": "haven't",
                "hadnt": "hadn't", "whats": "what's", "theres": "there's", "shes": "she's",
                "thier": "their", "untill": "until", "becuase": "because", "ect": "etc."}

#: Common phrases written as one word; some are in the huge word lists (``aswell``).
RUN_TOGETHER = {"aswell": "as well", "afterall": "after all", "infact": "in fact",
                "inspite": "in spite", "eachother": "each other", "atleast": "at least",
                "incase": "in case", "alittle": "a little", "everytime": "every time",
                "ontop": "on top", "inorder": "in order", "abit": "a bit", "atall": "at all"}
#: Particles of names (Franz von Papen, Ibn Saud): part of the name before a capital.
PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "ibn",
             "al", "el", "del", "della", "ter", "ten", "zu"}
#: Prefixes written with a hyphen (demi-god, quasi-legal): the hyphen keeps them apart.
HYPHEN_PREFIXES = {"demi", "quasi", "semi", "pseudo", "proto", "neo", "anti", "non"}


def _particle(text: str, end: int, words: list[tuple[int, int, str]], k: int) -> bool:
    """Is the word ending at ``end`` (``words[k]``) followed, across a space or a
    hyphen, by a capitalised word (von Papen, al-Assad)?"""
    if k + 1 >= len(words):
        return False
    nxt_start, _e, nxt = words[k + 1]
    return nxt[:1].isupper() and text[end:nxt_start] in (" ", "-")


_PREFIXES = {"pre", "non", "re", "un", "anti", "semi", "multi", "neo", "post", "sub", "trans"}


def _is_initial(text: str, start: int, starts: set[int]) -> bool:
    """Would a capital here be expected anyway (sentence start, after a quote...)?"""
    if start in starts:
        return True
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _OPENERS


def near_name(word: str, lex: Lexicon,
              packs: PackNames | None = None) -> tuple[str, float, bool] | None:
    """The known name ``word`` most likely misspells, if any is close enough:
    (name, weighted cost, from the history list).  History names may be two slips
    away; names from the general lists only one cheap slip (Asquit -> Asquith)."""
    if len(word) < 4:
        return None
    limit = 1 if len(word) < 6 else 2
    best: tuple[str, float, bool] | None = None
    history_names = sorted(lex.names | (packs.accepted if packs else frozenset()))
    pools = [(history_names, limit, 2.0, True)]
    if len(word) >= 5:
        pools.append((lex.dict_names, 1, 0.7, False))
    for pool, plain, most, history in pools:
        for name, _d, _i in process.extract(word, pool, scorer=OSA.distance,
                                            score_cutoff=plain, limit=None):
            if name.lower() == word.lower():
                return None
            cost = errormodel.distance(word.lower(), name.lower())
            if not history and len(name) == len(word) and sorted(name) != sorted(word):
                continue  # Clayborne/Claiborne: a one-letter swap is often another name
            if cost <= most and (best is None or cost < best[1]):
                best = (name, cost, history)
        if best:
            break
    return best


def check_spelling(text: str, ranges: Iterable[tuple[int, int]], sentence_starts: set[int],
                   variant: str | None, packs: PackNames | None = None,
                   variant_notes: bool = True) -> list[Issue]:
    """Issues of kind ``spelling`` or ``name`` over the words of ``ranges``."""
    lex = lexicon()
    packs = packs or PackNames()
    fix = corrector(variant)
    words: list[tuple[int, int, str]] = []
    for lo, hi in ranges:
        for m in WORD.finditer(text, lo, hi):
            words.append((m.start(), m.end(), m.group()))
    names_seen = {w for s, _e, w in words if w[:1].isupper() and not _is_initial(text, s,
                                                                               sentence_starts)}
    issues: list[Issue] = []
    other = (lex.us_only if variant == "en-GB" else lex.gb_only if variant == "en-US"
             else set()) if variant_notes else set()
    for k, (start, end, word) in enumerate(words):
        base = word.replace("’", "'")
        if base.endswith("'s") or base.endswith("'S"):
            base = base[:-2]
            end_base = start + len(base)
        else:
            end_base = end
        if len(base) < 2 or (base.isupper() and len(base) <= 6):
            continue  # a letter, or an acronym (USSR, NKVD)
        lower = base.lower()
        if lower in PARTICLES and _particle(text, end, words, k):
            continue  # Franz von Papen, Ibn Saud
        if lower in HYPHEN_PREFIXES and text[end:end + 1] == "-":
            continue  # demi-God: a hyphenated prefix is an accepted form
        joined = RUN_TOGETHER.get(lower)
        if joined:
            fixed = joined if base.islower() else joined.capitalize()
            issues.append(Issue(start, end_base, "spelling", base,
                                "Missing space between words?", (fixed,), 0.85,
                                "joined-words"))
            continue
        misspelt = packs.misspelt.get(base.lower())
        if misspelt and base[:1].isupper():
            issues.append(Issue(start, end_base, "name", base,
                                f"A known misspelling of {misspelt}", (misspelt,), 0.95,
                                "pack-misspelling"))
            continue
        if base in packs.accepted:
            continue
        if lex.known(base):
            if base.islower() and base in other and not OXFORD.search(base):
                issues.append(_variant_issue(start, end_base, base, variant, fix))
            elif base.islower() and lex.is_rare(base) and base not in _PREFIXES:
                sug = fix.suggest(base)
                if sug and sug[0].cost <= 0.7 and fix.logf.get(sug[0].word, 0) >= 6.0 \
                        and " " not in sug[0].word:
                    issues.append(Issue(start, end_base, "spelling", base,
                                        "A rare word; a common one may be meant",
                                        (sug[0].word,), 0.6, "rare"))
            continue
        if "'" in base:
            head, _, tail = base.partition("'")
            parts = fix.segment(tail[1:]) if tail[:1] == "s" and len(tail) > 5 else None
            if parts and lex.known(head):
                issues.append(Issue(start, end, "spelling", word, "Missing space between words?",
                                    (f"{word[:len(head) + 2]} {' '.join(parts)}",), 0.85,
                                    "joined-words"))
            continue  # contractions and elisions the list lacks (o'clock, d'être)
        contraction = CONTRACTIONS.get(base.lower())
        if contraction:
            fixed = contraction if base.islower() or contraction[0] == "I" \
                else contraction[0].upper() + contraction[1:]
            issues.append(Issue(start, end_base, "spelling", base, "Misspelled; did you mean "
                                f"{fixed}?", (fixed,), 0.9, "contraction"))
            continue
        capital = base[:1].isupper()
        close = near_name(base, lex, packs) if capital else None
        if close:
            if close[1] <= 0.6:  # Khlevnyuk/Khlevniuk: another transliteration, likely
                msg, conf = f"Usually spelled {close[0]}", 0.5
            else:
                msg = f"Unknown name; did you mean {close[0]}?"
                conf = 0.9 if close[2] else 0.7
            issues.append(Issue(start, end_base, "name", base, msg, (close[0],), conf,
                                "near-name"))
            continue
        if capital:
            if not _is_initial(text, start, sentence_starts) or base in names_seen:
                continue  # a name we do not know: accept it
            # A capital at a sentence start: flag only a clear slip of a common word.
            sug = fix.suggest(base.lower())
            if sug and sug[0].cost <= 1.0 and " " not in sug[0].word:
                issues.append(Issue(start, end_base, "spelling", base, "Possible misspelling",
                                    tuple(s.word.capitalize() for s in sug[:3]), 0.6,
                                    "unknown-initial"))
            continue
        sug = fix.suggest(base)
        parts = fix.segment(base) if len(base) >= 7 and (not sug or sug[0].cost > 1.5) else None
        if parts:
            issues.append(Issue(start, end_base, "spelling", base, "Missing space between words?",
                                (" ".join(parts),), 0.85, "joined-words"))
            continue
        if sug and " " in sug[0].word:
            issues.append(Issue(start, end_base, "spelling", base, "Missing space between words?",
                                tuple(s.word for s in sug[:3]), 0.85, "joined-words"))
            continue
        conf = 0.9 if sug and sug[0].cost <= 1.5 else 0.7
        issues.append(Issue(start, end_base, "spelling", base, "Unknown word; possible misspelling",
                            tuple(s.word for s in sug[:3]), conf, "unknown"))
    return issues


def names_split_by_repair(repairs: Iterable[Any],
                          packs: PackNames | None = None) -> list[Issue]:
    """Near misses of names that the glued-word repair split in two (``Asquit`` ->
    ``As quit``): the student wrote one unknown name, so judge the original."""
    lex = lexicon()
    out = []
    for edit in repairs:
        original = edit.original
        if (edit.kind == "glued_words" and original.isalpha() and original[:1].isupper()
                and " " in edit.replacement):
            close = near_name(original, lex, packs)
            if close and close[1] > 0.6:
                out.append(Issue(edit.start, edit.end, "name", edit.replacement,
                                 f"Unknown name {original!r}; did you mean {close[0]}?",
                                 (close[0],), 0.9 if close[2] else 0.7, "near-name-repaired"))
    return out


def _variant_issue(start: int, end: int, word: str, variant: str | None,
                   fix: Corrector) -> Issue:
    lex = lexicon()
    want = "British" if variant == "en-GB" else "American"
    own = lex.gb_only if variant == "en-GB" else lex.us_only
    usual = US_FOR_GB.get(word) if variant == "en-US" else None
    sugs = (usual,) if usual else tuple(s.word for s in fix.suggest(word)
                                        if s.word in own and s.cost <= 1.5)[:1]
    return Issue(start, end, "spelling", word,
                 f"Spelling of the other variant; this essay uses {want} spelling",
                 sugs, 0.5, "variant")
