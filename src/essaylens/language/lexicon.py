"""Word knowledge the checks share: what counts as a word (SCOWL en-GB/en-US lists
plus historical names and terms), how common words are (SymSpell's frequency list),
and two-word counts for context.  Everything loads once, lazily."""

from __future__ import annotations

import gzip
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

DATA = Path(__file__).parent / "data"
#: British spellings the word lists accept in both variants, though American usage
#: keeps them only for a sense it rarely needs (a computer ``programme`` is a program).
GB_EXTRA = frozenset({"programme", "programmes"})
#: The American word for a British spelling that no cheap edit reaches.
US_FOR_GB = {"cheque": "check", "cheques": "checks", "programme": "program",
             "programmes": "programs", "tyre": "tire", "tyres": "tires", "kerb": "curb",
             "gaol": "jail", "plough": "plow", "draught": "draft", "storey": "story"}

@dataclass
class Lexicon:
    """Accepted words (exact case and lower case), variant flags and frequencies."""

    exact: set[str] = field(default_factory=set)
    lower: set[str] = field(default_factory=set)
    rare: set[str] = field(default_factory=set)  # lower case, only in SCOWL's huge lists
    gb_only: set[str] = field(default_factory=set)
    us_only: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)
    _dict_names: list[str] = field(default_factory=list)

    def known(self, word: str) -> bool:
        """Is ``word`` a word (any case, either variant, or a historical term)?"""
        return word in self.exact or word.lower() in self.lower

    @property
    def dict_names(self) -> list[str]:
        """Capitalised words of the general lists (Asquith, Hindenburg), built once."""
        if not self._dict_names:
            self._dict_names = [w for w in self.exact
                                if w[:1].isupper() and not w.isupper() and len(w) >= 5]
        return self._dict_names

    def is_rare(self, word: str) -> bool:
        """Known only from the huge lists (``wich``): a slip may hide behind it."""
        return word not in self.exact and word.lower() in self.rare

    def add(self, words: Iterable[str]) -> None:
        for w in words:
            self.exact.add(w)
            self.lower.add(w.lower())
            if w[:1].isupper():
                self.names.add(w)

    def logfreq(self, word: str) -> float:
        """log10 count, with a floor for listed words the frequency list lacks."""
        c = self.counts.get(word.lower())
        if c:
            return math.log10(c)
        return 4.0 if word.lower() in self.lower else 0.0


