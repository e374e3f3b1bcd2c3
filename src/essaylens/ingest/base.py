"""What every reader returns, and the checks every extracted text must pass."""

from __future__ import annotations

from dataclasses import dataclass

from essaylens.document import Edit
from essaylens.errors import EmptyInput, NotEnglish, TooLarge

#: Largest file accepted, in bytes (documented in the README).
MAX_BYTES = 5_000_000
#: Longest essay accepted, in words.
MAX_WORDS = 50_000
#: Shortest file accepted as an essay, in words (one sentence is not an essay).
MIN_WORDS = 20


@dataclass(frozen=True)
class Extracted:
    """The plain text of one file, as the format holds it."""

    text: str
    format: str
    title: str | None = None
    edits: tuple[Edit, ...] = ()


def check_length(text: str, name: str, minimum: int = MIN_WORDS) -> None:
    """Refuse a text shorter than ``minimum`` words: one sentence is not an essay.
    The command line applies it; library callers choose (``Options.min_words``)."""
    words = len(text.split())
    if 0 < words < minimum:
        raise EmptyInput(f"{name}: only {words} word{'s' if words != 1 else ''}; "
                         f"an essay needs at least {minimum}")


def check_text(text: str, name: str) -> None:
    """Refuse text that cannot be an English essay: empty, huge or another language."""
    if not text.strip():
        raise EmptyInput(f"{name}: no text in the file (it is empty or only white space)")
    words = len(text.split())
    if words > MAX_WORDS:
        raise TooLarge(f"{name}: {words:,} words, over the {MAX_WORDS:,}-word limit")

    from essaylens.ingest.language import detect_language, language_name

    lang = detect_language(text)
    if lang is not None and lang != "en":
        raise NotEnglish(f"{name}: the text looks like {language_name(lang)}, not English; "
                         "essaylens reads English essays only")
