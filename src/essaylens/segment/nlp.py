"""The shared spaCy pipeline: a blank English tokenizer plus a sentencizer
taught the abbreviations and initials that history essays are full of.

No statistical model is loaded: nothing to download, and it starts fast.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.attrs import ORTH
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
    and always at a line break (paragraphs are lines)."""
    n = len(doc)
    for i, tok in enumerate(doc):
        tok.is_sent_start = i == 0
    quoted = _inside_short_quotes(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if i in quoted:
            i += 1
            continue
        if "\n" in tok.text or tok.is_space and "\n" in tok.text_with_ws:
            if i + 1 < n:
                doc[i + 1].is_sent_start = True
            i += 1
            continue
        if tok.text in _ENDERS or (tok.text.endswith(".") and tok.text not in _NEVER_END
                                   and _abbrev_may_end(tok.text) and len(tok.text) > 2):
            j = i + 1
            while j < n and (doc[j].text in _CLOSERS or doc[j].text in _ENDERS):
                j += 1
            if j < n and _can_start(doc, j):
                doc[j].is_sent_start = True
            i = j
            continue
        i += 1
    return doc


def _inside_short_quotes(doc: Doc, limit: int = 60) -> set[int]:
    """Token indices inside a “…” pair of at most ``limit`` tokens on one line:
    an ellipsis or full stop inside a short quotation does not end the sentence
    around it (the closing quote, handled as a closer, still may)."""
    inside: set[int] = set()
    open_at: int | None = None
    for i, tok in enumerate(doc):
        if "\n" in tok.text:
            open_at = None
        elif tok.text == "“":
            open_at = i
        elif tok.text == "”" and open_at is not None:
            if i - open_at <= limit:
                inside.update(range(open_at + 1, i - 1))
            open_at = None
    return inside


def _abbrev_may_end(text: str) -> bool:
    # "etc." and "Jr." may end a sentence; "e.g." style and initials may not.
    return text in ("etc.", "Jr.", "Sr.", "ibid.", "Ibid.", "est.")


def _can_start(doc: Doc, j: int) -> bool:
    tok = doc[j]
    if tok.is_space:
        return True
    first = tok.text[:1]
    return not first.islower()


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