def _read_terms(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _symspell_file(name: str) -> Path:
    return Path(str(resources.files("symspellpy").joinpath(name)))


@cache
def lexicon() -> Lexicon:
    """The shared lexicon (built once per process)."""
    lex = Lexicon()
    text = gzip.decompress((DATA / "words.tsv.gz").read_bytes()).decode("utf-8")
    lines = text.split("\n")[:-1]  # "word<TAB>flag"; lower-cased once, as a whole
    lowered = [line[:-2] for line in text.lower().split("\n")[:-1]]
    flags = [line[-1] for line in lines]
    words = [line[:-2] for line in lines]
    lex.lower = set(lowered)
    lex.rare = {w for w, f in zip(lowered, flags, strict=True) if f == "r"}
    lex.exact = {w for w, f in zip(words, flags, strict=True) if f != "r"}
    lex.gb_only = {w for w, f in zip(words, flags, strict=True) if f == "g"}
    lex.us_only = {w for w, f in zip(words, flags, strict=True) if f == "u"}
    lex.gb_only |= GB_EXTRA
    lex.add(_read_terms(DATA / "history_terms.txt"))
    lex.rare -= {w.lower() for w in lex.exact}
    text = _symspell_file("frequency_dictionary_en_82_765.txt").read_text(encoding="utf-8")
    pairs = (line.split(" ") for line in text.splitlines() if line)
    lex.counts = {w: int(c) for w, c in pairs}
    return lex


@dataclass(frozen=True)
class PackNames:
    """Name forms from the topic packs: accepted words, and known misspellings with the
    form they misspell (``khrushev`` -> Khrushchev)."""

    accepted: frozenset[str] = frozenset()
    misspelt: dict[str, str] = field(default_factory=dict)


@cache
def pack_names(dirs: tuple[str, ...] = ()) -> PackNames:
    """What the history area's topic packs know (empty when they cannot be loaded)."""
    try:
        from essaylens.history.packs import known_names

        names = known_names(dirs)
    except Exception:  # noqa: BLE001 - a broken or absent pack must not stop the checks
        return PackNames()
    accepted: set[str] = set()
    by_canonical: dict[str, list[str]] = {}
    for name in names.values():
        if not name.misspelt:
            words = [w.strip(".,") for w in name.form.split()]
            accepted.update(w for w in words if w)
            by_canonical.setdefault(name.canonical, []).extend(words)
    misspelt: dict[str, str] = {}
    for key, name in names.items():
        if name.misspelt and " " not in key:
            forms = by_canonical.get(name.canonical) or name.canonical.split()
            from essaylens.language.errormodel import distance

            misspelt[key] = min(forms, key=lambda f: distance(key, f.lower()))
    return PackNames(frozenset(accepted), misspelt)


#: First words whose two-word counts the rules need.
BIGRAM_HEADS = frozenset({"an", "its", "is", "their", "there", "over", "under", "out", "up",
                          "down", "with", "fore", "back", "through", "count", "off", "after"})


@cache
def bigrams() -> dict[str, int]:
    """Two-word counts (SymSpell's list) for pairs starting with :data:`BIGRAM_HEADS`:
    ``an extent`` is common, ``over looked`` is not (so it is ``overlooked``)."""
    out: dict[str, int] = {}
    with open(_symspell_file("frequency_bigramdictionary_en_243_342.txt"),
              encoding="utf-8") as fh:
        for line in fh:
            head = line[:line.find(" ")]
            if head in BIGRAM_HEADS:
                a_b, _, c = line.rpartition(" ")
                out[a_b] = int(c)
    return out


_VARIANTS = {"en-gb": "en-GB", "en_gb": "en-GB", "gb": "en-GB", "uk": "en-GB",
             "british": "en-GB", "en-us": "en-US", "en_us": "en-US", "us": "en-US",
             "american": "en-US"}


def normalise_variant(value: str | None) -> str | None:
    """``en-GB``/``en-US`` from what a user may type (``en_GB``, ``uk``, ``US``...)."""
    if value is None or not value.strip():
        return None
    found = _VARIANTS.get(value.strip().lower())
    if found is None:
        from essaylens.errors import UsageError

        raise UsageError(f"unknown spelling variant {value!r}: use en-GB or en-US")
    return found


#: -ize/-yze forms are Oxford British as well as American: no sign of either variant.
OXFORD = re.compile(r"(?:iz|yz)(?:e|es|ed|ing|ation|ations|er|ers)$")


def variant_counts(words: Iterable[str]) -> tuple[int, int]:
    """How many words only British (``colour``) and only American (``color``) spelling uses."""
    lex = lexicon()
    gb = us = 0
    for w in words:
        lw = w.lower()
        if lw in lex.gb_only:
            gb += 1
        elif lw in lex.us_only and not OXFORD.search(lw):
            us += 1
    return gb, us


def detect_variant(words: Iterable[str]) -> str | None:
    """``en-GB`` or ``en-US`` from the spellings only one variant uses; ``None`` if no sign."""
    gb, us = variant_counts(words)
    if gb == us == 0:
        return None
    return "en-GB" if gb >= us else "en-US"


def clear_variant(gb: int, us: int) -> bool:
    """Is the essay clearly one variant (so a spelling of the other is worth a note)?
    Mixed essays (``colour`` and ``labor`` alike) get no notes: neither is wrong."""
    return max(gb, us) >= 2 and min(gb, us) * 3 <= max(gb, us)
