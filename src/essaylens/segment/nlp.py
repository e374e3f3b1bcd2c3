"""The shared spaCy pipeline: a blank English tokenizer plus a sentencizer
taught the abbreviations and initials that history essays are full of.

No statistical model is loaded: nothing to download, and it starts fast.
"""

from __future__ import annotations

from functools import cache
from typing import Any, cast

import numpy
from spacy.attrs import ORTH, SENT_START
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc

# Abbreviations that end in a full stop but rarely end a sentence.
ABBREVIATIONS = (
    "No.", "Nos.", "c.", "ca.", "cf.", "e.g.", "i.e.", "etc.", "vs.", "v.",
    "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "Gen.", "Col.", "Capt.", "Lt.",
    "Sgt.", "Rev.", "Jr.", "Sr.", "vol.", "Vol.", "pp.", "p.", "ed.", "eds.",
    "ch.", "Ch.", "fig.", "Fig.", "approx.", "est.", "ibid.", "Ibid.", "op.", "cit.",
    "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
)
#: Abbreviations after which a new sentence never starts, even before a capital.
_NEVER_END = {"No.", "Nos.", "c.", "ca.", "cf.", "e.g.", "i.e.", "vs.", "v.",
              "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "Gen.", "Col.", "Capt.", "Lt.",
              "Sgt.", "Rev.", "pp.", "p.", "vol.", "Vol.", "ch.", "Ch.", "fig.", "Fig.",
              "approx.", "op."}
_ENDERS = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {"”", "’", '"', "'", ")", "]", "»"}


@Language.component("essaylens_sentences")
def _sentences(doc: Doc) -> Doc:
    """Sentence starts after terminal punctuation (and any closing quotes/brackets),
    never after a known abbreviation or a single initial (``J. Arch Getty``),
    and always at a line break (paragraphs are lines).

    Works on plain lists and writes all starts at once: setting
    ``Token.is_sent_start`` one token at a time rescans the document each time.
    """
    pairs = [(t.text, t.whitespace_) for t in doc]
    texts = [text for text, _ in pairs]
    n = len(texts)
    starts = [0] * n
    if n:
        starts[0] = 1
    quoted = _inside_short_quotes(texts)
    i = 0
    while i < n:
        text = texts[i]
        if i in quoted:
            i += 1
            continue
        if "\n" in text or "\n" in pairs[i][1]:
            if i + 1 < n:
                starts[i + 1] = 1
            i += 1
            continue
        if text in _ENDERS or (text.endswith(".") and text not in _NEVER_END
                               and _abbrev_may_end(text) and len(text) > 2):
            j = i + 1
            while j < n and (texts[j] in _CLOSERS or texts[j] in _ENDERS):
                j += 1
            if j < n and not texts[j][:1].islower():
                starts[j] = 1
            i = j
            continue
        i += 1
    values = numpy.array([[1 if flag else -1] for flag in starts], dtype="int64").astype("uint64")
    if n:
        doc.from_array([SENT_START], cast(Any, values))
    return doc


def _inside_short_quotes(texts: list[str], limit: int = 60) -> set[int]:
    """Token indices inside a “…” pair of at most ``limit`` tokens on one line:
    an ellipsis or full stop inside a short quotation does not end the sentence
    around it (the closing quote, handled as a closer, still may)."""
    inside: set[int] = set()
    open_at: int | None = None
    for i, text in enumerate(texts):
        if "\n" in text:
            open_at = None
        elif text == "“":
            open_at = i
        elif text == "”" and open_at is not None:
            if i - open_at <= limit:
                inside.update(range(open_at + 1, i - 1))
            open_at = None
    return inside


def _abbrev_may_end(text: str) -> bool:
    # "etc." and "Jr." may end a sentence; "e.g." style and initials may not.
    return text in ("etc.", "Jr.", "Sr.", "ibid.", "Ibid.", "est.")


@cache
def nlp() -> Language:
    """The tokenizer-and-sentencizer pipeline (built once per process)."""
    pipeline = English()
    tokenizer: Any = pipeline.tokenizer
    for abbr in ABBREVIATIONS:
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    pipeline.add_pipe("essaylens_sentences")
    return pipeline


def parse(text: str) -> Any:
    return nlp()(text)
